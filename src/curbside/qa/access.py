"""Every view and API endpoint of the Q&A app gets its objects through these helpers."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import get_object_or_404

from curbside.accounts.access import AnyUser, require_patient, require_signed_in
from curbside.providers.access import require_verified_physician
from curbside.providers.models import Physician
from curbside.qa.models import Answer, Question, QuestionQuerySet, QuestionStatus


def get_question_for_view(
    user: AnyUser, question_id: int, queryset: QuestionQuerySet | None = None
) -> Question:
    """A published question, or the asker's own held one; anything else is 'not found'.
    `queryset` chooses what is loaded with it (the API wants every answer)."""
    base = queryset if queryset is not None else Question.objects.select_related("author")
    question = base.filter(pk=question_id).first()
    if question is None:
        raise Http404("No such question.")
    if question.is_public:
        return question
    if (
        question.status == QuestionStatus.HELD
        and user.is_authenticated
        and (question.author_id == user.pk or getattr(user, "is_moderator", False))
    ):
        return question
    raise Http404("No such question.")


def get_question_for_answer(user: AnyUser, question_id: int) -> tuple[Question, Physician]:
    physician = require_verified_physician(user)
    question = get_object_or_404(
        Question.objects.published().prefetch_related("treatments"), pk=question_id
    )
    return question, physician


def get_question_for_follow(user: AnyUser, question_id: int) -> Question:
    require_signed_in(user)
    return get_object_or_404(Question.objects.published(), pk=question_id)


def get_answer_for_edit(user: AnyUser, answer_id: int) -> Answer:
    physician = require_verified_physician(user)
    answer = get_object_or_404(
        Answer.objects.live().select_related("question", "physician"),
        pk=answer_id,
        question__status=QuestionStatus.PUBLISHED,
    )
    if answer.physician_id != physician.pk:
        raise Http404("No such answer.")
    return answer


def get_answer_for_helpful(user: AnyUser, answer_id: int) -> Answer:
    require_patient(user)
    return get_object_or_404(
        Answer.objects.live().select_related("question"),
        pk=answer_id,
        question__status=QuestionStatus.PUBLISHED,
    )


def get_answer_for_agree(user: AnyUser, answer_id: int) -> tuple[Answer, Physician]:
    physician = require_verified_physician(user)
    answer = get_object_or_404(
        Answer.objects.live().select_related("question"),
        pk=answer_id,
        question__status=QuestionStatus.PUBLISHED,
    )
    return answer, physician
