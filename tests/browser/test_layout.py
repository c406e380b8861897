"""The header on a phone and a desktop: at 390 x 844 it takes at most 120 px, the links sit behind
a Menu button, and no page scrolls sideways; at 1280 px signed in it is one row; physicians,
staff and moderators are not offered "Ask a doctor"."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from curbside.accounts.tests.factories import UserFactory
from curbside.evidence.services import evidence_load
from curbside.practices.tests.factories import PracticeStaffFactory
from curbside.providers.tests.factories import PhysicianFactory
from curbside.qa.tests.factories import AnswerFactory, QuestionFactory, TreatmentFactory

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery"  # UserFactory's password


def _sign_in(page: Page, email: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("details.account-menu > summary")).to_be_attached()


def _header_height(page: Page) -> float:
    return float(page.evaluate("document.querySelector('.site-header').offsetHeight"))


@pytest.mark.parametrize("who", ["visitor", "patient"])
def test_on_a_phone_the_header_is_short_and_opens_its_menu(new_page: Any, who: str) -> None:
    botox = TreatmentFactory.create(slug="botox", name="Botox", kind="neurotoxin")
    evidence_load()  # the treatment page's tables of approved uses, side effects and doses
    question = QuestionFactory.create(treatments=[botox])
    AnswerFactory.create(question=question)
    page = new_page()
    if who == "patient":
        UserFactory.create(email="pat@example.com")
        _sign_in(page, "pat@example.com")
    page.set_viewport_size({"width": 390, "height": 844})
    pages = ("/", question.get_absolute_url(), "/treatments/", "/treatments/botox/", "/questions/")
    for url in (*pages, "/doctors/", "/practices/", "/articles/", "/search/?q=botox"):
        page.goto(url)
        assert _header_height(page) <= 120, url
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, url
    find = page.get_by_role("link", name="Find a doctor")
    expect(find).to_be_hidden()
    menu = page.get_by_role("button", name="Menu")
    expect(menu).to_have_attribute("aria-expanded", "false")
    menu.click()
    expect(menu).to_have_attribute("aria-expanded", "true")
    expect(find).to_be_visible()
    # The search box stays in sight, at a size iOS does not zoom into.
    assert (
        page.evaluate("parseFloat(getComputedStyle(document.querySelector('#site-q')).fontSize)")
        >= 16
    )


@pytest.mark.parametrize("who", ["patient", "physician", "staff", "moderator"])
def test_signed_in_on_a_desktop_the_header_is_one_row(new_page: Any, who: str) -> None:
    email = f"{who}@example.com"
    if who == "physician":
        PhysicianFactory.create(user__email=email)
    elif who == "staff":
        PracticeStaffFactory.create(user__email=email)
    else:
        role = "moderator" if who == "moderator" else "patient"
        UserFactory.create(email=email, role=role, is_staff=who == "moderator")
    page = new_page()
    page.set_viewport_size({"width": 1280, "height": 800})
    _sign_in(page, email)
    page.goto("/")
    assert _header_height(page) <= 70
    ask = page.locator(".site-header").get_by_role("link", name="Ask a doctor")
    expect(ask).to_have_count(1 if who == "patient" else 0)
    # The account menu opens on the name and holds the way out.
    page.locator("details.account-menu > summary").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()


def test_what_is_it_for_offers_the_uses_of_the_ticked_treatments(new_page: Any) -> None:
    TreatmentFactory.create(slug="botox", name="Botox", kind="neurotoxin")
    TreatmentFactory.create(slug="lip-filler", name="Lip filler", kind="filler")
    TreatmentFactory.create(slug="chemical-peel", name="Chemical peel", kind="skin")
    evidence_load()
    UserFactory.create(email="pat@example.com")
    page = new_page()
    _sign_in(page, "pat@example.com")
    page.goto("/ask/")
    treatments = page.get_by_role("group", name="Treatments")
    uses = page.get_by_label("What is it for?")
    expect(uses).to_be_visible()  # nothing ticked: every use
    treatments.get_by_label("Chemical peel", exact=True).check()
    expect(uses).to_be_hidden()  # no label data for peels: no such question
    treatments.get_by_label("Chemical peel", exact=True).uncheck()
    treatments.get_by_label("Lip filler", exact=True).check()
    expect(uses).to_be_visible()  # the lip areas and the fillers' off-label uses
    expect(uses.locator('option[value="lip_augmentation"]')).to_be_enabled()
    expect(uses.locator('option[value="cervical_dystonia"]')).not_to_be_enabled()
    treatments.get_by_label("Lip filler", exact=True).uncheck()
    treatments.get_by_label("Botox", exact=True).check()
    expect(uses).to_be_visible()
    dystonia = uses.locator('option[value="cervical_dystonia"]')
    expect(dystonia).to_be_enabled()
    uses.select_option("cervical_dystonia")
    expect(uses).to_have_value("cervical_dystonia")
