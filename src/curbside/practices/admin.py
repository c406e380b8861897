from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from curbside.practices.models import (
    ConsultationNote,
    ConsultationRequest,
    Practice,
    PracticeStaff,
)


@admin.register(Practice)
class PracticeAdmin(admin.ModelAdmin[Practice]):
    list_display = ["name", "city", "state", "phone"]
    search_fields = ["name", "city"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(PracticeStaff)
class PracticeStaffAdmin(admin.ModelAdmin[PracticeStaff]):
    list_display = ["user", "practice", "title"]
    autocomplete_fields = ["practice"]


class ConsultationNoteInline(admin.TabularInline[ConsultationNote, ConsultationRequest]):
    model = ConsultationNote
    extra = 0
    readonly_fields = ["author", "status", "text", "created_at"]
    can_delete = False


@admin.register(ConsultationRequest)
class ConsultationRequestAdmin(admin.ModelAdmin[ConsultationRequest]):
    """Read-only: requests are written by the form and the API, and worked in the inbox."""

    list_display = ["pk", "practice", "status", "created_at", "first_response_at"]
    list_filter = ["status"]
    list_select_related = ["practice"]
    search_fields = ["practice__name"]
    inlines = [ConsultationNoteInline]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(
        self, request: HttpRequest, obj: ConsultationRequest | None = None
    ) -> bool:
        return False
