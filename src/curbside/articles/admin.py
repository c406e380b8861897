from __future__ import annotations

from django.contrib import admin

from curbside.articles.models import Article
from curbside.lib.admin import ReadOnlyAdmin


@admin.register(Article)
class ArticleAdmin(ReadOnlyAdmin):
    """For looking things up. Writing, publishing and removing go through the site, whose
    services validate the text and record removals in the audit log."""

    list_display = ["title", "status", "physician", "practice", "published_at", "last_reviewed"]
    list_filter = ["status", "treatments"]
    search_fields = ["title", "slug"]
    readonly_fields = [
        "slug",
        "body_html",
        "status",
        "author",
        "physician",
        "practice",
        "published_at",
        "updated_at",
        "last_reviewed",
        "reviewed_by",
    ]
