from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone

if TYPE_CHECKING:
    from curbside.accounts.models import User
    from curbside.providers.models import Physician

TITLE_MAX = 120
BODY_MAX = 5000
REPLY_MAX = 3000
FLAG_REASON_MAX = 1000
COST_MAX = 250_000


class WorthIt(models.TextChoices):
    YES = "yes", "Worth it"
    NOT_SURE = "not_sure", "Not sure"
    NO = "no", "Not worth it"


class ReviewStatus(models.TextChoices):
    PENDING = "pending", "Awaiting moderation"
    PUBLISHED = "published", "Published"
    REMOVED = "removed", "Removed"


class ReviewQuerySet(models.QuerySet["Review"]):
    def published(self) -> ReviewQuerySet:
        return self.filter(status=ReviewStatus.PUBLISHED)

    def pending(self) -> ReviewQuerySet:
        return self.filter(status=ReviewStatus.PENDING)

    def for_physician(self, physician: Physician) -> ReviewQuerySet:
        return self.filter(physician=physician)

    def by_author(self, user: User) -> ReviewQuerySet:
        return self.filter(author=user)

    def newest(self) -> ReviewQuerySet:
        return self.order_by("-published_at", "-pk")

    def for_display(self) -> ReviewQuerySet:
        """What reviews/_review.html shows: reviewer, treatment, physician and their reply, in
        one query however many reviews."""
        edited = ReviewRevision.objects.filter(review=models.OuterRef("pk"))
        return self.select_related("author", "treatment", "physician", "reply").annotate(
            has_revisions=models.Exists(edited)
        )

    def for_moderation(self) -> ReviewQuerySet:
        return self.select_related("author", "treatment", "physician").annotate(
            revision_count=models.Count("revisions")
        )


class Review(models.Model):
    """A patient's review of a physician for one treatment. reviews.services keeps the
    physician's rating columns in step with the published reviews."""

    physician = models.ForeignKey(
        "providers.Physician", on_delete=models.CASCADE, related_name="reviews"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reviews"
    )
    treatment = models.ForeignKey("catalogue.Treatment", on_delete=models.PROTECT, related_name="+")
    stars = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    worth_it = models.CharField(max_length=10, choices=WorthIt.choices)
    title = models.CharField(max_length=120)
    body = models.TextField(max_length=5000)
    cost_usd = models.PositiveIntegerField(null=True, blank=True)
    status = models.CharField(
        max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.PENDING
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    published_at = models.DateTimeField(null=True, blank=True)
    removed_reason = models.TextField(blank=True)
    # Empty for reviews written straight into the table (demo, seed); the partial then shows
    # the plain text.
    body_html = models.TextField(blank=True, editable=False)

    objects = ReviewQuerySet.as_manager()

    if TYPE_CHECKING:
        physician_id: int
        author_id: int
        treatment_id: int

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["author", "physician", "treatment"], name="one_review_per_treatment"
            ),
            models.CheckConstraint(
                condition=models.Q(stars__gte=1, stars__lte=5), name="review_stars_1_to_5"
            ),
        ]
        indexes = [models.Index(fields=["physician", "status"])]

    def __str__(self) -> str:
        return f"{self.stars}★ {self.title}"

    def get_absolute_url(self) -> str:
        """Where the review is read: on the physician's profile."""
        return reverse("providers:physician-detail", args=[self.physician.slug]) + (
            f"#review-{self.pk}"
        )

    @property
    def is_published(self) -> bool:
        return self.status == ReviewStatus.PUBLISHED

    @property
    def public_reply(self) -> ReviewReply | None:
        """The physician's reply, or None (no query when loaded through for_display())."""
        try:
            return self.reply
        except ReviewReply.DoesNotExist:
            return None

    @property
    def was_edited(self) -> bool:
        """Whether the author changed it since writing (from for_display()'s annotation)."""
        return bool(self.__dict__.get("has_revisions", False))


class ReviewRevision(models.Model):
    """What a review said before an edit."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="revisions")
    stars = models.PositiveSmallIntegerField()
    worth_it = models.CharField(max_length=10, choices=WorthIt.choices)
    title = models.CharField(max_length=120)
    body = models.TextField(max_length=5000)
    cost_usd = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Revision of review {self.review_id}"


class ReviewReply(models.Model):
    """The physician's one public reply to a review."""

    review = models.OneToOneField(Review, on_delete=models.CASCADE, related_name="reply")
    body = models.TextField(max_length=3000)
    body_html = models.TextField(editable=False)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Reply to review {self.review_id}"


class FlagResolution(models.TextChoices):
    DISMISSED = "dismissed", "Dismissed"
    REMOVED = "removed", "Review removed"


class ReviewFlagQuerySet(models.QuerySet["ReviewFlag"]):
    def open(self) -> ReviewFlagQuerySet:
        return self.filter(resolved_at__isnull=True)

    def for_moderation(self) -> ReviewFlagQuerySet:
        return self.select_related(
            "user", "review__author", "review__physician", "review__treatment"
        ).order_by("created_at", "pk")


class ReviewFlag(models.Model):
    """A reader reports a published review; a moderator resolves it."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="flags")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.TextField(max_length=1000)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolution = models.CharField(max_length=10, choices=FlagResolution.choices, blank=True)

    objects = ReviewFlagQuerySet.as_manager()

    if TYPE_CHECKING:
        review_id: int

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["review", "user"], name="one_flag_per_user"),
        ]

    def __str__(self) -> str:
        return f"Flag on review {self.review_id}"
