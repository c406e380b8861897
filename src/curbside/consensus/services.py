"""Making and keeping a question's summary of where its physicians agree (consensus.summary)."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np
from django.db import transaction
from django.utils import timezone

from curbside.claims.models import ClaimCheck
from curbside.consensus.models import AnswerSentences, QuestionSummary
from curbside.consensus.summary import (
    MIN_ANSWERS,
    AnswerText,
    summarize,
)
from curbside.consensus.text import answer_sentences
from curbside.qa.models import Answer, Question
from curbside.qa.services import question_page_changed
from curbside.search import semantic

logger = logging.getLogger(__name__)


def question_summarize(*, question_id: int) -> QuestionSummary | None:
    """Summarise the question's live answers and store it; returns the summary, or None where
    there is none (not public, fewer than MIN_ANSWERS physicians, the question gone).

    Keeps the stored summary when the embedding model is not installed. The question page is
    invalidated only when what the summary says changed."""
    question = Question.objects.filter(pk=question_id).first()
    if question is None:
        return None
    answers = list(
        Answer.objects.live()
        .filter(question=question)
        .select_related("physician")
        .order_by("created_at", "pk")
    )
    if not question.is_public or len({a.physician_id for a in answers}) < MIN_ANSWERS:
        with transaction.atomic():
            deleted, _ = QuestionSummary.objects.filter(question=question).delete()
            if deleted:
                question_page_changed(question_id=question.pk)
        return None
    texts = answer_texts(answers)
    if texts is None:
        logger.warning("No sentence-embedding model: question %s keeps its summary.", question.pk)
        return QuestionSummary.objects.filter(question=question).first()
    data = summarize(texts).as_dict()
    with transaction.atomic():
        summary, created = QuestionSummary.objects.select_for_update().get_or_create(
            question=question, defaults={"data": data, "answers": len(answers)}
        )
        if created or summary.data != data or summary.answers != len(answers):
            summary.data = data
            summary.answers = len(answers)
            summary.updated_at = timezone.now()
            summary.save()
            question_page_changed(question_id=question.pk)
    return summary


def summaries_refresh_all() -> int:
    """Summarise every published question with enough answers again (the demo loader, and
    `curbside summarize-questions --all` after an upgrade); returns how many have a summary."""
    questions = (
        Question.objects.published()
        .filter(answer_count__gte=MIN_ANSWERS)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    made = 0
    for question_id in list(questions):
        made += question_summarize(question_id=question_id) is not None
    stale = QuestionSummary.objects.exclude(question__in=Question.objects.published())
    for question_id in list(stale.values_list("question_id", flat=True)):
        question_summarize(question_id=question_id)
    return made


def answer_texts(answers: Sequence[Answer]) -> list[AnswerText] | None:
    """Each answer's sentences with their embeddings (stored ones where the answer's text and
    the model are unchanged; the rest embedded in one batch and stored), and the sentences the
    claim check flags. None without an embedding model."""
    model = semantic.model_name()
    stored_rows = {
        row.answer_id: row
        for row in AnswerSentences.objects.filter(answer__in=[a.pk for a in answers])
    }
    rows: dict[int, AnswerSentences] = {}
    missing: list[AnswerSentences] = []
    for answer in answers:
        digest = semantic.text_hash(answer.body)
        row = stored_rows.get(answer.pk)
        if row is None or row.text_hash != digest or row.model_name != model:
            row = AnswerSentences(
                answer=answer,
                text_hash=digest,
                model_name=model,
                sentences=answer_sentences(answer.body),
            )
            missing.append(row)
        rows[answer.pk] = row
    if missing:
        vectors = semantic.embed([s for row in missing for s in row.sentences])
        if vectors is None:
            return None
        start = 0
        for row in missing:
            row.vectors = vectors[start : start + len(row.sentences)].astype("<f4").tobytes()
            start += len(row.sentences)
        AnswerSentences.objects.bulk_create(
            missing,
            update_conflicts=True,
            unique_fields=["answer"],
            update_fields=["text_hash", "model_name", "sentences", "vectors"],
        )
    flagged = _flagged(answers)
    return [
        AnswerText(
            answer_id=answer.pk,
            physician=answer.physician.slug,
            name=answer.physician.display_name,
            sentences=list(rows[answer.pk].sentences),
            vectors=_matrix(rows[answer.pk]),
            flagged=frozenset(
                s
                for s in rows[answer.pk].sentences
                if any(_overlaps(s, f) for f in flagged.get(answer.pk, ()))
            ),
        )
        for answer in answers
    ]


def _matrix(row: AnswerSentences) -> np.ndarray:
    flat = np.frombuffer(bytes(row.vectors), dtype="<f4").astype(np.float32)
    return flat.reshape(len(row.sentences), semantic.DIMENSIONS)


def _flagged(answers: Sequence[Answer]) -> dict[int, list[str]]:
    """The sentences of each answer whose flag readers see (open or accepted)."""
    found: dict[int, list[str]] = {}
    checks = ClaimCheck.objects.shown_to_readers().for_answers([a.pk for a in answers])
    for answer_id, sentence in checks.values_list("answer_id", "sentence"):
        found.setdefault(answer_id, []).append(_plain(sentence))
    return found


def _plain(text: str) -> str:
    return " ".join(text.replace("**", "").split()).lower()


def _overlaps(sentence: str, flagged: str) -> bool:
    """The claim check splits the text itself: its sentence and ours may differ at the edges
    (Markdown, a list's lead-in), so either containing the other counts."""
    mine = _plain(sentence)
    return bool(flagged) and (flagged in mine or mine in flagged)
