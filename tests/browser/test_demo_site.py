"""The demo site as its five logins and a visitor use it, in Chromium: every page kind passes
axe (0 violations) and the Nu HTML checker (0 errors) at 1280 and 390 px, where it neither
scrolls sideways nor has a header over 120 px, and each login's journey ends with its
confirmation on screen.

The demo is loaded once for this module (about 40 s) and stays for all its tests, in the order
written: the checks of every page first, then journeys that change the data. The module
flushes the database when it is done, as the other browser tests expect an empty one."""

from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator
from typing import Any

import pytest
from browser_support import browser_settings
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from playwright.sync_api import Page, expect

from curbside.articles.models import Article
from curbside.demo.content.articles import OFF_LABEL_MYTHS
from curbside.demo.loader import demo_load
from curbside.demo.state import (
    DEMO_PASSWORD,
    DOCTOR_EMAIL,
    MODERATOR_EMAIL,
    PATIENT_EMAIL,
    PENDING_EMAIL,
    STAFF_EMAIL,
)
from curbside.evidence.services import evidence_load
from curbside.practices.models import ConsultationRequest, PracticeStaff
from curbside.providers.models import Physician
from curbside.qa.models import Question

pytestmark = pytest.mark.browser

FAST_HASHERS = [
    "django.contrib.auth.hashers.MD5PasswordHasher",
    "django.contrib.auth.hashers.Argon2PasswordHasher",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def demo(django_db_setup: None, django_db_blocker: Any) -> Iterator[None]:
    """The demo data set, loaded once, with its questions embedded as the worker would. Its
    other background tasks are only recorded here (mail is tested where it is sent); its
    passwords are hashed fast, as every test's are."""
    with django_db_blocker.unblock():
        dummy = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
        with override_settings(TASKS=dummy, PASSWORD_HASHERS=FAST_HASHERS):
            evidence_load()
            demo_load(seed=2026)
            # What the worker does after a load: embed the questions, for similar questions.
            call_command("reindex", quiet=True, stdout=io.StringIO())
        yield
        call_command("flush", interactive=False, verbosity=0)
        cache.clear()


@pytest.fixture(autouse=True)
def _live_server_helper(live_server: Any, demo: None) -> Iterator[None]:
    # pytest-django's own helper of this name asks for transactional_db, which empties the
    # database after every test; here the demo stays. The live server's settings are the same.
    live_server._live_server_modified_settings.enable()
    yield
    live_server._live_server_modified_settings.disable()


@pytest.fixture(autouse=True)
def _browser_settings(settings: Any, live_server: Any, demo: None) -> None:
    # conftest's, without the per-test empty database: this module keeps the demo.
    browser_settings(settings, live_server, FAST_HASHERS)


def _page(new_page: Any, email: str | None, viewport: dict[str, int] = DESKTOP) -> Page:
    page: Page = new_page()
    page.set_viewport_size(viewport)
    if email:
        page.goto("/accounts/login/")
        page.get_by_label("E-mail").fill(email)
        page.get_by_label("Password").fill(DEMO_PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        expect(page.locator("details.account-menu > summary")).to_be_attached()
    return page


def _patients_question() -> Question:
    return Question.objects.filter(author__email=PATIENT_EMAIL).order_by("created_at").first()


def _urls(role: str) -> list[str]:
    """The page kinds each login sees, with demo rows to fill them."""
    question = _patients_question().get_absolute_url()
    myths = Article.objects.get(title=OFF_LABEL_MYTHS.title).get_absolute_url()
    doctor = Physician.objects.get(user__email=DOCTOR_EMAIL)
    staff = PracticeStaff.objects.select_related("practice").get(user__email=STAFF_EMAIL)
    practice = staff.practice
    if role == "visitor":
        return [
            "/",
            "/questions/",
            question,
            "/treatments/",
            "/treatments/botox/",
            "/treatments/lip-filler/",  # an area's panel and the fillers' records
            "/treatments/kybella/",
            "/doctors/",
            "/doctors/?condition=neck+spasms&near=Philadelphia%2C+PA",
            doctor.get_absolute_url(),
            "/practices/",
            practice.get_absolute_url(),
            "/articles/",
            myths,
            "/search/?q=botox+for+migraine",
            "/accounts/login/",
            "/accounts/signup/",
            "/accounts/signup/physician/",
            "/accounts/password-reset/",
        ]
    if role == "patient":
        reviewed = Physician.objects.exclude(reviews__author__email=PATIENT_EMAIL).first()
        return [
            "/ask/",
            "/questions/mine/",
            question,
            "/reviews/mine/",
            f"/reviews/new/{reviewed.slug}/",
            "/notifications/",
            "/accounts/",
        ]
    if role == "physician":
        return [
            "/queue/",
            question,
            f"/questions/{_patients_question().pk}/answer/",
            doctor.get_absolute_url(),
            "/articles/new/",
            "/notifications/",
        ]
    if role == "pending":
        return ["/", question, "/accounts/"]
    if role == "moderator":
        return ["/moderation/", "/reviews/moderation/", myths, question, "/accounts/"]
    # A request with a phone number and a long e-mail address: a tel: link, and a long word.
    inbox = (
        ConsultationRequest.objects.filter(practice=practice)
        .exclude(phone="")
        .exclude(email="")
        .order_by("-created_at")
        .first()
    )
    return [
        "/practices/my-inbox/",
        f"/practices/{practice.slug}/inbox/",
        f"/practices/{practice.slug}/inbox/{inbox.pk}/",
        f"/practices/{practice.slug}/edit/",
        practice.get_absolute_url(),
        "/articles/new/",
    ]


LOGINS = {
    "visitor": None,
    "patient": PATIENT_EMAIL,
    "physician": DOCTOR_EMAIL,
    "pending": PENDING_EMAIL,
    "moderator": MODERATOR_EMAIL,
    "staff": STAFF_EMAIL,
}


@pytest.mark.parametrize("role", list(LOGINS))
def test_every_page_kind_passes_axe_and_the_nu_checker(
    new_page: Any, standards: Any, role: str
) -> None:
    page = _page(new_page, LOGINS[role])
    urls = _urls(role)
    for viewport in (DESKTOP, PHONE):
        page.set_viewport_size(viewport)
        for url in urls:
            standards.check(page, url)
            if viewport is PHONE:  # nothing scrolls sideways, and the header stays short
                assert page.evaluate("document.documentElement.scrollWidth") <= 390, url
                header = page.evaluate("document.querySelector('.site-header').offsetHeight")
                assert header <= 120, (url, header)
    if role == "visitor":
        # The pages that say something went wrong.
        standards.check(page, "/questions/999999/", status=404)
        standards.check(page, "/doctors/?near=Atlantis%2C+ZZ", status=400)
        standards.check(page, "/doctors/?condition=toenail+fungus", status=400)
        page.goto("/accounts/login/")
        page.get_by_label("E-mail").fill(PATIENT_EMAIL)
        page.get_by_label("Password").fill("not the password")
        page.get_by_role("button", name="Sign in").click()
        expect(page.locator(".errors, .error").first).to_be_visible()
        standards.check_here(page, "a refused sign-in")
    if role == "patient":
        page.goto("/ask/")
        page.get_by_role("button", name="Post your question").click()
        expect(page.locator(".error").first).to_be_visible()
        standards.check_here(page, "the ask form with its errors")
        # A question that describes an emergency opens on its notice, which is in sight.
        page.get_by_label("Title").fill("Trouble swallowing since my Botox yesterday")
        page.get_by_label("Details").fill(
            "since my Botox yesterday I can't swallow properly and my breathing feels weak"
        )
        page.get_by_role("group", name="Treatments").get_by_label("Botox", exact=True).check()
        page.get_by_role("button", name="Post your question").click()
        notice = page.locator("#emergency-notice")
        expect(notice).to_contain_text("Get emergency care now")
        expect(notice).to_be_in_viewport()
        standards.check_here(page, "a held question's emergency notice")
    standards.assert_clean()


# -- the journeys ---------------------------------------------------------------------------


def _send_consultation(page: Page, *, name: str, email: str, message: str) -> None:
    opened = time.monotonic()
    form = page.locator("#consultation form")
    expect(form).to_be_in_viewport()
    form.get_by_label("Name").fill(name)
    form.get_by_label("E-mail").fill(email)
    form.get_by_label("Message").fill(message)
    form.get_by_role("checkbox").check()
    time.sleep(max(0.0, 3.2 - (time.monotonic() - opened)))  # the form refuses instant bots
    form.get_by_role("button", name="Send request").click()
    sent = page.locator("#consultation-sent")
    expect(sent).to_contain_text("Sent.")
    expect(sent).to_be_in_viewport()


def test_a_visitor_on_a_phone_finds_a_neurologist_for_neck_spasms_and_asks_for_a_visit(
    new_page: Any, standards: Any
) -> None:
    page = _page(new_page, None, PHONE)
    page.goto("/")
    page.get_by_role("button", name="Menu").click()
    page.get_by_role("link", name="Find a doctor").first.click()
    page.get_by_label("Condition").fill("neck spasms")
    page.get_by_label("Near").fill("Philadelphia, PA")
    page.get_by_role("button", name="Search").click()
    results = page.locator(".find-results")
    expect(results.get_by_role("heading", level=2)).to_be_in_viewport()  # not the form again
    expect(results).to_contain_text("Specialists who treat cervical dystonia")
    expect(results.locator(".doc-line").first).to_contain_text(
        re.compile("Neurologist|Physiatrist")
    )
    expect(results).not_to_contain_text("Facial Plastic Surgeon")
    castellano = results.locator(".find-card", has_text="Miriam Castellano")
    castellano.get_by_role("link", name="Request a consultation").click()
    expect(page.locator("#consultation form").get_by_label("Physician")).to_have_value(
        "miriam-castellano"
    )
    _send_consultation(
        page,
        name="Noor Haddad",
        email="noor.haddad@example.com",
        message="My head pulls to the left and my neck aches; I'd like an assessment.",
    )
    standards.check_here(page, "the consultation sent")
    standards.assert_clean()
    request = ConsultationRequest.objects.get(email="noor.haddad@example.com")
    assert request.physician is not None and request.physician.slug == "miriam-castellano"
    assert any(m.to == ["noor.haddad@example.com"] for m in mail.outbox)


def test_the_patient_on_a_phone_asks_follows_and_finds_their_questions(
    new_page: Any, standards: Any
) -> None:
    page = _page(new_page, PATIENT_EMAIL, PHONE)
    page.get_by_role("button", name="Menu").click()
    page.get_by_role("link", name="My questions").click()
    mine = page.locator("main")
    expect(mine).to_contain_text(_patients_question().title)

    page.goto("/ask/")
    title = page.get_by_label("Title")
    title.press_sequentially(
        "Can Botox help neck spasms that keep pulling my head to one side?", delay=5
    )
    suggestions = page.locator("#similar-suggestions")
    expect(suggestions.get_by_role("link").first).to_be_visible()
    expect(suggestions).to_be_in_viewport()  # beside the title, not a screen further down
    page.get_by_label("Details").fill(
        "For a year my head turns to the right on its own and the neck muscles ache by evening. "
        "My GP mentioned botulinum toxin. Which kind of doctor does this, and how soon does it work?"
    )
    page.get_by_role("group", name="Treatments").get_by_label("Botox", exact=True).check()
    page.get_by_role("button", name="Post your question").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Can Botox help neck spasms")
    posted = page.get_by_role("status").filter(has_text="Your question is posted.")
    expect(posted).to_be_in_viewport()
    expect(page.get_by_role("button", name="Following ✓ — stop")).to_be_visible()
    standards.check_here(page, "the patient's new question")

    page.goto("/questions/mine/")
    expect(page.locator("main")).to_contain_text("Can Botox help neck spasms")

    # From an answer on their first question to that physician's request form.
    page.goto(_patients_question().get_absolute_url())
    answer = page.locator(".answer").first
    doctor = answer.locator(".doc-name").inner_text()
    answer.get_by_role("link", name="Request a consultation").click()
    chosen = page.locator("#consultation form").get_by_label("Physician")
    expect(chosen.locator("option:checked")).to_contain_text(
        doctor.removeprefix("Dr. ").split(",")[0]
    )
    _send_consultation(
        page,
        name="Demo Patient",
        email=PATIENT_EMAIL,
        message="Following up on your answer about my neck spasms; could I book a visit?",
    )
    standards.assert_clean()


def test_the_verified_physician_answers_from_the_queue(new_page: Any, standards: Any) -> None:
    page = _page(new_page, DOCTOR_EMAIL)
    page.get_by_role("link", name="Questions to answer").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Questions to answer")
    page.locator(".q-list a").first.click()
    title = page.get_by_role("heading", level=1).inner_text()
    page.get_by_role("link", name="Answer this question").click()
    page.get_by_label("Headline").fill("Start with an examination, not a dose")
    page.get_by_label("Answer", exact=True).fill(
        "What you describe could have more than one cause, so the first step is an examination "
        "by a physician who treats it often. If treatment with a botulinum toxin fits, the "
        "dose and the muscles are chosen for you and adjusted at follow-up visits."
    )
    page.get_by_role("button", name="Publish answer").click()
    status = page.get_by_role("status").filter(has_text="Your answer is published.")
    expect(status).to_be_in_viewport()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.locator(".answer", has_text="Start with an examination")).to_be_visible()
    standards.check_here(page, "the physician's published answer")
    standards.assert_clean()


def test_the_pending_physician_is_told_to_wait(new_page: Any) -> None:
    page = _page(new_page, PENDING_EMAIL)
    page.goto(_patients_question().get_absolute_url())
    notice = page.locator(".answers .notice")
    expect(notice).to_contain_text("Your physician account is waiting for verification")
    expect(page.get_by_role("link", name="Answer this question")).to_have_count(0)
    response = page.goto(f"/questions/{_patients_question().pk}/answer/")
    assert response is not None and response.status == 403


def test_the_moderator_verifies_a_physician_and_decides_a_claim_flag(
    new_page: Any, standards: Any
) -> None:
    page = _page(new_page, MODERATOR_EMAIL)
    page.goto("/moderation/")
    pending = Physician.objects.get(user__email=PENDING_EMAIL)
    card = page.locator(f"#physician-{pending.pk}")
    card.get_by_role("button", name="Verify").click()
    done = page.get_by_role("status").filter(has_text=pending.display_name)
    expect(done).to_contain_text("Verified")
    expect(done).to_be_in_viewport()
    expect(page.locator("#audit")).to_contain_text(pending.display_name)

    flags = page.locator("article.claim-flag")
    expect(flags.first).to_be_visible()
    flags.first.get_by_role("button", name="Accept").click()
    decided = page.get_by_role("status").filter(has_text="Claim flag")
    expect(decided).to_be_in_viewport()
    standards.check_here(page, "the moderation queue after two decisions")
    standards.assert_clean()
    pending.refresh_from_db()
    assert pending.status == "verified"


def test_the_practice_staff_answer_a_request_and_edit_their_page(
    new_page: Any, standards: Any
) -> None:
    page = _page(new_page, STAFF_EMAIL, PHONE)
    page.get_by_role("button", name="Menu").click()
    page.get_by_role("link", name="Inbox").click()
    page.locator("main a[href*='/inbox/']").first.click()
    page.get_by_label("Status").select_option("contacted")
    page.get_by_role("button", name="Save").click()
    saved = page.get_by_role("status").filter(has_text="Saved.")
    expect(saved).to_be_in_viewport()
    expect(page.locator("main")).to_contain_text("Contacted")
    standards.check_here(page, "a request marked contacted")

    staff = PracticeStaff.objects.select_related("practice").get(user__email=STAFF_EMAIL)
    page.goto(f"/practices/{staff.practice.slug}/edit/")
    page.get_by_role("button", name="Save").click()
    updated = page.get_by_role("status").filter(has_text="The practice page is updated.")
    expect(updated).to_be_in_viewport()
    standards.assert_clean()
