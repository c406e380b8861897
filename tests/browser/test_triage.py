"""Emergency triage end to end in Chromium: a patient describes urgent symptoms on the ask page
and sees the emergency notice at once; the question is held; a moderator releases it."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail
from playwright.sync_api import Page, expect

from curbside.accounts.tests.factories import UserFactory
from curbside.qa.models import Question, QuestionStatus
from curbside.qa.tests.factories import TreatmentFactory
from curbside.search import semantic
from curbside.triage.models import TriageHold

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery"  # UserFactory's password
TITLE = "Trouble swallowing and breathing after Botox"
BODY = "since my Botox yesterday I can't swallow properly and my breathing feels weak"


def sign_in(page: Page, email: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("details.account-menu > summary")).to_be_attached()


def test_urgent_symptoms_show_the_emergency_notice_and_hold_the_question(
    new_page: Any, live_server: Any
) -> None:
    # Load the embedding model now (asking embeds the question), not inside the ask request,
    # where a slow first load would outlast the browser's wait.
    semantic.embed(["warm up"])
    TreatmentFactory.create(slug="botox", name="Botox", kind="neurotoxin")
    patient = UserFactory.create(email="ines@example.com", public_name="SwiftLark-77")
    moderator = UserFactory.create(
        email="mod@example.com", public_name="Moderator-9", role="moderator", is_staff=True
    )

    page = new_page()
    sign_in(page, patient.email)
    page.goto("/ask/")
    page.get_by_label("Title").fill(TITLE)
    page.get_by_label("Details").fill(BODY)
    page.get_by_role("group", name="Treatments").get_by_label("Botox", exact=True).check()
    page.get_by_role("button", name="Post your question").click()

    question = Question.objects.get()
    expect(page).to_have_url(re.compile(re.escape(question.get_absolute_url()) + "$"))
    notice = page.get_by_role("alert")
    expect(notice).to_contain_text("Get emergency care now")
    expect(notice).to_contain_text("trouble swallowing")
    expect(notice).to_contain_text("trouble breathing")
    expect(notice).to_contain_text("Call 911 or go to the nearest emergency department now")
    expect(notice.get_by_role("link", name="911")).to_have_attribute("href", "tel:911")
    expect(notice).to_contain_text("held")
    assert question.status == QuestionStatus.HELD

    # Not public: a visitor gets "not found", and the home page does not list it.
    visitor = new_page()
    assert visitor.goto(question.get_absolute_url()).status == 404
    visitor.goto("/")
    expect(visitor.get_by_text(TITLE)).to_have_count(0)

    # The moderator was told, and releases it from the queue.
    assert any(m.to == [moderator.email] and TITLE in m.subject for m in mail.outbox)
    mod = new_page()
    sign_in(mod, moderator.email)
    mod.goto("/moderation/")
    hold = TriageHold.objects.get()
    card = mod.locator(f"#triage-hold-{hold.pk}")
    expect(card).to_contain_text("trouble swallowing")
    card.get_by_label("Note or reason").fill("Patient confirmed they went to the ER.")
    card.get_by_role("button", name="Release and publish").click()
    expect(mod.get_by_role("status")).to_contain_text("released and published")
    question.refresh_from_db()
    assert question.status == QuestionStatus.PUBLISHED
    assert visitor.goto(question.get_absolute_url()).status == 200


def ask(page: Page, title: str, body: str, treatment: str) -> Question:
    page.goto("/ask/")
    page.get_by_label("Title").fill(title)
    page.get_by_label("Details").fill(body)
    page.get_by_role("group", name="Treatments").get_by_label(treatment, exact=True).check()
    page.get_by_role("button", name="Post your question").click()
    question = Question.objects.get(title=title)
    expect(page).to_have_url(re.compile(re.escape(question.get_absolute_url()) + "$"))
    return question


def test_a_new_user_s_words_are_held_with_fitting_advice_or_published(
    new_page: Any, live_server: Any
) -> None:
    semantic.embed(["warm up"])
    TreatmentFactory.create(slug="tummy-tuck", name="Tummy tuck", kind="surgery")
    TreatmentFactory.create(slug="botox", name="Botox", kind="neurotoxin")
    patient = UserFactory.create(email="rosa@example.com", public_name="QuietHeron-12")
    moderator = UserFactory.create(
        email="mod@example.com", public_name="Moderator-3", role="moderator", is_staff=True
    )
    page = new_page()
    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    sign_in(page, patient.email)

    held = ask(
        page,
        "calf swollen after tummy tuck",
        "tummy tuck 6 days ago, now my calf is swollen and it hurts to breathe in",
        "Tummy tuck",
    )
    notice = page.get_by_role("alert")
    expect(notice).to_contain_text("Get emergency care now")
    expect(notice).to_contain_text("blood clot")
    expect(notice).to_contain_text("Do not rub or massage the leg")
    assert held.status == QuestionStatus.HELD

    published = ask(
        page,
        "Breathing scare after Botox: is it common?",
        "years ago my aunt had a scare with her breathing after botox, is that common?",
        "Botox",
    )
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.get_by_text("Your question is posted")).to_be_visible()
    assert published.status == QuestionStatus.PUBLISHED

    # Released by a moderator, the held question is published and its asker is told.
    mod = new_page()
    sign_in(mod, moderator.email)
    mod.goto("/moderation/")
    card = mod.locator(f"#triage-hold-{held.triage_hold.pk}")
    expect(card).to_contain_text("blood clot")
    card.get_by_role("button", name="Release and publish").click()
    expect(mod.get_by_role("status")).to_contain_text("released and published")
    page.goto("/notifications/")
    expect(page.get_by_text("Your question was published")).to_be_visible()
