from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

if TYPE_CHECKING:
    from curbside.articles.models import Article
    from curbside.qa.models import Answer


class Verdict(models.TextChoices):
    CONTRADICTS = "contradicts", "Contradicts the label"
    OVERSTATES = "overstates", "Overstates the label"
    CONSISTENT = "consistent", "Consistent with the label"


FLAG_VERDICTS = (Verdict.CONTRADICTS, Verdict.OVERSTATES)


class FlagStatus(models.TextChoices):
    OPEN = "open", "Open"
    ACCEPTED = "accepted", "Accepted"
    DISMISSED = "dismissed", "Dismissed"


class ClaimCheckQuerySet(models.QuerySet["ClaimCheck"]):
    def flags(self) -> ClaimCheckQuerySet:
        """Sentences that contradict or overstate the evidence base."""
        return self.filter(verdict__in=FLAG_VERDICTS)

    def open_flags(self) -> ClaimCheckQuerySet:
        return self.flags().filter(status=FlagStatus.OPEN)

    def shown_to_readers(self) -> ClaimCheckQuerySet:
        """Flags readers see an evidence note for: open ones at once (readers are warned
        before a moderator gets to them) and accepted ones; a dismissed flag disappears."""
        return self.flags().filter(status__in=[FlagStatus.OPEN, FlagStatus.ACCEPTED])

    def for_answers(self, answer_ids: list[int]) -> ClaimCheckQuerySet:
        return self.filter(answer_id__in=answer_ids).order_by("answer_id", "position", "pk")

    def for_article(self, article: Article) -> ClaimCheckQuerySet:
        return self.filter(article=article).order_by("position", "pk")

    def for_queue(self) -> ClaimCheckQuerySet:
        """The moderation queue's rows, oldest first, with what they belong to; flags on
        removed answers and articles are left out (readers no longer see those)."""
        from curbside.articles.models import ArticleStatus

        return (
            self.filter(
                Q(answer__isnull=False, answer__removed_at__isnull=True)
                | Q(
                    article__isnull=False,
                    article__status__in=[ArticleStatus.PUBLISHED, ArticleStatus.DRAFT],
                )
            )
            .select_related(
                "answer", "answer__question", "answer__physician", "article", "article__practice"
            )
            .order_by("created_at", "pk")
        )


class ClaimCheck(models.Model):
    """One checked sentence of an answer or an article: the claim check's verdict, the fact
    and source behind it, and for a flag the moderator's decision. Written only by
    claims.services; replaced whenever the text changes."""

    answer = models.ForeignKey(
        "qa.Answer",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="claim_checks",
    )
    article = models.ForeignKey(
        "articles.Article",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="claim_checks",
    )
    position = models.PositiveIntegerField(help_text="The sentence's place among the checked ones.")
    sentence = models.TextField()
    sentence_hash = models.CharField(max_length=64, db_index=True)
    verdict = models.CharField(max_length=12, choices=Verdict.choices)
    kind = models.CharField(max_length=20, help_text="The claim kind's name (claims/kinds.py).")
    words = models.JSONField(
        default=list, blank=True, help_text="The words of the sentence that were judged."
    )
    learned = models.BooleanField(
        default=False, help_text="Raised by the learned reader rather than a rule."
    )
    product = models.CharField(max_length=40, blank=True)
    topic = models.CharField(max_length=60, blank=True)
    fact = models.TextField()
    source = models.URLField(max_length=500, blank=True)
    provenance = models.JSONField(default=list, blank=True)
    text_hash = models.CharField(
        max_length=64, help_text="SHA-256 of the text the check was computed for."
    )
    evidence_revision = models.CharField(max_length=64, blank=True)
    status = models.CharField(
        max_length=10, choices=FlagStatus.choices, blank=True, help_text="Flags only."
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    reason = models.TextField(blank=True, help_text="The moderator's reason, if given.")
    created_at = models.DateTimeField(default=timezone.now)

    objects = ClaimCheckQuerySet.as_manager()

    if TYPE_CHECKING:
        answer_id: int | None
        article_id: int | None
        decided_by_id: int | None

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(answer__isnull=False, article__isnull=True)
                | Q(answer__isnull=True, article__isnull=False),
                name="claim_check_one_target",
            ),
        ]
        indexes = [
            models.Index(fields=["verdict", "status", "created_at"]),
        ]

    def __str__(self) -> str:
        where = f"answer {self.answer_id}" if self.answer_id else f"article {self.article_id}"
        return f"{self.get_verdict_display()} ({where}): {self.sentence}"[:200]

    @property
    def is_flag(self) -> bool:
        return self.verdict in FLAG_VERDICTS

    @property
    def target(self) -> Answer | Article:
        target = self.answer if self.answer_id else self.article
        assert target is not None
        return target

    @property
    def target_url(self) -> str:
        return self.target.get_absolute_url()

    @property
    def source_label(self) -> str:
        """What a note's link says: the prescribing information on DailyMed, or the site."""
        from urllib.parse import urlsplit

        host = urlsplit(self.source).hostname or ""
        if host.endswith("dailymed.nlm.nih.gov"):
            return "Prescribing information (DailyMed)"
        return host.removeprefix("www.") or self.source
