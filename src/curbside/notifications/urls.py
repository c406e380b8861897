from __future__ import annotations

from django.urls import URLPattern, path  # noqa: F401  # views are added by the notifications work

app_name = "notifications"
urlpatterns: list[URLPattern] = []
