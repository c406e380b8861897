from __future__ import annotations

from django.apps import AppConfig


class QaConfig(AppConfig):
    name = "curbside.qa"
    label = "qa"
