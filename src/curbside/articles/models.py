from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone


class ArticleStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"
    REMOVED = "removed", "Removed"


class ArticleQuerySet(models.QuerySet["Article"]):
    def published(self) -> ArticleQuerySet:
        return self.filter(status=ArticleStatus.PUBLISHED)


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
    treatments = models.ManyToManyField("qa.Treatment", blank=True, related_name="articles")
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

    class Meta:
        ordering = ["-published_at"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("articles:article-detail", args=[self.slug])
