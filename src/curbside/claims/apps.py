from __future__ import annotations

from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "curbside.claims"
    label = "claims"
    verbose_name = "Claim check"
