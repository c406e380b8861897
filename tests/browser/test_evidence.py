"""The evidence base in Chromium: the Botox treatment page shows what the label says, with its
sources, and a question about neck spasms carries the "On-label" badge that links to it."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from curbside.accounts.tests.factories import UserFactory
from curbside.evidence import knowledge
from curbside.evidence.services import evidence_load
from curbside.qa.models import Question
from curbside.qa.tests.factories import QuestionFactory, TreatmentFactory
from curbside.search import semantic

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery"  # UserFactory's password


@pytest.fixture(autouse=True)
def _evidence(transactional_db: None) -> None:
    knowledge.reset()  # the flushed database has a new evidence revision
    evidence_load()


def sign_in(page: Page, email: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("details.account-menu > summary")).to_be_attached()


def test_the_botox_page_shows_the_label_with_sources(page: Page) -> None:
    TreatmentFactory.create(slug="botox", name="Botox", kind="neurotoxin")
    page.goto("/treatments/botox/")
    panel = page.locator("#evidence")
    expect(panel.get_by_role("heading", name="What the label says")).to_be_visible()
    expect(panel.get_by_role("heading", name="Is my use approved?")).to_be_visible()

    row = panel.locator("#evidence-botox-cervical-dystonia")
    expect(row.get_by_role("rowheader")).to_have_text("Cervical dystonia")
    expect(row).to_contain_text("adults")
    expect(row).to_contain_text("2000")
    # The fact's sources open under it.
    row.get_by_text("Sources").click()
    expect(row.get_by_role("link", name="biologicshq.com")).to_be_visible()

    expect(panel.get_by_role("heading", name=re.compile(r"Boxed warning \(2009\)"))).to_be_visible()
    expect(panel.get_by_text("dysphagia (trouble swallowing)")).to_be_visible()
    primary = panel.get_by_role("link", name="the current Botox prescribing information")
    expect(primary).to_have_attribute("href", re.compile(r"^https://dailymed\.nlm\.nih\.gov/"))

    # Side effects by indication, collapsed until opened.
    cervical = panel.locator("details.reactions", has_text="Cervical dystonia (4 reported)")
    expect(cervical.get_by_text("upper respiratory infection")).to_be_hidden()
    cervical.get_by_text("Cervical dystonia (4 reported)").click()
    expect(cervical.get_by_role("row", name=re.compile("dysphagia"))).to_contain_text("19%")
    expect(panel.get_by_text("Units do not convert between products.")).to_be_visible()
    expect(panel.get_by_text(re.compile("Label facts last reviewed"))).to_be_visible()
    expect(panel.get_by_label("Medical disclaimer for the label facts")).to_contain_text(
        "not medical advice"
    )

    # A treatment the base does not cover says so.
    TreatmentFactory.create(slug="rhinoplasty", name="Rhinoplasty", kind="surgery")
    page.goto("/treatments/rhinoplasty/")
    expect(page.locator("#evidence")).to_contain_text(
        "Curbside holds no label data for Rhinoplasty."
    )


def test_a_neck_spasm_question_shows_on_label_and_links_to_the_label(page: Page) -> None:
    botox = TreatmentFactory.create(slug="botox", name="Botox", kind="neurotoxin")
    question = QuestionFactory.create(
        treatments=[botox],
        title="Botox for neck spasms: can I be allergy-tested first?",
        body="My neurologist diagnosed cervical dystonia. I have many allergies.",
    )
    page.goto(question.get_absolute_url())
    badge = page.get_by_label("Label status")
    expect(badge).to_contain_text("On-label")
    expect(badge).to_contain_text("Botox for cervical dystonia")
    expect(badge).to_contain_text("approved use on the label of Botox (since 2000)")
    badge.get_by_role("link", name=re.compile("What the label says")).click()
    expect(page).to_have_url(re.compile(r"/treatments/botox/#evidence-botox-cervical-dystonia$"))
    expect(page.locator("#evidence-botox-cervical-dystonia")).to_be_in_viewport()

    # The treatment page's list shows the same badge on the question's row.
    expect(page.locator(".q-row", has_text="neck spasms").locator(".label-pill")).to_have_text(
        re.compile("On-label")
    )


def test_a_patient_says_what_it_is_for_when_asking(new_page: Any) -> None:
    # Asking embeds the question: load the model now, not inside the request.
    semantic.embed(["warm up"])
    TreatmentFactory.create(slug="botox", name="Botox", kind="neurotoxin")
    patient = UserFactory.create(email="ines@example.com", public_name="SwiftLark-77")
    page = new_page()
    sign_in(page, patient.email)
    page.goto("/ask/")
    page.get_by_label("Title").fill("Is a low first dose of Botox a good idea?")
    page.get_by_label("Details").fill(
        "I am 52 and have several allergies, so I want to be careful."
    )
    page.get_by_role("group", name="Treatments").get_by_label("Botox", exact=True).check()
    page.get_by_label("What is it for?").select_option(label="Cervical dystonia")
    page.get_by_role("button", name="Post your question").click()

    question = Question.objects.get()
    expect(page).to_have_url(re.compile(re.escape(question.get_absolute_url()) + "$"))
    badge = page.get_by_label("Label status")
    expect(badge).to_contain_text("On-label")
    expect(badge).to_contain_text("The use is the one the asker chose")
    assert question.condition == "cervical_dystonia"
