from __future__ import annotations

import json
import re

import pytest
from django.test import Client

from curbside.conftest import client_for
from curbside.providers.tests.factories import PhysicianFactory
from curbside.qa.models import Question
from curbside.qa.tests.factories import AnswerFactory
from curbside.reviews.models import Review
from curbside.reviews.services import physician_rating_refresh

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
    physician_rating_refresh(physician_id=physician.pk)


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


def test_its_jsonld_gives_the_words_a_reader_sees_and_the_breadcrumb_trail(
    client: Client, question: Question, physician
):
    Question.objects.filter(pk=question.pk).update(body="Is a **patch test** possible?")
    AnswerFactory(
        question=question,
        physician=physician,
        headline="Not in the usual sense",
        body="- There is no skin test.\n- See [the label](https://example.com).",
    )
    html = client.get(question.get_absolute_url()).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert block
    data = json.loads(block.group(1))
    assert data["mainEntity"]["text"] == "Is a patch test possible?"
    answer = data["mainEntity"]["suggestedAnswer"][0]["text"]
    assert answer == "Not in the usual sense\nThere is no skin test.\nSee the label."
    crumbs = data["breadcrumb"]["itemListElement"]
    assert [(c["position"], c["name"]) for c in crumbs] == [
        (1, "Curbside"),
        (2, "Questions"),
        (3, "Botox"),
        (4, question.title),
    ]
    assert crumbs[-1]["item"] == f"http://testserver{question.get_absolute_url()}"


def test_a_shared_link_reads_as_the_question(client: Client, question: Question):
    Question.objects.filter(pk=question.pk).update(
        title='Is "baby Botox" <really> a thing?', body="My friend swears by it."
    )
    question.refresh_from_db()
    html = client.get(question.get_absolute_url()).content.decode()
    assert (
        '<meta property="og:title" content="Is &quot;baby Botox&quot; &lt;really&gt; a thing?">'
        in html
    )
    assert '<meta property="og:description" content="My friend swears by it.">' in html
    assert (
        f'<meta property="og:url" content="http://testserver{question.get_absolute_url()}">' in html
    )
    assert '<meta property="og:type" content="article">' in html


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


@pytest.mark.parametrize("viewer", ["visitor", "patient", "verified_physician"])
def test_its_query_count_does_not_grow_with_answers(
    viewer, cast, question: Question, botox, django_assert_num_queries
):
    from curbside.qa import services

    client = client_for(cast[viewer])
    url = question.get_absolute_url()
    client.get(url)  # settles the session

    def add_answer(doctor) -> None:
        services.answer_create(
            physician=doctor,
            question=question,
            headline="Allergy to the toxin is rare",
            body="True allergy is very rare; tell your injector about earlier reactions.",
        )

    # (rendered fresh, served from the cache): the cache spares the answers, their physicians
    # and their evidence notes; signed-in readers also count their unread notifications for
    # the header; the physicians who agree with the answers take one query when rendered fresh
    expected = {"visitor": (7, 1), "patient": (11, 5), "verified_physician": (12, 6)}[viewer]
    for n in range(8):
        doctor = PhysicianFactory()
        _reviews(doctor, [5, 4], botox)
        add_answer(doctor)
        if n in (0, 7):
            for queries in expected:
                with django_assert_num_queries(queries):
                    assert client.get(url).status_code == 200


def test_the_cached_page_follows_every_change(
    client: Client, question: Question, physician, other_physician, patient
):
    from curbside.qa import services

    url = question.get_absolute_url()
    assert "Doctor Answers 0" in client.get(url).content.decode()
    answer = services.answer_create(
        physician=physician,
        question=question,
        headline="First headline here",
        body="True allergy is very rare; tell your injector about earlier reactions.",
    )
    assert "Doctor Answers 1" in client.get(url).content.decode()
    services.answer_edit(answer=answer, headline="Edited headline here", body=answer.body)
    assert "Edited headline here" in client.get(url).content.decode()
    services.answer_helpful_set(answer=answer, user=patient, helpful=True)
    assert "1 found this helpful" in client.get(url).content.decode()
    services.answer_agree_set(answer=answer, physician=other_physician, agree=True)
    assert "1 doctor agrees" in client.get(url).content.decode()
    Review.objects.create(
        physician=physician,
        author=patient,
        treatment=question.treatments.get(),
        stars=5,
        worth_it="yes",
        title="Great",
        body="Clear advice.",
        status="published",
    )
    physician_rating_refresh(physician_id=physician.pk)
    assert "5.0 out of 5 stars · 1 review" in client.get(url).content.decode()


def test_one_readers_controls_never_show_for_another(question: Question, physician, patient):
    from curbside.qa import services

    answer = services.answer_create(
        physician=physician,
        question=question,
        headline="First headline here",
        body="True allergy is very rare; tell your injector about earlier reactions.",
    )
    services.answer_helpful_set(answer=answer, user=patient, helpful=True)
    url = question.get_absolute_url()
    assert "Helpful ✓" in client_for(patient).get(url).content.decode()
    html = client_for(None).get(url).content.decode()
    assert "Helpful ✓" not in html and "csrfmiddlewaretoken" not in html
    assert "Edit your answer" in client_for(physician.user).get(url).content.decode()
    assert "Edit your answer" not in client_for(patient).get(url).content.decode()


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
