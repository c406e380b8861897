from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.http import HttpRequest

from curbside.lib.admin import ReadOnlyAdmin, ReadOnlyInline
from curbside.practices.models import (
    ConsultationNote,
    ConsultationRequest,
    Practice,
    PracticeStaff,
)
from curbside.practices.services import (
    PRACTICE_FIELDS,
    practice_create,
    practice_locate,
    practice_update,
    practice_validate,
)


class PracticeAdminForm(forms.ModelForm[Practice]):
    """The page's fields, checked by the service that stores them (practice_validate) and placed
    by the geodata, so the admin refuses what the practice's own edit page refuses."""

    class Meta:
        model = Practice
        fields = ["slug", *PRACTICE_FIELDS]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        try:
            cleaned = practice_validate(**{f: data.get(f) or "" for f in PRACTICE_FIELDS})
            practice_locate(
                zip_code=cleaned["zip_code"], city=cleaned["city"], state=cleaned["state"]
            )
        except ValidationError as exc:
            for field, errors in exc.message_dict.items():
                self.add_error(field if field in self.fields else None, errors)
        return data


@admin.register(Practice)
class PracticeAdmin(admin.ModelAdmin[Practice]):
    """Practices are added and edited here, through practice_create and practice_update, which
    place them (and their physicians) on the find-a-doctor map."""

    form = PracticeAdminForm
    list_display = ["name", "city", "state", "phone"]
    search_fields = ["name", "city"]
    prepopulated_fields = {"slug": ["name"]}

    def save_model(
        self, request: HttpRequest, obj: Practice, form: forms.ModelForm[Practice], change: bool
    ) -> None:
        values = {f: getattr(obj, f) for f in PRACTICE_FIELDS}
        if change:
            practice_update(practice=Practice.objects.get(pk=obj.pk), **values)
        else:
            obj.pk = practice_create(slug=obj.slug, **values).pk


@admin.register(PracticeStaff)
class PracticeStaffAdmin(admin.ModelAdmin[PracticeStaff]):
    list_display = ["user", "practice", "title"]
    autocomplete_fields = ["practice"]


class ConsultationNoteInline(ReadOnlyInline):
    model = ConsultationNote
    readonly_fields = ["author", "status", "text", "created_at"]


@admin.register(ConsultationRequest)
class ConsultationRequestAdmin(ReadOnlyAdmin):
    """Read-only: requests are written by the form and the API, and worked in the inbox."""

    list_display = ["pk", "practice", "status", "created_at", "first_response_at"]
    list_filter = ["status"]
    list_select_related = ["practice"]
    search_fields = ["practice__name"]
    inlines = [ConsultationNoteInline]
