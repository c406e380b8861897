"""Where the physicians agree, in Chromium: the design brief's motivating question (the demo's
neck-spasm case, six physicians) shows a summary above the answers whose first point is that a
true allergy is rare, made by at least three named physicians; the test-dose and low-dose views
appear as a difference, attributed; the API carries the same summary; on a phone it fits."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from curbside.accounts.tests.factories import UserFactory
from curbside.catalogue.models import Treatment
from curbside.demo.content.motivating import MOTIVATING
from curbside.demo.content.physicians import PHYSICIANS
from curbside.evidence.services import evidence_load
from curbside.providers.tests.factories import PhysicianFactory
from curbside.qa.models import Question
from curbside.qa.services import answer_create, question_create

pytestmark = pytest.mark.browser


def _motivating_question() -> Question:
    evidence_load()  # the claim check reads it: flagged sentences never make a point
    question = question_create(
        author=UserFactory.create(),
        title=MOTIVATING.title,
        body=MOTIVATING.body,
        treatments=[Treatment.objects.create(slug="botox", name="Botox", kind="neurotoxin")],
        city=MOTIVATING.city,
    )
    for written in MOTIVATING.answers:
        person = PHYSICIANS[written.physician]
        answer_create(
            physician=PhysicianFactory.create(
                first_name=person.first_name,
                last_name=person.last_name,
                credentials=person.credentials,
            ),
            question=question,
            headline=written.headline,
            body=written.body,
            notify=False,
        )
    return question


def test_the_neck_spasm_question_shows_where_its_six_physicians_agree(
    new_page: Any, live_server: Any
) -> None:
    question = _motivating_question()
    page = new_page()
    page.goto(question.get_absolute_url())

    summary = page.locator("section#consensus")
    expect(summary.get_by_role("heading", name="Where the doctors agree")).to_be_visible()
    expect(summary).to_contain_text("not itself medical advice")
    # It comes before the answers.
    assert page.evaluate(
        "document.querySelector('#consensus').compareDocumentPosition("
        "document.querySelector('#answers')) & Node.DOCUMENT_POSITION_FOLLOWING"
    )

    first = summary.locator("li.consensus-point").first
    expect(first.locator("blockquote")).to_contain_text("allergy")
    expect(first.locator("blockquote")).to_contain_text("rare")
    who = first.locator(".consensus-who a")
    assert who.count() >= 3
    expect(first.locator(".consensus-who")).to_contain_text(f"{who.count()} of 6 doctors")
    names = who.all_inner_texts()
    assert "Dr. Gregory Hale, MD" in names or "Dr. Thomas Keane, MD, FACS" in names

    # In each doctor's own words, on demand.
    words = first.locator("details.consensus-words")
    expect(words.locator("li").first).to_be_hidden()
    words.locator("summary").click()
    expect(words.locator("li")).to_have_count(who.count())

    # A name jumps to that physician's answer.
    who.first.click()
    target = page.evaluate("location.hash")
    assert target.startswith("#answer-")
    expect(page.locator(target)).to_be_in_viewport()

    differences = summary.locator(".consensus-differences")
    expect(differences).to_contain_text("test injection")
    expect(differences).to_contain_text("Gregory Hale")
    expect(differences).to_contain_text("push back")
    expect(differences).to_contain_text("Monica Reyes")

    # The API carries the same summary.
    data = page.request.get(f"/api/v1/questions/{question.pk}").json()["consensus"]
    assert data["points"][0]["names"] == names
    assert data["points"][0]["point"] in first.locator("blockquote").inner_text()
    assert len(data["differences"]) == differences.locator(":scope > li").count()


def test_the_summary_fits_a_phone(new_page: Any, live_server: Any) -> None:
    question = _motivating_question()
    page = new_page()
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(question.get_absolute_url())
    expect(page.locator("section#consensus")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
