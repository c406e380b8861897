from __future__ import annotations

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from curbside.accounts.models import ApiToken, User


@admin.register(User)
class UserAdmin(BaseUserAdmin[User]):  # type: ignore[type-var]  # UserAdmin works for any AbstractBaseUser with these fields
    ordering = ["email"]
    list_display = ["email", "public_name", "role", "email_verified_at", "is_active"]
    list_filter = ["role", "is_active", "is_staff"]
    search_fields = ["email", "public_name"]
    fieldsets = [
        (None, {"fields": ["email", "password", "public_name", "role"]}),
        ("Status", {"fields": ["is_active", "email_verified_at", "date_joined"]}),
        ("Admin", {"fields": ["is_staff", "is_superuser", "groups", "user_permissions"]}),
    ]
    add_fieldsets = [
        (
            None,
            {
                "classes": ["wide"],
                "fields": ["email", "public_name", "role", "password1", "password2"],
            },
        )
    ]


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin[ApiToken]):
    list_display = ["name", "user", "hint", "created_at", "last_used_at", "revoked_at"]
    readonly_fields = ["digest", "hint", "created_at", "last_used_at"]
    search_fields = ["user__email", "name"]
