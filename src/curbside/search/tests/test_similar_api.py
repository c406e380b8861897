"""GET /api/v1/questions/similar: open to anyone, best first, validated."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.test import Client

from curbside.qa.tests.factories import QuestionFactory
from curbside.search import hybrid, vectors

pytestmark = pytest.mark.django_db
URL = "/api/v1/questions/similar"


@pytest.fixture(autouse=True)
def _fresh_index(monkeypatch) -> Iterator[None]:
    monkeypatch.setattr(vectors, "REFRESH_SECONDS", 0.0)
    # Lexical candidates are the full-text engine's, tested with it; here only vectors rank.
    monkeypatch.setattr(hybrid, "_lexical_source", lambda: None)
    vectors.reset()
    yield
    vectors.reset()


def test_it_lists_similar_questions_best_first_for_anyone(client: Client):
    titles = [
        "Is botulinum toxin used for cervical dystonia?",
        "How long does lip filler swelling last?",
        "Can I have a chemical peel in summer?",
    ]
    ids = []
    for title in titles:
        question = QuestionFactory(title=title, body="Any advice welcome.")
        vectors.question_embed(question_id=question.pk)
        ids.append(question.pk)
    response = client.get(URL, {"text": "Botox shots for painful neck spasms", "limit": 2})
    assert response.status_code == 200
    data = response.json()
    assert len(data) == 2
    assert data[0]["id"] == ids[0]
    assert data[0]["title"] == titles[0]
    assert data[0]["url"].startswith("http://testserver/questions/")
    assert 1 >= data[0]["score"] >= data[1]["score"] >= 0


def test_similar_is_not_read_as_a_question_id(client: Client):
    response = client.get(URL, {"text": "nothing stored yet"})
    assert response.status_code == 200
    assert response.json() == []


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"text": "ab"},
        {"text": "x" * 2001},
        {"text": "neck spasms", "limit": 0},
        {"text": "neck spasms", "limit": 21},
        {"text": "neck spasms", "limit": "many"},
    ],
)
def test_it_refuses_bad_input(client: Client, params):
    response = client.get(URL, params)
    assert response.status_code == 422
    assert "detail" in response.json()
