from __future__ import annotations

import json
import re

import pytest
from django.test import Client
from pytest_django import DjangoAssertNumQueries

from curbside.conftest import client_for
from curbside.providers.tests.factories import PhysicianFactory
from curbside.qa.models import Question
from curbside.qa.tests.factories import AnswerFactory
from curbside.reviews.models import Review

pytestmark = pytest.mark.django_db


def _reviews(physician, stars: list[int], treatment) -> None:
    from curbside.accounts.tests.factories import UserFactory

    for s in stars:
        Review.objects.create(
            physician=physician,
            author=UserFactory(),
            treatment=treatment,
            stars=s,
            worth_it="yes",
            title="Good",
            body="Fine.",
            status="published",
        )


def test_it_shows_the_question_answers_and_disclaimer(
    client: Client, question: Question, physician, botox
):
    _reviews(physician, [5, 5, 4, 5], botox)
    Review.objects.create(
        physician=physician,
        author=question.author,
        treatment=botox,
        stars=1,
        worth_it="no",
        title="Pending",
        body="Not yet moderated.",
    )
    AnswerFactory(question=question, physician=physician, headline="A true allergy is rare")
    response = client.get(question.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert question.title in html
    assert "Doctor Answers 1" in html
    assert "A true allergy is rare" in html
    assert "Dr. Ana Ruiz, MD, FACS" in html
    assert "Denver Dermatologist" in html
    # the pending one-star review does not count
    assert "4.8 out of 5 stars · 4 reviews" in html
    assert "Medical disclaimer" in html and "call 911" in html
    assert f'href="{physician.get_absolute_url()}"' in html


def test_it_publishes_qapage_jsonld(client: Client, answered_question: Question):
    html = client.get(answered_question.get_absolute_url()).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert block
    data = json.loads(block.group(1))
    assert data["@type"] == "QAPage"
    assert data["mainEntity"]["name"] == answered_question.title
    assert data["mainEntity"]["answerCount"] == 1
    assert data["mainEntity"]["suggestedAnswer"][0]["author"]["name"] == "Dr. Ana Ruiz, MD, FACS"
    assert (
        f'<link rel="canonical" href="http://testserver{answered_question.get_absolute_url()}">'
        in html
    )


def test_it_escapes_script_in_jsonld(client: Client, question: Question):
    Question.objects.filter(pk=question.pk).update(body="</script><script>alert(1)</script>")
    html = client.get(question.get_absolute_url()).content.decode()
    assert "</script><script>alert(1)" not in html


def test_it_redirects_old_and_missing_slugs_to_the_canonical_url(
    client: Client, question: Question
):
    for url in [f"/questions/{question.pk}/an-old-title/", f"/questions/{question.pk}/"]:
        response = client.get(url)
        assert response.status_code == 301
        assert response["Location"] == question.get_absolute_url()


def test_it_hides_held_and_removed_questions(
    client: Client, question: Question, moderator, other_physician
):
    Question.objects.filter(pk=question.pk).update(status="held")
    assert client.get(question.get_absolute_url()).status_code == 404
    assert client_for(other_physician.user).get(question.get_absolute_url()).status_code == 404
    assert client_for(question.author).get(question.get_absolute_url()).status_code == 200
    assert client_for(moderator).get(question.get_absolute_url()).status_code == 200
    Question.objects.filter(pk=question.pk).update(status="removed")
    assert client_for(question.author).get(question.get_absolute_url()).status_code == 404


def test_it_404s_unknown_questions(client: Client, db):
    assert client.get("/questions/999999/nothing/").status_code == 404


def _count_queries(
    client: Client, question: Question, django_assert_num_queries: DjangoAssertNumQueries, n: int
):
    with django_assert_num_queries(n):
        assert client.get(question.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("viewer", ["visitor", "patient", "verified_physician"])
def test_its_query_count_does_not_grow_with_answers(
    viewer, cast, question: Question, botox, django_assert_num_queries
):
    client = client_for(cast[viewer])
    client.get(question.get_absolute_url())  # warm the session/user lookups
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(question.get_absolute_url()).status_code == 200
        return len(ctx.captured_queries)

    AnswerFactory(question=question)
    one = count()
    for _ in range(7):
        doctor = PhysicianFactory()
        _reviews(doctor, [5, 4], botox)
        AnswerFactory(question=question, physician=doctor)
    assert count() == one
    expected = {"visitor": 4, "patient": 8, "verified_physician": 9}[viewer]
    _count_queries(client, question, django_assert_num_queries, expected)


def test_it_sanitizes_what_people_wrote(client: Client, question: Question, physician):
    AnswerFactory(
        question=question,
        physician=physician,
        headline="<b>bold</b> claim",
        body="x",
        body_html="<p>safe</p>",
    )
    html = client.get(question.get_absolute_url()).content.decode()
    assert "&lt;b&gt;bold&lt;/b&gt; claim" in html
