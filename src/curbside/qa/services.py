from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from curbside.accounts.models import User
from curbside.audit.services import audit_record
from curbside.catalogue.models import Treatment
from curbside.evidence.badges import use_problem
from curbside.evidence.knowledge import knowledge_base
from curbside.lib.text import clean_field, render_markdown
from curbside.notifications.models import Kind
from curbside.notifications.services import notify
from curbside.providers.models import Physician
from curbside.qa.models import (
    ANSWER_MAX,
    BODY_MAX,
    HEADLINE_MAX,
    TITLE_MAX,
    Agreement,
    Answer,
    AnswerRevision,
    HelpfulVote,
    Question,
    QuestionFollow,
    QuestionStatus,
    question_slug,
)
from curbside.qa.signals import answer_written, question_created, question_written
from curbside.qa.tasks import answer_notify_followers

MAX_TREATMENTS = 3


def question_validate(
    *,
    title: str,
    body: str,
    treatments: Sequence[Treatment],
    city: str = "",
    strict: bool = True,
) -> dict[str, str]:
    """`strict` is for people asking on the site: a real title, some detail and a treatment.
    Imports of existing questions only need non-empty text."""
    errors: dict[str, list[str]] = {}
    cleaned = {
        "title": clean_field(
            errors,
            "title",
            title,
            label="Title",
            max_length=TITLE_MAX,
            min_length=10 if strict else 1,
            multiline=False,
        ),
        "body": clean_field(
            errors,
            "body",
            body,
            label="Question",
            max_length=BODY_MAX,
            min_length=20 if strict else 1,
        ),
        "city": clean_field(
            errors,
            "city",
            city,
            label="City",
            max_length=80,
            min_length=0,
            multiline=False,
        )
        if city
        else "",
    }
    if strict and not treatments:
        errors["treatments"] = ["Choose the treatment your question is about."]
    elif len(treatments) > MAX_TREATMENTS:
        errors["treatments"] = [f"Choose at most {MAX_TREATMENTS} treatments."]
    if errors:
        raise ValidationError(errors)
    return cleaned


def question_create(
    *,
    author: User | None,
    title: str,
    body: str,
    treatments: Sequence[Treatment],
    city: str = "",
    condition: str = "",
    created_at: datetime | None = None,
    strict: bool = True,
) -> Question:
    """Validate and store a question; the asker follows it. Used by asking and by import.
    Before it is committed, signals.question_created lets triage hold a question describing
    urgent symptoms (HELD, not published, with question.triage_hold; moderators are told).
    `condition` is the asker's answer to
    "What is it for?": a condition or off-label use id of the evidence base, or empty."""
    condition_errors = _condition_problems(condition)
    try:
        cleaned = question_validate(
            title=title, body=body, treatments=treatments, city=city, strict=strict
        )
    except ValidationError as exc:
        raise ValidationError({**exc.message_dict, **condition_errors}) from exc
    if condition_errors:
        raise ValidationError(condition_errors)
    now = created_at or timezone.now()
    with transaction.atomic():
        question = Question.objects.create(
            title=cleaned["title"],
            slug=question_slug(cleaned["title"]),
            body=cleaned["body"],
            body_html=render_markdown(cleaned["body"]),
            city=cleaned["city"],
            condition=condition.strip(),
            author=author,
            status=QuestionStatus.PUBLISHED,
            created_at=now,
            updated_at=now,
        )
        question.treatments.set(treatments)
        question_created.send(sender=Question, question=question, treatments=treatments)
        if author is not None:
            QuestionFollow.objects.create(question=question, user=author)
        question_written.send(sender=Question, question_id=question.pk)
    return question


def _condition_problems(condition: str) -> dict[str, list[str]]:
    """The asker's "What is it for?" checked against the evidence base (one query, only when
    given)."""
    if not condition.strip():
        return {}
    problem = use_problem(knowledge_base(), condition.strip())
    return {"condition": [problem]} if problem else {}


def question_ask(
    *,
    author: User,
    title: str,
    body: str,
    treatments: Sequence[Treatment],
    city: str = "",
    condition: str = "",
) -> Question:
    if not author.is_patient:
        raise ValidationError("Only patient accounts can ask questions.")
    if not author.email_verified:
        raise ValidationError("Please confirm your e-mail address before asking a question.")
    return question_create(
        author=author,
        title=title,
        body=body,
        treatments=treatments,
        city=city,
        condition=condition,
    )


def question_edit(*, question: Question, editor: User, title: str, body: str) -> Question:
    """A moderator corrects a question's title or text (the admin). Its status is not changed
    here: a question held by triage is published only by releasing its hold. Audited."""
    if not (editor.is_moderator or editor.is_superuser):
        raise ValidationError("Only moderators can edit a question.")
    cleaned = question_validate(
        title=title, body=body, treatments=list(question.treatments.all()), strict=False
    )
    if cleaned["title"] == question.title and cleaned["body"] == question.body:
        return question
    with transaction.atomic():
        question.title = cleaned["title"]
        question.body = cleaned["body"]
        question.body_html = render_markdown(cleaned["body"])
        question.updated_at = timezone.now()
        question.save(update_fields=["title", "body", "body_html", "updated_at"])
        question_page_changed(question_id=question.pk)
        question_written.send(sender=Question, question_id=question.pk)
        audit_record(actor=editor, action="question.edit", target=question)
    return question


def answer_validate(*, headline: str, body: str) -> dict[str, str]:
    errors: dict[str, list[str]] = {}
    cleaned = {
        "headline": clean_field(
            errors,
            "headline",
            headline,
            label="Headline",
            max_length=HEADLINE_MAX,
            min_length=5,
            multiline=False,
        ),
        "body": clean_field(
            errors, "body", body, label="Answer", max_length=ANSWER_MAX, min_length=30
        ),
    }
    if errors:
        raise ValidationError(errors)
    return cleaned


def answer_create(
    *,
    physician: Physician,
    question: Question,
    headline: str,
    body: str,
    created_at: datetime | None = None,
    notify: bool = True,
) -> Answer:
    if not physician.is_verified:
        raise ValidationError("Only verified physicians can answer questions.")
    if not question.is_public:
        raise ValidationError("This question is not open for answers.")
    cleaned = answer_validate(headline=headline, body=body)
    now = created_at or timezone.now()
    try:
        with transaction.atomic():
            answer = Answer.objects.create(
                question=question,
                physician=physician,
                headline=cleaned["headline"],
                body=cleaned["body"],
                body_html=render_markdown(cleaned["body"]),
                created_at=now,
                updated_at=now,
            )
            Question.objects.filter(pk=question.pk).update(
                answer_count=F("answer_count") + 1,
                last_answered_at=now,
                cache_version=F("cache_version") + 1,
            )
            answer_written.send(sender=Answer, answer_id=answer.pk)
            if notify:
                answer_notify_followers.enqueue(answer_id=answer.pk)
    except IntegrityError as exc:
        raise ValidationError(
            "You have already answered this question; edit your answer instead."
        ) from exc
    return answer


def answer_edit(*, answer: Answer, headline: str, body: str) -> Answer:
    """Replace an answer's text, keeping what it said before as a revision."""
    cleaned = answer_validate(headline=headline, body=body)
    if cleaned["headline"] == answer.headline and cleaned["body"] == answer.body:
        return answer
    with transaction.atomic():
        AnswerRevision.objects.create(answer=answer, headline=answer.headline, body=answer.body)
        answer.headline = cleaned["headline"]
        answer.body = cleaned["body"]
        answer.body_html = render_markdown(cleaned["body"])
        answer.updated_at = timezone.now()
        answer.save(update_fields=["headline", "body", "body_html", "updated_at"])
        question_page_changed(question_id=answer.question_id)
        answer_written.send(sender=Answer, answer_id=answer.pk)
    return answer


def answer_remove(*, answer: Answer, moderator: User, reason: str) -> Answer:
    """A moderator takes an answer down, on the record (the audit log keeps the reason). It
    leaves the page, the count, search and the summary of where physicians agree."""
    if not (moderator.is_moderator or moderator.is_superuser):
        raise ValidationError("Only moderators can remove answers.")
    if answer.removed_at is not None:
        raise ValidationError("This answer has already been removed.")
    errors: dict[str, list[str]] = {}
    cleaned = clean_field(errors, "reason", reason, label="Reason", max_length=1000)
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        answer.removed_at = timezone.now()
        answer.save(update_fields=["removed_at"])
        Question.objects.filter(pk=answer.question_id).update(
            answer_count=F("answer_count") - 1, cache_version=F("cache_version") + 1
        )
        audit_record(actor=moderator, action="answer.remove", target=answer, reason=cleaned)
        answer_written.send(sender=Answer, answer_id=answer.pk)
    return answer


def answer_followers_notify(*, answer: Answer) -> int:
    """Tell everyone following the question, except the physician who answered."""
    question = answer.question
    followers = User.objects.filter(followed_questions__question=question, is_active=True).exclude(
        pk=answer.physician.user_id
    )
    notices = notify(
        users=followers,
        kind=Kind.ANSWER,
        title=f"{answer.physician.display_name} answered “{question.title}”",
        url=answer.get_absolute_url(),
        email_template="qa/email/new_answer.txt",
        context={"answer": answer, "question": question, "physician": answer.physician},
    )
    return len(notices)


def answer_helpful_set(*, answer: Answer, user: User, helpful: bool) -> Answer:
    """Mark or unmark an answer as helpful; idempotent."""
    if not user.is_patient:
        raise ValidationError("Only patients can mark answers as helpful.")
    with transaction.atomic():
        if helpful:
            _, created = HelpfulVote.objects.get_or_create(answer=answer, user=user)
            delta = 1 if created else 0
        else:
            deleted, _ = HelpfulVote.objects.filter(answer=answer, user=user).delete()
            delta = -deleted
        if delta:
            Answer.objects.filter(pk=answer.pk).update(helpful_count=F("helpful_count") + delta)
            Question.objects.filter(pk=answer.question_id).update(
                helpful_total=F("helpful_total") + delta, cache_version=F("cache_version") + 1
            )
    answer.refresh_from_db(fields=["helpful_count"])
    return answer


def answer_agree_set(*, answer: Answer, physician: Physician, agree: bool) -> Answer:
    if not physician.is_verified:
        raise ValidationError("Only verified physicians can agree with an answer.")
    if answer.physician_id == physician.pk:
        raise ValidationError("You cannot agree with your own answer.")
    with transaction.atomic():
        if agree:
            _, created = Agreement.objects.get_or_create(answer=answer, physician=physician)
            delta = 1 if created else 0
        else:
            deleted, _ = Agreement.objects.filter(answer=answer, physician=physician).delete()
            delta = -deleted
        if delta:
            Answer.objects.filter(pk=answer.pk).update(agree_count=F("agree_count") + delta)
            question_page_changed(question_id=answer.question_id)
    answer.refresh_from_db(fields=["agree_count"])
    return answer


def question_follow_set(*, question: Question, user: User, follow: bool) -> bool:
    if follow:
        QuestionFollow.objects.get_or_create(question=question, user=user)
    else:
        QuestionFollow.objects.filter(question=question, user=user).delete()
    return follow


def question_page_changed(*, question_id: int) -> None:
    """Invalidate the cached question page (qa.page) after a change it shows."""
    Question.objects.filter(pk=question_id).update(cache_version=F("cache_version") + 1)


def physician_cards_changed(*, physician_id: int) -> int:
    """A physician's card (name, credentials, rating, status) changed: every question they
    answered shows it, so invalidate those pages. Returns how many. The receiver of
    providers.signals.physician_changed (qa.apps)."""
    return Question.objects.filter(answers__physician_id=physician_id).update(
        cache_version=F("cache_version") + 1
    )
