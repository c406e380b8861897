"""Find a doctor by condition: the patient's words, through the evidence lexicon, to the
specialists who treat the condition (providers.conditions), on /doctors/ and in the API."""

from __future__ import annotations

import pytest
from django.test import Client

from curbside.evidence.services import evidence_load
from curbside.lib.geo import MILES_PER_DEGREE, city_location
from curbside.providers.conditions import (
    SPECIALISTS,
    UnknownCondition,
    condition_suggestions,
    resolve_condition,
)
from curbside.providers.models import Specialty
from curbside.providers.tests.factories import PhysicianFactory

pytestmark = pytest.mark.django_db

PHILADELPHIA = city_location("Philadelphia", "PA") or (0.0, 0.0)


@pytest.fixture(autouse=True)
def evidence() -> None:
    evidence_load()


@pytest.fixture
def philadelphia() -> dict[str, object]:
    """A neurologist, a physiatrist, a dermatologist and an ENT, all a few miles north."""
    made = {}
    for n, specialty in enumerate(
        ("neurology", "physical_medicine", "dermatology", "otolaryngology")
    ):
        made[specialty] = PhysicianFactory(
            slug=specialty.replace("_", "-"),
            specialty=specialty,
            latitude=PHILADELPHIA[0] + (n + 1) / MILES_PER_DEGREE,
            longitude=PHILADELPHIA[1],
        )
    return made


@pytest.mark.parametrize(
    ("words", "condition_id", "specialties"),
    [
        ("neck spasms", "cervical_dystonia", {"neurology", "physical_medicine"}),
        (
            "my head pulls to one side",
            "cervical_dystonia",
            {"neurology", "physical_medicine"},
        ),
        ("Cervical Dystonia", "cervical_dystonia", {"neurology", "physical_medicine"}),
        ("cervical_dystonia", "cervical_dystonia", {"neurology", "physical_medicine"}),
        ("chronic migraines", "chronic_migraine", {"neurology"}),
        ("underarm sweating", "axillary_hyperhidrosis", {"dermatology"}),
        ("drooling", "chronic_sialorrhea", {"neurology", "otolaryngology"}),
        ("crow's feet", "lateral_canthal_lines", {s.value for s in SPECIALISTS["glabellar_lines"]}),
    ],
)
def test_a_patients_words_name_the_condition_and_its_specialists(words, condition_id, specialties):
    found = resolve_condition(words)
    assert found.condition_id == condition_id
    assert set(found.specialties) == specialties


def test_the_lexicons_caveat_comes_with_the_condition():
    found = resolve_condition("neck spasms")
    assert found.said == "neck spasms" and found.name == "Cervical dystonia"
    assert "Ordinary neck pain" in found.caveat


@pytest.mark.parametrize(
    ("words", "message"),
    [
        ("toenail fungus", "We don't recognise “toenail fungus” as a condition."),
        ("TMJ", "We can't say which specialists treat temporomandibular joint disorder"),
    ],
)
def test_words_it_cannot_place_say_why(words, message):
    with pytest.raises(UnknownCondition, match=message):
        resolve_condition(words)


def test_every_condition_in_the_table_is_in_the_evidence_base():
    from curbside.evidence.knowledge import knowledge_base

    kb = knowledge_base()
    assert all(kb.name_of(condition_id) for condition_id in SPECIALISTS)
    assert all(isinstance(s, Specialty) for row in SPECIALISTS.values() for s in row)
    assert "Cervical dystonia" in condition_suggestions(kb)


def test_the_page_lists_only_the_specialists_who_treat_it(client: Client, philadelphia):
    response = client.get("/doctors/", {"condition": "neck spasms", "near": "Philadelphia, PA"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "2 verified physicians within 25 miles of Philadelphia, PA" in html
    assert "/doctors/neurology/" in html and "/doctors/physical-medicine/" in html
    assert "/doctors/dermatology/" not in html and "/doctors/otolaryngology/" not in html
    assert "Specialists who treat <strong>cervical dystonia</strong> (“neck spasms”)" in html
    assert "Neurologist, Physiatrist (PM&amp;R)" in html
    assert "Ordinary neck pain" in html  # what the words do not mean
    assert '<option value="Cervical dystonia">' in html  # the field's suggestions


def test_a_specialty_with_the_condition_narrows_further(client: Client, philadelphia):
    html = client.get(
        "/doctors/", {"condition": "neck spasms", "specialty": "neurology", "near": "19103"}
    ).content.decode()
    assert "1 verified physician within" in html and "/doctors/neurology/" in html
    none = client.get("/doctors/", {"condition": "neck spasms", "specialty": "dermatology"})
    assert "No verified physician matches this search" in none.content.decode()


def test_an_unknown_condition_is_a_400_with_the_reason(client: Client, philadelphia):
    response = client.get("/doctors/", {"condition": "toenail fungus"})
    assert response.status_code == 400
    assert "We don&#x27;t recognise “toenail fungus” as a condition." in response.content.decode()


def test_the_api_filters_by_condition_and_refuses_what_it_cannot_place(
    client: Client, philadelphia
):
    response = client.get("/api/v1/doctors", {"condition": "underarm sweating", "near": "19103"})
    assert response.status_code == 200
    assert [d["slug"] for d in response.json()["items"]] == ["dermatology"]
    by_id = client.get("/api/v1/doctors", {"condition": "cervical_dystonia"})
    assert {d["slug"] for d in by_id.json()["items"]} == {"neurology", "physical-medicine"}
    unknown = client.get("/api/v1/doctors", {"condition": "toenail fungus"})
    assert unknown.status_code == 404
    assert "toenail fungus" in unknown.json()["detail"]


def test_an_empty_search_with_a_place_offers_a_wider_circle(client: Client, philadelphia):
    # New York is about 80 miles from Philadelphia: no neurologist within 25 miles of it.
    params = {"condition": "neck spasms", "near": "New York, NY"}
    html = client.get("/doctors/", params).content.decode()
    assert "No verified physician matches this search." in html
    assert "radius=100" in html and "2 within 100 miles" in html
    nobody = client.get("/doctors/", {**params, "condition": "overactive bladder"})
    assert nobody.status_code == 200  # no urologist at all: nothing wider to offer
    assert "within 100 miles" not in nobody.content.decode()


@pytest.mark.parametrize(
    ("words", "condition_id", "specialty"),
    [
        ("tear trough", "infraorbital_hollows", Specialty.OCULOPLASTIC_SURGERY),
        ("lip filler", "lip_augmentation", Specialty.DERMATOLOGY),
        ("double chin", "submental_fat", Specialty.PLASTIC_SURGERY),
        ("liquid rhinoplasty", "nonsurgical_rhinoplasty", Specialty.FACIAL_PLASTIC_SURGERY),
    ],
)
def test_filler_areas_find_their_specialists(words: str, condition_id: str, specialty: str):
    found = resolve_condition(words)
    assert found.condition_id == condition_id and specialty in found.specialties


def test_body_filler_sends_nobody():
    # The FDA recommends against filler for the body: the filter finds no specialist for it.
    with pytest.raises(UnknownCondition, match="We can't say which specialists treat"):
        resolve_condition("butt filler")
