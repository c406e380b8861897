"""POST /api/v1/triage: open to anonymous clients, rate limited, 422 on bad input."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from curbside.conftest import client_for
from curbside.limits import rates
from curbside.limits.http import Rates
from curbside.limits.services import Rate
from curbside.triage import api as triage_api
from curbside.triage.check import NOT_URGENT_ADVICE

URL = "/api/v1/triage"


def _post(client: Client, body: object, **extra: str):
    data = body if isinstance(body, str) else json.dumps(body)
    return client.post(URL, data, content_type="application/json", **extra)


def test_anyone_checks_a_text_without_a_csrf_token(db):
    text = "Since my Botox yesterday I can't swallow properly and my breathing feels weak"
    response = _post(Client(enforce_csrf_checks=True), {"text": text})
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["urgent"] is True
    assert data["reasons"] == ["trouble breathing", "trouble swallowing"]
    assert data["advice"].startswith("Call 911 or go to the nearest emergency department now.")


def test_an_ordinary_text_is_not_urgent(db):
    text = "I had trouble breathing through my nose before rhinoplasty."
    data = _post(Client(), {"text": text}).json()
    assert data == {"urgent": False, "reasons": [], "families": [], "advice": NOT_URGENT_ADVICE}


def test_a_signed_in_browser_may_post_too(patient):
    client = client_for(patient)
    client.handler.enforce_csrf_checks = True
    response = _post(client, {"text": "Lip filler an hour ago and my lip turned white."})
    assert response.status_code == 200 and response.json()["urgent"] is True


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"text": ""},
        {"text": "   \n "},
        {"text": "x" * (triage_api.TEXT_MAX + 1)},
        {"text": 42},
        "not json",
    ],
)
def test_bad_input_gets_a_422(db, body):
    response = _post(Client(), body)
    assert response.status_code in (400, 422)
    assert "detail" in response.json()


def test_empty_and_too_long_texts_are_422(db):
    assert _post(Client(), {"text": ""}).status_code == 422
    assert _post(Client(), {"text": "  "}).status_code == 422
    assert _post(Client(), {"text": "x" * (triage_api.TEXT_MAX + 1)}).status_code == 422
    assert _post(Client(), {"text": "x" * triage_api.TEXT_MAX}).status_code == 200


THREE = Rates(anonymous=Rate(3, 600), token=Rate(30, 600), what="checks")


def test_it_is_rate_limited_per_client(db, monkeypatch):
    monkeypatch.setitem(rates.BY_SCOPE, "triage", THREE)
    monkeypatch.setattr("curbside.limits.services._now", lambda: 1_800_000_030.0)
    client = Client()
    for _ in range(3):
        assert _post(client, {"text": "hello"}).status_code == 200
    refused = _post(client, {"text": "hello"})
    assert refused.status_code == 429
    assert "Too many checks" in refused.json()["detail"]
    assert 0 < int(refused["Retry-After"]) <= THREE.anonymous.window
    other = _post(Client(REMOTE_ADDR="10.0.0.9"), {"text": "hello"})
    assert other.status_code == 200


def test_it_is_in_the_openapi_document(db):
    schema = Client().get("/api/v1/openapi.json").json()
    operation = schema["paths"]["/api/v1/triage"]["post"]
    assert "security" not in operation  # no credentials needed
    assert {"200", "429"} <= set(operation["responses"])


def test_it_names_the_family_and_answers_self_harm_with_the_crisis_line(db):
    clot = _post(
        Client(),
        {"text": "tummy tuck 6 days ago, now my calf is swollen and it hurts to breathe in"},
    ).json()
    assert clot["urgent"] is True and clot["families"] == ["blood_clot"]
    assert "blood clot" in clot["advice"]
    crisis = _post(Client(), {"text": "since the surgery i just want to end my life"}).json()
    assert crisis["families"] == ["self_harm"]
    assert crisis["advice"].startswith("Thank you for telling us how you feel.")
    assert "988" in crisis["advice"] and "Do not wait for an answer here" not in crisis["advice"]
