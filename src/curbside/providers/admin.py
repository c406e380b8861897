from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.forms import BaseFormSet, ModelForm
from django.http import HttpRequest

from curbside.providers.models import BoardCertification, Physician
from curbside.providers.services import physician_update


class BoardCertificationInline(admin.TabularInline[BoardCertification, Physician]):
    model = BoardCertification
    extra = 0
    readonly_fields = ["verified_at", "verified_by"]


@admin.register(Physician)
class PhysicianAdmin(admin.ModelAdmin[Physician]):
    """Verification happens on /moderation/, which writes the audit row: the status is read-only
    here. Other edits are stored by services.physician_update, like every write."""

    list_display = ["display_name", "specialty", "city", "state", "status", "npi"]
    list_filter = ["status", "specialty", "state"]
    search_fields = ["first_name", "last_name", "npi", "user__email"]
    readonly_fields = ["status", "status_changed_at", "bio_html", "created_at"]
    autocomplete_fields = ["practice"]
    filter_horizontal = ["treatments"]
    inlines = [BoardCertificationInline]

    def save_model(
        self, request: HttpRequest, obj: Physician, form: ModelForm[Physician], change: bool
    ) -> None:
        physician_update(physician=obj, changed=form.changed_data)

    def save_related(
        self,
        request: HttpRequest,
        form: ModelForm[Physician],
        formsets: list[BaseFormSet[Any]],
        change: bool,
    ) -> None:
        super().save_related(request, form, formsets, change)
        if "treatments" in form.changed_data or any(f.has_changed() for f in formsets):
            physician_update(physician=form.instance, changed=[])
