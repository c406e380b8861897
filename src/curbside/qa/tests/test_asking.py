from __future__ import annotations

import pytest
from django.test import Client

from curbside.conftest import client_for
from curbside.qa.models import Question, QuestionFollow

pytestmark = pytest.mark.django_db


def _form(botox, **over):
    return {
        "title": "Can I start Botox for neck spasms at a very low dose?",
        "body": "I have several allergies and read that non-cosmetic use is riskier.",
        "treatments": [botox.pk],
        "city": "Austin, TX",
        **over,
    }


def test_a_patient_asks_and_follows_their_question(patient, botox):
    response = client_for(patient).post("/ask/", _form(botox))
    question = Question.objects.get()
    assert response.status_code == 302 and response["Location"] == question.get_absolute_url()
    assert question.slug == "can-i-start-botox-for-neck-spasms-at-a-very-low-dose"
    assert list(question.treatments.all()) == [botox]
    assert QuestionFollow.objects.filter(question=question, user=patient).exists()
    page = client_for(patient).get(question.get_absolute_url()).content.decode()
    assert "Doctor Answers 0" in page and patient.public_name in page and "Austin, TX" in page
    assert "Following ✓" in page and "Follow this question" not in page


def test_suggestions_sit_under_the_title_and_say_how_many_answered(patient, botox):
    from curbside.qa.tests.factories import AnswerFactory, QuestionFactory
    from curbside.search.indexing import document_upsert_question

    answered = QuestionFactory(
        title="Botox for neck spasms: can I be tested for allergy first?", treatments=[botox]
    )
    AnswerFactory(question=answered)
    document_upsert_question(answered.pk)
    from curbside.search.tasks import embed_question

    embed_question.call(question_id=answered.pk)
    html = client_for(patient).get("/ask/").content.decode()
    assert html.index('id="id_title"') < html.index('id="similar-suggestions"')
    assert html.index('id="similar-suggestions"') < html.index('id="id_body"')
    part = (
        client_for(patient)
        .get("/ask/similar/", {"title": "allergy test before Botox for neck spasms"})
        .content.decode()
    )
    assert answered.title in part and "1 doctor answer<" in part
    assert '<fieldset class="field choices' in html and "<legend>Treatments" in html


def test_my_questions_lists_a_patients_own_questions_whatever_their_status(patient, botox):
    from curbside.qa.tests.factories import QuestionFactory

    mine = QuestionFactory(author=patient, title="My question about neck spasms")
    held = QuestionFactory(author=patient, title="My held question", status="held")
    other = QuestionFactory(title="Somebody else's question")
    html = client_for(patient).get("/questions/mine/").content.decode()
    assert mine.title in html and held.title in html and "Held for review" in html
    assert other.title not in html
    assert 'href="/questions/mine/"' in html  # in the header


@pytest.mark.parametrize("who", ["visitor", "verified_physician", "practice_staff", "moderator"])
def test_my_questions_is_for_patients_only(cast, who):
    response = client_for(cast[who]).get("/questions/mine/")
    assert response.status_code in (302, 403)


@pytest.mark.parametrize(
    ("over", "message"),
    [
        ({"title": ""}, "This field is required"),
        ({"title": "x" * 151}, "at most 150"),
        ({"body": "<img src=x onerror=alert(1)> my lips are swollen after filler"}, "HTML"),
        ({"treatments": [987654]}, "Unknown treatment"),
        ({"treatments": []}, "This field is required"),
    ],
)
def test_bad_questions_are_refused(patient, botox, over, message):
    response = client_for(patient).post("/ask/", _form(botox, **over))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Question.objects.count() == 0


def test_home_and_treatment_pages(client: Client, answered_question: Question, botox):
    home = client.get("/").content.decode()
    assert answered_question.title in home and "Botox" in home
    page = client.get("/treatments/botox/")
    assert page.status_code == 200 and answered_question.title in page.content.decode()
    assert client.get("/treatments/nope/").status_code == 404
    assert client.get("/treatments/botox/?page=abc").status_code == 404


def test_the_ask_page_preselects_the_treatment_it_came_from(patient, botox):
    html = client_for(patient).get("/ask/?treatment=botox").content.decode()
    assert f'name="treatments" value="{botox.pk}" id="id_treatments_0" checked>' in html
    assert client_for(patient).get("/ask/?treatment=<script>").status_code == 200


def test_the_home_lists_are_cached_for_a_minute(
    client: Client, answered_question: Question, django_assert_num_queries
):
    client.get("/")
    with django_assert_num_queries(0):
        assert client.get("/").status_code == 200


def test_each_use_says_which_treatments_it_belongs_with(patient, botox):
    from curbside.evidence.services import evidence_load
    from curbside.qa.tests.factories import TreatmentFactory

    evidence_load()
    filler = TreatmentFactory(slug="lip-filler", name="Lip filler", kind="filler")
    html = client_for(patient).get("/ask/").content.decode()
    option = html[html.index('value="cervical_dystonia"') :].split(">", 1)[0]
    ticked_by = option.split('data-treatments="')[1].split('"')[0].split()
    assert str(botox.pk) in ticked_by and str(filler.pk) not in ticked_by
    assert "curbside/ask.js" in html
