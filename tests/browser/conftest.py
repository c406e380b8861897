"""Browser tests: Playwright drives Debian's Chromium against pytest-django's live server.

Run with `make test-browser` (or `pytest -m browser -p no:xdist tests/browser`)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from django.core.cache import cache
from playwright.sync_api import Browser, Page, expect, sync_playwright

from curbside.limits.services import forget_refusals

# Playwright's sync API runs an event loop in this thread, so Django's async-safety guard
# would refuse every ORM call the tests make, though those calls are plain synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CURBSIDE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

expect.set_options(timeout=5_000)


@pytest.fixture(autouse=True)
def _browser_settings(settings: Any, live_server: Any, transactional_db: None) -> None:
    # The same speed-ups as src/curbside/conftest.py, which does not reach this folder.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
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


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"No Chromium at {CHROMIUM}: apt-get install chromium, or set CURBSIDE_CHROMIUM"
        )
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser: Browser, live_server: Any) -> Iterator[Any]:
    """A factory for pages in separate browser contexts (separate cookie jars), so one test
    can have a patient and a physician signed in side by side."""
    contexts = []

    def make() -> Page:
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": 1200, "height": 900}
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page: Any) -> Page:
    return new_page()  # type: ignore[no-any-return]
