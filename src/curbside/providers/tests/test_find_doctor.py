"""Find a doctor: PhysicianQuerySet.search() and the /doctors/ page."""

from __future__ import annotations

import pytest
from django.test import Client

from curbside.conftest import client_for
from curbside.lib.geo import MILES_PER_DEGREE, LatLon, city_location
from curbside.practices.tests.factories import PracticeFactory
from curbside.providers.models import Physician
from curbside.providers.tests.factories import PhysicianFactory
from curbside.qa.tests.factories import TreatmentFactory

pytestmark = pytest.mark.django_db

PHILADELPHIA = city_location("Philadelphia", "PA") or (0.0, 0.0)
NEW_YORK = city_location("New York", "NY") or (0.0, 0.0)


def north_of(point: LatLon, miles: float) -> tuple[float, float]:
    """A point `miles` due north: along a meridian the great-circle distance is exact."""
    return (point[0] + miles / MILES_PER_DEGREE, point[1])


def doctor(point: LatLon | None, *, treatments=(), score: float = 4.0, **fields) -> Physician:
    lat, lon = point if point else (None, None)
    physician = PhysicianFactory(latitude=lat, longitude=lon, rating_score=score, **fields)
    physician.treatments.set(treatments)
    return physician


def slugs(results) -> list[str]:
    return [p.slug for p in results]


def search(**criteria) -> list[Physician]:
    return list(Physician.objects.verified().for_card().search(**criteria))


# -- the QuerySet -------------------------------------------------------------------------


def test_it_sorts_by_distance_and_says_how_far(botox):
    far = doctor(north_of(PHILADELPHIA, 20), slug="far")
    near = doctor(north_of(PHILADELPHIA, 2), slug="near")
    doctor(NEW_YORK, slug="new-york")  # about 80 miles away
    results = search(near=PHILADELPHIA, radius=25)
    assert slugs(results) == ["near", "far"]
    assert results[0].distance_miles == pytest.approx(2, abs=0.01)
    assert results[1].distance_miles == pytest.approx(20, abs=0.01)
    assert slugs(search(near=PHILADELPHIA, radius=100)) == [near.slug, far.slug, "new-york"]


def test_the_radius_includes_its_edge_and_nothing_past_it():
    doctor(north_of(PHILADELPHIA, 24.99), slug="inside")
    doctor(north_of(PHILADELPHIA, 25.01), slug="outside")
    doctor((PHILADELPHIA[0], PHILADELPHIA[1] + 25.01 / 52.9), slug="outside-east")
    assert slugs(search(near=PHILADELPHIA, radius=25)) == ["inside"]


def test_it_sorts_by_bayesian_score_with_or_without_a_place():
    doctor(north_of(PHILADELPHIA, 1), slug="close-ok", score=4.1)
    doctor(north_of(PHILADELPHIA, 9), slug="farther-best", score=4.8)
    doctor(NEW_YORK, slug="new-york-good", score=4.5)
    assert slugs(search(near=PHILADELPHIA, radius=25, sort="score")) == [
        "farther-best",
        "close-ok",
    ]
    assert slugs(search()) == ["farther-best", "new-york-good", "close-ok"]
    assert slugs(search(sort="score")) == slugs(search())


def test_it_filters_by_treatment_and_specialty(botox):
    filler = TreatmentFactory(slug="lip-filler", name="Lip filler", kind="filler")
    doctor(PHILADELPHIA, slug="derm-botox", treatments=[botox], specialty="dermatology")
    doctor(PHILADELPHIA, slug="derm-filler", treatments=[filler], specialty="dermatology")
    doctor(PHILADELPHIA, slug="neuro-botox", treatments=[botox, filler], specialty="neurology")
    assert set(slugs(search(treatment=botox))) == {"derm-botox", "neuro-botox"}
    assert slugs(search(treatment=botox, specialty="neurology")) == ["neuro-botox"]
    assert slugs(search(treatment=filler, specialty="dermatology", near=PHILADELPHIA)) == [
        "derm-filler"
    ]


def test_only_verified_active_placed_physicians_are_found():
    doctor(PHILADELPHIA, slug="verified")
    doctor(PHILADELPHIA, slug="pending", status="pending")
    doctor(PHILADELPHIA, slug="rejected", status="rejected")
    doctor(PHILADELPHIA, slug="inactive", user__is_active=False)
    doctor(None, slug="unplaced")
    assert slugs(search(near=PHILADELPHIA)) == ["verified"]
    assert set(slugs(search())) == {"verified", "unplaced"}


def test_results_page_through_in_a_stable_order():
    for n in range(45):
        doctor(north_of(PHILADELPHIA, n / 2), slug=f"doc-{n:02d}")
    results = Physician.objects.verified().search(near=PHILADELPHIA, radius=25)
    assert len(results) == 45
    assert slugs(results[20:40]) == [f"doc-{n:02d}" for n in range(20, 40)]
    assert results[-1].slug == "doc-44" and results[0].slug == "doc-00"
    with pytest.raises(IndexError):
        results[45]


# -- the page -------------------------------------------------------------------------------


def test_it_finds_botox_doctors_near_a_city(client: Client, botox):
    practice = PracticeFactory(name="Schuylkill Facial Plastics", city="Philadelphia", state="PA")
    doctor(
        north_of(PHILADELPHIA, 3),
        slug="ana-ruiz",
        first_name="Ana",
        last_name="Ruiz",
        credentials="MD, FACS",
        specialty="facial_plastic_surgery",
        city="Philadelphia",
        state="PA",
        practice=practice,
        treatments=[botox],
        rating_avg=4.8,
        review_count=41,
    )
    doctor(north_of(PHILADELPHIA, 1), slug="no-botox")
    response = client.get("/doctors/", {"treatment": "botox", "near": "Philadelphia, PA"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "1 verified physician within 25 miles of Philadelphia, PA" in html
    assert 'href="/doctors/ana-ruiz/"' in html and "Dr. Ana Ruiz, MD, FACS" in html
    assert "Facial Plastic Surgeon · Philadelphia, PA · Schuylkill Facial Plastics" in html
    assert "4.8 out of 5 stars · 41 reviews" in html and "3.0 miles" in html
    assert "no-botox" not in html


def test_without_filters_it_lists_the_best_rated(client: Client):
    doctor(PHILADELPHIA, slug="good", score=4.2)
    doctor(None, slug="best", score=4.9)
    html = client.get("/doctors/").content.decode()
    assert html.index("/doctors/best/") < html.index("/doctors/good/")
    assert " miles" not in html.split("<ol", 1)[1]


def test_pages_keep_the_filters(client: Client, botox):
    for n in range(21):
        doctor(north_of(PHILADELPHIA, n), slug=f"doc-{n:02d}", treatments=[botox])
    page1 = client.get("/doctors/", {"treatment": "botox", "near": "19103", "radius": 50})
    assert "Page 1 of 2" in page1.content.decode()
    assert "?treatment=botox&amp;near=19103&amp;radius=50&amp;page=2" in page1.content.decode()
    page2 = client.get(
        "/doctors/", {"treatment": "botox", "near": "19103", "radius": 50, "page": 2}
    )
    assert page2.content.decode().count('class="find-card doc-card"') == 1


@pytest.mark.parametrize(
    ("params", "message"),
    [
        (
            {"near": "Springfeld, ZZ"},
            "We couldn&#x27;t find &#x27;Springfeld, ZZ&#x27;. Try a ZIP code or &#x27;City, ST&#x27;.",
        ),
        ({"near": "00000"}, "We couldn&#x27;t find &#x27;00000&#x27;."),
        ({"near": "Springfield"}, "Add the state"),
        ({"near": "19103", "radius": 0}, "Choose a distance between 1 and 500 miles."),
        ({"near": "19103", "radius": 501}, "Choose a distance between 1 and 500 miles."),
        ({"near": "19103", "radius": "far"}, "Choose a distance between 1 and 500 miles."),
        ({"treatment": "astrology"}, "We don&#x27;t know that treatment."),
        ({"specialty": "wizard"}, "We don&#x27;t know the specialty &#x27;wizard&#x27;."),
        ({"sort": "distance"}, "Enter a city or ZIP code to sort by distance."),
        ({"sort": "price"}, "Sort by &#x27;distance&#x27; or &#x27;score&#x27;."),
    ],
)
def test_bad_input_is_a_400_with_the_form_and_the_reason(client: Client, params, message):
    response = client.get("/doctors/", params)
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html and '<form method="get" action="/doctors/#results"' in html


def test_the_page_runs_a_fixed_number_of_queries(django_assert_num_queries, botox):
    practice = PracticeFactory()
    for n in range(25):
        doctor(north_of(PHILADELPHIA, n / 3), practice=practice, treatments=[botox])
    client = Client()
    params = {"treatment": "botox", "near": "Philadelphia, PA"}
    # The treatment, the candidates in the box, the page's rows, the treatment menu, and the
    # evidence base's revision (the condition field's suggestions come from the cached base).
    with django_assert_num_queries(5):
        assert client.get("/doctors/", params).status_code == 200
    with django_assert_num_queries(5):
        assert client.get("/doctors/", {**params, "page": 2}).status_code == 200
    # Without a place: the count, the page's rows, the treatment menu, the revision.
    with django_assert_num_queries(4):
        assert client.get("/doctors/").status_code == 200


def test_signed_in_people_search_too(cast):
    for user in cast.values():
        assert client_for(user).get("/doctors/", {"near": "Denver, CO"}).status_code == 200
