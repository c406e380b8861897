"""Reading one sentence for the claim check: the products, class words and conditions it
names, where it divides into clauses, and the approval and evidence words in each clause.

Nothing here decides a verdict (rules.py does); this module only finds things and says where
they are. Offsets are into the sentence, which `language.normalize` keeps the same length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from curbside.claims.language import Language, Topics, language, normalize, topics
from curbside.evidence.knowledge import KnowledgeBase
from curbside.evidence.matching import PhraseMatcher, phrase_key

APPROVAL = "approval"
EVIDENCE = "evidence"

# Between a use and the claim word when the use is the claim's subject: "jaw slimming with
# Botox is off-label", "leaking from a neurogenic bladder caused by MS is not an approved
# use", "teeth grinding is one of the approved uses".
_LINKING_WORDS = (
    r"with|using|of|by|in|for|injections?|injecting|treatment|treating|therapy|prevention|"
    r"preventing|prophylaxis|is|are|was|were|has|have|been|remains?|being|both|all|also|still|"
    r"now|currently|considered|technically|an?|the|use|uses|usage|and|or|either|neither|nor|"
    # verbs of receiving an approval: "Botox for overactive bladder got the FDA's nod"
    r"got|gets|received|receives|won|wins|gained|gains|earned|earns|had"
)
_LINKING = re.compile(rf"^[\s,]*(?:(?:{_LINKING_WORDS})[\s,]+)*$")
_NOUN_PHRASE_THEN_COPULA = re.compile(
    r"^\s*(?:[\w'-]+\s+){0,6}?(?:is|are|was|were|has\s+been|have\s+been|remains?|remained|"
    r"became|becomes|counts?\s+as)\s+(?:[\w'-]+\s+){0,4}?$"
)
_CLAUSE_WORDS = re.compile(
    r"\b(?:that|which|who|because|while|if|but|and|or|so|although|though|when|whereas|unless)\b"
)
_NOT_A_KIND = re.compile(
    r"\s*(?:else|like|other|besides|except|beyond|but|that|related|similar|outside)\b"
)
_BOTH_KINDS_OF_USE = re.compile(
    r"\b(?:both\s+)?(?:approved|unapproved|on[\s-]label|off[\s-]label)\s+(?:and|or)\s+(?:also\s+)?"
    r"(?:approved|unapproved|on[\s-]label|off[\s-]label)\s+(?:uses?|indications?|conditions?)\b"
)
_EVERY_KIND_BEFORE = re.compile(
    r"(?:\bevery|\ball|\bany)\s+(?:(?:single|possible|other)\s+)?(?:(?:types?|kinds?|forms?|sorts?)"
    r"\s+of\s+)?(?:the\s+)?$"
)
_EVERY_KIND_AFTER = re.compile(
    r"\s+(?:of\s+(?:any|every|all)\s+(?:types?|kinds?|forms?|sorts?)|in\s+general)\b"
)
CONNECTOR = re.compile(r"^[\s,]*(?:(?:and|or|nor|&|/|as\s+well\s+as|plus)[\s,]*)?$")


def is_subject_gap(gap: str) -> bool:
    """Whether the text between a use and a claim word makes the use the claim's subject."""
    gap = gap.replace("(", " ").replace(")", " ")
    if _LINKING.match(gap):
        return True
    return (
        not _CLAUSE_WORDS.search(gap)
        and "," not in gap
        and bool(_NOUN_PHRASE_THEN_COPULA.match(gap))
    )


@dataclass(frozen=True)
class ProductMention:
    start: int
    end: int
    product_ids: tuple[str, ...]  # the labels the name covers ("Botox": both onabotulinumtoxinA)


@dataclass(frozen=True)
class ConditionMention:
    start: int
    end: int
    targets: tuple[str, ...]  # condition or off-label use ids ("spasticity": upper and lower)
    # A kind of use ("cosmetic use", "any medical condition"): denied wrongly as soon as one
    # of its targets is on the label. Otherwise several targets are readings of one phrase.
    category: bool = False
    # "Every kind of spasticity": every one of the targets, not any of them.
    every: bool = False


@dataclass(frozen=True)
class Predicate:
    kind: str  # APPROVAL or EVIDENCE
    positive: bool
    start: int
    end: int
    proof: bool = False  # evidence: claims proof ("clinically proven")
    restriction: bool = False  # approval: "only approved for"


@dataclass
class Clause:
    start: int
    end: int
    text: str  # normalized
    original: str = ""  # as written
    products: list[ProductMention] = field(default_factory=list)
    classes: list[tuple[int, int]] = field(default_factory=list)
    conditions: list[ConditionMention] = field(default_factory=list)
    predicates: list[Predicate] = field(default_factory=list)
    # An approval word read as an adjective ("FDA-approved Dysport"): no claim, by policy.
    adjectival: bool = False

    def before(self, position: int) -> str:
        """The clause's text up to an absolute offset."""
        return self.text[: max(position - self.start, 0)]

    def after(self, position: int) -> str:
        return self.text[max(position - self.start, 0) :]

    def gap(self, start: int, end: int) -> str:
        """Clause text between two offsets, with product and class names blanked out."""
        chars = list(self.text[start - self.start : end - self.start])
        spans = [(m.start, m.end) for m in self.products] + self.classes
        for s, e in spans:
            for i in range(max(s, start), min(e, end)):
                chars[i - start] = " "
        return "".join(chars)


@dataclass
class Reading:
    text: str  # the sentence as written
    norm: str  # normalized
    clauses: list[Clause]
    products: list[ProductMention]
    classes: list[tuple[int, int]]
    conditions: list[ConditionMention]

    @property
    def is_question(self) -> bool:
        stripped = self.text.rstrip()
        if stripped.endswith("?"):
            return True
        # A heading such as "Is Botox approved for migraine" with no closing full stop.
        return bool(language().question_openers.match(self.norm.lstrip())) and not (
            stripped.endswith((".", "!"))
        )


def _numbers(phrase: str) -> list[str]:
    """The phrase with its last word in the other grammatical number; none for acronyms and
    for words that do not simply take an "s"."""
    words = phrase.split()
    if not words or phrase.isupper() or not words[-1].isalpha() or len(words[-1]) < 4:
        return []
    last = words[-1]
    other = last[:-1] if last.endswith("s") and not last.endswith("ss") else last + "s"
    if last.endswith(("sh", "ch", "x", "ss")):
        return []
    return [" ".join([*words[:-1], other])]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class Reader:
    """Finds mentions in sentences, for one knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.lang: Language = language()
        self.topics: Topics = topics()
        phrases: list[tuple[str, tuple[str, ...]]] = []
        for product in kb.products.values():
            siblings = kb.same_ingredient(product.id)
            for alias in product.aliases:
                key = phrase_key(alias)
                # A name that begins a sibling label's longer name ("Botox" of "Botox
                # Cosmetic") is the brand as a whole: it covers both labels.
                covered = tuple(
                    s.id
                    for s in siblings
                    if any(phrase_key(a).startswith(key + " ") for a in s.aliases)
                )
                phrases.append((alias, (product.id, *covered)))
        # A brand family's name ("Juvederm") names every product of the family.
        phrases += kb.family_phrases()
        self._products = PhraseMatcher(phrases)
        # The claim language's own words for the toxins ("tox", "wrinkle relaxers") where the
        # base holds toxins; the fillers' words where it holds fillers.
        toxin_terms = self.topics.class_terms if kb.class_terms else ()
        class_terms = (*kb.class_terms, *toxin_terms, *kb.filler_terms)
        self._classes = PhraseMatcher((term, term) for term in class_terms)
        wider: list[tuple[str, str]] = [
            (phrase, use_id)
            for use_id, terms in self.topics.broader_phrases.items()
            if use_id in kb.off_label_uses
            for phrase in terms
        ]
        wider += [
            (phrase, condition_id)
            for phrase, condition_ids in self.topics.combined_phrases.items()
            for condition_id in condition_ids
            if condition_id in kb.conditions
        ]
        self._broader = PhraseMatcher(wider)
        groups = self.topics.groups
        self._category_targets: dict[str, tuple[str, ...]] = {}
        for phrase, kinds in self.topics.categories.items():
            members = (
                list(kb.conditions)
                if "all" in kinds
                else [c for kind in kinds for c in groups.get(kind, ()) if c in kb.conditions]
            )
            self._category_targets[phrase_key(phrase)] = tuple(dict.fromkeys(members))
        self._categories = PhraseMatcher((phrase, phrase) for phrase in self.topics.categories)
        # The lexicon's phrases with the last word in the other number ("lip flips", "frown
        # line"), for forms the evidence lexicon does not list.
        variants: list[tuple[str, str]] = []
        for term in kb.lexicon:
            variants += [
                (v, term.condition_id or term.off_label_id or "") for v in _numbers(term.phrase)
            ]
        for condition in kb.conditions.values():
            variants += [(v, condition.id) for v in condition.aliases for v in _numbers(v)]
        self._variants = PhraseMatcher((v, target) for v, target in variants if target)
        self._generic = {
            phrase_key(p): condition_id
            for condition_id, terms in self.topics.generic_condition_phrases.items()
            for p in terms
        }

    # -- mentions ------------------------------------------------------------------------

    def products(self, text: str) -> list[ProductMention]:
        merged: dict[tuple[int, int], list[str]] = {}
        for found in self._products.find(text):
            ids = merged.setdefault((found.start, found.end), [])
            ids += [i for i in found.target if i not in ids]
        return [ProductMention(s, e, tuple(ids)) for (s, e), ids in merged.items()]

    def classes(self, text: str, products: list[ProductMention]) -> list[tuple[int, int]]:
        spans = [(f.start, f.end) for f in self._classes.find(text)]
        taken = [(p.start, p.end) for p in products]
        return [s for s in dict.fromkeys(spans) if not any(_overlaps(s, t) for t in taken)]

    def conditions(self, text: str) -> list[ConditionMention]:
        wide_found = self._broader.find(text)
        # A kind of use inside a longer named use ("forehead wrinkles") is that use.
        kinds = [
            ConditionMention(f.start, f.end, members, category=True)
            for f in self._categories.find(text)
            if (members := self._category_targets.get(phrase_key(f.target)))
            and not any(
                b.start <= f.start and f.end <= b.end and b.end - b.start > f.end - f.start
                for b in wide_found
            )
        ]
        broader = [
            f
            for f in wide_found
            if not any(_overlaps((f.start, f.end), (k.start, k.end)) for k in kinds)
        ]
        spans: dict[tuple[int, int], list[str]] = {(k.start, k.end): [] for k in kinds}
        for found in broader:
            targets = spans.setdefault((found.start, found.end), [])
            if found.target not in targets:
                targets.append(found.target)
        wide = list(spans)
        for match in self.kb.match_conditions(text):
            span = (match.start, match.end)
            if any(_overlaps(span, w) for w in wide):
                continue
            targets = spans.setdefault(span, [])
            if match.target_id not in targets:
                targets.append(match.target_id)
        known = list(spans)
        for found in self._variants.find(text):
            span = (found.start, found.end)
            if any(_overlaps(span, k) for k in known):
                continue
            targets = spans.setdefault(span, [])
            if found.target not in targets:
                targets.append(found.target)
        mentions = sorted(
            [ConditionMention(s, e, tuple(t)) for (s, e), t in spans.items() if t] + kinds,
            key=lambda m: m.start,
        )
        mentions = [self._widened(text, m) for m in mentions]
        # "Migraine" beside "chronic migraine" or "episodic migraine" is the same topic, not a
        # second claim: drop the generic word.
        generic = [m for m in mentions if phrase_key(text[m.start : m.end]) in self._generic]
        if generic:
            specific = [m for m in mentions if m not in generic]
            words = {phrase_key(text[g.start : g.end]).split()[-1].rstrip("s") for g in generic}
            if any(w in phrase_key(text[m.start : m.end]) for m in specific for w in words if w):
                mentions = specific
        return mentions

    def _widened(self, text: str, mention: ConditionMention) -> ConditionMention:
        """ "Every type of migraine", "all forms of hyperhidrosis", "headaches of any kind":
        the wider off-label use of the condition's group, when it has one."""
        if mention.category:
            return mention
        before, after = text[: mention.start], text[mention.end :]
        if not (_EVERY_KIND_BEFORE.search(before) or _EVERY_KIND_AFTER.match(after)):
            return mention
        wider = {
            use
            for target in mention.targets
            if (group := self.topics.group_name(target)) is not None
            and (use := self.topics.wider_uses.get(group)) is not None
        }
        if not wider:
            if len(mention.targets) > 1:
                return ConditionMention(mention.start, mention.end, mention.targets, every=True)
            return mention
        return ConditionMention(mention.start, mention.end, tuple(sorted(wider)))

    # -- clauses ---------------------------------------------------------------------------

    def read(self, sentence: str) -> Reading:
        norm = normalize(sentence)
        products = self.products(sentence)
        classes = self.classes(sentence, products)
        # A kind of use inside a product's name ("Botox Cosmetic treatment") is the name;
        # "anything else", "any condition other than X" name no kind of use.
        conditions = [
            c
            for c in self.conditions(sentence)
            if not (
                c.category and any(_overlaps((c.start, c.end), (p.start, p.end)) for p in products)
            )
            and not (c.category and _NOT_A_KIND.match(norm[c.end :]))
        ]
        clauses = [
            self._fill(
                Clause(start, end, norm[start:end], sentence[start:end]),
                products,
                classes,
                conditions,
            )
            for start, end in self._clause_spans(norm)
        ]
        return Reading(sentence, norm, clauses, products, classes, conditions)

    def _clause_spans(self, norm: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        start = 0
        for brk in self.lang.clause_breaks.finditer(norm):
            if brk.start() > start:
                spans.append((start, brk.start()))
            start = brk.end()
        spans.append((start, len(norm)))
        # ", and" divides only when what follows makes a claim of its own; a trailing
        # ", but Dysport is not" style tail is a clause of its own too.
        divided: list[tuple[int, int]] = []
        for s, e in spans:
            cuts = [s]
            for brk in self.lang.and_break.finditer(norm, s, e):
                if self._claims_something(norm[brk.end() : e]):
                    cuts.append(brk.end())
            # A comma splice divides after a claim, so that what the next sentence names
            # ("…, my eye doc only uses botox") is not read into it.
            for brk in self.lang.splice_break.finditer(norm, s, e):
                if brk.start() > cuts[-1] and self._claims_something(norm[cuts[-1] : brk.start()]):
                    cuts.append(brk.end())
            tail = norm.rfind(", ", s, e)
            if (
                tail > cuts[-1]
                and self.lang.elliptical_end.search(norm[tail:e].rstrip())
                and not self._claims_something(norm[tail:e])
            ):
                cuts.append(tail + 2)
            divided += [(a, b) for a, b in pairwise([*cuts, e]) if b > a]
        return [(s, e) for s, e in divided if norm[s:e].strip()]

    def _claims_something(self, text: str) -> bool:
        lang = self.lang
        return any(
            p.search(text)
            for p in (
                lang.approval_negative,
                lang.approval_positive,
                lang.evidence_negative,
                lang.evidence_positive,
                lang.box_mention,
                lang.units_interchangeable,
                lang.units_not_interchangeable,
            )
        )

    def _fill(
        self,
        clause: Clause,
        products: list[ProductMention],
        classes: list[tuple[int, int]],
        conditions: list[ConditionMention],
    ) -> Clause:
        inside = range(clause.start, clause.end)
        clause.products = [p for p in products if p.start in inside]
        clause.classes = [c for c in classes if c[0] in inside]
        clause.conditions = [c for c in conditions if c.start in inside]
        clause.predicates = sorted(
            self._approval_predicates(clause) + self._evidence_predicates(clause),
            key=lambda p: p.start,
        )
        return clause

    def _approval_predicates(self, clause: Clause) -> list[Predicate]:
        lang, text, base = self.lang, clause.text, clause.start
        undone = [m.span() for m in lang.approval_not_negative.finditer(text)]
        negative = [m.span() for m in lang.approval_negative.finditer(text)]
        found: list[Predicate] = []
        # "in approved and unapproved uses": a phrase naming both, no claim about either
        both = [m.span() for m in _BOTH_KINDS_OF_USE.finditer(text)]
        taken: list[tuple[int, int]] = list(both)
        for span in negative:
            if any(_overlaps(span, b) for b in both):
                continue
            flipped = any(_overlaps(span, u) for u in undone)
            found.append(Predicate(APPROVAL, flipped, base + span[0], base + span[1]))
            taken.append(span)
        for m in lang.approval_positive.finditer(text):
            if any(_overlaps(m.span(), t) for t in taken):
                continue
            if self._adjectival(clause, m.start(), m.end()):
                clause.adjectival = True
                continue
            found.append(Predicate(APPROVAL, True, base + m.start(), base + m.end()))
            taken.append(m.span())
        restricted = [m.span() for m in lang.restriction.finditer(text)]
        cancelled = [m.span() for m in lang.not_restriction.finditer(text)]
        result = []
        for p in found:
            span = (p.start - base, p.end - base)
            only = (
                (
                    any(_overlaps(span, r) for r in restricted)
                    # "approved for frown lines and nothing else"
                    or (p.positive and bool(self.lang.restriction_all.search(text[span[0] :])))
                )
                and not any(c[1] <= span[1] + 1 and c[1] >= span[0] - 12 for c in cancelled)
            )
            result.append(
                Predicate(p.kind, p.positive, p.start, p.end, restriction=only) if only else p
            )
        return result

    def _adjectival(self, clause: Clause, start: int, end: int) -> bool:
        """'approved' used as an adjective: before a product name ("FDA-approved Dysport") or
        a generic noun with no use after it ("approved injectors"). Not when a use before it
        is the sentence's subject ("the lip flip is an FDA-approved Botox procedure")."""
        at = clause.start + start
        if any(c.end <= at and is_subject_gap(clause.gap(c.end, at)) for c in clause.conditions):
            return False
        rest = clause.text[end:]
        following = [p for p in clause.products if 0 <= p.start - (clause.start + end) <= 2]
        if following:
            # "FDA-approved Botox protocols for palms": a use after the product's noun.
            after = clause.text[following[0].end - clause.start :].lstrip()
            noun = self.lang.adjectival_nouns.match(after)
            if noun is not None and self.lang.adjectival_use.match(after[noun.end() :]):
                return False
            word = clause.text[start:end]
            return "-" in word or bool(self.lang.adjectival_before.search(clause.text[:start]))
        noun = self.lang.adjectival_nouns.match(rest)
        if noun is None:
            return False
        return not self.lang.adjectival_use.match(rest[noun.end() :])

    def _evidence_predicates(self, clause: Clause) -> list[Predicate]:
        lang, text, base = self.lang, clause.text, clause.start
        found: list[Predicate] = []
        if lang.evidence_nuanced.search(text):
            return found
        negative = [m.span() for m in lang.evidence_negative.finditer(text)]
        for s, e in negative:
            found.append(Predicate(EVIDENCE, False, base + s, base + e))
        proof = [m.span() for m in lang.evidence_proof.finditer(text)]
        for m in lang.evidence_positive.finditer(text):
            # "no evidence that it works for…": the denial governs what follows it.
            if any(_overlaps(m.span(), n) or n[1] <= m.start() for n in negative):
                continue
            strong = any(_overlaps(m.span(), p) for p in proof)
            found.append(Predicate(EVIDENCE, True, base + m.start(), base + m.end(), proof=strong))
        return found


def search_before(pattern: re.Pattern[str], clause: Clause, position: int) -> bool:
    """Whether the pattern occurs in the clause before an absolute offset."""
    return bool(pattern.search(clause.before(position)))
