"""The question flows end to end in Chromium: sign up, ask, answer, vote, and the limits
on a physician who is not verified yet."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import Page, expect

from curbside.accounts.models import User
from curbside.accounts.tests.factories import UserFactory
from curbside.catalogue.models import Treatment
from curbside.providers.models import Physician
from curbside.providers.tests.factories import PhysicianFactory
from curbside.qa import services as qa_services
from curbside.qa.models import Answer, HelpfulVote, Question
from curbside.qa.tests.factories import TreatmentFactory
from curbside.reviews.models import Review
from curbside.reviews.services import physician_rating_refresh

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery"  # UserFactory's password

QUESTION_TITLE = "Can I be allergy-tested before Botox for neck spasms?"
QUESTION_BODY = (
    "I'm 52 and my neurologist suggested Botox for cervical dystonia. I reacted badly to a "
    "local anaesthetic at the dentist years ago. Is there a test for a Botox allergy before "
    "the first injection?"
)


# Helpers -----------------------------------------------------------------------------------


def sign_in(page: Page, email: str, password: str = PASSWORD) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("details.account-menu > summary")).to_be_attached()


def link_in(message: mail.EmailMessage) -> str:
    match = re.search(r"https?://\S+", str(message.body))
    assert match, message.body
    return match.group(0)


def botox() -> Treatment:
    return TreatmentFactory.create(slug="botox", name="Botox", kind="neurotoxin")


def asked_question(patient: User) -> Question:
    """A question posted through the same service the ask page uses, so the asker follows it."""
    return qa_services.question_ask(
        author=patient, title=QUESTION_TITLE, body=QUESTION_BODY, treatments=[botox()]
    )


def publish_reviews(physician: Physician, stars: list[int], treatment: Treatment) -> None:
    for n, s in enumerate(stars):
        Review.objects.create(
            physician=physician,
            author=UserFactory.create(),
            treatment=treatment,
            stars=s,
            worth_it="yes" if s >= 4 else "not_sure",
            title=f"Visit {n + 1}",
            body="Explained the risks clearly and took time with my questions.",
            status="published",
            published_at=timezone.now(),
        )
    physician_rating_refresh(physician_id=physician.pk)


# Flows -------------------------------------------------------------------------------------


def test_the_stylesheet_and_htmx_load(page: Page, live_server: Any) -> None:
    static: list[str] = []
    page.on(
        "response", lambda r: static.append(f"{r.status} {r.url}") if "/static/" in r.url else None
    )
    page.goto("/")
    for name in ("htmx.min.js", "menu.js", "site.css"):
        assert f"200 {live_server.url}/static/curbside/{name}" in static
    assert all(line.startswith("200 ") for line in static)
    assert page.evaluate("typeof window.htmx") == "object"


def test_a_patient_signs_up_confirms_their_email_and_asks(page: Page, live_server: Any) -> None:
    botox()
    TreatmentFactory.create(slug="dysport", name="Dysport", kind="neurotoxin")

    page.goto("/accounts/signup/")
    page.get_by_label("E-mail").fill("rosa.lindgren@example.com")
    page.get_by_label("Public name").fill("QuietHeron-314")
    page.get_by_label("Password").fill("lilac tortoise 1987")
    page.get_by_role("button", name="Create account").click()

    # Sign-up answers the same whether or not the address has an account: check your e-mail.
    expect(page).to_have_url(re.compile(r"/accounts/signup/sent/$"))
    expect(page.get_by_role("heading", name="Check your e-mail")).to_be_visible()
    expect(page.get_by_text("rosa.lindgren@example.com")).to_be_visible()
    assert [m.to for m in mail.outbox] == [["rosa.lindgren@example.com"]]
    link = link_in(mail.outbox[0])
    assert link.startswith(f"{live_server.url}/accounts/verify/")

    page.goto(link)
    expect(page).to_have_url(re.compile(r"/ask/$"))
    expect(page.get_by_role("status")).to_contain_text("rosa.lindgren@example.com is confirmed")
    expect(page.get_by_text("Please confirm your e-mail address")).to_have_count(0)

    page.get_by_label("Title").fill(QUESTION_TITLE)
    page.get_by_label("Details").fill(QUESTION_BODY)
    page.get_by_role("group", name="Treatments").get_by_label("Botox", exact=True).check()
    page.get_by_role("button", name="Post your question").click()

    question = Question.objects.get()
    expect(page).to_have_url(re.compile(re.escape(question.get_absolute_url()) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(QUESTION_TITLE)
    expect(page.get_by_role("heading", name="Doctor Answers 0")).to_be_visible()
    expect(page.get_by_role("complementary", name="Medical disclaimer")).to_contain_text("call 911")
    expect(page.get_by_role("button", name="Following ✓ — stop")).to_be_visible()
    assert [t.name for t in question.treatments.all()] == ["Botox"]


def test_a_verified_physician_answers_a_question(page: Page, live_server: Any) -> None:
    patient = UserFactory.create(email="rosa.lindgren@example.com", public_name="QuietHeron-314")
    question = asked_question(patient)
    physician = PhysicianFactory.create(
        first_name="Ana",
        last_name="Ruiz",
        credentials="MD, FACS",
        specialty="dermatology",
        city="Denver",
        state="CO",
        user__email="ana.ruiz@example.com",
    )
    publish_reviews(physician, [5, 5, 4, 5], question.treatments.get())

    sign_in(page, "ana.ruiz@example.com")
    page.goto(question.get_absolute_url())
    page.get_by_role("link", name="Answer this question").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Answer this question")
    page.get_by_label("Headline").fill("A true allergy to botulinum toxin is very rare")
    page.get_by_label("Answer", exact=True).fill(
        "Allergic reactions to botulinum toxin are uncommon, and there is no validated skin "
        "test for them. A reaction to a dental anaesthetic does not predict one to Botox. "
        "Bring your records to your neurologist, who can start with a low dose and watch you "
        "after the first injections."
    )
    page.get_by_role("button", name="Publish answer").click()

    answer = Answer.objects.get()
    expect(page).to_have_url(re.compile(f"#answer-{answer.pk}-saved$"))
    expect(page.get_by_role("status")).to_contain_text("Your answer is published.")
    expect(page.get_by_role("status")).to_be_in_viewport()
    expect(page.get_by_role("heading", name="Doctor Answers 1")).to_be_visible()
    card = page.locator(f"#answer-{answer.pk}")
    expect(card.get_by_role("heading", level=3)).to_have_text(
        "A true allergy to botulinum toxin is very rare"
    )
    expect(card.locator(".doc-name")).to_have_text("Dr. Ana Ruiz, MD, FACS")
    expect(card.locator(".doc-line")).to_have_text("Denver Dermatologist")
    expect(card.locator(".rating")).to_have_text("4.8 out of 5 stars · 4 reviews")
    expect(card.get_by_role("link", name="Edit your answer")).to_be_visible()
    expect(page.get_by_role("link", name="Answer this question")).to_have_count(0)
    # the asker follows the question, so the answer reaches them by e-mail
    assert [m.to for m in mail.outbox] == [["rosa.lindgren@example.com"]]


def test_the_patient_reads_the_answer_and_marks_it_helpful(page: Page, live_server: Any) -> None:
    patient = UserFactory.create(email="rosa.lindgren@example.com", public_name="QuietHeron-314")
    question = asked_question(patient)
    physician = PhysicianFactory.create(first_name="Ana", last_name="Ruiz", credentials="MD, FACS")
    answer = qa_services.answer_create(
        physician=physician,
        question=question,
        headline="A true allergy to botulinum toxin is very rare",
        body="There is no validated skin test; your neurologist can start with a low dose.",
    )

    assert [m.to for m in mail.outbox] == [["rosa.lindgren@example.com"]]
    notice = mail.outbox[0]
    assert "Dr. Ana Ruiz, MD, FACS" in notice.subject
    assert QUESTION_TITLE in notice.subject
    link = link_in(notice)
    assert link == f"{live_server.url}{answer.get_absolute_url()}"

    sign_in(page, "rosa.lindgren@example.com")
    page.goto(link)
    card = page.locator(f"#answer-{answer.pk}")
    expect(card).to_contain_text("A true allergy to botulinum toxin is very rare")
    helpful = card.locator(f"#helpful-{answer.pk}")
    expect(helpful).to_contain_text("0 found this helpful")

    # a marker on window survives an htmx swap but not a page load
    page.evaluate("window.notReloaded = true")
    helpful.get_by_role("button", name="Helpful").click()

    helpful = card.locator(f"#helpful-{answer.pk}")
    expect(helpful.get_by_role("button")).to_have_text("Helpful ✓")
    expect(helpful.get_by_role("button")).to_have_attribute("aria-pressed", "true")
    expect(helpful).to_contain_text("1 found this helpful")
    assert page.evaluate("window.notReloaded") is True
    assert HelpfulVote.objects.filter(answer=answer, user=patient).count() == 1
    answer.refresh_from_db()
    assert answer.helpful_count == 1


def test_a_pending_physician_is_told_to_wait_for_verification(page: Page) -> None:
    question = asked_question(UserFactory.create())
    PhysicianFactory.create(
        status="pending", first_name="Pia", last_name="Moreno", user__email="pia.moreno@example.com"
    )

    sign_in(page, "pia.moreno@example.com")
    page.goto(question.get_absolute_url())
    expect(page.get_by_role("heading", name="Doctor Answers 0")).to_be_visible()
    expect(page.get_by_role("link", name="Answer this question")).to_have_count(0)
    expect(page.locator(".answers .notice")).to_contain_text(
        "Your physician account is waiting for verification"
    )

    response = page.goto(f"/questions/{question.pk}/answer/")
    assert response is not None
    assert response.status == 403
    expect(page.get_by_role("heading", level=1)).to_have_text("You can't do that here")
    expect(page.locator("p.lead")).to_contain_text(
        "Your physician account is waiting for verification"
    )
    assert not Answer.objects.exists()


# Screenshot --------------------------------------------------------------------------------

DOCTORS: list[dict[str, Any]] = [
    {
        "first_name": "Ana",
        "last_name": "Ruiz",
        "credentials": "MD, FACS",
        "specialty": "oculoplastic_surgery",
        "city": "Denver",
        "state": "CO",
        "stars": [5, 5, 4, 5, 5],
        "helpful": 9,
        "headline": "A heavy eyelid after Botox usually fades within weeks",
        "body": (
            "What you describe sounds like **eyelid ptosis**, a known but uncommon side effect "
            "when some toxin spreads to the muscle that lifts the lid. It is temporary: most "
            "cases improve over two to six weeks as the effect wears off.\n\n"
            "Please see your injector or an eye doctor in person so they can confirm the cause "
            "and check your vision."
        ),
    },
    {
        "first_name": "Marcus",
        "last_name": "Okafor",
        "credentials": "MD, FAAD",
        "specialty": "dermatology",
        "city": "Atlanta",
        "state": "GA",
        "stars": [5, 4, 5],
        "helpful": 6,
        "headline": "Ask your injector about apraclonidine drops",
        "body": (
            "Prescription apraclonidine eye drops can lift the lid by a millimetre or two while "
            "you wait for the toxin to wear off. They are not right for everyone, so they "
            "should be prescribed by a clinician who has examined you."
        ),
    },
    {
        "first_name": "Helen",
        "last_name": "Park",
        "credentials": "MD",
        "specialty": "neurology",
        "city": "Seattle",
        "state": "WA",
        "stars": [4, 5, 4, 4],
        "helpful": 4,
        "headline": "Watch for symptoms beyond the eyelid",
        "body": (
            "A droopy lid on its own is a local effect. If you also notice double vision, "
            "trouble swallowing or speaking, or weakness elsewhere, seek care the same day — "
            "these are rare but need prompt evaluation."
        ),
    },
    {
        "first_name": "Samuel",
        "last_name": "Whitfield",
        "credentials": "DO",
        "specialty": "family_medicine",
        "city": "Omaha",
        "state": "NE",
        "stars": [5, 4],
        "helpful": 2,
        "headline": "Keep a photo diary and note the date of treatment",
        "body": (
            "Photos every few days help you and your clinician see whether things are "
            "improving. Bring them, with the product and dose you received, to your follow-up "
            "visit."
        ),
    },
    {
        "first_name": "Priya",
        "last_name": "Raman",
        "credentials": "MD, FACS",
        "specialty": "facial_plastic_surgery",
        "city": "Austin",
        "state": "TX",
        "stars": [5, 5, 5, 4, 5, 5],
        "helpful": 1,
        "headline": "Placement and dose matter for next time",
        "body": (
            "Before any repeat treatment, talk with your injector about lower doses or a "
            "slightly higher placement above the brow. Your own anatomy decides what is safe, "
            "so this is a conversation for an in-person visit."
        ),
    },
    {
        "first_name": "Lena",
        "last_name": "Kowalski",
        "credentials": "MD",
        "specialty": "ophthalmology",
        "city": "Minneapolis",
        "state": "MN",
        "stars": [4],
        "helpful": 0,
        "headline": "An eye exam can rule out other causes",
        "body": (
            "Most lid droop after forehead injections is from the toxin, but a short eye exam "
            "can rule out other causes of ptosis, especially if it does not start to improve "
            "within a month."
        ),
    },
]


def test_a_question_page_with_six_answers(page: Page) -> None:
    patient = UserFactory.create(public_name="SageOtter-208")
    question = qa_services.question_ask(
        author=patient,
        title="Drooping eyelid two weeks after Botox for forehead lines — will it go away?",
        body=(
            "I'm 41 and had Botox for forehead lines 14 days ago. Since last week my left "
            "upper eyelid sits lower than the right, especially in the evening. My vision is "
            "fine and I have no other symptoms. Will it go away on its own, and is there "
            "anything that helps in the meantime?"
        ),
        treatments=[botox()],
        city="Portland, OR",
    )
    voters = [UserFactory.create() for _ in range(9)]
    for doctor in DOCTORS:
        physician = PhysicianFactory.create(
            first_name=doctor["first_name"],
            last_name=doctor["last_name"],
            credentials=doctor["credentials"],
            specialty=doctor["specialty"],
            city=doctor["city"],
            state=doctor["state"],
        )
        publish_reviews(physician, doctor["stars"], question.treatments.get())
        answer = qa_services.answer_create(
            physician=physician,
            question=question,
            headline=doctor["headline"],
            body=doctor["body"],
            notify=False,
        )
        for voter in voters[: doctor["helpful"]]:
            qa_services.answer_helpful_set(answer=answer, user=voter, helpful=True)

    page.set_viewport_size({"width": 1200, "height": 900})
    page.goto(question.get_absolute_url())
    expect(page.get_by_role("heading", name="Doctor Answers 6")).to_be_visible()

    cards = page.locator("article.answer")
    expect(cards).to_have_count(6)
    # most helpful first
    expect(cards.locator(".headline")).to_have_text([d["headline"] for d in DOCTORS])
    expect(cards.first.locator(".doc-name")).to_have_text("Dr. Ana Ruiz, MD, FACS")
    expect(cards.first.locator(".doc-line")).to_have_text("Denver Oculoplastic Surgeon")
    expect(cards.locator(".rating")).to_have_text(
        [
            "4.8 out of 5 stars · 5 reviews",
            "4.7 out of 5 stars · 3 reviews",
            "4.2 out of 5 stars · 4 reviews",
            "4.5 out of 5 stars · 2 reviews",
            "4.8 out of 5 stars · 6 reviews",
            "4.0 out of 5 stars · 1 review",
        ]
    )
