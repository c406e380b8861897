from __future__ import annotations

from django.apps import AppConfig


class ProvidersConfig(AppConfig):
    name = "curbside.providers"
    label = "providers"
