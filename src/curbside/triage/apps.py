from __future__ import annotations

from django.apps import AppConfig


class TriageConfig(AppConfig):
    name = "curbside.triage"
    label = "triage"
    verbose_name = "Emergency triage"
