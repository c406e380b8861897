from __future__ import annotations

from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "curbside.demo"
    label = "demo"
