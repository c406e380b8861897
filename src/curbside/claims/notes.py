"""Evidence notes for readers: the flags an answer or article shows, each right after the
paragraph that holds its sentence (placement.py), the sentence marked.

Reads only. The question page renders its answers once per version of the question
(qa.page) and calls attach_answer_notes there, so the notes are cached with the answers; the
claims services bump the question's version whenever the notes shown change.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from curbside.articles.models import Article
from curbside.claims.models import ClaimCheck
from curbside.claims.placement import place_notes
from curbside.qa.models import Answer

NOTES_ATTRIBUTE = "evidence_notes"  # the notes whose sentence is no longer in the text
BODY_ATTRIBUTE = "body_with_notes"  # the body's HTML with the other notes in place


def _inline(notes: list[ClaimCheck]) -> str:
    return render_to_string("claims/_notes.html", {"notes": notes, "inline": True})


def with_notes(body_html: str, notes: list[ClaimCheck]) -> tuple[SafeString, list[ClaimCheck]]:
    """The body's (sanitized) HTML with each note after the block holding its sentence; and
    the notes whose sentence is not found, for the end of the text."""
    placed, missing = place_notes(body_html, notes, _inline)
    return mark_safe(placed), missing  # noqa: S308  # sanitized body; notes rendered escaped


def attach_answer_notes(answers: Sequence[Answer]) -> None:
    """Give each answer an `evidence_notes` list (its flags readers see), in one query."""
    if not answers:
        return
    by_answer: dict[int, list[ClaimCheck]] = defaultdict(list)
    for check in ClaimCheck.objects.shown_to_readers().for_answers([a.pk for a in answers]):
        assert check.answer_id is not None
        by_answer[check.answer_id].append(check)
    for answer in answers:
        body, missing = with_notes(answer.body_html, by_answer.get(answer.pk, []))
        setattr(answer, BODY_ATTRIBUTE, body)
        setattr(answer, NOTES_ATTRIBUTE, missing)


def article_notes(article: Article) -> list[ClaimCheck]:
    """The article's flags readers see, in text order."""
    return list(ClaimCheck.objects.shown_to_readers().for_article(article))


def article_with_notes(article: Article) -> tuple[SafeString, list[ClaimCheck]]:
    """The article's body with its notes in place, and those whose sentence is gone."""
    return with_notes(article.body_html, article_notes(article))
