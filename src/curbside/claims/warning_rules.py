"""The claim rules on the class warnings: the boxed warning (and absolute safety said of a
product, which it contradicts), and units that do not convert between products."""

from __future__ import annotations

import re
from dataclasses import replace

from curbside.claims import wording
from curbside.claims.label_rules import YEAR, YEAR_LEAD, LabelRules
from curbside.claims.reading import Clause, Reading
from curbside.claims.verdicts import (
    CONSISTENT,
    CONTRADICTS,
    KIND_BOXED,
    KIND_UNITS,
    Finding,
    Subject,
    Verdict,
)
from curbside.evidence.knowledge import KnowledgeBase

_NUMBER = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|half\s+a)"


class WarningRules(LabelRules):
    """Judges claims about the boxed warning and about units."""

    def __init__(self, kb: KnowledgeBase) -> None:
        super().__init__(kb)
        names = sorted(
            {re.escape(a.lower()) for p in kb.products.values() for a in p.aliases},
            key=lambda a: -len(a),
        )
        product = rf"(?:{'|'.join(names)})" if names else r"(?!x)x"
        amount = rf"{_NUMBER}\s*(?:units?\s+(?:of\s+)?)?(?:{product})(?:\s+units?)?"
        equivalence = self.lang.units_equivalence.pattern
        self._ratio = re.compile(
            rf"(?<![\w.]){amount}\s*(?:{equivalence})\s*(?:about\s+|roughly\s+|approximately\s+"
            rf"|around\s+|~\s*)?{amount}(?!\w)"
        )
        self._times = re.compile(
            rf"(?<![\w.]){_NUMBER}(?:\s*(?:-|to)\s*{_NUMBER})?\s+times\s+(?:as\s+many|more|the)\s+"
            rf"(?:(?:{product})\s+)?(?:units|dose|doses)"
        )

    # -- boxed warning and safety ----------------------------------------------------------

    def _boxed_findings(
        self, clause: Clause, subject: Subject | None, *, denied: bool = False
    ) -> list[Finding]:
        """The boxed warning and absolute safety; `denied`: the writer says the clause's
        claim is false ("it's a myth that Botox has no boxed warning")."""
        found = self._boxed(clause, subject)
        if not denied:
            return found
        flipped = {CONTRADICTS: CONSISTENT, CONSISTENT: CONTRADICTS}
        return [replace(f, verdict=flipped.get(f.verdict, f.verdict)) for f in found]

    def _boxed(self, clause: Clause, subject: Subject | None) -> list[Finding]:
        lang, text = self.lang, clause.text
        if subject is None and lang.box_specific.search(text):
            subject = Subject(self.families, scope="class")  # a warning only toxins carry
        if subject is None or subject.scope == "none":
            return []
        product_id = None if subject.is_class else subject.families[0][0]
        fact = wording.boxed_warning(self.kb, product_id)
        if fact is None:
            return []
        if lang.conditional.search(text) and not lang.box_mention.search(text.split("if")[0]):
            return []
        if lang.box_mention.search(text):
            if lang.box_negative.search(text):
                return [Finding(CONTRADICTS, KIND_BOXED, fact, product_id or "", KIND_BOXED)]
            if not lang.box_positive.search(text):
                return []
            years = [
                int(m.group(1))
                for m in YEAR.finditer(text)
                if YEAR_LEAD.search(text[: m.start()][-40:])
            ]
            boxed = self.kb.boxed_warning
            assert boxed is not None
            wrong = any(y != boxed.year for y in years)
            verdict = CONTRADICTS if wrong else CONSISTENT
            return [Finding(verdict, KIND_BOXED, fact, product_id or "", KIND_BOXED)]
        unsafe = lang.absolute_safety.search(text)
        if unsafe is None:
            if lang.not_absolute.search(text) and (clause.products or clause.classes):
                return [Finding(CONSISTENT, KIND_BOXED, fact, product_id or "", KIND_BOXED)]
            return []
        if lang.not_absolute.search(text) or lang.safety_qualifiers.search(text):
            return []
        said_of = [m.end for m in clause.products] + [c[1] for c in clause.classes]
        at = clause.start + unsafe.start()
        if not any(end <= at for end in said_of) and not lang.pronoun.search(clause.before(at)):
            return []
        return [Finding(CONTRADICTS, KIND_BOXED, fact, product_id or "", KIND_BOXED)]

    # -- units ------------------------------------------------------------------------------

    def _units_findings(self, reading: Reading, carried: Subject | None) -> list[Finding]:
        lang, norm = self.lang, reading.norm
        on_label = lang.units_on_label.search(norm)
        if not (reading.products or reading.classes or carried or on_label):
            return []
        families = {m.product_ids for m in reading.products}
        if not on_label and not lang.units_context.search(norm) and len(families) < 2:
            return []
        claims = (
            on_label
            or lang.units_interchangeable.search(norm)
            or self._ratio.search(norm)
            or self._times.search(norm)
            or (lang.units_interchangeable_pair.search(norm) if len(families) > 1 else None)
        )
        denies = lang.units_not_interchangeable.search(norm)
        if denies and not lang.units_context.search(norm):
            denies = None
        if not claims and not denies:
            return []
        if any(self._not_asserted(reading, i) for i in range(len(reading.clauses))):
            return []
        condition = lang.conditional.search(norm)
        if condition and claims and not denies and condition.start() < claims.start():
            return []
        product_id = reading.products[0].product_ids[0] if reading.products else None
        fact = wording.units(self.kb, product_id)
        if fact is None:
            return []
        if not denies and not on_label and lang.units_study.search(norm):
            return []
        agrees = bool(denies)
        # "It's a myth that units are interchangeable": the writer denies the claim.
        if any(lang.negating_frames.search(c.text) for c in reading.clauses):
            agrees = not agrees
        verdict: Verdict = CONSISTENT if agrees else CONTRADICTS
        return [Finding(verdict, KIND_UNITS, fact, product_id or "", KIND_UNITS)]
