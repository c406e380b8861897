from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone


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


class Review(models.Model):
    """A patient's review of a physician for one treatment. reviews.services keeps the
    physician's rating columns in step with the published reviews."""

    physician = models.ForeignKey(
        "providers.Physician", on_delete=models.CASCADE, related_name="reviews"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reviews"
    )
    treatment = models.ForeignKey("qa.Treatment", on_delete=models.PROTECT, related_name="+")
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

    objects = ReviewQuerySet.as_manager()

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


class ReviewFlag(models.Model):
    """A reader reports a published review; a moderator resolves it."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="flags")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.TextField(max_length=1000)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["review", "user"], name="one_flag_per_user"),
        ]

    def __str__(self) -> str:
        return f"Flag on review {self.review_id}"
