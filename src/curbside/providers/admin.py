from __future__ import annotations

from django.contrib import admin

from curbside.providers.models import BoardCertification, Physician


class BoardCertificationInline(admin.TabularInline[BoardCertification, Physician]):
    model = BoardCertification
    extra = 0
    readonly_fields = ["verified_at", "verified_by"]


@admin.register(Physician)
class PhysicianAdmin(admin.ModelAdmin[Physician]):
    """Verification happens on /moderation/, which writes the audit row; here it is read-only."""

    list_display = ["display_name", "specialty", "city", "state", "status", "npi"]
    list_filter = ["status", "specialty", "state"]
    search_fields = ["first_name", "last_name", "npi", "user__email"]
    readonly_fields = ["status", "status_changed_at", "bio_html"]
    autocomplete_fields = ["practice"]
    filter_horizontal = ["treatments"]
    inlines = [BoardCertificationInline]
