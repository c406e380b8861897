"""What a client gets for requests the site will not serve: the probe's findings (issue 12)."""

from __future__ import annotations

import json

import pytest
from django.db import OperationalError
from django.test import Client

from curbside.accounts.services import api_token_create
from curbside.practices.models import ConsultationRequest
from curbside.practices.tests.factories import PracticeFactory

BODY = {
    "name": "Dana Reyes",
    "email": "dana@example.com",
    "phone": "",
    "message": "I'd like to talk about Botox for frown lines.",
    "consent": True,
}


@pytest.fixture
def practice(db):
    return PracticeFactory()


def _consult(client: Client, practice, data: str, content_type: str):
    url = f"/api/v1/practices/{practice.slug}/consultations"
    return client.post(url, data=data, content_type=content_type)


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"]
)
def test_a_cross_site_kind_of_body_is_refused_with_415(practice, content_type):
    # The three types a web page can post from a visitor's browser without a CORS preflight.
    response = _consult(Client(), practice, json.dumps(BODY), content_type)
    assert response.status_code == 415
    assert response.json() == {
        "detail": "Send the body as JSON, with Content-Type: application/json."
    }
    assert not ConsultationRequest.objects.exists()


def test_json_with_a_charset_is_accepted(practice):
    response = _consult(Client(), practice, json.dumps(BODY), "application/json; charset=utf-8")
    assert response.status_code == 201


def test_a_body_over_the_limit_is_413_json_before_it_is_read(practice, settings):
    big = json.dumps({**BODY, "message": "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 10)})
    response = _consult(Client(), practice, big, "application/json")
    assert response.status_code == 413
    assert "too large" in response.json()["detail"]


@pytest.mark.parametrize("page", ["871122290959316352", "10001", "0", "-1", "two"])
def test_api_page_numbers_out_of_bounds_are_422_not_500(db, page):
    for url in ("/api/v1/questions", "/api/v1/doctors"):
        response = Client().get(url, {"page": page})
        assert response.status_code == 422, (url, page)
        assert "detail" in response.json()


def test_an_api_page_past_the_last_is_empty(db, question):
    response = Client().get("/api/v1/questions", {"page": 500})
    assert response.status_code == 200
    assert response.json()["items"] == []


def test_page_sizes_are_bounded_as_the_schema_says(db):
    assert Client().get("/api/v1/questions", {"page_size": 101}).status_code == 422
    assert Client().get("/api/v1/questions", {"page_size": 100}).status_code == 200
    schema = Client().get("/api/v1/openapi.json").json()
    params = {p["name"]: p for p in schema["paths"]["/api/v1/questions"]["get"]["parameters"]}
    assert params["page"]["schema"]["minimum"] == 1
    assert params["page"]["schema"]["maximum"] == 10_000


@pytest.mark.parametrize("page", ["871122290959316352", "999", "0", "two"])
def test_html_page_numbers_that_are_not_pages_are_404(db, question, page):
    treatment = question.treatments.first()
    for url in ("/doctors/", "/articles/", f"/treatments/{treatment.slug}/", "/search/"):
        response = Client().get(url, {"page": page, "q": "botox", "kind": "questions"})
        assert response.status_code == 404, (url, page)


def test_an_api_write_without_credentials_is_401_not_a_csrf_failure(db, question):
    response = Client().post(
        "/api/v1/questions", data={"title": "x"}, content_type="application/json"
    )
    assert response.status_code == 401
    assert "Sign in" in response.json()["detail"]


def test_a_session_without_its_csrf_token_is_still_refused(patient):
    client = Client(enforce_csrf_checks=True)
    client.force_login(patient)
    response = client.post("/api/v1/questions", data={}, content_type="application/json")
    assert response.status_code == 403


def test_a_token_client_needs_no_csrf_token(patient, botox):
    _, raw = api_token_create(user=patient, name="script")
    client = Client(enforce_csrf_checks=True, HTTP_AUTHORIZATION=f"Bearer {raw}")
    response = client.post(
        "/api/v1/questions",
        data={
            "title": "Can Botox help my frown lines?",
            "body": "I'm 40 and the lines between my brows bother me. Is Botox the usual choice?",
            "treatments": ["botox"],
        },
        content_type="application/json",
    )
    assert response.status_code == 201


def _database_down(*args, **kwargs):
    raise OperationalError("connection to server at 127.0.0.1, port 5432 failed")


def test_a_database_outage_is_503_json_with_retry_after_in_the_api(db, monkeypatch):
    monkeypatch.setattr("curbside.web.api.similar_questions", _database_down)
    response = Client().get("/api/v1/questions/similar", {"text": "botox frown lines"})
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "unavailable" in response.json()["detail"]


def test_a_database_outage_is_a_503_page_with_retry_after(db, monkeypatch):
    monkeypatch.setattr("curbside.search.views.search_questions", _database_down)
    response = Client(raise_request_exception=False).get("/search/", {"q": "botox"})
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "briefly unavailable" in response.content.decode()


def test_any_other_server_error_in_the_api_is_500_json(db, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr("curbside.web.api.similar_questions", broken)
    response = Client(raise_request_exception=False).get(
        "/api/v1/questions/similar", {"text": "botox frown lines"}
    )
    assert response.status_code == 500
    assert response.json() == {"detail": "Something went wrong on our side. We have been told."}


def test_a_method_the_api_has_no_operation_for_is_405_json(db):
    response = Client().delete("/api/v1/questions")
    assert response.status_code == 405
    assert response.json()["detail"].startswith("Method DELETE not allowed here; use ")
    assert set(response["Allow"].split(", ")) == {"GET", "POST"}


def test_an_unknown_api_path_is_404_json(db):
    response = Client().get("/api/v1/no-such-thing")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


def test_a_body_that_is_not_json_is_400_json(db):
    response = Client().post("/api/v1/triage", data="{bad", content_type="application/json")
    assert response.status_code == 400
    assert "detail" in response.json()
