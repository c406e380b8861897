from __future__ import annotations

from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "curbside.articles"
    label = "articles"
