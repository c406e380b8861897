from __future__ import annotations

from django.contrib import admin

from curbside.practices.models import Practice, PracticeStaff


@admin.register(Practice)
class PracticeAdmin(admin.ModelAdmin[Practice]):
    list_display = ["name", "city", "state", "phone"]
    search_fields = ["name", "city"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(PracticeStaff)
class PracticeStaffAdmin(admin.ModelAdmin[PracticeStaff]):
    list_display = ["user", "practice", "title"]
    autocomplete_fields = ["practice"]
