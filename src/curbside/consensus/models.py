"""A question's summary of where its physicians agree and differ, and the sentence embeddings of
each answer that it is made from (kept, so that a new answer embeds only its own sentences)."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.utils import timezone


class AnswerSentences(models.Model):
    """An answer's sentences that can carry a point (consensus.text.answer_sentences) and
    their embeddings, float32 rows from `model_name`; `text_hash` says which text they were
    taken from, so an edited answer is embedded again and nothing else is."""

    answer = models.OneToOneField(
        "qa.Answer", on_delete=models.CASCADE, primary_key=True, related_name="consensus_sentences"
    )
    text_hash = models.CharField(max_length=64)
    model_name = models.CharField(max_length=200)
    sentences = models.JSONField(default=list)
    vectors = models.BinaryField()

    class Meta:
        verbose_name_plural = "answer sentences"

    def __str__(self) -> str:
        return f"Sentences of answer {self.answer_id}"


class QuestionSummary(models.Model):
    """Where the physicians who answered a question agree and differ, as of `updated_at`.

    `data` is consensus.summary.Summary.as_dict(): points [{point, answer_id, answer_ids,
    physicians, said, count}] and differences [{stances: [...]}].
    Pages and the API show it against the question's live answers (consensus.reading), so an
    answer removed since is never shown in it. Only questions with at least
    summary.MIN_ANSWERS answers from different physicians have one."""

    question = models.OneToOneField(
        "qa.Question", on_delete=models.CASCADE, primary_key=True, related_name="consensus"
    )
    data = models.JSONField(default=dict)
    answers = models.PositiveIntegerField(default=0)  # how many answers it summarises
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name_plural = "question summaries"

    def __str__(self) -> str:
        return f"Summary of question {self.question_id}"

    @property
    def points(self) -> list[dict[str, Any]]:
        return list(self.data.get("points", []))

    @property
    def differences(self) -> list[dict[str, Any]]:
        return list(self.data.get("differences", []))
