"""The claim rules on label facts: approval status (with its scope, populations, restrictions
and year) and evidence of effect, for one knowledge base. `approvals.ApprovalReader` reads
each clause and calls these."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from curbside.claims import wording
from curbside.claims.approval_years import (
    BACK_REFERENCE,
    FIRST_APPROVAL,
    ON_MARKET,
    YEAR,
    YEAR_LEAD,
    year_condition,
)
from curbside.claims.basis import Basis
from curbside.claims.language import Language
from curbside.claims.populations import ADULT, OLDEST, Ages, adults_only, claim_ages, label_ages
from curbside.claims.reading import (
    APPROVAL,
    EVIDENCE,
    Clause,
    ConditionMention,
    Predicate,
    ProductMention,
)
from curbside.claims.verdicts import (
    CONSISTENT,
    CONTRADICTS,
    OVERSTATES,
    Finding,
    Subject,
    Verdict,
)

# The kinds of claim these rules judge (see kinds.py).
KIND_USE = "approval_use"
KIND_YEAR = "approval_year"
KIND_POPULATION = "approval_population"
KIND_RESTRICTION = "approval_restriction"
KIND_EVIDENCE = "effect_evidence"

# "…only for chronic migraine — not for occasional migraines": a use set apart after it
_SET_APART_LATER = re.compile(
    r"(?:^|[\u2014\u2013;,-])\s*(?:but\s+|and\s+)?(?:not|never)\s+(?:for|in|to\s+treat)\b"
)


class ApprovalRules:
    """Judges claims about what a product's label holds."""

    def __init__(self, basis: Basis) -> None:
        self.basis = basis
        self.kb = basis.kb
        self.reader = basis.reader
        self.lang: Language = basis.lang
        self.families = basis.class_families

    def _family(self, mention: ProductMention) -> tuple[str, ...]:
        return self.basis.family(mention)

    def _first_person(self, clause: Clause) -> bool:
        return self.basis.first_person(clause)

    # -- approval and evidence ---------------------------------------------------------------

    def _judge(
        self, clause: Clause, predicate: Predicate, subject: Subject, condition: ConditionMention
    ) -> list[Finding]:
        positive = predicate.positive != subject.negated
        if subject.scope == "none":
            positive = False
        if subject.scope == "some" and not positive:
            return []
        if predicate.kind == APPROVAL:
            if self._approval_not_judged(clause):
                return []
            return self._approval(clause, positive, subject, condition)
        if positive:
            return self._evidence_positive(predicate, subject, condition)
        # The qualifiers are looked for outside the denial itself ("no better than placebo").
        rest = list(clause.text)
        for p in clause.predicates:
            if p.kind == EVIDENCE and not p.positive:
                rest[p.start - clause.start : p.end - clause.start] = " " * (p.end - p.start)
        if self.lang.evidence_narrower.search("".join(rest)) or self._first_person(clause):
            return []
        return self._evidence_negative(subject, condition)

    def _approval_not_judged(self, clause: Clause) -> bool:
        lang = self.lang
        if lang.future.search(clause.text) or lang.non_us.search(clause.text):
            return True
        return bool(lang.other_approver.search(clause.text)) and "fda" not in clause.text

    def _status(self, family: Iterable[str], target: str) -> bool | None:
        """Whether any label of the family covers the target; None when unknown."""
        labels = tuple(family)
        if target in self.kb.conditions:
            if any((p, target) in self.kb.approvals for p in labels):
                return True
            if any((p, target) in self.kb.unconfirmed_approvals for p in labels):
                return None
            return False
        use = self.kb.off_label_uses.get(target)
        if use is not None and use.applies_to_all_products:
            return False
        return None

    def _approval_of(self, family: Iterable[str], target: str) -> tuple[str, wording.Fact] | None:
        for product_id in family:
            approval = self.kb.approval(product_id, target)
            if approval is not None:
                first = next(iter(family))
                named = first if first != product_id else None
                return product_id, wording.approval(self.kb, approval, named=named)
        return None

    def _approval(
        self, clause: Clause, positive: bool, subject: Subject, condition: ConditionMention
    ) -> list[Finding]:
        findings: list[Finding] = []
        ages = claim_ages(clause.text)
        for family in subject.families if not subject.is_class else [()]:
            statuses = [self._target_status(subject, family, t) for t in condition.targets]
            covered = [t for t, on in zip(condition.targets, statuses, strict=True) if on]
            if condition.category:
                # A kind of use: one use of that kind on the label settles it.
                if not covered and any(on is None for on in statuses):
                    continue
                any_on = all_on = bool(covered)
            else:
                if any(on is None for on in statuses):
                    continue
                any_on, all_on = bool(covered), all(statuses)
                if condition.every and positive:
                    any_on = all_on  # "every kind of spasticity": all of them or it overstates
            target = (
                next(
                    (t for t, on in zip(condition.targets, statuses, strict=True) if not on),
                    covered[0],
                )
                if condition.every and covered and not all_on
                else covered[0]
                if covered
                else condition.targets[0]
            )
            if any_on and self.lang.other_population.search(clause.text):
                continue
            if subject.scope == "universal" and positive:
                findings += self._universal(target)
                continue
            if subject.scope == "exclusive" and positive:
                findings += self._exclusive(family, target)
                continue
            if any_on and positive and not subject.is_class and adults_only(clause.text):
                findings += self._adults_only(family, covered)
                continue
            if any_on and ages is not None:
                if not subject.is_class:
                    findings += self._by_age(family, covered, ages, positive=positive)
                elif not positive and not ages.every:
                    # "No toxin is approved for X in children": wrong when one label's
                    # population for X covers those ages.
                    for holder in subject.families:
                        held = [t for t in covered if self._status(holder, t)]
                        by_age = self._by_age(holder, held, ages, positive=False)
                        findings += [f for f in by_age if f.verdict == CONTRADICTS]
                continue
            if positive:
                if not any_on:
                    findings.append(self._beyond(subject, family, target))
                else:
                    findings.append(self._agrees(subject, family, target, KIND_USE))
            elif all_on:
                findings.append(self._denied(subject, family, target, KIND_USE))
            elif not any_on:
                findings.append(self._agrees_off(subject, family, target))
        return findings

    def _adults_only(self, family: tuple[str, ...], targets: Sequence[str]) -> list[Finding]:
        """ "Its approval for X is adults only": wrong when the label also covers minors."""
        approvals = [a for t in targets for p in family if (a := self.kb.approval(p, t))]
        if not approvals:
            return []
        minors = [a for a in approvals if label_ages(a.population).low < ADULT]
        chosen = (minors or approvals)[0]
        found = self._approval_of(family, chosen.condition_id)
        if found is None:
            return []
        verdict: Verdict = CONTRADICTS if minors else CONSISTENT
        return [Finding(verdict, KIND_POPULATION, found[1], found[0], chosen.condition_id)]

    def _by_age(
        self, family: tuple[str, ...], targets: Sequence[str], ages: Ages, *, positive: bool
    ) -> list[Finding]:
        """A claim about some ages ("in children", "teens under 18", "patients over 65",
        "at any age") against the ages the label's populations cover."""
        approvals = [a for t in targets for p in family if (a := self.kb.approval(p, t))]
        if not approvals:
            return []
        spans = [(a, label_ages(a.population)) for a in approvals]
        overlapping = [a for a, span in spans if ages.overlaps(span)]
        if ages.every:
            if not positive:
                return []
            everyone = any(span.low == 0 and span.high >= OLDEST for _, span in spans)
            verdict: Verdict = CONSISTENT if everyone else OVERSTATES
        elif positive and ages.starts:
            # "Approved from age 2": the youngest age on the label, neither more nor less.
            youngest = min(spans, key=lambda pair: pair[1].low)
            overlapping = [youngest[0]]
            if ages.low < youngest[1].low:
                verdict = OVERSTATES
            elif ages.low > youngest[1].low:
                verdict = CONTRADICTS
            else:
                verdict = CONSISTENT
        elif positive and ages.whole:
            # "Anyone 16 and older": every one of those ages must be covered.
            covering = [a for a, span in spans if span.low <= ages.low <= span.high]
            verdict = CONSISTENT if covering else OVERSTATES
            overlapping = covering or overlapping
        elif positive:
            verdict = CONSISTENT if overlapping else OVERSTATES
        else:
            verdict = CONTRADICTS if overlapping else CONSISTENT
        chosen = (overlapping or approvals)[0]
        found = self._approval_of(family, chosen.condition_id)
        if found is None:
            return []
        return [Finding(verdict, KIND_POPULATION, found[1], found[0], chosen.condition_id)]

    def _target_status(self, subject: Subject, family: tuple[str, ...], target: str) -> bool | None:
        if subject.is_class:
            statuses = [self._status(f, target) for f in subject.families]
            if any(s is True for s in statuses):
                return True
            return None if any(s is None for s in statuses) else False
        return self._status(family, target)

    def _approved_family(
        self, subject: Subject, family: tuple[str, ...], target: str
    ) -> tuple[str, ...]:
        if not subject.is_class:
            return family
        return next((f for f in subject.families if self._status(f, target)), family)

    def _agrees(self, subject: Subject, family: tuple[str, ...], target: str, kind: str) -> Finding:
        holder = self._approved_family(subject, family, target)
        found = self._approval_of(holder, target)
        assert found is not None
        product_id, fact = found
        return Finding(CONSISTENT, kind, fact, product_id, target)

    def _denied(self, subject: Subject, family: tuple[str, ...], target: str, kind: str) -> Finding:
        if subject.is_class and len(self.kb.approvals_for_condition(target)) > 1:
            fact = wording.several_approved(self.kb, target)
            return Finding(CONTRADICTS, kind, fact, "", target)
        holder = self._approved_family(subject, family, target)
        found = self._approval_of(holder, target)
        assert found is not None
        product_id, fact = found
        return Finding(CONTRADICTS, kind, fact, product_id, target)

    def _beyond(self, subject: Subject, family: tuple[str, ...], target: str) -> Finding:
        product_id = family[0] if family else None
        if target in self.kb.off_label_uses:
            fact = wording.off_label(self.kb, target, product_id=product_id)
        elif product_id is not None:
            fact = wording.not_approved(self.kb, product_id, target)
        else:
            fact = wording.not_approved(self.kb, self.families[0][0], target)
        return Finding(OVERSTATES, KIND_USE, fact, product_id or "", target)

    def _agrees_off(self, subject: Subject, family: tuple[str, ...], target: str) -> Finding:
        finding = self._beyond(subject, family, target)
        return Finding(CONSISTENT, KIND_USE, finding.fact, finding.product, target)

    def _universal(self, target: str) -> list[Finding]:
        statuses = [self._status(f, target) for f in self.families]
        if any(s is None for s in statuses):
            return []
        if all(statuses):
            fact = wording.several_approved(self.kb, target)
            return [Finding(CONSISTENT, KIND_USE, fact, "", target)]
        if not any(statuses):
            return [self._beyond(Subject(self.families, scope="class"), (), target)]
        return [Finding(OVERSTATES, KIND_USE, wording.not_every(self.kb, target), "", target)]

    def _exclusive(self, family: tuple[str, ...], target: str) -> list[Finding]:
        mine = self._status(family, target)
        if mine is None:
            return []
        if not mine:
            return [self._beyond(Subject((family,)), family, target)]
        others = [f for f in self.families if not set(f) & set(family)]
        other_statuses = [self._status(f, target) for f in others]
        if any(s is None for s in other_statuses):
            return []
        if any(other_statuses):
            fact = wording.several_approved(self.kb, target)
            return [Finding(CONTRADICTS, KIND_RESTRICTION, fact, family[0], target)]
        return [self._agrees(Subject((family,)), family, target, KIND_RESTRICTION)]

    def _restriction(
        self,
        clause: Clause,
        predicate: Predicate,
        subject: Subject,
        conditions: list[ConditionMention],
        sentence: str = "",
    ) -> list[Finding]:
        """ "Only approved for X": the label's other uses of X's kind. `sentence`: the whole
        sentence, normalized, where a use set apart may follow in a clause of its own."""
        if self._approval_not_judged(clause) or subject.is_class or subject.negated:
            return []
        if not predicate.positive:
            return []
        if adults_only(clause.text):
            # "approved only in adults": a claim about the population, not the uses
            targets = [t for c in conditions for t in c.targets]
            return [f for family in subject.families for f in self._adults_only(family, targets)]
        ages = claim_ages(clause.text)
        if ages is not None and ages.starts:
            # "Only approved from age 5": a claim about the youngest age, not the uses.
            targets = [t for c in conditions for t in c.targets]
            return [
                f
                for family in subject.families
                for f in self._by_age(
                    family, [t for t in targets if self._status(family, t)], ages, positive=True
                )
            ]
        findings: list[Finding] = []
        # "Strictly for cosmetic use", "for frown lines, nothing else": every use on the label
        # counts; "the only approved cosmetic use is frown lines": the uses of that kind;
        # otherwise the uses of the same kind as those named ("only approved for frown lines").
        # "Only for chronic migraine, not for episodic migraine": the use set apart is not
        # part of the claim, and it sets the kind the restriction is about.
        apart = [
            c
            for c in conditions
            if self.lang.condition_excluding.search(clause.before(c.start)[-40:])
        ]
        # "For sweating, Botox is only approved for the underarms": a use before the claim
        # word sets the kind; the claim is about those after it.
        framing = [c for c in conditions if c.end <= predicate.start]
        conditions = [c for c in conditions if c not in apart and c not in framing] or conditions
        kinds = [t for c in conditions if c.category for t in c.targets]
        named = {t for c in conditions if not c.category for t in c.targets}
        claimed = named or set(kinds)
        # "Myobloc is only approved for drooling": nothing else on the label at all; "for
        # headache, Botox is only approved for chronic migraine": nothing else of that kind,
        # when a use before the claim word sets the kind.
        framed = (
            bool(framing) or bool(apart) or bool(_SET_APART_LATER.search(sentence[clause.end :]))
        )
        everything = (
            (bool(kinds) and not named)
            or bool(self.lang.restriction_all.search(clause.text))
            or (not kinds and not framed)
        )
        for family in subject.families:
            group: list[str] = list(self.kb.conditions) if everything else list(kinds)
            if not any(self._status(family, t) for t in claimed):
                target = sorted(claimed)[0]
                if self._status(family, target) is False:
                    return [self._beyond(subject, family, target)]
                continue
            for target in sorted(claimed):
                if not everything and self._status(family, target) is False:
                    return [self._beyond(subject, family, target)]
                if not kinds:
                    group += [g for g in self.reader.topics.group_of(target) if g not in group]
            approvals = [
                a for g in group for p in family if (a := self.kb.approval(p, g)) is not None
            ]
            if not approvals:
                continue
            held = {a.condition_id for a in approvals}
            if held - claimed:
                fact = wording.label_uses(self.kb, approvals, family[0])
                findings.append(
                    Finding(CONTRADICTS, KIND_RESTRICTION, fact, approvals[0].product_id, "")
                )
            else:
                target = sorted(claimed & held)[0]
                findings.append(self._agrees(subject, family, target, KIND_RESTRICTION))
        return findings

    def _year(self, clause: Clause, subject: Subject, condition: ConditionMention) -> list[Finding]:
        """ "Approved for X in/since <year>": the year of the label's approval."""
        if subject.is_class or self._first_person(clause):
            return []
        findings: list[Finding] = []
        for match in YEAR.finditer(clause.text):
            lead = clause.text[: match.start()]
            if not YEAR_LEAD.search(lead[-40:]):
                continue
            at = clause.start + match.start()
            if year_condition(clause, match) is not condition:
                continue
            year = int(match.group(1))
            named = [m for m in clause.products if m.end <= at] or clause.products
            owner = self._family(named[-1]) if named else None
            for family in subject.families:
                if owner is not None and family != owner:
                    continue
                # A phrase naming several conditions ("upper facial lines") holds when the
                # year is right for any of them.
                approvals = [
                    a
                    for target in condition.targets
                    for p in family
                    if (a := self.kb.approval(p, target)) is not None
                ]
                if not approvals:
                    continue
                years = {i.year_approved for a in approvals for i in a.indications}
                years |= {c.year for a in approvals for i in a.indications for c in i.later_changes}
                matching = [
                    a for a in approvals if year in {i.year_approved for i in a.indications}
                ]
                chosen = (matching or approvals)[0]
                found = self._approval_of(family, chosen.condition_id)
                if found is None:
                    continue
                if year not in years and None in years:
                    continue  # an approval whose year no source gives: not judged
                verdict = CONSISTENT if year in years else CONTRADICTS
                findings.append(
                    Finding(verdict, KIND_YEAR, found[1], found[0], chosen.condition_id)
                )
        return findings

    def _first_approval(self, clause: Clause, subject: Subject | None) -> list[Finding]:
        """A year said of a product with no use named: "Botox was first approved in 1989"
        (its first US approval), "Xeomin got FDA approval in 2005", "Dysport has been
        available in the US since 1995" (one of its approvals, at least)."""
        if subject is None or subject.is_class or clause.conditions:
            return []
        # "Botox since 2000, Myobloc since 2000, Dysport since 2009": years of several products
        # in one clause are each their own; "approved for it since 2000" names a use.
        if len(subject.families) != 1 or BACK_REFERENCE.search(clause.text):
            return []
        approved = any(p.kind == APPROVAL and p.positive for p in clause.predicates)
        if not approved and not ON_MARKET.search(clause.text):
            return []
        if self._first_person(clause):
            return []
        first = bool(FIRST_APPROVAL.search(clause.text))
        findings = []
        for family in subject.families:
            product_id = family[0]
            product = self.kb.products[product_id]
            initial = product.initial_us_approval
            if initial is None and product.category != "toxin" and product.indications:
                # A device's or aesthetic drug's first approval: its first indication's.
                initial = min((i.year_approved or 9999) for i in product.indications)
            if initial is None or initial == 9999:
                continue
            # The named label's first approval, or its own first indication ("Botox Cosmetic
            # was first approved in 2002"); a sibling label's years do not count. Without
            # "first", any year the label gained a use is right.
            years: set[int | None] = {initial}
            if any(i.year_approved is None for i in product.indications):
                continue  # a use whose year no source gives: its first year is not known
            if product.indications:
                years.add(min(i.year_approved or 0 for i in product.indications))
            if not first:
                years |= {i.year_approved for i in product.indications}
                years |= {c.year for i in product.indications for c in i.later_changes}
            if len(family) > 1 and product.category != "toxin":
                # A brand family ("Juvederm"): any of its products' years.
                members = [self.kb.products[m] for m in family if m in self.kb.products]
                years |= {i.year_approved for p in members for i in p.indications}
            for match in YEAR.finditer(clause.text):
                if not YEAR_LEAD.search(clause.text[: match.start()][-40:]):
                    continue
                verdict = CONSISTENT if int(match.group(1)) in years else CONTRADICTS
                fact = wording.first_approval(self.kb, product_id)
                findings.append(Finding(verdict, KIND_YEAR, fact, product_id, ""))
        return findings

    def _product_ages(self, clause: Clause, subject: Subject | None) -> list[Finding]:
        """Ages said of a product's approval with no use named ("Jeuveau is approved for ages
        16 and up", "Letybo is approved for kids"): judged where every use on its label
        covers the same ages."""
        if subject is None or subject.is_class or clause.conditions:
            return []
        approving = [p for p in clause.predicates if p.kind == APPROVAL]
        if not approving:
            return []
        if self._approval_not_judged(clause) or self._first_person(clause):
            return []
        ages = claim_ages(clause.text)
        if ages is None or ages.every:
            return []
        if not any(p.positive for p in approving):
            return self._product_ages_denied(subject, ages)
        findings = []
        for family in subject.families:
            approvals = [a for (p, _), a in self.kb.approvals.items() if p in family]
            spans = {
                (label_ages(a.population).low, label_ages(a.population).high) for a in approvals
            }
            if len(spans) != 1:
                continue
            low, high = next(iter(spans))
            if ages.starts:
                verdict: Verdict = (
                    CONSISTENT if ages.low == low else OVERSTATES if ages.low < low else CONTRADICTS
                )
            elif ages.overlaps(Ages(low, high)):
                verdict = CONSISTENT if ages.within(Ages(low, high)) else OVERSTATES
            else:
                verdict = OVERSTATES
            fact = wording.label_uses(self.kb, approvals, family[0])
            fact = wording.Fact(
                fact.text.rstrip(".") + f", {wording.population_phrase(approvals[0].population)}.",
                fact.source,
                fact.provenance,
            )
            findings.append(Finding(verdict, KIND_POPULATION, fact, family[0], ""))
        return findings

    def _product_ages_denied(self, subject: Subject, ages: Ages) -> list[Finding]:
        """ "Xeomin isn't approved for anyone under 18": wrong when one of its uses covers
        those ages."""
        findings = []
        for family in subject.families:
            covering = [
                a
                for (p, _), a in self.kb.approvals.items()
                if p in family and ages.overlaps(label_ages(a.population))
            ]
            if not covering:
                continue
            found = self._approval_of(family, covering[0].condition_id)
            if found is not None:
                findings.append(
                    Finding(
                        CONTRADICTS, KIND_POPULATION, found[1], found[0], covering[0].condition_id
                    )
                )
        return findings

    def _evidence_positive(
        self, predicate: Predicate, subject: Subject, condition: ConditionMention
    ) -> list[Finding]:
        findings: list[Finding] = []
        for family in subject.families if not subject.is_class else [()]:
            statuses = [self._target_status(subject, family, t) for t in condition.targets]
            if any(s is None for s in statuses):
                continue
            if any(statuses):
                target = condition.targets[statuses.index(True)]
                findings.append(self._agrees(subject, family, target, KIND_EVIDENCE))
            elif predicate.proof:
                finding = self._beyond(subject, family, condition.targets[0])
                findings.append(
                    Finding(OVERSTATES, KIND_EVIDENCE, finding.fact, finding.product, finding.topic)
                )
        return findings

    def _evidence_negative(self, subject: Subject, condition: ConditionMention) -> list[Finding]:
        findings: list[Finding] = []
        for family in subject.families if not subject.is_class else [()]:
            statuses = [self._target_status(subject, family, t) for t in condition.targets]
            if statuses and all(s is True for s in statuses):
                target = condition.targets[0]
                findings.append(self._denied(subject, family, target, KIND_EVIDENCE))
        return findings

    def _off_label_untested(
        self,
        clause: Clause,
        subject: Subject | None,
        bound: Sequence[tuple[Predicate, list[ConditionMention]]],
    ) -> list[Finding]:
        """ "Off-label Botox is untested": off-label does not mean unstudied."""
        if subject is None or clause.conditions or "label" not in clause.text:
            return []
        if not re.search(r"off[\s-]?label", clause.text):
            return []
        negative = [p for p in clause.predicates if p.kind == EVIDENCE and not p.positive]
        if not negative or self.lang.evidence_narrower.search(clause.text):
            return []
        product_id = subject.families[0][0] if not subject.is_class and subject.families else None
        fact = wording.off_label_studied(self.kb, product_id)
        if fact is None:
            return []
        return [Finding(CONTRADICTS, KIND_EVIDENCE, fact, product_id or "", "off_label")]
