"""The claim check: which sentences of a text state something about covered products (the
botulinum toxins; the dermal fillers, Kybella and Latisse) that the evidence base confirms,
contradicts or goes beyond.

Each class is read against its own facts (`ClaimChecker`): a `Checker` over the toxins' part
of the evidence base, where "the class" means every toxin, and one over the fillers and the
other aesthetic drugs, where it means every filler; a sentence gets the more serious of the
two verdicts. The learned reader was trained on toxin text and reads only the toxins' part.

    check_text("Botox is not FDA-approved for migraine.", kb)
    → [ClaimVerdict(verdict="contradicts", fact="Botox has been FDA-approved for chronic
       migraine prevention in adults since 2010.", source="https://dailymed…", …)]

Claims checked, each about a product (brand, alias or nonproprietary name), the class
("botulinum toxin", "neurotoxin", "tox") or a product carried over from the previous sentence
("It is approved for…"):

- approval status for a condition or off-label use ("FDA-approved for", "not approved",
  "off-label", "on-label", "indicated for"), with its year when one is stated;
- evidence ("no conclusive evidence", "not proven", "untested", "clinically proven");
- interchangeable units ("units are the same", "1 unit of Botox = 2.5 units of Dysport");
- the boxed warning ("has no boxed warning"), and absolute safety said of a product
  ("Botox is completely safe"), which the boxed warning's distant-spread risk contradicts.

Verdicts: `contradicts` (denies or misstates a fact), `overstates` (claims approval or proof
beyond the label), `consistent` (checkable and agrees). A sentence without a checkable claim
gives nothing. When a sentence holds several claims its verdict is the most serious one.

Policy, where language is ambiguous (precision first: a wrong flag on a physician's correct
answer is worse than a miss):

- Questions ("Is Botox approved for TMJ?") and claims inside "if"/"whether" make no claim;
  nor does someone else's claim reported and then asked about ("A friend said Xeomin is
  approved for TMJ. Is that right?").
- "I don't think X is approved for Y" denies the approval; "the only thing X is approved for
  is Y" and "X's approval is adults only" are restrictions, wrong when the label has more.
- Hedges ("may", "might", "I believe", "reportedly", "some say") do not withdraw a claim: a
  hedged false claim still misleads, so "Botox may not be approved for migraine" contradicts.
  Statements about the future or a pending application ("could be approved someday") are not
  claims about the current label.
- A claim the writer says is false ("it is not true that…", "it's a myth that…", "don't
  believe anyone who says…") is judged reversed: the writer asserts its opposite. A claim
  reported without saying what is true ("many people think…", "misinformation says…") or
  reported and then corrected ("some clinics advertise X, but…") is not judged.
- Negation: "not", "never", "isn't" (also "isnt"), "no longer", "has yet to be",
  "unapproved", "without approval", "off-label"; "not only"/"not just" are not negations;
  "not off-label" is on-label; "wasn't approved until 2013" is a claim about the year; a use
  set apart after the claim ("approved for cervical dystonia, not for cosmetic use") is denied.
- Scope: "all/every/any toxin" claims must hold for every product (the two onabotulinumtoxinA
  labels count as one product); "no toxin"/"none of them" denies it for every product; "only
  Botox"/"Botox is the only toxin" says no other product holds it; "only approved for X" says
  the label has no other use of X's kind (topics.yaml groups), "…and nothing else" or "only
  for cosmetic use" that it has no other use at all. Kinds of use ("cosmetic use", "any
  medical condition") are denied wrongly as soon as the label has one use of that kind.
- Several products: a claim is about the products in its clause that are not set apart
  ("unlike Dysport", "other than Botox", "similar to Xeomin"); "…, which is approved for…"
  is about the product just before "which". "Botox" covers both onabotulinumtoxinA labels
  (cosmetic uses sit on Botox Cosmetic's); "Botox Cosmetic" named alone is held to its own
  label.
- Populations: ages a claim names ("in children", "teens under 18", "patients over 65", "at
  any age") are compared with the ages the label's population covers: "approved for X in
  <ages>" holds when they overlap, "not approved for X in <ages>" is wrong when they do, "at
  any age" overstates every label. Pregnancy and other populations without ages are not
  judged. Approvals of other countries, and "approved" by an insurer or a doctor, are not
  judged.
- Negative statements about effect are judged only when general: "doesn't work for
  everyone", "may not help you", "no evidence higher doses work better", a patient's own
  experience, and statements about harm are narrower claims and are not judged. Evidence
  for off-label uses is judged only when the text claims proof ("clinically proven").
- Absolute safety ("completely safe", "risk-free", "can't spread") is judged only when said
  of a product without qualification ("safe in experienced hands at recommended doses" is not).
"""

from __future__ import annotations

import re
from dataclasses import replace

from curbside.claims import learned
from curbside.claims.basis import Basis
from curbside.claims.facets import facets
from curbside.claims.kinds import KINDS
from curbside.claims.language import normalize
from curbside.claims.reading import Reading
from curbside.claims.sentences import split_sentences
from curbside.claims.spelling import as_read
from curbside.claims.subjects import SentenceView, Subjects
from curbside.claims.verdicts import (
    CONSISTENT,
    CONTRADICTS,
    FLAGS,
    OVERSTATES,
    SEVERITY,
    ClaimVerdict,
    Finding,
    Subject,
    Verdict,
)
from curbside.evidence.knowledge import Category, KnowledgeBase
from curbside.lib.framing import compiled

__all__ = [
    "CONSISTENT",
    "CONTRADICTS",
    "FLAGS",
    "OVERSTATES",
    "SEVERITY",
    "Checker",
    "ClaimChecker",
    "ClaimVerdict",
    "Subject",
    "Verdict",
    "check_text",
    "checker",
]


class Checker:
    """The claim check over one knowledge base: reads each sentence once, works out who each
    clause is about, and asks the reader of every registered kind (kinds.py)."""

    def __init__(
        self, kb: KnowledgeBase, reader: learned.LearnedReader | bool | None = True
    ) -> None:
        """`reader`: the learned reader to ask after the rules (True: the repository's, when
        its files load; None or False: the rules alone)."""
        self.kb = kb
        self.learned: learned.LearnedReader | None = (
            learned.default() if reader is True else reader or None
        )
        self.basis = Basis(kb)
        self.lang = self.basis.lang
        self.reader = self.basis.reader
        self.subjects = Subjects(self.basis)
        self.readers = KINDS.readers(self.basis)
        lang = self.lang
        # The forms of claim whose truth turns on the facts (learned.paired): a restriction,
        # "every kind", a denial, proof, absolute safety, interchangeable units.
        self._cues = (
            ("only", compiled(lang.restriction.pattern, lang.the_only.pattern)),
            ("every", lang.restriction_all),
            ("not", learned.CUES),
            ("proof", lang.evidence_proof),
            ("safe", lang.absolute_safety),
            ("same", lang.units_interchangeable),
        )

    def check_text(self, text: str) -> list[ClaimVerdict]:
        """Every sentence of the text with a checkable claim, in order."""
        return [verdict for _, verdict in self.check_sentences(text)]

    def mentions(self, text: str) -> bool:
        """Whether the text names anything this checker knows: a product, the class, or a
        condition or use of its evidence base. A text that names none has no claim here."""
        kb = self.kb
        return bool(
            kb.match_products(text) or self.reader.classes(text, []) or kb.match_conditions(text)
        )

    def check_sentences(self, text: str) -> list[tuple[int, ClaimVerdict]]:
        """(the sentence's position in the text, its verdict) for every sentence of the text
        with a checkable claim, in order."""
        verdicts: list[tuple[int, ClaimVerdict]] = []
        carried: Subject | None = None
        paragraph = -1
        previous = ""
        sentences = list(split_sentences(text))
        for index, sentence in enumerate(sentences):
            if sentence.paragraph != paragraph:
                carried, paragraph, previous = None, sentence.paragraph, ""
            verdict, carried = self.check_sentence(sentence.text, carried, previous)
            previous = sentence.text
            following = sentences[index + 1] if index + 1 < len(sentences) else None
            if (
                verdict is not None
                and following is not None
                and following.paragraph == sentence.paragraph
                and self._asked_about(sentence.text, following.text)
            ):
                continue
            if verdict is not None:
                verdicts.append((index, verdict))
        return verdicts

    def _asked_about(self, sentence: str, following: str) -> bool:
        """Someone else's claim reported and then asked about ("Someone said Xeomin is
        approved for TMJ. Is that true?"): the writer makes no claim."""
        if not self.lang.attribution.search(normalize(sentence)):
            return False
        return self.reader.read(following).is_question

    def check_sentence(
        self, sentence: str, carried: Subject | None = None, previous: str = ""
    ) -> tuple[ClaimVerdict | None, Subject | None]:
        """The sentence's verdict (or None), and the subject a next sentence's "it" means.
        `previous`: the sentence before it in the paragraph, which the learned reader reads
        as context."""
        reading = self.reader.read(as_read(sentence))
        next_subject = self.subjects.named(reading) or carried
        if reading.is_question or self.kb.is_empty:
            return None, next_subject
        view = self.subjects.view(reading, carried)
        findings: list[Finding] = []
        for reader in self.readers:
            findings += reader.findings(view)
        is_learned = False
        stance = self.learned_stance(view, findings) if self.learned is not None else None
        if stance is not None:
            flag = self._learned_flag(sentence, view, findings, stance, previous)
            if flag is not None:
                findings, is_learned = [flag], True
        if not findings:
            return None, next_subject
        verdict = self._verdict(
            sentence, reading, findings, hedged=bool(self.lang.hedges.search(reading.norm))
        )
        return replace(verdict, learned=is_learned), next_subject

    def learned_texts(
        self, sentence: str, reading: Reading, findings: list[Finding], previous: str = ""
    ) -> tuple[str, str]:
        """What the learned reader reads of a sentence: its words with the facets, the rules'
        findings and the previous sentence's words (as context), and its characters."""
        rules = learned.rule_words([(f.verdict, f.kind) for f in findings])
        found = facets(self.basis, reading)
        cues = [name for name, pattern in self._cues if pattern.search(reading.norm)]
        return (
            learned.word_text(sentence, found + learned.paired(found, cues), rules, previous),
            learned.char_text(sentence),
        )

    def learned_stance(self, view: SentenceView, findings: list[Finding]) -> str | None:
        """How the learned reader is asked about a sentence (learned.STANCES), or None when it
        is not asked at all.

        Not asked: a sentence in which the rules read a claim, a question or a claim inside
        "if"/"whether", a heading or a fragment, and what the policy sets aside (another
        country's approval, the future, narrower statements about effect, the writer's own
        experience, safety with a qualifier, an approval said as an adjective, "not approved for
        anything else" without a use). Otherwise:
        - SILENT: the rules found nothing checkable;
        - SET_ASIDE: the rules found nothing, in a sentence whose form usually carries no
          claim of its own: no product named or carried over, with a use named ("Lip flips are
          clinically proven"), a list of three products or more (a summary the
          rules read part by part), or a price.

        A rule that read a claim and found it true keeps its verdict. Measured on the
        development sets, a reader allowed to overrule it at a stricter threshold caught more
        of the claims the rules misread ("approved for every kind of incontinence") but also
        flagged true sentences whose syntax the rules read right ("Dysport is similar to
        Botox, which is approved for migraine").
        """
        reading = view.reading
        if findings or not view.asserted or reading.is_question:
            return None
        lang, norm = self.lang, reading.norm
        if lang.non_us.search(norm) or lang.future.search(norm):
            return None
        if lang.evidence_narrower.search(norm) and any(
            p.kind == "evidence" for c in reading.clauses for p in c.predicates
        ):
            return None  # "no evidence that higher doses work better": narrower, not judged
        if all(self.basis.experience(c.clause) for c in view.clauses):
            return None
        # Safety with a qualifier ("safe in experienced hands") is not absolute; an approval
        # said as an adjective ("FDA-approved Dysport") claims no use.
        if lang.safety_qualifiers.search(norm) and not lang.absolute_safety.search(norm):
            return None
        if any(c.clause.adjectival for c in view.clauses) or (
            _NO_USE.search(norm) and any(c.clause.predicates for c in view.clauses)
        ):
            return None
        # A heading or a fragment ("Xeomin is a reasonable switch", "What Botox is proven
        # for") announces what follows; the reader reads claims made in sentences.
        words = len(reading.text.split())
        if words < _FEWEST_WORDS or (words < 8 and not reading.text.rstrip().endswith((".", "!"))):
            return None
        if not any(c.judged is not None for c in view.clauses) and view.carried is None:
            # About no product: read only with a use or condition of the toxins' named
            # ("Lip flips are clinically proven"), never text about something else, nor "it"
            # or "they" with nothing before them to stand for.
            if not reading.conditions or _PRONOUN.match(reading.norm):
                return None
            return learned.SET_ASIDE
        if len({m.product_ids for m in reading.products}) >= 3 or _PRICE.search(norm):
            return learned.SET_ASIDE
        return learned.SILENT

    def _learned_flag(
        self,
        sentence: str,
        view: SentenceView,
        findings: list[Finding],
        stance: str,
        previous: str = "",
    ) -> Finding | None:
        """The learned reader's flag, grounded in a fact of its kind; None when it reads no
        flag or when the evidence base has no fact to show for it."""
        assert self.learned is not None
        reading = view.reading
        subjects = [c.judged for c in view.clauses if c.asserted and c.judged is not None]
        subject = subjects[0] if subjects else view.carried
        read = self.learned.read(
            *self.learned_texts(sentence, reading, findings, previous), stance=stance
        )
        if not read.flagged or read.kind not in KINDS:
            return None
        ground = KINDS[read.kind].ground(self.basis, reading, subject)
        if ground is None:
            return None
        product_id, fact = ground
        verdict: Verdict = CONTRADICTS if read.verdict == CONTRADICTS else OVERSTATES
        return Finding(verdict, read.kind, fact, product_id, read.kind, words=read.words)

    def _verdict(
        self, sentence: str, reading: Reading, findings: list[Finding], *, hedged: bool
    ) -> ClaimVerdict:
        """The most serious of a sentence's findings, with every fact behind it and the
        words judged."""
        worst = max(SEVERITY[f.verdict] for f in findings)
        chosen = [f for f in findings if SEVERITY[f.verdict] == worst]
        facts = list(dict.fromkeys(f.fact.text for f in chosen))
        first = chosen[0]
        words = tuple(dict.fromkeys(w for f in chosen for w in f.words)) or _mentioned(reading)
        return ClaimVerdict(
            sentence=sentence.strip(),
            verdict=first.verdict,
            fact=" ".join(facts),
            source=first.fact.source,
            provenance=tuple(dict.fromkeys(u for f in chosen for u in f.fact.provenance)),
            kind=first.kind,
            product=first.product,
            topic=first.topic,
            hedged=hedged,
            words=words,
        )


def _mentioned(reading: Reading) -> tuple[str, ...]:
    """The products, uses and claim words a rule read in the sentence, as written."""
    spans = [(m.start, m.end) for m in reading.products]
    spans += [(c.start, c.end) for c in reading.conditions]
    spans += [
        (p.start, p.end) for clause in reading.clauses for p in clause.predicates if p.end > p.start
    ]
    return tuple(dict.fromkeys(reading.text[s:e].strip() for s, e in sorted(spans) if e > s))


_FEWEST_WORDS = 6
_PRICE = re.compile(r"[$£€]\s?\d")
_PRONOUN = re.compile(r"\W*(?:it|it's|its|they|they're|this|that|these|those)\b")
_NO_USE = re.compile(r"\b(?:anything|everything|nothing)(?:\s+else)?\b")

# The classes read together: the toxins, and the fillers with the other aesthetic drugs
# (Kybella, Latisse), which are sold and written about beside them.
REALMS: tuple[tuple[Category, ...], ...] = (("toxin",), ("filler", "drug"))


class ClaimChecker:
    """The claim check over the whole evidence base: one `Checker` a class of product, each
    reading the text against its own part of the base; a sentence's verdict is the more
    serious of theirs."""

    def __init__(
        self, kb: KnowledgeBase, reader: learned.LearnedReader | bool | None = True
    ) -> None:
        self.kb = kb
        self.checkers: list[Checker] = []
        for categories in REALMS:
            part = kb.restricted(categories)
            if part.is_empty:
                continue
            # The learned reader knows the toxins' text only.
            self.checkers.append(Checker(part, reader if "toxin" in categories else None))

    @property
    def learned(self) -> learned.LearnedReader | None:
        return next((c.learned for c in self.checkers if c.learned is not None), None)

    def check_text(self, text: str) -> list[ClaimVerdict]:
        """Every sentence of the text with a checkable claim, in order."""
        found: dict[int, ClaimVerdict] = {}
        for checker in self.checkers:
            # The first (the toxins') reads every text, as it always has; the others only
            # texts that name something of theirs, which keeps the cost of a toxin article.
            if checker is not self.checkers[0] and not checker.mentions(text):
                continue
            for index, verdict in checker.check_sentences(text):
                held = found.get(index)
                if held is None or SEVERITY[verdict.verdict] > SEVERITY[held.verdict]:
                    found[index] = verdict
        return [found[index] for index in sorted(found)]


_checker: tuple[KnowledgeBase, ClaimChecker] | None = None


def checker(kb: KnowledgeBase) -> ClaimChecker:
    """The checker for a knowledge base, kept while the same base is in use."""
    global _checker
    if _checker is None or _checker[0] is not kb:
        _checker = (kb, ClaimChecker(kb))
    return _checker[1]


def check_text(text: str, kb: KnowledgeBase) -> list[ClaimVerdict]:
    """Every sentence of `text` with a checkable claim about covered products."""
    return checker(kb).check_text(text)
