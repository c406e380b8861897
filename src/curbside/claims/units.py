"""The units kind: units of one product said to convert into another's ("1 unit of Botox =
2.5 units of Dysport", "units are interchangeable", a conversion chart), judged against
the class warning that potency units are specific to each product."""

from __future__ import annotations

import re

from curbside.claims import wording
from curbside.claims.basis import Basis
from curbside.claims.subjects import SentenceView
from curbside.claims.verdicts import CONSISTENT, CONTRADICTS, Finding, Verdict

KIND_UNITS = "units"
KIND_DOSE = "dose"
_BRANDS = re.compile(r"\b(?:brands?|toxins|neurotoxins|products)\b")
# "20 units", "fifty units" (in digits by then), "100u", "155 U"
_AMOUNT = re.compile(r"(?<![\d.])(\d{1,4})\s*(?:units?|u)\b")
# A label dose is claimed with dose words or "is/are <amount>"; "we use 30 units" is practice.
_DOSE_WORDS = re.compile(
    r"\b(?:dose|doses|dosing|label|labell?ed|on[\s-]label|recommended|approved|standard)\b"
    r"|\b(?:is|are)\s+(?:\w+\s+)?\d"
)
# Totals for several areas together, maximums and ranges are not one use's dose.
_COMBINED = re.compile(r"\b(?:together|combined|maximum|max|up\s+to|cumulative|all)\b")
# A label dose with one definite total: "20 U: 4 U into each of 5 sites", "155 U total…".
_DEFINITE = re.compile(r"^\s*(\d{1,4})\s*U\b(?!\s*/\s*kg)(?!\s*-)")
_NUMBERS = re.compile(r"(\d{1,4})(?:\s*-\s*(\d{1,4}))?\s*U\b")
_NUMBER = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|half\s+a)"


class UnitsReader:
    def __init__(self, basis: Basis) -> None:
        self.kb = basis.kb
        self.lang = basis.lang
        names = sorted(
            {re.escape(a.lower()) for p in basis.kb.products.values() for a in p.aliases},
            key=lambda a: -len(a),
        )
        product = rf"(?:{'|'.join(names)})" if names else r"(?!x)x"
        amount = rf"{_NUMBER}\s*(?:units?\s+(?:of\s+)?)?(?:{product})(?:\s+units?)?"
        equivalence = self.lang.units_equivalence.pattern
        self.ratio = re.compile(
            rf"(?<![\w.]){amount}\s*(?:{equivalence})\s*(?:about\s+|roughly\s+|approximately\s+"
            rf"|around\s+|~\s*)?{amount}(?!\w)"
        )
        self.times = re.compile(
            rf"(?<![\w.]){_NUMBER}(?:\s*(?:-|to)\s*{_NUMBER})?\s+times\s+(?:as\s+many|more|the)\s+"
            rf"(?:(?:{product})\s+)?(?:units|dose|doses)"
        )

    def findings(self, view: SentenceView) -> list[Finding]:
        reading, carried = view.reading, view.carried
        lang, norm = self.lang, reading.norm
        on_label = lang.units_on_label.search(norm)
        brands = _BRANDS.search(norm)
        if not (reading.products or reading.classes or carried or on_label or brands):
            return []
        families = {m.product_ids for m in reading.products}
        if not on_label and not lang.units_context.search(norm) and len(families) < 2:
            return []
        claims = (
            on_label
            or lang.units_interchangeable.search(norm)
            or self.ratio.search(norm)
            or self.times.search(norm)
            or (lang.units_interchangeable_pair.search(norm) if len(families) > 1 else None)
        )
        denies = lang.units_not_interchangeable.search(norm)
        if denies and not lang.units_context.search(norm):
            denies = None
        if not claims and not denies:
            return []
        if not view.asserted:
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


class DoseReader:
    """The dose kind: a label dose stated in units for a product and a use ("Dysport for
    frown lines is 20 units", "bladder Botox for OAB is 200 units"), judged against the dose
    on the label. Only a use whose label dose has one definite total is judged; a number the
    label states anywhere in its dose (a total, units per site, per side) agrees."""

    def __init__(self, basis: Basis) -> None:
        self.basis = basis
        self.kb = basis.kb
        self.lang = basis.lang

    def findings(self, view: SentenceView) -> list[Finding]:
        if not view.asserted:
            return []
        found: list[Finding] = []
        for clause_view in view.clauses:
            clause, subject = clause_view.clause, clause_view.subject
            if subject is None or subject.is_class or len(clause.conditions) != 1:
                continue
            if _COMBINED.search(clause.text) or self.basis.first_person(clause):
                continue
            amount = _AMOUNT.search(clause.text)
            if amount is None or not _DOSE_WORDS.search(clause.text):
                continue
            if self.lang.conditional.search(clause.text) or self.lang.units_study.search(
                clause.text
            ):
                continue
            claimed = int(amount.group(1))
            for family in subject.families[:1]:
                found += self._judge(
                    family, [t for c in clause.conditions for t in c.targets], claimed
                )
        return found[:1]

    def _judge(self, family: tuple[str, ...], targets: list[str], claimed: int) -> list[Finding]:
        for product_id in family:
            product = self.kb.products[product_id]
            doses = [d for d in product.doses if d.condition_id in targets and d.dose]
            if not doses:
                continue
            definite = [d for d in doses if _DEFINITE.match(d.dose)]
            allowed: set[int] = set()
            for dose in doses:
                for low, high in _NUMBERS.findall(dose.dose):
                    allowed.add(int(low))
                    if high:
                        allowed |= set(range(int(low), int(high) + 1))
                if "per side" in dose.dose:
                    allowed |= {2 * n for n in list(allowed)}
                    first = _DEFINITE.match(dose.dose)
                    if first:
                        allowed.add(int(first.group(1)) // 2)
            if claimed in allowed:
                verdict: Verdict = CONSISTENT
            elif definite and len(doses) == 1:
                verdict = CONTRADICTS
            else:
                continue
            fact = wording.dose(self.kb, product_id, doses[0])
            return [Finding(verdict, KIND_DOSE, fact, product_id, doses[0].condition_id or "")]
        return []
