"""The reader for the approval kinds (use, year, population, restriction, evidence of
effect): binds each claim word of a clause ("approved for", "off-label", "clinically
proven") to the uses it is about and to the products the clause is about, and asks
`approval_rules.ApprovalRules` for the verdict."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from curbside.claims.approval_rules import ApprovalRules
from curbside.claims.approval_years import FIRST_APPROVAL, UNTIL
from curbside.claims.basis import Basis
from curbside.claims.device_labels import ApprovalFormsReader
from curbside.claims.reading import (
    APPROVAL,
    CONNECTOR,
    Clause,
    ConditionMention,
    Predicate,
    Reading,
    is_subject_gap,
)
from curbside.claims.subjects import SentenceView, Subjects
from curbside.claims.verdicts import ClauseClaim, Finding, Subject


class ApprovalReader:
    def __init__(self, basis: Basis) -> None:
        self.basis = basis
        self.rules = ApprovalRules(basis)
        self.subjects = Subjects(basis)
        # The forms of approval claim only filler text takes (devices.ApprovalFormsReader).
        self.forms = ApprovalFormsReader(basis) if basis.kb.products_in("filler") else None

    def findings(self, view: SentenceView) -> list[Finding]:
        found = self._findings(view)
        if self.forms is not None:
            # "The first filler approved for…" is judged beside the approval it states.
            found += self.forms.first_findings(view)
            if not found:
                found = self.forms.findings(view)
        return found

    def _findings(self, view: SentenceView) -> list[Finding]:
        findings: list[Finding] = []
        previous: ClauseClaim | None = None
        earlier: list[ConditionMention] = []
        for clause_view in view.clauses:
            if not clause_view.asserted:
                previous, earlier = None, []
                continue
            clause = clause_view.clause
            claim, found = self._clause_findings(
                view.reading, clause, clause_view.judged, previous, earlier
            )
            earlier = clause.conditions or earlier
            findings += found
            previous = claim or previous
        return findings

    def _predicate_subject(
        self, clause: Clause, predicate: Predicate, condition: ConditionMention, subject: Subject
    ) -> Subject:
        """Narrow a clause's named products to those a claim is about."""
        if subject.scope not in ("named", "exclusive"):
            return subject
        # "…, similar to Botox, which is approved for…": the product before "which".
        before = [m for m in clause.products if m.end <= predicate.start]
        if before and self.basis.lang.relative.match(
            clause.text[before[-1].end - clause.start : predicate.start - clause.start]
        ):
            return Subject((self.basis.family(before[-1]),), negated=subject.negated)
        if len(subject.families) < 2:
            return subject
        usable = [m for m in clause.products if not self.subjects.excluded(clause, m)]
        # "Botox is approved for chronic migraine, and Dysport for cervical dystonia".
        if condition.start > predicate.end:
            others = [c for c in clause.conditions if predicate.end <= c.end <= condition.start]
            start = others[-1].end if others else predicate.end
            between = [m for m in usable if start <= m.start < condition.start]
            if between:
                return Subject(
                    tuple(dict.fromkeys(self.basis.family(m) for m in between)),
                    negated=subject.negated,
                )
        # The products before the claim word are its subject; those after it are not.
        earlier = [p.end for p in clause.predicates if p.end <= predicate.start]
        start = earlier[-1] if earlier else clause.start
        leading = [m for m in usable if start <= m.start and m.end <= predicate.start]
        if leading:
            return Subject(
                tuple(dict.fromkeys(self.basis.family(m) for m in leading)),
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
                and self.basis.lang.back_reference.match(clause.after(p.end))
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
                    findings += self.rules._judge(clause, predicate, ellipsis_subject, condition)
            return None, findings
        for predicate, conditions in bound:
            if self.basis.lang.conditional.search(clause.before(predicate.start)):
                continue
            if claim is None:
                claim = ClauseClaim(predicate.kind, predicate.positive, subject, conditions)
            if predicate.kind == APPROVAL and predicate.restriction and subject is not None:
                findings += self.rules._restriction(
                    clause, predicate, subject, conditions, reading.norm
                )
                # "only approved in 2015": the year is a claim of its own
                for condition in conditions:
                    findings += self.rules._year(clause, subject, condition)
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
                    findings += self.rules._year(clause, narrowed, condition)
                    continue
                findings += self.rules._judge(clause, predicate, narrowed, condition)
                if predicate.kind == APPROVAL and predicate.positive != narrowed.negated:
                    findings += self.rules._year(clause, narrowed, condition)
        findings += self.rules._off_label_untested(clause, subject, bound)
        findings += self.rules._first_approval(clause, subject)
        if not earlier:  # ages said of the product only when no use was named before
            findings += self.rules._product_ages(clause, subject)
        return claim, findings

    def _set_apart(self, clause: Clause, predicate: Predicate, condition: ConditionMention) -> bool:
        """A use after the claim word that the clause sets apart: "approved for cervical
        dystonia, not for cosmetic use"; uses listed with it share that."""
        if FIRST_APPROVAL.search(clause.text):
            return False  # "first approved for crossed eyes, not wrinkles": about the order
        if self.basis.lang.condition_excluding.search(clause.before(condition.start)[-40:]):
            return True  # "approved for X, not for Y"; "used anywhere besides Y is off-label"
        if condition.start < predicate.end:
            return False
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
        starts = self.basis.lang.elliptical_start.match(text)
        if not starts and not self.basis.lang.elliptical_end.search(text):
            return None
        products = tuple(dict.fromkeys(self.basis.family(m) for m in clause.products))
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
