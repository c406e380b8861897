"""Issue 3's "done when": a visitor finds Botox physicians within 25 miles of a city, opens a
profile, reads reviews and sends a consultation request; the practice's staff sees it in the
inbox and marks it contacted; the requester got an acknowledgement."""

from __future__ import annotations

import re
import time
from typing import Any

import pytest
from django.core import mail
from playwright.sync_api import Page, expect

from curbside.accounts.tests.factories import UserFactory
from curbside.lib.geo import zip_location
from curbside.practices.models import ConsultationRequest, Practice, PracticeStaff
from curbside.providers.services import physician_locate
from curbside.providers.tests.factories import PhysicianFactory
from curbside.qa.tests.factories import AnswerFactory, QuestionFactory, TreatmentFactory
from curbside.reviews.services import physician_rating_refresh
from curbside.reviews.tests.factories import ReviewFactory

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery"


def _practice(name: str, street: str, city: str, state: str, zip_code: str) -> Practice:
    latitude, longitude = zip_location(zip_code) or (None, None)
    return Practice.objects.create(
        slug=name.lower().replace(" ", "-"),
        name=name,
        street=street,
        city=city,
        state=state,
        zip_code=zip_code,
        phone="(215) 555-0142",
        latitude=latitude,
        longitude=longitude,
    )


@pytest.fixture
def directory() -> dict[str, Any]:
    botox = TreatmentFactory(slug="botox", name="Botox", kind="neurotoxin")
    rittenhouse = _practice(
        "Rittenhouse Facial Aesthetics", "1800 Walnut Street", "Philadelphia", "PA", "19103"
    )
    midtown = _practice("Midtown Skin Partners", "350 Fifth Avenue", "New York", "NY", "10118")
    near = PhysicianFactory(
        first_name="Helena",
        last_name="Voss",
        credentials="MD, FAAD",
        city="Philadelphia",
        state="PA",
        practice=rittenhouse,
    )
    far = PhysicianFactory(
        first_name="Marcus", last_name="Lindqvist", city="New York", state="NY", practice=midtown
    )
    for physician in (near, far):
        physician.treatments.set([botox])
        physician_locate(physician=physician)
    ReviewFactory(
        physician=near,
        treatment=botox,
        stars=5,
        title="Explained every unit she used",
        body="She went through the dose, the risks and what to watch for afterwards.",
    )
    ReviewFactory(
        physician=near,
        treatment=botox,
        stars=4,
        title="Careful with my neck spasms",
        body="Started low and adjusted at the next visit; the pulling eased a lot.",
    )
    physician_rating_refresh(physician_id=near.pk)
    staff = UserFactory(
        email="desk@rittenhouse.example", role="practice_staff", public_name="Desk-1"
    )
    PracticeStaff.objects.create(user=staff, practice=rittenhouse, title="Front desk")
    return {"near": near, "far": far, "practice": rittenhouse, "staff": staff, "botox": botox}


def _sign_in(page: Page, email: str) -> None:
    page.goto("/accounts/login/")
    page.fill("#id_username", email)
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def test_a_visitor_finds_a_doctor_and_the_practice_answers(
    new_page: Any, directory: dict[str, Any]
):
    visitor: Page = new_page()
    visitor.goto("/")
    visitor.get_by_role("link", name="Find a doctor").first.click()
    visitor.select_option("#id_treatment", label="Botox")
    visitor.fill("#id_near", "Philadelphia, PA")
    visitor.fill("#id_radius", "25")
    visitor.get_by_role("button", name="Search").click()

    results = visitor.locator("main")
    expect(results).to_contain_text("Dr. Helena Voss, MD, FAAD")
    expect(results).not_to_contain_text("Marcus Lindqvist")  # New York is about 80 miles away
    expect(results).to_contain_text(re.compile(r"\d+(\.\d)? miles"))

    visitor.get_by_role("link", name="Dr. Helena Voss, MD, FAAD").click()
    expect(visitor.locator("h1")).to_have_text("Dr. Helena Voss, MD, FAAD")
    expect(visitor.locator("main")).to_contain_text("Explained every unit she used")
    expect(visitor.locator("main")).to_contain_text("4.5 out of 5 stars · 2 reviews")

    visitor.get_by_role("link", name="Request a consultation").click()
    opened = time.monotonic()
    form = visitor.locator("#consultation form")
    # The profile's link chose the physician; the form is in sight.
    expect(form.get_by_label("Physician")).to_have_value(directory["near"].slug)
    expect(form).to_be_in_viewport()
    form.get_by_label("Name").fill("Jordan Ellery")
    form.get_by_label("E-mail").fill("jordan.ellery@example.com")
    form.get_by_label("Treatment you are interested in").select_option(label="Botox")
    form.get_by_label("Message").fill(
        "I'd like to discuss Botox for neck spasms; I have several allergies."
    )
    form.get_by_role("checkbox").check()
    time.sleep(
        max(0.0, 3.2 - (time.monotonic() - opened))
    )  # the form refuses bots that submit at once
    form.get_by_role("button", name="Send request").click()
    # The confirmation is on screen where the form was, and the form is empty again.
    sent = visitor.locator("#consultation-sent")
    expect(sent).to_contain_text("Your request was sent to")
    expect(sent).to_be_in_viewport()
    expect(visitor.locator("#consultation form").get_by_label("Name")).to_have_value("")

    request = ConsultationRequest.objects.get()
    assert request.practice == directory["practice"] and request.status == "new"
    acknowledgements = [m for m in mail.outbox if m.to == ["jordan.ellery@example.com"]]
    assert len(acknowledgements) == 1
    notices = [m for m in mail.outbox if m.to == ["desk@rittenhouse.example"]]
    assert notices and "Jordan" not in notices[0].body and "allergies" not in notices[0].body

    desk: Page = new_page()
    _sign_in(desk, "desk@rittenhouse.example")
    desk.get_by_role("link", name="Inbox").click()
    expect(desk.locator("main")).to_contain_text("Jordan Ellery")
    desk.get_by_role("link", name=re.compile("Jordan Ellery")).first.click()
    desk.get_by_label("Status").select_option("contacted")
    desk.get_by_role("button", name="Save").click()
    expect(desk.locator("main")).to_contain_text("Contacted")
    request.refresh_from_db()
    assert request.status == "contacted" and request.first_response_at is not None


def test_from_an_answer_to_that_physicians_form_and_the_confirmation_on_a_phone(
    new_page: Any, directory: dict[str, Any]
):
    question = QuestionFactory.create(
        title="Botox for neck spasms: which doctor should I see?",
        treatments=[directory["botox"]],
    )
    AnswerFactory.create(question=question, physician=directory["near"])
    visitor: Page = new_page()
    visitor.set_viewport_size({"width": 390, "height": 844})
    visitor.goto(question.get_absolute_url())
    answer = visitor.locator(".answer").first
    answer.get_by_role("link", name="Request a consultation").click()
    opened = time.monotonic()
    form = visitor.locator("#consultation form")
    expect(form.get_by_label("Physician")).to_have_value(directory["near"].slug)
    expect(form.get_by_label("Treatment you are interested in")).to_have_value("botox")
    # An early submit with nothing filled in comes back at the form, with its errors.
    form.get_by_role("button", name="Send request").click()
    expect(visitor.locator("#consultation form .error").first).to_be_in_viewport()
    form.get_by_label("Name").fill("Sam Okoro")
    form.get_by_label("Phone").fill("(215) 555-0199")
    form.get_by_label("Message").fill("Neck spasms for a year; I'd like to ask about Botox.")
    form.get_by_role("checkbox").check()
    time.sleep(max(0.0, 3.2 - (time.monotonic() - opened)))
    form.get_by_role("button", name="Send request").click()
    sent = visitor.locator("#consultation-sent")
    expect(sent).to_be_in_viewport()
    request = ConsultationRequest.objects.get()
    assert request.physician == directory["near"] and request.treatment == directory["botox"]
