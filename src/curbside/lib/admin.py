"""The admin's read-only pages: for looking things up, where every write goes through the
site's pages and their services (which validate, audit, index and notify)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import Model
from django.http import HttpRequest


class ModeratorsOnly:
    """An admin page for moderators (and superusers) only, whatever their model permissions:
    the site's moderators are staff without per-model grants."""

    def moderates(self, request: HttpRequest) -> bool:
        user = request.user
        return bool(user.is_active and (user.is_superuser or getattr(user, "is_moderator", False)))

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self.moderates(request)

    def has_view_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return self.moderates(request)


class ReadOnlyAdmin(admin.ModelAdmin[Any]):
    def has_add_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


class ReadOnlyInline(admin.TabularInline[Any, Any]):
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False
