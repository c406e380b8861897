from __future__ import annotations

from django.contrib import admin

from curbside.claims.models import ClaimCheck


@admin.register(ClaimCheck)
class ClaimCheckAdmin(admin.ModelAdmin[ClaimCheck]):
    """Read-only: checks are written by the claim check and decided in the moderation queue,
    which keeps the audit log."""

    list_display = ["sentence", "verdict", "status", "answer", "article", "created_at"]
    list_filter = ["verdict", "status", "kind"]
    search_fields = ["sentence", "fact"]
    readonly_fields = [
        "answer",
        "article",
        "position",
        "sentence",
        "sentence_hash",
        "verdict",
        "kind",
        "product",
        "topic",
        "fact",
        "source",
        "provenance",
        "text_hash",
        "evidence_revision",
        "status",
        "decided_by",
        "decided_at",
        "reason",
        "created_at",
    ]

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False
