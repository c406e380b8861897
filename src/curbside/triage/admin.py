from __future__ import annotations

from django.contrib import admin

from curbside.triage.models import TriageHold


@admin.register(TriageHold)
class TriageHoldAdmin(admin.ModelAdmin[TriageHold]):
    """Read-only: holds are resolved in the moderation queue, which keeps the audit log."""

    list_display = ["question", "created_at", "resolution", "resolved_by", "resolved_at"]
    list_filter = ["resolution"]
    readonly_fields = [
        "question",
        "reasons",
        "advice",
        "created_at",
        "resolved_by",
        "resolved_at",
        "resolution",
        "note",
    ]

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False
