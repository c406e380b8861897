from __future__ import annotations

from django.apps import AppConfig


class WebConfig(AppConfig):
    """The top of the app order (docs/architecture.md): the pages and API endpoints that put
    several apps together — a question with its claim notes and similar questions, a physician's
    profile with their answers, reviews and articles, asking with triage's verdict."""

    name = "curbside.web"
    label = "web"
    verbose_name = "Site pages"
