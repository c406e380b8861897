"""Stored sentence embeddings of questions, for semantic similarity."""

from __future__ import annotations

from django.db import models
from django.utils import timezone


class QuestionEmbedding(models.Model):
    """A question's embedding (float32, L2-normalised) from `model_name`; `text_hash` says
    which text it was computed from, so edits are re-embedded and nothing else is."""

    question = models.OneToOneField(
        "qa.Question", on_delete=models.CASCADE, primary_key=True, related_name="embedding"
    )
    model_name = models.CharField(max_length=200)
    vector = models.BinaryField()
    text_hash = models.CharField(max_length=64)
    # Mean cosine to the question's nearest stored questions, for the hubness correction
    # (search.vectors); null until computed.
    neighbourhood = models.FloatField(null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Embedding of question {self.question_id}"
