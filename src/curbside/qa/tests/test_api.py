from __future__ import annotations

import json

import pytest
from django.test import Client

from curbside.accounts.services import api_token_create
from curbside.conftest import client_for
from curbside.qa.models import Answer, Question
from curbside.search import indexing

pytestmark = pytest.mark.django_db

ASK = {
    "title": "Is a test dose of Botox useful?",
    "body": "I have many allergies and want to be careful first.",
    "treatments": ["botox"],
}
ANSWER = {
    "headline": "A test dose tells you little",
    "body": "Allergy to the toxin is very rare; a tiny dose mostly tells you about bruising.",
}


def _bearer(user) -> dict[str, str]:
    _, raw = api_token_create(user=user, name="test")
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


def _post(c: Client, url: str, body: object, **headers: str):
    return c.post(
        url,
        json.dumps(body) if not isinstance(body, str) else body,
        content_type="application/json",
        **headers,
    )


def test_it_lists_and_filters_published_questions(
    client: Client, answered_question: Question, botox
):
    Question.objects.create(
        title="Held one", slug="held-one", body="x", body_html="x", status="held"
    )
    data = client.get("/api/v1/questions").json()
    assert data["count"] == 1
    item = data["items"][0]
    assert item["title"] == answered_question.title and item["treatments"] == ["botox"]
    assert item["url"] == f"http://testserver{answered_question.get_absolute_url()}"
    indexing.document_upsert_question(answered_question.pk)  # the factory bypassed the services
    assert client.get("/api/v1/questions?treatment=botox&q=allergy").json()["count"] == 1
    assert client.get("/api/v1/questions?q=zzzz").json()["count"] == 0


def test_it_returns_a_question_with_answers_and_physician_cards(
    client: Client, answered_question: Question
):
    data = client.get(f"/api/v1/questions/{answered_question.pk}").json()
    assert data["answers"][0]["physician"]["name"] == "Ana Ruiz"
    assert data["answers"][0]["physician"]["credentials"] == "MD, FACS"
    assert data["answers"][0]["physician"]["specialty"] == "Dermatologist"
    assert data["answers"][0]["physician"]["review_count"] == 0
    assert client.get("/api/v1/questions/999999").json() == {"detail": "Not found."}


def test_a_patient_asks_with_a_token(patient, botox):
    response = _post(Client(), "/api/v1/questions", ASK, **_bearer(patient))
    assert response.status_code == 201, response.content
    assert response.json()["title"] == ASK["title"]
    assert Question.objects.get().author == patient


def test_a_verified_physician_answers_once(physician, question):
    headers = _bearer(physician.user)
    response = _post(Client(), f"/api/v1/questions/{question.pk}/answers", ANSWER, **headers)
    assert response.status_code == 201, response.content
    assert response.json()["physician"]["slug"] == physician.slug
    again = _post(Client(), f"/api/v1/questions/{question.pk}/answers", ANSWER, **headers)
    assert again.status_code == 422 and "already answered" in again.json()["detail"]
    assert Answer.objects.count() == 1


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ("{not json", "detail"),
        ({"title": "Missing body"}, "detail"),
        ({**ASK, "treatments": ["no-such-thing"]}, "Unknown treatment"),
        ({**ASK, "title": ""}, "at least 10 characters"),
        ({**ASK, "title": "          "}, "cannot be empty"),
        ({**ASK, "body": "<script>alert(1)</script> please help"}, "HTML"),
        ({**ASK, "title": "x" * 400}, "detail"),
    ],
)
def test_bad_bodies_get_a_clear_4xx_and_save_nothing(patient, botox, body, needle):
    response = _post(Client(), "/api/v1/questions", body, **_bearer(patient))
    assert 400 <= response.status_code < 500
    assert needle in response.content.decode()
    assert Question.objects.count() == 0


def test_session_writes_need_the_csrf_token(patient, botox):
    c = Client(enforce_csrf_checks=True)
    c.force_login(patient)
    response = _post(c, "/api/v1/questions", ASK)
    assert response.status_code == 403
    assert Question.objects.count() == 0
    c.get("/")  # sets the CSRF cookie
    token = c.cookies["csrftoken"].value
    assert _post(c, "/api/v1/questions", ASK, HTTP_X_CSRFTOKEN=token).status_code == 201


def test_a_revoked_or_wrong_token_is_refused(patient, botox):
    assert (
        _post(Client(), "/api/v1/questions", ASK, HTTP_AUTHORIZATION="Bearer cbs_nope").status_code
        == 401
    )
    assert Question.objects.count() == 0


def test_the_openapi_document_and_docs_are_served(client: Client, db):
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/questions" in schema["paths"]
    assert "/api/v1/questions/{question_id}/answers" in schema["paths"]
    assert client.get("/api/v1/docs").status_code == 200


def test_a_pending_physician_is_refused_through_the_api(pending_physician, question):
    response = _post(
        client_for(None),
        f"/api/v1/questions/{question.pk}/answers",
        ANSWER,
        **_bearer(pending_physician.user),
    )
    assert response.status_code == 403 and "verification" in response.json()["detail"]
