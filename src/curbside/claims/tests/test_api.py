"""POST /api/v1/claims/check: open to anonymous clients, rate limited, 422 on bad input."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from curbside.claims.services import TEXT_MAX
from curbside.conftest import client_for
from curbside.limits import rates
from curbside.limits.http import Rates
from curbside.limits.services import Rate

URL = "/api/v1/claims/check"


def _post(client: Client, body: object):
    data = body if isinstance(body, str) else json.dumps(body)
    return client.post(URL, data, content_type="application/json")


def test_anyone_checks_a_text_without_a_csrf_token(db):
    text = "Botox is not approved for migraine. It takes two weeks to work. Botox is FDA-approved for TMJ."
    response = _post(Client(enforce_csrf_checks=True), {"text": text})
    assert response.status_code == 200, response.content
    assert response.json() == [
        {
            "sentence": "Botox is not approved for migraine.",
            "verdict": "contradicts",
            "fact": "Botox has been FDA-approved for chronic migraine prevention in adults since 2010.",
            "source": "https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=Botox",
            "kind": "approval_use",
            "words": ["Botox", "not approved", "migraine"],
        },
        {
            "sentence": "Botox is FDA-approved for TMJ.",
            "verdict": "overstates",
            "fact": "No US botulinum toxin label includes TMJ disorder; it is an off-label use.",
            "source": "https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=Botox",
            "kind": "approval_use",
            "words": ["Botox", "FDA-approved", "TMJ"],
        },
    ]


def test_a_text_without_claims_gives_an_empty_list(db):
    assert _post(Client(), {"text": "I had my first treatment last week."}).json() == []


def test_it_reads_the_evidence_in_the_database(evidence):
    data = _post(Client(), {"text": "Dysport is not approved for cervical dystonia."}).json()
    assert [d["verdict"] for d in data] == ["contradicts"]


def test_a_signed_in_browser_may_post_too(patient):
    client = client_for(patient)
    client.handler.enforce_csrf_checks = True
    response = _post(client, {"text": "Botox has no boxed warning."})
    assert response.status_code == 200 and response.json()[0]["verdict"] == "contradicts"


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"text": ""},
        {"text": "   \n "},
        {"text": "x" * (TEXT_MAX + 1)},
        {"text": 42},
        "not json",
    ],
)
def test_bad_input_gets_a_4xx_with_a_detail(db, body):
    response = _post(Client(), body)
    assert response.status_code in (400, 422)
    assert "detail" in response.json()


def test_empty_and_too_long_texts_are_422(db):
    assert _post(Client(), {"text": ""}).status_code == 422
    assert _post(Client(), {"text": "  "}).status_code == 422
    assert _post(Client(), {"text": "x" * (TEXT_MAX + 1)}).status_code == 422
    assert _post(Client(), {"text": "x" * TEXT_MAX}).status_code == 200


THREE = Rates(anonymous=Rate(3, 600), token=Rate(30, 600), what="checks")


def test_it_is_rate_limited_per_client(db, monkeypatch):
    monkeypatch.setitem(rates.BY_SCOPE, "claims", THREE)
    monkeypatch.setattr("curbside.limits.services._now", lambda: 1_800_000_030.0)
    client = Client()
    for _ in range(3):
        assert _post(client, {"text": "Botox is approved for TMJ."}).status_code == 200
    refused = _post(client, {"text": "Botox is approved for TMJ."})
    assert refused.status_code == 429
    assert "Too many checks" in refused.json()["detail"]
    assert 0 < int(refused["Retry-After"]) <= THREE.anonymous.window
    assert _post(Client(REMOTE_ADDR="10.0.0.9"), {"text": "hello"}).status_code == 200


def test_it_is_in_the_openapi_document(db):
    schema = Client().get("/api/v1/openapi.json").json()
    operation = schema["paths"][URL]["post"]
    assert "security" not in operation
    assert {"200", "429"} <= set(operation["responses"])
    assert "claims" in operation["tags"]


@pytest.mark.parametrize(
    "text",
    [
        # The seed blog post says "there is no conclusive evidence that Botox helps migraine";
        # the same claim in other words.
        "When it comes to migraines, the science behind Botox just isn't there yet.",
        "Botox hasn't been shown to work for migraine sufferers.",
        "The evidence that Botox prevents migraine is anecdotal at best.",
        "Botox for migraine remains unproven; the research simply hasn't caught up.",
    ],
)
def test_the_seed_posts_migraine_claim_reworded_is_flagged_with_the_2010_approval(evidence, text):
    (verdict,) = _post(Client(), {"text": text}).json()
    assert verdict["verdict"] == "contradicts"
    assert "chronic migraine" in verdict["fact"] and "2010" in verdict["fact"]
    assert verdict["source"].startswith("https://dailymed.nlm.nih.gov/")
    assert verdict["words"]


def test_fixed_unit_ratios_are_flagged_and_a_true_restriction_is_not(evidence):
    data = _post(
        Client(),
        {
            "text": "Dysport's units are interchangeable with Botox's at a fixed ratio. Botox is "
            "approved for chronic migraine but not for episodic migraine."
        },
    ).json()
    assert [(d["verdict"], d["kind"]) for d in data] == [
        ("contradicts", "units"),
        ("consistent", "approval_use"),
    ]
    assert "cannot be compared with or converted" in data[0]["fact"]
