"""Holding new questions that describe urgent symptoms, and releasing or removing them."""

from __future__ import annotations

from collections.abc import Sequence

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from curbside.accounts.models import Role, User
from curbside.audit.services import audit_record
from curbside.catalogue.models import Treatment
from curbside.notifications.models import Kind
from curbside.notifications.services import notify
from curbside.qa.models import Question, QuestionStatus
from curbside.search import indexing, semantic
from curbside.search.vectors import question_embedding_store
from curbside.triage.check import TriageResult, triage
from curbside.triage.models import Resolution, TriageHold

NOTE_MAX = 1000


def question_triage(*, title: str, body: str, treatments: Sequence[Treatment]) -> TriageResult:
    """Triage a question before it is stored: its title and body, read with the kinds of the
    treatments it is filed under. The screener reads the embedding that similar-question
    search stores for the question (`result.vector`, computed once here)."""
    vector = semantic.embed_one(semantic.prepare(title, body))
    return triage(f"{title}\n{body}", treatment_kinds=[t.kind for t in treatments], vector=vector)


def question_screen(*, question: Question, treatments: Sequence[Treatment]) -> TriageResult:
    """Triage a new question before its transaction commits (the receiver of
    qa.signals.question_created): one describing urgent symptoms is set HELD, with its hold,
    before anyone can see it. The embedding computed for the screener is stored for
    similar-question search, so it is computed once."""
    result = question_triage(title=question.title, body=question.body, treatments=treatments)
    if result.urgent:
        question.status = QuestionStatus.HELD
        question.save(update_fields=["status"])
        triage_hold_create(question=question, result=result)
    if result.vector is not None:
        question_embedding_store(
            question_id=question.pk, title=question.title, body=question.body, vector=result.vector
        )
    return result


def triage_hold_create(*, question: Question, result: TriageResult) -> TriageHold:
    """Record why a new question is held and tell every moderator, in the app and by e-mail.
    The caller has stored the question as HELD; call inside its transaction."""
    if question.status != QuestionStatus.HELD:
        raise ValidationError("Only a held question can carry a triage hold.")
    hold = TriageHold.objects.create(
        question=question,
        reasons=list(result.reasons),
        advice=result.advice,
        families=[g.value for g in result.groups],
    )
    moderators = User.objects.filter(role=Role.MODERATOR, is_active=True).order_by("pk")
    notify(
        users=moderators,
        kind=Kind.TRIAGE,
        title=f"Held by triage ({', '.join(result.reasons)}): “{question.title}”",
        url=f"{reverse('moderation:queue')}#triage-hold-{hold.pk}",
        email_template="triage/email/held.txt",
        context={"question": question, "hold": hold},
    )
    return hold


def _resolve(
    *, hold: TriageHold, moderator: User, resolution: Resolution, status: str, note: str
) -> TriageHold:
    if not moderator.is_moderator:
        raise ValidationError("Only moderators can resolve a triage hold.")
    note = note.strip()
    if len(note) > NOTE_MAX:
        raise ValidationError(f"Keep the note to {NOTE_MAX} characters.")
    with transaction.atomic():
        # Two moderators may act on the same hold at once: the first decision stands.
        locked = TriageHold.objects.select_for_update().select_related("question").get(pk=hold.pk)
        if not locked.is_open:
            raise ValidationError("This hold was already resolved by another moderator.")
        locked.resolution = resolution
        locked.resolved_by = moderator
        locked.resolved_at = timezone.now()
        locked.note = note
        locked.save(update_fields=["resolution", "resolved_by", "resolved_at", "note"])
        question = locked.question
        Question.objects.filter(pk=question.pk).update(
            status=status, cache_version=F("cache_version") + 1
        )
        question.status = status
        audit_record(actor=moderator, action=f"triage.{resolution}", target=question, reason=note)
        # Published: into search (and the similar-question index, which reads published
        # questions only); removed: nothing to do, it was never indexed.
        indexing.document_upsert_question(question.pk)
        author = question.author
        if resolution == Resolution.RELEASED and author is not None:
            notify(
                users=[author],
                kind=Kind.RELEASED,
                title=f"Your question was published: “{question.title}”",
                url=question.get_absolute_url(),
                email_template="triage/email/released.txt",
                context={"question": question},
            )
    return locked


def triage_hold_release(*, hold: TriageHold, moderator: User, note: str = "") -> TriageHold:
    """The moderator judges the question safe to publish: it enters the normal flow."""
    return _resolve(
        hold=hold,
        moderator=moderator,
        resolution=Resolution.RELEASED,
        status=QuestionStatus.PUBLISHED,
        note=note,
    )


def triage_hold_remove(*, hold: TriageHold, moderator: User, note: str) -> TriageHold:
    """The question stays off the site for good (the asker was already shown the emergency
    notice); the moderator says why."""
    if not note.strip():
        raise ValidationError("Say why the question is kept removed.")
    return _resolve(
        hold=hold,
        moderator=moderator,
        resolution=Resolution.REMOVED,
        status=QuestionStatus.REMOVED,
        note=note,
    )
