from __future__ import annotations

from django.urls import URLPattern, path  # noqa: F401  # views are added by the practices work

app_name = "practices"
urlpatterns: list[URLPattern] = []
