from __future__ import annotations

from django.contrib import admin

from curbside.reviews.models import Review


@admin.register(Review)
class ReviewAdmin(admin.ModelAdmin[Review]):
    list_display = ["title", "physician", "stars", "status", "created_at"]
    list_filter = ["status", "stars"]
    search_fields = ["title", "physician__last_name"]
    readonly_fields = ["author", "physician"]
