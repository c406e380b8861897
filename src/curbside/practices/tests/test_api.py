from __future__ import annotations

import json

import pytest
from django.core import mail
from django.test import Client

from curbside.accounts.services import api_token_create
from curbside.conftest import client_for
from curbside.limits import rates
from curbside.practices.models import ConsultationRequest
from curbside.practices.tests.factories import ConsultationRequestFactory
from curbside.providers.tests.factories import PhysicianFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/practices/madison-lane/consultations"
BODY = {
    "name": "Rosa Delgado",
    "email": "rosa@example.com",
    "treatment": "botox",
    "message": "Neck spasms for two years; I would like to start with a low dose.",
    "preferred_contact_time": "evening",
    "consent": True,
}


def _post(client: Client, body: object, **extra: str):
    return client.post(URL, json.dumps(body), content_type="application/json", **extra)


def _bearer(user) -> dict[str, str]:
    _, raw = api_token_create(user=user, name="test")
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


def test_anyone_requests_a_consultation_without_csrf(practice, staff, botox):
    response = _post(Client(enforce_csrf_checks=True), BODY)
    assert response.status_code == 201, response.content
    data = response.json()
    consultation = ConsultationRequest.objects.get()
    assert data == {
        "id": consultation.pk,
        "status": "new",
        "message": "Your request was sent to Madison Lane Dermatology. "
        "We e-mailed a confirmation to rosa@example.com.",
    }
    assert consultation.treatment == botox and consultation.preferred_contact_time == "evening"
    assert "rosa@example.com" in [m.to[0] for m in mail.outbox]
    notice = next(m for m in mail.outbox if m.to == [staff.email])
    assert "Rosa" not in notice.body and "Neck spasms" not in notice.body


def test_a_signed_in_browser_may_post_too(practice, patient):
    client = client_for(patient)
    client.handler.enforce_csrf_checks = True
    assert _post(client, BODY).status_code == 201


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"email": "", "phone": ""}, "contact"),
        ({"consent": False}, "consent"),
        ({"message": "<script>alert(1)</script> please call"}, "message"),
        ({"treatment": "no-such-thing"}, "treatment"),
    ],
)
def test_it_refuses_bad_input_with_422(practice, overrides, field):
    response = _post(Client(), {**BODY, **overrides})
    assert response.status_code == 422
    assert field in response.json()["detail"]
    assert not ConsultationRequest.objects.exists()


def test_it_refuses_malformed_bodies(practice):
    response = _post(Client(), {"name": "x"})
    assert response.status_code == 422 and "detail" in response.json()
    response = _post(Client(), {**BODY, "preferred_contact_time": "midnight"})
    assert response.status_code == 422
    assert not ConsultationRequest.objects.exists()


def test_it_404s_unknown_practices(db):
    response = Client().post(
        "/api/v1/practices/nope/consultations", json.dumps(BODY), content_type="application/json"
    )
    assert response.status_code == 404 and response.json() == {"detail": "Not found."}


def test_it_rate_limits_with_429_and_says_when_to_retry(practice):
    client = Client()
    for n in range(rates.CONSULTATION_IP.limit):
        assert _post(client, {**BODY, "email": f"p{n}@example.com"}).status_code == 201
    response = _post(client, {**BODY, "email": "late@example.com"})
    assert response.status_code == 429
    assert "try again in" in response.json()["detail"]
    assert int(response["Retry-After"]) > 0
    assert ConsultationRequest.objects.count() == rates.CONSULTATION_IP.limit


def test_the_honeypot_and_timing_checks_do_not_apply(practice):
    # An API client sends no form token and may post at once: only the rate limits apply.
    assert _post(Client(), {**BODY, "homepage": "http://spam.example"}).status_code == 201


def test_the_practice_and_its_physicians_read_the_requests(practice, staff, physician, moderator):
    ConsultationRequestFactory(practice=practice, name="Rosa Delgado", status="contacted")
    ConsultationRequestFactory(practice=practice, name="Sam Ito")
    for headers, client in [
        ({}, client_for(staff)),
        (_bearer(staff), Client()),
        (_bearer(physician.user), Client()),
        (_bearer(moderator), Client()),
    ]:
        response = client.get(URL, **headers)
        assert response.status_code == 200, response.content
        data = response.json()
        assert data["count"] == 2
        assert {item["name"] for item in data["items"]} == {"Rosa Delgado", "Sam Ito"}
    data = Client().get(URL + "?status=contacted", **_bearer(staff)).json()
    assert [item["name"] for item in data["items"]] == ["Rosa Delgado"]
    assert data["items"][0]["url"].startswith("http://testserver/practices/madison-lane/inbox/")


def test_outsiders_get_404_through_the_api(cast, practice, other_staff):
    ConsultationRequestFactory(practice=practice, name="Rosa Delgado")
    outsiders = [
        cast["patient"],
        cast["pending_physician"],
        PhysicianFactory().user,
        other_staff,
    ]
    for user in outsiders:
        for response in (Client().get(URL, **_bearer(user)), client_for(user).get(URL)):
            assert response.status_code == 404, user
            assert "Rosa" not in response.content.decode()
    assert Client().get(URL).status_code == 401
    # Another practice's staff, asking for their own inbox, see only their own requests.
    data = Client().get("/api/v1/practices/elsewhere/consultations", **_bearer(other_staff)).json()
    assert data["count"] == 0


def test_it_lists_in_a_fixed_number_of_queries(practice, staff, botox, django_assert_num_queries):
    headers = _bearer(staff)
    ConsultationRequestFactory.create_batch(2, practice=practice, treatment=botox)
    Client().get(URL, **headers)  # the token's first use records itself
    # token, practice, membership, count, page (with treatment and practice)
    with django_assert_num_queries(5):
        assert Client().get(URL, **headers).json()["count"] == 2
    ConsultationRequestFactory.create_batch(5, practice=practice, treatment=botox)
    with django_assert_num_queries(5):
        assert Client().get(URL, **headers).json()["count"] == 7


def test_anyone_reads_the_public_practice(practice, physician, botox):
    response = Client().get("/api/v1/practices/madison-lane")
    assert response.status_code == 200
    data = response.json()
    assert data["name"] == "Madison Lane Dermatology" and data["phone"] == "(212) 555-0143"
    assert data["url"] == "http://testserver/practices/madison-lane/"
    assert [p["slug"] for p in data["physicians"]] == [physician.slug]
    assert data["treatments"] == ["botox"]
    assert data["response_time"] is None
    assert Client().get("/api/v1/practices/nope").status_code == 404


@pytest.mark.parametrize("body", ["not json", "[1, 2]", '{"name": 5}'])
def test_it_refuses_bodies_that_are_not_a_request(practice, body):
    response = Client().post(URL, body, content_type="application/json")
    assert 400 <= response.status_code < 500
    assert "detail" in response.json()
    assert not ConsultationRequest.objects.exists()
