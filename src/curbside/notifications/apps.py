from __future__ import annotations

from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "curbside.notifications"
    label = "notifications"
