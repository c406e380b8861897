"""Issue 4's "done when": while a patient types a new question, the ask page suggests an
answered question that shares no keyword with what was typed."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from curbside.accounts.tests.factories import UserFactory
from curbside.providers.tests.factories import PhysicianFactory
from curbside.qa import services as qa_services
from curbside.qa.tests.factories import TreatmentFactory

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery"
ANSWERED = "Botox for cervical dystonia: how long until the pulling eases?"


@pytest.fixture
def answered() -> None:
    botox = TreatmentFactory(slug="botox", name="Botox", kind="neurotoxin")
    asker = UserFactory(email="asker@example.com", public_name="FernWren-301")
    question = qa_services.question_ask(
        author=asker,
        title=ANSWERED,
        treatments=[botox],
        body="My neurologist diagnosed cervical dystonia and injected Botox last week.",
    )
    doctor = PhysicianFactory(first_name="Irene", last_name="Kowal")
    qa_services.answer_create(
        physician=doctor,
        question=question,
        headline="Usually within one to two weeks",
        body="Most people notice the effect within a week or two; it peaks at about six weeks.",
    )
    # Unrelated questions, so the suggestion has to be found by meaning.
    for title, body in [
        ("Lip filler lumps after two weeks", "Small lumps near the border of my upper lip."),
        ("Chemical peel on darker skin", "Is a medium-depth peel safe for skin of color?"),
    ]:
        qa_services.question_ask(author=asker, title=title, body=body, treatments=[botox])


def test_the_ask_page_suggests_a_question_with_no_shared_keyword(page: Page, answered: Any):
    UserFactory(email="pat@example.com", public_name="MapleWren-101")
    page.goto("/accounts/login/")
    page.fill("#id_username", "pat@example.com")
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.goto("/ask/")
    # No word in common with the answered question's title or body.
    typed = "Painful neck spasms turn my head sideways: would toxin shots stop them?"
    page.locator("#id_title").press_sequentially(typed, delay=10)
    suggestions = page.locator("#similar-suggestions")
    expect(suggestions).to_contain_text(ANSWERED, timeout=15_000)
    link = suggestions.get_by_role("link", name=ANSWERED)
    expect(link).to_have_attribute("href", re.compile(r"^/questions/\d+/"))
