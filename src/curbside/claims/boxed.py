"""The boxed-warning and absolute-safety kinds.

- boxed_warning: whether a product carries the class's boxed warning (distant spread of toxin
  effect, required in 2009) and the year it came;
- absolute_safety: a product said to be safe without qualification ("completely safe",
  "can't spread"), which the boxed warning's distant-spread risk contradicts.

A clause the writer says is false ("it's a myth that Botox has no boxed warning") is judged
reversed."""

from __future__ import annotations

import re

from curbside.claims import wording
from curbside.claims.approval_years import YEAR, YEAR_LEAD
from curbside.claims.reading import Clause
from curbside.claims.subjects import ClauseReader, ClauseView, SentenceView
from curbside.claims.verdicts import CONSISTENT, CONTRADICTS, Finding, Subject

KIND_BOXED = "boxed_warning"
KIND_SAFETY = "absolute_safety"
# A negation just before a claim turns it over.
_DENIED = re.compile(
    r"(?<![\w'])(?:not|isn'?t|aren'?t|wasn'?t|doesn'?t\s+make(?:\s+\w+)?|never|no\s+\w+\s+is|"
    r"(?:wouldn'?t|would\s+not|never|don'?t|do\s+not)\s+(?:call|say|claim|describe)(?:\s+\w+)?|"
    r"nothing\s+is|far\s+from)\s+(?:\w+\s+){0,3}?$"
)
# The writer telling what happened to them: "had", "got", "felt", "noticed".
_QUOTES = re.compile(r"['\"\u2018\u2019\u201c\u201d]\s*$")


class _BoxReader(ClauseReader):
    """The boxed warning's readers: who a clause is about, and the fact to show."""

    def _subject(self, clause: Clause, subject: Subject | None) -> Subject | None:
        if subject is None and self.lang.box_specific.search(clause.text):
            return Subject(self.basis.class_families, scope="class")  # only toxins carry one
        if subject is None and self.kb.boxed_warning is None and clause.conditions:
            # A filler's use as the subject ("our liquid nose job is completely risk-free").
            return Subject(self.basis.class_families, scope="class")
        if subject is None or subject.scope == "none":
            return None
        return subject

    def _fact(self, clause: Clause, subject: Subject) -> tuple[str, wording.Fact] | None:
        product_id = "" if subject.is_class else subject.families[0][0]
        fact = wording.boxed_warning(self.kb, product_id or None)
        if fact is None and self.kb.boxed_warning is None:
            # A class without a boxed warning (fillers): its serious warning answers "safe".
            fact = wording.serious_warning(self.kb, product_id or None)
        # "If I remember right" hedges; it sets no condition.
        text = self.lang.hedges.sub(" ", clause.text)
        if fact is None:
            return None
        if self.lang.conditional.search(text) and not self.lang.box_mention.search(
            text.split("if")[0]
        ):
            return None
        return product_id, fact


class BoxedWarningReader(_BoxReader):
    def clause_findings(self, view: ClauseView, sentence: SentenceView) -> list[Finding]:
        if self.kb.boxed_warning is None:
            return []  # a class without one (fillers): whether one is coming is not settled
        return self._carries(view) or self._content(view)

    def _content(self, view: ClauseView) -> list[Finding]:
        """What the warning says: when symptoms can appear ("only in the first 24 hours"),
        how serious they are ("nobody has ever died"), who is at risk ("only children"), at
        what doses and in which uses ("never at cosmetic doses")."""
        lang, clause = self.lang, view.clause
        text = clause.text
        if not lang.box_topic.search(view.sentence_norm or text):
            return []
        wrong = lang.box_wrong.search(text)
        # What the sentence says rightly anywhere counts: "…hours to weeks after, so don't
        # assume you're in the clear after day one" is one thought.
        right = lang.box_right.search(view.sentence_norm or text)
        if wrong is not None and _DENIED.search(text[: wrong.start()]):
            wrong, right = None, wrong  # "the warning isn't only about children"
        if bool(wrong) == bool(right):
            return []
        subject = view.subject
        product_id = "" if subject is None or subject.is_class else subject.families[0][0]
        fact = wording.boxed_content(self.kb, product_id or None)
        if fact is None:
            return []
        verdict = CONTRADICTS if wrong else CONSISTENT
        return [Finding(verdict, KIND_BOXED, fact, product_id, KIND_BOXED)]

    def _carries(self, view: ClauseView) -> list[Finding]:
        """Whether a product carries the boxed warning, and since when."""
        lang, clause = self.lang, view.clause
        text = clause.text
        subject = self._subject(clause, view.subject)
        if subject is None or not lang.box_mention.search(text):
            return []
        found = self._fact(clause, subject)
        if found is None:
            return []
        product_id, fact = found
        if lang.box_negative.search(text):
            return [Finding(CONTRADICTS, KIND_BOXED, fact, product_id, KIND_BOXED)]
        if not lang.box_positive.search(text):
            return []
        years = [
            int(m.group(1))
            for m in YEAR.finditer(text)
            if YEAR_LEAD.search(text[: m.start()][-40:])
        ]
        boxed = self.kb.boxed_warning
        assert boxed is not None
        verdict = CONTRADICTS if any(y != boxed.year for y in years) else CONSISTENT
        return [Finding(verdict, KIND_BOXED, fact, product_id, KIND_BOXED)]


class SafetyReader(_BoxReader):
    def clause_findings(self, view: ClauseView, sentence: SentenceView) -> list[Finding]:
        lang, clause = self.lang, view.clause
        text = clause.text
        subject = self._subject(clause, view.subject)
        if subject is None or lang.box_mention.search(text):
            return []
        found = self._fact(clause, subject)
        if found is None:
            return []
        product_id, fact = found
        if self.basis.experience(clause):
            return []  # "I had zero side effects from my Xeomin": the writer's own experience
        unsafe = lang.absolute_safety.search(text)
        if unsafe is None:
            if lang.not_absolute.search(text) and (clause.products or clause.classes):
                return [Finding(CONSISTENT, KIND_SAFETY, fact, product_id, KIND_SAFETY)]
            return []
        if _DENIED.search(_QUOTES.sub(" ", text[: unsafe.start()])):
            # "isn't side-effect free", "doesn't make it harmless": agrees with the warning
            return [Finding(CONSISTENT, KIND_SAFETY, fact, product_id, KIND_SAFETY)]
        if lang.not_absolute.search(text) or lang.safety_qualifiers.search(text):
            return []
        # Said of a product or the class the clause names (before or after it), or of "it".
        if not (clause.products or clause.classes) and not lang.pronoun.search(
            clause.before(clause.start + unsafe.end())
        ):
            return []
        return [Finding(CONTRADICTS, KIND_SAFETY, fact, product_id, KIND_SAFETY)]
