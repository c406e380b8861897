from __future__ import annotations

import time

import pytest

from curbside.lib.geo import (
    MILES_PER_DEGREE,
    UnknownPlace,
    bounding_box,
    city_location,
    miles_between,
    parse_near,
    resolve_near,
    zip_location,
)


def _place(text: str) -> tuple[float, float]:
    place = parse_near(text)
    assert place is not None, text
    return place.point


@pytest.mark.parametrize(
    ("a", "b", "miles", "tolerance"),
    [
        ("New York, NY", "Philadelphia, PA", 80, 6),
        ("Los Angeles, CA", "San Francisco, CA", 347, 10),
        ("10001", "19103", 80, 6),  # Manhattan to Center City
        ("Boston, MA", "Chicago, IL", 851, 15),
    ],
)
def test_it_measures_known_city_pairs(a, b, miles, tolerance):
    assert miles_between(_place(a), _place(b)) == pytest.approx(miles, abs=tolerance)


def test_a_place_is_zero_miles_from_itself():
    point = zip_location("10001")
    assert point is not None and miles_between(point, point) == 0


def test_distance_is_symmetric_and_one_degree_of_latitude_is_about_69_miles():
    a, b = (40.0, -75.0), (41.0, -75.0)
    assert miles_between(a, b) == pytest.approx(MILES_PER_DEGREE) == pytest.approx(69.09, abs=0.01)
    assert miles_between(a, b) == miles_between(b, a)


@pytest.mark.parametrize("zip_code", ["10001", "10001-1234", " 19103 "])
def test_it_knows_zip_codes_and_zip_plus_4(zip_code):
    lat, lon = zip_location(zip_code) or (0, 0)
    assert 39 < lat < 41 and -76 < lon < -73


@pytest.mark.parametrize("zip_code", ["00000", "ABCDE", "1234", "123456", "", "10001-12"])
def test_it_refuses_zip_codes_that_do_not_exist(zip_code):
    assert zip_location(zip_code) is None
    assert parse_near(zip_code) is None


@pytest.mark.parametrize(
    "text",
    [
        "Philadelphia, PA",
        "Philadelphia PA",
        "philadelphia, pennsylvania",
        "PHILADELPHIA,PA",
        "  Philadelphia ,  Pa ",
    ],
)
def test_it_reads_a_city_with_its_state_in_every_usual_form(text):
    place = parse_near(text)
    assert place is not None and place.label == "Philadelphia, PA"
    assert place.point == city_location("Philadelphia", "PA")


def test_a_city_is_the_centre_of_its_standard_zip_codes():
    lat, lon = city_location("philadelphia", "pa") or (0, 0)
    assert miles_between((lat, lon), (39.9526, -75.1652)) < 5  # City Hall


def test_it_reads_zip_codes_with_their_city_in_the_label():
    place = resolve_near("10001-1234")
    assert place.label == "10001 (New York, NY)" and place.point == zip_location("10001")


def test_it_accepts_the_datas_acceptable_city_names_and_saint_abbreviations():
    assert city_location("West Hollywood", "CA") is not None  # an acceptable name in the data
    assert parse_near("St. Louis, MO") == parse_near("Saint Louis MO") is not None
    assert parse_near("new york new york") == parse_near("New York, NY") is not None


def test_a_city_name_alone_is_enough_when_only_one_state_has_it():
    assert resolve_near("Chicago").label == "Chicago, IL"
    assert resolve_near("new york").label == "New York, NY"


def test_an_ambiguous_city_name_asks_for_the_state_suggesting_the_largest():
    with pytest.raises(UnknownPlace, match=r"several states \(CO, IA, .*e\.g\. 'Denver, CO'\.$"):
        resolve_near("Denver")
    with pytest.raises(UnknownPlace, match=r"e\.g\. 'Houston, TX'\.$"):
        resolve_near("houston")
    with pytest.raises(UnknownPlace, match=r"several states .*Add the state, e\.g\."):
        resolve_near("Springfield")
    assert parse_near("Springfield") is None
    assert parse_near("Springfield, IL") is not None


@pytest.mark.parametrize("text", ["Springfeld, ZZ", "Nowhereville, PA", "Xyzzyville", "Denver, XX"])
def test_unknown_places_say_what_to_try(text):
    with pytest.raises(UnknownPlace) as caught:
        resolve_near(text)
    assert str(caught.value) == f"We couldn't find '{text}'. Try a ZIP code or 'City, ST'."


def test_an_empty_text_is_no_place():
    with pytest.raises(UnknownPlace, match="Enter a US city or ZIP code"):
        resolve_near("   ")


def test_the_bounding_box_holds_the_whole_circle():
    centre = (47.6, -122.3)  # Seattle: far enough north for meridians to converge visibly
    box = bounding_box(centre, 100)
    for corner_lat, corner_lon in [(box.min_lat, centre[1]), (centre[0], box.max_lon)]:
        assert miles_between(centre, (corner_lat, corner_lon)) >= 100
    # A point 99.9 miles due east lies inside the box.
    east = (centre[0], centre[1] + 99.9 / (MILES_PER_DEGREE * 0.6740))
    assert miles_between(centre, east) < 100 and box.min_lon < east[1] < box.max_lon


def test_lookups_are_fast_after_the_first():
    parse_near("Philadelphia, PA")  # builds the indexes, once per process
    started = time.perf_counter()
    for _ in range(1000):
        parse_near("Philadelphia, PA")
        zip_location("10001")
    assert time.perf_counter() - started < 0.5
