"""Screenshots of a running demo for the README: `make demo` in one terminal, then
`.venv/bin/python docs/screenshots.py [http://127.0.0.1:8000]`. Drives Debian's Chromium."""

from __future__ import annotations

import json
import sys
import urllib.parse
import urllib.request
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

OUT = Path(__file__).resolve().parent / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def main(base: str) -> None:
    # The design brief's motivating question: six physicians on neck spasms and allergies.
    query = f"{base}/api/v1/questions?q=neck+spasms+allergies&treatment=botox"
    with urllib.request.urlopen(query) as response:  # noqa: S310  # a local demo URL
        items = json.load(response)["items"]
    found = max(items, key=lambda item: item["answer_count"])["url"]
    question = base + urllib.parse.urlsplit(found).path  # the API's URLs carry SITE_URL
    OUT.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)

        def page_as(email: str | None) -> Page:
            page = browser.new_context(viewport={"width": 1200, "height": 900}).new_page()
            if email:
                page.goto(f"{base}/accounts/login/")
                page.fill("#id_username", email)
                page.fill("#id_password", "curbside-demo")
                page.click("form.stack button")
            return page

        visitor = page_as(None)
        visitor.goto(question)
        visitor.screenshot(path=OUT / "question-page.png", full_page=True)
        phone = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
        phone.goto(base)
        phone.get_by_role("button", name="Menu").click()
        phone.screenshot(path=OUT / "phone-menu.png")
        phone.goto(question)
        phone.locator("#consensus details.consensus-words").first.locator("summary").click()
        phone.locator("#consensus").screenshot(path=OUT / "consensus.png")
        phone.goto(f"{base}/doctors/?condition=neck+spasms&near=Philadelphia%2C+PA")
        phone.locator(".find-results").scroll_into_view_if_needed()
        phone.screenshot(path=OUT / "phone-find-by-condition.png")
        phone.goto(f"{base}/treatments/botox/#evidence")
        phone.screenshot(path=OUT / "phone-evidence.png")
        phone.goto(f"{base}/treatments/lip-filler/")
        phone.locator("#area-lip-augmentation").scroll_into_view_if_needed()
        phone.screenshot(path=OUT / "phone-lip-filler.png")
        visitor.goto(base)
        visitor.screenshot(path=OUT / "home.png")
        visitor.goto(f"{base}/doctors/?treatment=botox&near=New+York%2C+NY&radius=25")
        visitor.screenshot(path=OUT / "find-a-doctor.png")
        visitor.locator("a.doc-name").first.click()
        visitor.screenshot(path=OUT / "physician-profile.png")
        panel = browser.new_context(viewport={"width": 1200, "height": 1600}).new_page()
        panel.goto(f"{base}/treatments/botox/#evidence")
        panel.screenshot(path=OUT / "evidence-panel.png")
        panel.goto(f"{base}/articles/off-label-botox-what-our-patients-should-know/")
        panel.screenshot(path=OUT / "claim-note.png", full_page=True)
        doctor = page_as("doctor@demo.curbside.test")
        doctor.goto(f"{base}/queue/")
        doctor.screenshot(path=OUT / "physician-queue.png")
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8000")
