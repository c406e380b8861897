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
        if not (reading.products or reading.classes or carried or on_label):
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
