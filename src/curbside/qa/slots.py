"""What a reader's controls on the question page (helpful, agree, edit) need to know about an
answer: the cached page (web.question_page) keeps one per answer, and the controls' htmx
answers render one."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse

from curbside.qa.models import Answer


@dataclass(frozen=True)
class AnswerSlot:
    """What a reader's controls need to know about one answer."""

    pk: int
    physician_id: int
    helpful_count: int
    agree_count: int
    # Reversed once when the page is cached rather than for every reader.
    helpful_url: str
    agree_url: str
    edit_url: str

    @classmethod
    def of(cls, answer: Answer) -> AnswerSlot:
        return cls(
            pk=answer.pk,
            physician_id=answer.physician_id,
            helpful_count=answer.helpful_count,
            agree_count=answer.agree_count,
            helpful_url=reverse("qa:answer-helpful", args=[answer.pk]),
            agree_url=reverse("qa:answer-agree", args=[answer.pk]),
            edit_url=reverse("qa:answer-edit", args=[answer.pk]),
        )
