"""GET /api/v1/doctors and GET /api/v1/doctors/{slug}."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from django.utils import timezone

from curbside.conftest import client_for
from curbside.lib.geo import MILES_PER_DEGREE, city_location
from curbside.practices.tests.factories import PracticeFactory
from curbside.providers.models import BoardCertification
from curbside.providers.tests.factories import PhysicianFactory

pytestmark = pytest.mark.django_db

PHILADELPHIA = city_location("Philadelphia", "PA") or (0.0, 0.0)


def north_of(miles: float) -> dict[str, float]:
    return {"latitude": PHILADELPHIA[0] + miles / MILES_PER_DEGREE, "longitude": PHILADELPHIA[1]}


@pytest.fixture
def doctors(botox):
    practice = PracticeFactory(name="Schuylkill Facial Plastics", slug="schuylkill")
    made = {
        "ana": PhysicianFactory(
            slug="ana-ruiz",
            first_name="Ana",
            last_name="Ruiz",
            credentials="MD, FACS",
            specialty="facial_plastic_surgery",
            city="Philadelphia",
            state="PA",
            practice=practice,
            rating_avg=4.8333,
            review_count=6,
            rating_score=4.45,
            **north_of(4),
        ),
        "ben": PhysicianFactory(slug="ben-okafor", rating_score=4.9, **north_of(12)),
        "far": PhysicianFactory(slug="far-away", rating_score=5.0, **north_of(60)),
    }
    for physician in made.values():
        physician.treatments.set([botox])
    return made


def test_it_finds_doctors_near_a_place_nearest_first(client: Client, doctors):
    data = client.get("/api/v1/doctors", {"near": "Philadelphia, PA", "treatment": "botox"}).json()
    assert data["count"] == 2
    assert [d["slug"] for d in data["items"]] == ["ana-ruiz", "ben-okafor"]
    ana = data["items"][0]
    assert ana == {
        "slug": "ana-ruiz",
        "name": "Ana Ruiz",
        "credentials": "MD, FACS",
        "specialty": "Facial Plastic Surgeon",
        "city": "Philadelphia",
        "state": "PA",
        "practice": "Schuylkill Facial Plastics",
        "rating": 4.83,
        "review_count": 6,
        "url": "http://testserver/doctors/ana-ruiz/",
        "distance_miles": pytest.approx(4, abs=0.01),
    }
    assert ana["distance_miles"] == round(ana["distance_miles"], 2)


def test_it_sorts_by_score_and_leaves_distance_out_without_a_place(client: Client, doctors):
    by_score = client.get("/api/v1/doctors", {"near": "19103", "radius": 100, "sort": "score"})
    assert [d["slug"] for d in by_score.json()["items"]] == ["far-away", "ben-okafor", "ana-ruiz"]
    everywhere = client.get("/api/v1/doctors", {"specialty": "facial_plastic_surgery"}).json()
    assert [d["slug"] for d in everywhere["items"]] == ["ana-ruiz"]
    assert "distance_miles" not in everywhere["items"][0]


def test_it_pages(client: Client, botox):
    for n in range(25):
        PhysicianFactory(**north_of(n / 5))
    page2 = client.get("/api/v1/doctors", {"near": "Philadelphia, PA", "page": 2}).json()
    assert page2["count"] == 25 and len(page2["items"]) == 5


@pytest.mark.parametrize(
    ("params", "status", "detail"),
    [
        # What the schema cannot say (is there such a place, such a treatment): 404.
        ({"near": "Springfeld, ZZ"}, 404, "We couldn't find 'Springfeld, ZZ'."),
        ({"treatment": "astrology"}, 404, "We don't know that treatment."),
        # What it does say (bounds, the codes it lists): 422, naming the parameter.
        ({"near": "19103", "radius": 0}, 422, "radius"),
        ({"near": "19103", "radius": 900}, 422, "radius"),
        ({"specialty": "wizard"}, 422, "We don't know the specialty 'wizard'."),
        ({"sort": "nearest"}, 422, "Sort by 'distance' or 'score'."),
        ({"radius": "far"}, 422, "radius"),
        ({"page": 0}, 422, "page"),
    ],
)
def test_bad_filters_say_why(client: Client, params, status, detail):
    response = client.get("/api/v1/doctors", params)
    assert response.status_code == status
    body = response.json()
    assert "detail" in body
    assert detail in json.dumps(body["detail"])


def test_sorting_by_distance_without_a_place_lists_the_best_rated(client: Client):
    assert client.get("/api/v1/doctors", {"sort": "distance"}).status_code == 200


def test_a_profile_has_what_the_page_shows(client: Client, doctors, moderator):
    ana = doctors["ana"]
    BoardCertification.objects.create(
        physician=ana, board="American Board of Facial Plastic Surgery", verified_at=timezone.now()
    )
    BoardCertification.objects.create(physician=ana, board="American Board of Otolaryngology")
    data = client.get("/api/v1/doctors/ana-ruiz").json()
    assert data["name"] == "Ana Ruiz" and data["npi_verified"] is True
    assert data["treatments"] == ["botox"] and data["practice_phone"] == "(303) 555-0100"
    assert data["practice_url"] == "http://testserver/practices/schuylkill/"
    assert [(b["board"], b["verified_at"] is not None) for b in data["board_certifications"]] == [
        ("American Board of Facial Plastic Surgery", True),
        ("American Board of Otolaryngology", False),
    ]
    assert [s["stars"] for s in data["stars"]] == [5, 4, 3, 2, 1]
    assert "distance_miles" not in data


def test_only_verified_profiles_are_served_even_to_their_owner(pending_physician, moderator):
    url = f"/api/v1/doctors/{pending_physician.slug}"
    for user in (None, pending_physician.user, moderator):
        response = client_for(user).get(url)
        assert response.status_code == 404 and response.json() == {"detail": "Not found."}
    assert Client().get("/api/v1/doctors/nobody").status_code == 404


def test_the_list_runs_a_fixed_number_of_queries(client: Client, botox, django_assert_num_queries):
    for n in range(30):
        PhysicianFactory(practice=PracticeFactory(), **north_of(n / 5)).treatments.set([botox])
    # The treatment, the candidates in the box, the page's rows.
    with django_assert_num_queries(3):
        client.get("/api/v1/doctors", {"near": "19103", "treatment": "botox"})
