from __future__ import annotations

import html
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator

if TYPE_CHECKING:
    from curbside.catalogue.models import Treatment
    from curbside.practices.models import Practice
    from curbside.providers.models import Physician

TITLE_MAX = 150
SUMMARY_MAX = 300
BODY_MAX = 30000
MAX_TREATMENTS = 5


class ArticleStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"
    REMOVED = "removed", "Removed"


class ArticleQuerySet(models.QuerySet["Article"]):
    def published(self) -> ArticleQuerySet:
        return self.filter(status=ArticleStatus.PUBLISHED)

    def with_byline(self) -> ArticleQuerySet:
        """The physician or practice a byline names, in the same query."""
        return self.select_related("physician", "practice")

    def for_treatment(self, treatment: Treatment) -> ArticleQuerySet:
        return self.filter(treatments=treatment).with_byline()

    def by_physician(self, physician: Physician) -> ArticleQuerySet:
        return self.filter(physician=physician).with_byline()

    def by_practice(self, practice: Practice) -> ArticleQuerySet:
        """The practice's own posts and those of its physicians."""
        return self.filter(practice=practice).with_byline()

    def recent(self) -> ArticleQuerySet:
        return self.order_by("-published_at", "-pk")

    def for_list(self) -> ArticleQuerySet:
        """What a list row shows: byline and treatment tags, without per-row queries."""
        return self.with_byline().prefetch_related("treatments")

    def for_page(self) -> ArticleQuerySet:
        """The article page: byline, author card, reviewer and treatments."""
        return self.select_related(
            "physician", "physician__practice", "practice", "reviewed_by"
        ).prefetch_related("treatments")


class Article(models.Model):
    """Written by a physician, or by practice staff for their practice; tagged by treatment."""

    slug = models.SlugField(max_length=90, unique=True)
    title = models.CharField(max_length=150)
    summary = models.CharField(max_length=300, blank=True)
    body = models.TextField(max_length=30000)
    body_html = models.TextField(editable=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="articles"
    )
    physician = models.ForeignKey(
        "providers.Physician",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        help_text="The physician who wrote it, if one did.",
    )
    practice = models.ForeignKey(
        "practices.Practice",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    treatments = models.ManyToManyField("catalogue.Treatment", blank=True, related_name="articles")
    status = models.CharField(
        max_length=10, choices=ArticleStatus.choices, default=ArticleStatus.DRAFT
    )
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)
    updated_at = models.DateTimeField(default=timezone.now)
    last_reviewed = models.DateField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        "providers.Physician",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviewed_articles",
    )

    objects = ArticleQuerySet.as_manager()

    if TYPE_CHECKING:
        author_id: int | None
        physician_id: int | None
        practice_id: int | None
        reviewed_by_id: int | None

    class Meta:
        ordering = ["-published_at"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("articles:article-detail", args=[self.slug])

    @property
    def is_public(self) -> bool:
        return self.status == ArticleStatus.PUBLISHED

    @property
    def is_practice_article(self) -> bool:
        """Written by the practice's staff: the practice is the byline."""
        return self.physician_id is None and self.practice_id is not None

    @property
    def byline(self) -> str:
        if self.physician is not None:
            return self.physician.display_name
        if self.practice is not None:
            return self.practice.name
        return "Curbside"

    @property
    def excerpt(self) -> str:
        """The summary, or the start of the text: for lists and meta descriptions."""
        if self.summary:
            return self.summary
        text = " ".join(html.unescape(strip_tags(self.body_html)).split())
        return Truncator(text).chars(200)

    @property
    def was_updated(self) -> bool:
        """Edited a day or more after it was published."""
        if self.published_at is None:
            return False
        return (self.updated_at - self.published_at).total_seconds() > 86400
