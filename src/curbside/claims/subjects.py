"""Who each clause of a sentence is about, for every claim reader: the products it names
(less those it sets apart), the class ("all toxins", "no toxin", "other toxins"), the
subject of an earlier clause, or the product a previous sentence named ("It is approved
for…"); and which clauses the writer asserts at all."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, replace

from curbside.claims.basis import Basis
from curbside.claims.reading import CONNECTOR, Clause, ProductMention, Reading
from curbside.claims.verdicts import CONSISTENT, CONTRADICTS, Finding, Subject, Verdict


@dataclass(frozen=True)
class ClauseView:
    clause: Clause
    index: int
    subject: Subject | None  # who the clause is about, as written
    asserted: bool  # False: a claim reported in order to reject it
    denied: bool  # "It is not true that…": the writer asserts the opposite of the clause
    sentence_norm: str = ""  # the whole sentence, normalized, for what spans clauses

    @property
    def judged(self) -> Subject | None:
        """The subject the clause's claim is judged for: negated when the clause is denied."""
        if self.subject is None or not self.denied:
            return self.subject
        return replace(self.subject, negated=not self.subject.negated)


@dataclass(frozen=True)
class SentenceView:
    """One sentence as every claim reader sees it."""

    reading: Reading
    carried: Subject | None  # what "it" means, from the previous sentence
    clauses: tuple[ClauseView, ...]

    @property
    def asserted(self) -> bool:
        """Whether no clause of the sentence reports a claim to reject it."""
        return all(view.asserted for view in self.clauses)


class Subjects:
    def __init__(self, basis: Basis) -> None:
        self.basis = basis
        lang, kb = basis.lang, basis.kb
        # The class's scope words: the fillers' where the base holds fillers, not toxins.
        fillers = bool(kb.filler_terms) and not kb.class_terms
        self._universal = lang.filler_universal if fillers else lang.universal
        self._none = lang.filler_none if fillers else lang.none

    def view(self, reading: Reading, carried: Subject | None) -> SentenceView:
        views: list[ClauseView] = []
        inherited: Subject | None = None
        for index, clause in enumerate(reading.clauses):
            if self.basis.not_asserted(reading, index):
                inherited = None
                views.append(
                    ClauseView(
                        clause,
                        index,
                        None,
                        asserted=False,
                        denied=False,
                        sentence_norm=reading.norm,
                    )
                )
                continue
            subject = self.of_clause(clause, index, inherited, carried)
            if subject is not None:
                inherited = subject
            denied = bool(self.basis.lang.negating_frames.search(clause.text))
            views.append(
                ClauseView(
                    clause, index, subject, asserted=True, denied=denied, sentence_norm=reading.norm
                )
            )
        return SentenceView(reading, carried, tuple(views))

    def named(self, reading: Reading) -> Subject | None:
        """The one product family (or the class) a sentence is about, for the next one."""
        families = {self.basis.family(m) for m in reading.products}
        if len(families) == 1:
            return Subject(tuple(families))
        if not families and reading.classes:
            return Subject(self.basis.class_families, scope="class")
        return None

    def excluded(self, clause: Clause, mention: ProductMention) -> bool:
        """Set apart from the claim ("unlike Dysport", "not for Dysport or Xeomin")."""
        if self.basis.lang.excluding.search(clause.before(mention.start)[-40:]):
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
        return self.excluded(clause, earlier[-1])

    def of_clause(
        self, clause: Clause, index: int, inherited: Subject | None, carried: Subject | None
    ) -> Subject | None:
        lang = self.basis.lang
        excluded = {m.product_ids for m in clause.products if self.excluded(clause, m)}
        named = [m for m in clause.products if m.product_ids not in excluded]
        rest = tuple(
            f for f in self.basis.class_families if not any(set(f) & set(e) for e in excluded)
        )
        negated = bool(lang.neither.search(clause.text))
        if self._none.search(clause.text):
            return Subject(rest, scope="none")
        if self._universal.search(clause.text) and (clause.classes or not named):
            return Subject(rest, scope="universal", negated=negated)
        if named:
            families = tuple(dict.fromkeys(self.basis.family(m) for m in named))
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


_FLIPPED: dict[str, Verdict] = {CONTRADICTS: CONSISTENT, CONSISTENT: CONTRADICTS}


class ClauseReader(ABC):
    """A reader that judges each asserted clause on its own: a clause the writer denies ("it's
    a myth that…") has its verdicts turned over. Its subclasses say what a clause claims."""

    def __init__(self, basis: Basis) -> None:
        self.basis = basis
        self.kb = basis.kb
        self.lang = basis.lang

    def findings(self, view: SentenceView) -> list[Finding]:
        found: list[Finding] = []
        for clause_view in view.clauses:
            if not clause_view.asserted:
                continue
            for finding in self.clause_findings(clause_view, view):
                if clause_view.denied:
                    finding = replace(
                        finding, verdict=_FLIPPED.get(finding.verdict, finding.verdict)
                    )
                found.append(finding)
        return found

    @abstractmethod
    def clause_findings(self, view: ClauseView, sentence: SentenceView) -> list[Finding]:
        """The findings of one asserted clause, as written (before any denial turns them)."""
