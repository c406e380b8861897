from __future__ import annotations

from django.apps import AppConfig


class LimitsConfig(AppConfig):
    name = "curbside.limits"
    label = "limits"
    verbose_name = "Rate limits"
