from __future__ import annotations

import json
from dataclasses import replace

import pytest
from django.test import Client, RequestFactory

from curbside.accounts.services import api_token_create
from curbside.limits import rates
from curbside.limits.http import Rates, RefusedClientWSGI, client_ip, client_of
from curbside.limits.services import Rate

TWO = Rates(anonymous=Rate(limit=2, window=60), token=Rate(limit=4, window=60), what="lookups")
SIMILAR = "/api/v1/questions/similar?text=botox+for+frown+lines"


@pytest.fixture
def two_a_minute(monkeypatch):
    # One moment for the whole test: a window must not end between its requests.
    monkeypatch.setattr("curbside.limits.services._now", lambda: 1_800_000_030.0)
    monkeypatch.setitem(rates.BY_SCOPE, "similar", TWO)
    monkeypatch.setitem(rates.BY_SCOPE, "search", replace(TWO, what="searches"))


def _request(remote: str = "10.0.0.2", forwarded: str | None = None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().post("/", **extra)


def test_it_trusts_remote_addr_and_ignores_forwarded_for_by_default(settings):
    assert client_ip(_request("203.0.113.5", "1.2.3.4")) == "203.0.113.5"


def test_behind_trusted_proxies_it_reads_the_address_they_saw(settings):
    settings.CURBSIDE_TRUSTED_PROXIES = 1
    # The client forged the first entry; our one proxy appended the real peer.
    request = _request("10.0.0.2", "6.6.6.6, 203.0.113.5")
    assert client_ip(request) == "203.0.113.5"
    settings.CURBSIDE_TRUSTED_PROXIES = 2
    assert client_ip(_request("10.0.0.2", "6.6.6.6, 203.0.113.5, 10.0.0.9")) == "203.0.113.5"
    # Fewer entries than proxies: the header was not written by them.
    assert client_ip(_request("10.0.0.2", "")) == "10.0.0.2"


def test_an_api_token_is_a_client_of_its_own_and_a_bad_one_is_not(patient):
    _, raw = api_token_create(user=patient, name="script")
    request = RequestFactory().get("/", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert client_of(request) == (f"user:{patient.pk}", True)
    forged = RequestFactory().get(
        "/", HTTP_AUTHORIZATION="Bearer cbs_forged", REMOTE_ADDR="1.2.3.4"
    )
    assert client_of(forged) == ("ip:1.2.3.4", False)


def test_the_similar_questions_api_answers_429_json_past_the_limit(db, two_a_minute):
    client = Client()
    assert [client.get(SIMILAR).status_code for _ in range(2)] == [200, 200]
    refused = client.get(SIMILAR)
    assert refused.status_code == 429
    assert refused["Content-Type"] == "application/json"
    assert refused.json()["detail"].startswith("Too many lookups from your network.")
    assert 1 <= int(refused["Retry-After"]) <= 60
    # Another address is not affected.
    assert Client(REMOTE_ADDR="192.0.2.77").get(SIMILAR).status_code == 200


def test_a_token_client_gets_the_higher_limit(patient, two_a_minute):
    _, raw = api_token_create(user=patient, name="script")
    client = Client(HTTP_AUTHORIZATION=f"Bearer {raw}")
    codes = [client.get(SIMILAR).status_code for _ in range(5)]
    assert codes == [200, 200, 200, 200, 429]
    assert "this API token" in client.get(SIMILAR).json()["detail"]


def test_the_ask_pages_suggestions_share_the_budget_and_answer_a_fragment(db, two_a_minute):
    client = Client()
    client.get(SIMILAR)
    client.get(SIMILAR)
    refused = client.get("/ask/similar/?title=botox+frown+lines", HTTP_HX_REQUEST="true")
    assert refused.status_code == 429
    html = refused.content.decode()
    assert "Too many lookups" in html
    assert "<html" not in html


def test_the_search_page_answers_a_page_past_the_limit(db, two_a_minute):
    client = Client()
    for _ in range(2):
        assert client.get("/search/?q=botox").status_code == 200
    refused = client.get("/search/?q=botox")
    assert refused.status_code == 429
    assert "Too many searches from your network" in refused.content.decode()
    assert refused["Retry-After"]


def test_reading_pages_is_never_limited(db, two_a_minute, question):
    client = Client()
    for _ in range(5):
        assert client.get(question.get_absolute_url()).status_code == 200


def test_a_refused_api_client_is_answered_before_django_until_its_window_ends(db, two_a_minute):
    client = Client(REMOTE_ADDR="192.0.2.50")
    for _ in range(3):
        client.get(SIMILAR)  # the third is refused by the view, and remembered

    def django(environ, start_response):  # what the wrapper hands on to
        start_response("200 OK", [("Content-Type", "application/json")])
        return [b"[]"]

    application = RefusedClientWSGI(django)

    def call(remote: str, **extra: str) -> tuple[str, dict[str, str], bytes]:
        environ = RequestFactory().get(SIMILAR, REMOTE_ADDR=remote, **extra).environ
        answer: dict[str, object] = {}
        body = b"".join(
            application(environ, lambda status, headers: answer.update(s=status, h=dict(headers)))
        )
        return str(answer["s"]), dict(answer["h"]), body  # type: ignore[arg-type]

    status, headers, body = call("192.0.2.50")
    assert status.startswith("429") and headers["Retry-After"]
    assert json.loads(body)["detail"].startswith("Too many lookups from your network.")
    # Another address, or the same one with an API token, goes on to Django as usual.
    assert call("192.0.2.51")[0].startswith("200")
    assert call("192.0.2.50", HTTP_AUTHORIZATION="Bearer cbs_anything")[0].startswith("200")


def test_the_site_is_served_through_the_wrapper(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("CURBSIDE_INSECURE", "true")  # the test settings have no SECRET_KEY
    from curbside.wsgi import application

    assert isinstance(application, RefusedClientWSGI)
