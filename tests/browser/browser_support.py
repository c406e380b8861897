"""What the browser tests share beside their fixtures (conftest.py): the settings every test
runs under. A module of its own, so test modules can import it by a name no other folder uses."""

from __future__ import annotations

from typing import Any

from django.core.cache import cache

from curbside.limits.services import forget_refusals

# The same speed-ups as src/curbside/conftest.py, which does not reach this folder.
FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def browser_settings(settings: Any, live_server: Any, hashers: list[str] = FAST_HASHERS) -> None:
    """What every browser test runs under: fast hashing, tasks run at once, plain static
    files, links to the live server, and no cache or rate limit left from another test."""
    settings.PASSWORD_HASHERS = hashers
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    # E-mailed links must point at the live server the browser talks to.
    settings.SITE_URL = live_server.url
    # Cached question pages are keyed by question id, and the flushed database reuses ids.
    cache.clear()
    forget_refusals()
