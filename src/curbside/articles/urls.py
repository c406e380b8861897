from __future__ import annotations

from django.urls import URLPattern, path  # noqa: F401  # views are added by the articles work

app_name = "articles"
urlpatterns: list[URLPattern] = []
