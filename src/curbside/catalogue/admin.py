from __future__ import annotations

from django.contrib import admin

from curbside.catalogue.models import Treatment


@admin.register(Treatment)
class TreatmentAdmin(admin.ModelAdmin[Treatment]):
    list_display = ["name", "kind", "slug"]
    list_filter = ["kind"]
    prepopulated_fields = {"slug": ["name"]}
