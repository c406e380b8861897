"""What full-text search reads: one row per searchable object, kept current by services."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import models
from django.utils import timezone


class DocumentKind(models.TextChoices):
    QUESTION = "question", "Questions"
    ANSWER = "answer", "Answers"
    ARTICLE = "article", "Articles"
    PHYSICIAN = "physician", "Physicians"


class SearchDocumentQuerySet(models.QuerySet["SearchDocument"]):
    def search(self, q: str, *, snippets: bool = False) -> SearchDocumentQuerySet:
        """Documents matching the query text `q`, best first (title > body > extra), each with
        `rank` (higher is better); with `snippets`, also `title_html` and `snippet`, safe HTML
        with the matches in <mark>. The same on SQLite (FTS5) and PostgreSQL (tsvector)."""
        from curbside.search import fulltext

        return fulltext.search(self, q, snippets=snippets)


class SearchDocument(models.Model):
    """The searchable text of one question, answer, article or physician, in three weights:
    `title` (title and treatment names) above `body` above `extra` (e.g. a question's answers).
    The engine's index (SQLite FTS5 / PostgreSQL tsvector) is built from these columns."""

    kind = models.CharField(max_length=10, choices=DocumentKind.choices)
    object_id = models.PositiveBigIntegerField()
    title = models.TextField()
    body = models.TextField(blank=True)
    extra = models.TextField(blank=True)
    url = models.CharField(max_length=300)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = SearchDocumentQuerySet.as_manager()

    if TYPE_CHECKING:  # set by SearchDocumentQuerySet.search()
        rank: float
        title_html: str
        snippet: str
        context: str  # set by the search page: what the result is (search.views)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="one_document_per_object"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id}: {self.title[:60]}"
