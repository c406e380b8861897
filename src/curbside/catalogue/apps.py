from __future__ import annotations

from django.apps import AppConfig


class CatalogueConfig(AppConfig):
    name = "curbside.catalogue"
    label = "catalogue"
    verbose_name = "Treatments"
