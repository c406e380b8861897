from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.utils import timezone


class Resolution(models.TextChoices):
    RELEASED = "released", "Released: published"
    REMOVED = "removed", "Kept removed"


class TriageHoldQuerySet(models.QuerySet["TriageHold"]):
    def open(self) -> TriageHoldQuerySet:
        return self.filter(resolved_at__isnull=True)

    def for_queue(self) -> TriageHoldQuerySet:
        """The moderation queue's rows, oldest first, with the question and its asker."""
        return self.select_related("question", "question__author").order_by("created_at", "pk")


class TriageHold(models.Model):
    """A new question that emergency triage kept from publication, and what became of it.
    Written only by triage.services."""

    question = models.OneToOneField(
        "qa.Question", on_delete=models.CASCADE, related_name="triage_hold"
    )
    reasons = models.JSONField(
        default=list, help_text="The urgent symptoms found, in plain words, as the asker saw them."
    )
    advice = models.TextField(help_text="The emergency advice the asker was shown.")
    families = models.JSONField(
        default=list,
        blank=True,
        help_text="The emergency families whose advice was shown (triage.reading.Group values).",
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolution = models.CharField(max_length=10, choices=Resolution.choices, blank=True)
    note = models.TextField(blank=True, help_text="The moderator's reason.")

    objects = TriageHoldQuerySet.as_manager()

    if TYPE_CHECKING:
        question_id: int

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["resolved_at", "created_at"])]

    def __str__(self) -> str:
        return f"Triage hold on question {self.question_id}"

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None

    @property
    def is_crisis_only(self) -> bool:
        """Held only for thoughts of suicide or self-harm: the asker's notice is the crisis
        line's, gently worded."""
        return bool(self.families == ["self_harm"])
