"""GET /api/v1/treatments/{slug}/evidence."""

from __future__ import annotations

import pytest
from django.test import Client

from curbside.evidence import models as m
from curbside.evidence.services import evidence_confirm
from curbside.qa.tests.factories import TreatmentFactory

pytestmark = pytest.mark.django_db


def test_it_returns_the_botox_label_with_sources(client: Client, loaded, botox):
    response = client.get("/api/v1/treatments/botox/evidence")
    assert response.status_code == 200
    data = response.json()
    assert data["treatment"] == {
        "slug": "botox",
        "name": "Botox",
        "url": "http://testserver/treatments/botox/",
    }
    assert data["covered"] is True and data["message"] == ""
    assert data["last_reviewed"] == "2026-11-23"
    assert "not medical advice" in data["disclaimer"]
    [product] = data["products"]
    assert product["id"] == "botox" and product["brand"] == "Botox"
    assert product["label_reference"].startswith("https://dailymed.nlm.nih.gov/")
    assert "cannot be compared with or converted" in product["units_note"]
    uses = {u["condition_id"]: u for u in product["approved_uses"]}
    cervical = uses["cervical_dystonia"]
    assert (cervical["population"], cervical["year"]) == ("adults", 2000)
    assert cervical["source"] and "memory" in cervical["source"]  # the year rests on memory
    assert cervical["confidence"] == "high"
    assert cervical["indications"][0]["field_sources"] == {"year": ["memory"]}
    assert "episodic" in uses["chronic_migraine"]["limitation"]
    boxed = product["boxed_warning"]
    assert boxed["year"] == 2009 and "DISTANT SPREAD" in boxed["title"]
    assert "dysphagia (trouble swallowing)" in boxed["symptoms"]
    assert all(s.startswith("http") or s == "memory" for s in boxed["source"])
    assert {c["id"] for c in product["contraindications"]} >= {"hypersensitivity"}
    assert {w["id"] for w in product["warnings"]} >= {"units_not_interchangeable", "human_albumin"}
    assert product["formulation"]["contains_human_albumin"] is True
    dysphagia = next(
        r
        for r in product["adverse_reactions"]
        if r["condition_id"] == "cervical_dystonia" and r["reaction"] == "dysphagia"
    )
    assert dysphagia["rate_percent"] == 19.0 and dysphagia["source"]
    uti = next(
        r
        for r in product["adverse_reactions"]
        if r["condition_id"] == "overactive_bladder" and r["reaction"] == "urinary tract infection"
    )
    assert (uti["rate_percent"], uti["placebo_percent"]) == (18.0, 6.0)
    migraine = next(d for d in product["doses"] if d["condition_id"] == "chronic_migraine")
    assert "155 U" in migraine["dose"] and migraine["interval"] == "every 12 weeks"
    assert any(d["condition_id"] is None for d in product["doses"])  # the 400 U ceiling
    assert "masseter_jaw_slimming" in {u["id"] for u in data["off_label_uses"]}


def test_low_confidence_facts_appear_once_confirmed(client: Client, loaded, moderator):
    TreatmentFactory(slug="dysport", name="Dysport")

    def reactions() -> list[str]:
        data = client.get("/api/v1/treatments/dysport/evidence").json()
        return [r["reaction"] for r in data["products"][0]["adverse_reactions"]]

    assert not any(r.startswith("muscular weakness, dysphagia") for r in reactions())
    fact = m.AdverseReaction.objects.get(
        product__key="dysport", key="cervical_dystonia_most_common"
    )
    evidence_confirm(facts=[fact], moderator=moderator)
    assert any(r.startswith("muscular weakness, dysphagia") for r in reactions())


def test_a_treatment_outside_the_base_is_not_covered(client: Client, loaded):
    TreatmentFactory(slug="chemical-peel", name="Chemical peel", kind="skin")
    data = client.get("/api/v1/treatments/chemical-peel/evidence").json()
    assert data["covered"] is False and data["products"] == [] and data["areas"] == []
    assert data["message"].startswith("No label data is held for Chemical peel")


def test_an_unknown_treatment_is_a_404(client: Client, loaded):
    response = client.get("/api/v1/treatments/no-such-thing/evidence")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


def test_without_evidence_it_says_none_is_loaded(client: Client, botox):
    data = client.get("/api/v1/treatments/botox/evidence").json()
    assert data["covered"] is False and "no evidence base is loaded" in data["message"]


def test_it_is_in_the_openapi_document(client: Client, db):
    schema = client.get("/api/v1/openapi.json").json()
    operation = schema["paths"]["/api/v1/treatments/{slug}/evidence"]["get"]
    assert operation["tags"] == ["evidence"]
    assert "200" in operation["responses"]
