from __future__ import annotations

from django.contrib import admin

from curbside.lib.admin import ReadOnlyAdmin, ReadOnlyInline
from curbside.reviews.models import Review, ReviewFlag, ReviewReply, ReviewRevision


class ReviewRevisionInline(ReadOnlyInline):
    model = ReviewRevision
    readonly_fields = ["stars", "worth_it", "title", "body", "cost_usd", "created_at"]


@admin.register(Review)
class ReviewAdmin(ReadOnlyAdmin):
    """For looking things up. Publishing and removing go through /reviews/moderation/, which
    keeps the ratings, the audit log and the notifications in step."""

    list_display = ["title", "physician", "stars", "status", "created_at"]
    list_filter = ["status", "stars"]
    search_fields = ["title", "physician__last_name"]
    readonly_fields = ["author", "physician", "status", "published_at", "removed_reason"]
    inlines = [ReviewRevisionInline]


@admin.register(ReviewReply)
class ReviewReplyAdmin(ReadOnlyAdmin):
    list_display = ["review", "created_at"]
    readonly_fields = ["review"]


@admin.register(ReviewFlag)
class ReviewFlagAdmin(ReadOnlyAdmin):
    list_display = ["review", "user", "created_at", "resolution"]
    list_filter = ["resolution"]
    readonly_fields = ["review", "user", "resolved_at", "resolution"]
