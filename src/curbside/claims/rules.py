"""The claim check: which sentences of a text state something about covered botulinum toxin
products that the evidence base confirms, contradicts or goes beyond.

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
from collections.abc import Sequence
from dataclasses import replace

from curbside.claims.label_rules import UNTIL
from curbside.claims.language import normalize
from curbside.claims.reading import (
    APPROVAL,
    CONNECTOR,
    Clause,
    ConditionMention,
    Predicate,
    ProductMention,
    Reading,
    is_subject_gap,
)
from curbside.claims.sentences import split_sentences
from curbside.claims.verdicts import (
    CONSISTENT,
    CONTRADICTS,
    FLAGS,
    KIND_APPROVAL,
    KIND_BOXED,
    KIND_EVIDENCE,
    KIND_UNITS,
    KIND_YEAR,
    OVERSTATES,
    SEVERITY,
    ClaimVerdict,
    ClauseClaim,
    Finding,
    Subject,
    Verdict,
)
from curbside.claims.warning_rules import WarningRules
from curbside.evidence.knowledge import KnowledgeBase

__all__ = [
    "CONSISTENT",
    "CONTRADICTS",
    "FLAGS",
    "KIND_APPROVAL",
    "KIND_BOXED",
    "KIND_EVIDENCE",
    "KIND_UNITS",
    "KIND_YEAR",
    "OVERSTATES",
    "SEVERITY",
    "Checker",
    "ClaimVerdict",
    "Subject",
    "Verdict",
    "check_text",
    "checker",
]


class Checker(WarningRules):
    """The claim check over one knowledge base: reads each sentence into clauses, works out
    who each claim is about and which uses, and asks the label and warning rules."""

    # -- text and sentences ------------------------------------------------------------

    def check_text(self, text: str) -> list[ClaimVerdict]:
        """Every sentence of the text with a checkable claim, in order."""
        verdicts: list[ClaimVerdict] = []
        carried: Subject | None = None
        paragraph = -1
        sentences = list(split_sentences(text))
        for index, sentence in enumerate(sentences):
            if sentence.paragraph != paragraph:
                carried, paragraph = None, sentence.paragraph
            verdict, carried = self.check_sentence(sentence.text, carried)
            following = sentences[index + 1] if index + 1 < len(sentences) else None
            if (
                verdict is not None
                and following is not None
                and following.paragraph == sentence.paragraph
                and self._asked_about(sentence.text, following.text)
            ):
                continue
            if verdict is not None:
                verdicts.append(verdict)
        return verdicts

    def _asked_about(self, sentence: str, following: str) -> bool:
        """Someone else's claim reported and then asked about ("Someone said Xeomin is
        approved for TMJ. Is that true?"): the writer makes no claim."""
        if not self.lang.attribution.search(normalize(sentence)):
            return False
        return self.reader.read(following).is_question

    def check_sentence(
        self, sentence: str, carried: Subject | None = None
    ) -> tuple[ClaimVerdict | None, Subject | None]:
        """The sentence's verdict (or None), and the subject a next sentence's "it" means."""
        reading = self.reader.read(sentence)
        next_subject = self._named_subject(reading) or carried
        if reading.is_question or self.kb.is_empty:
            return None, next_subject
        findings: list[Finding] = []
        previous: ClauseClaim | None = None
        inherited: Subject | None = None
        earlier: list[ConditionMention] = []
        for index, clause in enumerate(reading.clauses):
            if self._not_asserted(reading, index):
                previous, inherited, earlier = None, None, []
                continue
            subject = self._clause_subject(clause, index, inherited, carried)
            if subject is not None:
                inherited = subject
            # "It is not true that…": the writer denies the claim the clause holds.
            denied = bool(self.lang.negating_frames.search(clause.text))
            judged = (
                replace(subject, negated=not subject.negated) if subject and denied else subject
            )
            claim, found = self._clause_findings(reading, clause, judged, previous, earlier)
            earlier = clause.conditions or earlier
            findings += found
            previous = claim or previous
            findings += self._boxed_findings(clause, subject, denied=denied)
        findings += self._units_findings(reading, carried)
        if not findings:
            return None, next_subject
        worst = max(SEVERITY[f.verdict] for f in findings)
        chosen = [f for f in findings if SEVERITY[f.verdict] == worst]
        facts = list(dict.fromkeys(f.fact.text for f in chosen))
        first = chosen[0]
        return (
            ClaimVerdict(
                sentence=sentence.strip(),
                verdict=first.verdict,
                fact=" ".join(facts),
                source=first.fact.source,
                provenance=tuple(dict.fromkeys(u for f in chosen for u in f.fact.provenance)),
                kind=first.kind,
                product=first.product,
                topic=first.topic,
                hedged=bool(self.lang.hedges.search(reading.norm)),
            ),
            next_subject,
        )

    # -- subjects --------------------------------------------------------------------------

    def _named_subject(self, reading: Reading) -> Subject | None:
        """The one product family (or the class) a sentence is about, for the next one."""
        families = {self._family(m) for m in reading.products}
        if len(families) == 1:
            return Subject(tuple(families))
        if not families and reading.classes:
            return Subject(self.families, scope="class")
        return None

    def _excluded(self, clause: Clause, mention: ProductMention) -> bool:
        """Set apart from the claim ("unlike Dysport", "not for Dysport or Xeomin")."""
        if self.lang.excluding.search(clause.before(mention.start)[-40:]):
            return True
        earlier = [m for m in clause.products if m.end <= mention.start]
        if not earlier:
            return False
        gap = clause.text[earlier[-1].end - clause.start : mention.start - clause.start]
        if not CONNECTOR.match(gap):
            return False
        if not re.search(r"\b(?:and|or|nor)\b|[&/]", gap):
            # A bare comma continues a list only when the list goes on ("not for Dysport,
            # Xeomin or Jeuveau"); "Unlike Botox, Dysport is…" starts the main clause.
            later = [m for m in clause.products if m.start >= mention.end]
            after = (
                clause.text[mention.end - clause.start : later[0].start - clause.start]
                if later
                else "."
            )
            if not later or not CONNECTOR.match(after):
                return False
        return self._excluded(clause, earlier[-1])

    def _clause_subject(
        self, clause: Clause, index: int, inherited: Subject | None, carried: Subject | None
    ) -> Subject | None:
        lang = self.lang
        excluded = {m.product_ids for m in clause.products if self._excluded(clause, m)}
        named = [m for m in clause.products if m.product_ids not in excluded]
        rest = tuple(f for f in self.families if not any(set(f) & set(e) for e in excluded))
        negated = bool(lang.neither.search(clause.text))
        if lang.none.search(clause.text):
            return Subject(rest, scope="none")
        if lang.universal.search(clause.text) and (clause.classes or not named):
            return Subject(rest, scope="universal", negated=negated)
        if named:
            families = tuple(dict.fromkeys(self._family(m) for m in named))
            exclusive = len(families) == 1 and not lang.not_exclusive.search(clause.text)
            exclusive = exclusive and (
                bool(lang.the_only.search(clause.text))
                or any(
                    lang.exclusive_before.search(clause.before(m.start)[-20:])
                    or lang.exclusive_after.search(clause.after(m.end))
                    for m in named
                )
            )
            return Subject(families, scope="exclusive" if exclusive else "named", negated=negated)
        if clause.classes:
            partial = any(lang.partial.search(clause.before(c[0])[-40:]) for c in clause.classes)
            return Subject(rest, scope="some" if partial else "class", negated=negated)
        if inherited is not None:
            return inherited
        first = clause.predicates[0].start if clause.predicates else clause.end
        if index == 0 and carried is not None and lang.pronoun.search(clause.before(first)):
            return carried
        return None

    def _predicate_subject(
        self, clause: Clause, predicate: Predicate, condition: ConditionMention, subject: Subject
    ) -> Subject:
        """Narrow a clause's named products to those a claim is about."""
        if subject.scope not in ("named", "exclusive"):
            return subject
        # "…, similar to Botox, which is approved for…": the product before "which".
        before = [m for m in clause.products if m.end <= predicate.start]
        if before and self.lang.relative.match(
            clause.text[before[-1].end - clause.start : predicate.start - clause.start]
        ):
            return Subject((self._family(before[-1]),), negated=subject.negated)
        if len(subject.families) < 2:
            return subject
        usable = [m for m in clause.products if not self._excluded(clause, m)]
        # "Botox is approved for chronic migraine, and Dysport for cervical dystonia".
        if condition.start > predicate.end:
            others = [c for c in clause.conditions if predicate.end <= c.end <= condition.start]
            start = others[-1].end if others else predicate.end
            between = [m for m in usable if start <= m.start < condition.start]
            if between:
                return Subject(
                    tuple(dict.fromkeys(self._family(m) for m in between)),
                    negated=subject.negated,
                )
        # The products before the claim word are its subject; those after it are not.
        earlier = [p.end for p in clause.predicates if p.end <= predicate.start]
        start = earlier[-1] if earlier else clause.start
        leading = [m for m in usable if start <= m.start and m.end <= predicate.start]
        if leading:
            return Subject(
                tuple(dict.fromkeys(self._family(m) for m in leading)),
                scope=subject.scope,
                negated=subject.negated,
            )
        return subject

    # -- approval and evidence -----------------------------------------------------------

    def _bind(
        self, clause: Clause, earlier: Sequence[ConditionMention] = ()
    ) -> list[tuple[Predicate, list[ConditionMention]]]:
        """Each claim word with the conditions it is about: those after it (the object), or
        else those before it joined by "is"/"are" (the subject: "jaw slimming is off-label"),
        or those of an earlier clause it points back to ("…, but it's not approved for
        that")."""
        predicates = clause.predicates
        if not predicates:
            return []
        objects: dict[int, list[ConditionMention]] = {i: [] for i in range(len(predicates))}
        subjects: dict[int, list[ConditionMention]] = {i: [] for i in range(len(predicates))}
        for condition in clause.conditions:
            inside = [
                i
                for i, p in enumerate(predicates)
                if p.start <= condition.start and condition.end <= p.end
            ]
            if inside:  # "its crow's feet approval"
                objects[inside[0]].append(condition)
                continue
            following = [i for i, p in enumerate(predicates) if p.start >= condition.end]
            if following and self._is_subject(clause, condition, predicates[following[0]]):
                subjects[following[0]].append(condition)
                continue
            preceding = [i for i, p in enumerate(predicates) if p.end <= condition.start]
            if preceding:
                objects[preceding[-1]].append(condition)
        for i, p in enumerate(predicates):
            if (
                not objects[i]
                and not subjects[i]
                and earlier
                and self.lang.back_reference.match(clause.after(p.end))
            ):
                objects[i] = list(earlier)
        return [
            (p, objects[i] or subjects[i])
            for i, p in enumerate(predicates)
            if objects[i] or subjects[i]
        ]

    def _is_subject(
        self, clause: Clause, condition: ConditionMention, predicate: Predicate
    ) -> bool:
        chain = [condition]
        for other in clause.conditions:
            if other.start > chain[-1].end and other.end <= predicate.start:
                if not CONNECTOR.match(clause.gap(chain[-1].end, other.start)):
                    return False
                chain.append(other)
        return is_subject_gap(clause.gap(chain[-1].end, predicate.start))

    def _clause_findings(
        self,
        reading: Reading,
        clause: Clause,
        subject: Subject | None,
        previous: ClauseClaim | None,
        earlier: Sequence[ConditionMention] = (),
    ) -> tuple[ClauseClaim | None, list[Finding]]:
        findings: list[Finding] = []
        claim: ClauseClaim | None = None
        bound = self._bind(clause, earlier)
        if not clause.predicates:
            ellipsis = self._elliptical(clause, subject, previous)
            if ellipsis is not None:
                kind, ellipsis_subject, conditions = ellipsis
                predicate = Predicate(kind, False, clause.start, clause.start)
                for condition in conditions:
                    findings += self._judge(clause, predicate, ellipsis_subject, condition)
            return None, findings
        for predicate, conditions in bound:
            if self.lang.conditional.search(clause.before(predicate.start)):
                continue
            if claim is None:
                claim = ClauseClaim(predicate.kind, predicate.positive, subject, conditions)
            if predicate.kind == APPROVAL and predicate.restriction and subject is not None:
                findings += self._restriction(clause, predicate, subject, conditions)
                continue
            until = (
                predicate.kind == APPROVAL
                and not predicate.positive
                and bool(UNTIL.search(clause.after(predicate.end)))
            )
            for condition in conditions:
                if subject is None:
                    continue
                narrowed = self._predicate_subject(clause, predicate, condition, subject)
                if self._set_apart(clause, predicate, condition):
                    narrowed = replace(narrowed, negated=not narrowed.negated)
                if until:  # "wasn't approved for X until <year>": a claim about the year
                    findings += self._year(clause, narrowed, condition)
                    continue
                findings += self._judge(clause, predicate, narrowed, condition)
                if predicate.kind == APPROVAL and predicate.positive != narrowed.negated:
                    findings += self._year(clause, narrowed, condition)
        findings += self._off_label_untested(clause, subject, bound)
        findings += self._first_approval(clause, subject)
        return claim, findings

    def _set_apart(self, clause: Clause, predicate: Predicate, condition: ConditionMention) -> bool:
        """A use after the claim word that the clause sets apart: "approved for cervical
        dystonia, not for cosmetic use"; uses listed with it share that."""
        if condition.start < predicate.end:
            return False
        if self.lang.condition_excluding.search(clause.before(condition.start)[-40:]):
            return True
        earlier = [
            c for c in clause.conditions if predicate.end <= c.start and c.end <= condition.start
        ]
        if not earlier:
            return False
        gap = clause.gap(earlier[-1].end, condition.start)
        return bool(CONNECTOR.match(gap)) and self._set_apart(clause, predicate, earlier[-1])

    def _elliptical(
        self, clause: Clause, subject: Subject | None, previous: ClauseClaim | None
    ) -> tuple[str, Subject, list[ConditionMention]] | None:
        """ "…, but Dysport is not" / "…, but not Dysport": the previous claim, denied."""
        if previous is None or not previous.positive:
            return None
        text = clause.text.strip()
        starts = self.lang.elliptical_start.match(text)
        if not starts and not self.lang.elliptical_end.search(text):
            return None
        products = tuple(dict.fromkeys(self._family(m) for m in clause.products))
        if products:
            who = Subject(products)
        elif clause.conditions and previous.subject is not None:
            who = previous.subject
        else:
            return None
        conditions = clause.conditions or previous.conditions
        if not conditions or (not products and not clause.conditions):
            return None
        return previous.kind, who, conditions


_checker: tuple[KnowledgeBase, Checker] | None = None


def checker(kb: KnowledgeBase) -> Checker:
    """The checker for a knowledge base, kept while the same base is in use."""
    global _checker
    if _checker is None or _checker[0] is not kb:
        _checker = (kb, Checker(kb))
    return _checker[1]


def check_text(text: str, kb: KnowledgeBase) -> list[ClaimVerdict]:
    """Every sentence of `text` with a checkable claim about covered products."""
    return checker(kb).check_text(text)
