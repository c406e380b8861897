"""Similar questions under a question, and the ask page's "Already answered" suggestions."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.test import Client
from django.urls import reverse

from curbside.conftest import client_for
from curbside.qa.models import Question
from curbside.qa.tests.factories import QuestionFactory
from curbside.search import hybrid, vectors

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_index(monkeypatch) -> Iterator[None]:
    monkeypatch.setattr(vectors, "REFRESH_SECONDS", 0.0)
    monkeypatch.setattr(hybrid, "_lexical_source", lambda: None)
    vectors.reset()
    yield
    vectors.reset()


def _embedded(title: str, **kwargs) -> Question:
    question = QuestionFactory(title=title, body="Any advice from a doctor welcome.", **kwargs)
    vectors.question_embed(question_id=question.pk)
    return question


def test_the_question_page_lists_similar_published_questions(client: Client):
    question = _embedded("Can Botox relax painful neck spasms?")
    dystonia = _embedded("Is botulinum toxin a treatment for cervical dystonia?")
    held = _embedded("Botox for neck muscle spasms: is it safe?", status="held")
    html = client.get(question.get_absolute_url()).content.decode()
    section = html[html.index("Similar questions") : html.index("Medical disclaimer")]
    assert html.index("Doctor Answers") < html.index("Similar questions")
    assert f'href="{dystonia.get_absolute_url()}"' in section
    assert held.title not in section
    assert f'href="{question.get_absolute_url()}"' not in section


def test_the_similar_list_is_cached_with_the_page(client: Client, django_assert_num_queries):
    question = _embedded("Can Botox relax painful neck spasms?")
    _embedded("Is botulinum toxin a treatment for cervical dystonia?")
    url = question.get_absolute_url()
    client.get(url)
    with django_assert_num_queries(1):  # the question itself: answers and similar are cached
        assert "Similar questions" in client.get(url).content.decode()


def test_a_question_without_neighbours_has_no_section(client: Client):
    question = QuestionFactory()
    assert "Similar questions" not in client.get(question.get_absolute_url()).content.decode()


def test_the_ask_page_suggests_answered_questions_as_the_patient_types(client: Client):
    answered = _embedded("Is botulinum toxin a treatment for cervical dystonia?", answer_count=2)
    unanswered = _embedded("Botox for neck muscle spasms, worth it?")
    response = client.get(
        reverse("qa:ask-similar"), {"title": "Shots for painful neck spasms?", "body": ""}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Already answered" in html
    assert f'href="{answered.get_absolute_url()}"' in html
    assert unanswered.title not in html
    assert client.get(reverse("qa:ask-similar"), {"title": "ab"}).content.decode().strip() == ""


def test_the_ask_page_wires_the_suggestions(patient):
    html = client_for(patient).get(reverse("qa:ask")).content.decode()
    assert f'data-hx-get="{reverse("qa:ask-similar")}"' in html
    assert "keyup changed delay:400ms" in html


def test_without_javascript_suggestions_come_with_form_errors(patient):
    answered = _embedded("Is botulinum toxin a treatment for cervical dystonia?", answer_count=1)
    response = client_for(patient).post(
        reverse("qa:ask"), {"title": "Botox for neck spasms?", "body": "too short"}
    )
    assert response.status_code == 400
    assert f'href="{answered.get_absolute_url()}"' in response.content.decode()
