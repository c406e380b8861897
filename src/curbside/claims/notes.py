"""Evidence notes for readers: the flags an answer or article shows beneath its text.

Reads only. The question page renders its answers once per version of the question
(qa.page) and calls attach_answer_notes there, so the notes are cached with the answers; the
claims services bump the question's version whenever the notes shown change.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from curbside.articles.models import Article
from curbside.claims.models import ClaimCheck
from curbside.qa.models import Answer

NOTES_ATTRIBUTE = "evidence_notes"


def attach_answer_notes(answers: Sequence[Answer]) -> None:
    """Give each answer an `evidence_notes` list (its flags readers see), in one query."""
    if not answers:
        return
    by_answer: dict[int, list[ClaimCheck]] = defaultdict(list)
    for check in ClaimCheck.objects.shown_to_readers().for_answers([a.pk for a in answers]):
        assert check.answer_id is not None
        by_answer[check.answer_id].append(check)
    for answer in answers:
        setattr(answer, NOTES_ATTRIBUTE, by_answer.get(answer.pk, []))


def article_notes(article: Article) -> list[ClaimCheck]:
    """The article's flags readers see, in text order."""
    return list(ClaimCheck.objects.shown_to_readers().for_article(article))
