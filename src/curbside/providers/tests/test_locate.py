"""Where find-a-doctor places physicians: physician_locate, the sign-up hook, the
locate_physicians command and the demo's geo step."""

from __future__ import annotations

import random

import pytest
from django.core.management import call_command
from django.test import Client

from curbside.demo import extra_geo
from curbside.demo.content import directory
from curbside.lib.geo import city_location, zip_location
from curbside.practices.tests.factories import PracticeFactory
from curbside.providers.models import Physician
from curbside.providers.services import physician_locate
from curbside.providers.tests.factories import PhysicianFactory, valid_npi

pytestmark = pytest.mark.django_db


def test_a_physician_with_a_practice_is_placed_at_its_zip(physician):
    physician.practice = PracticeFactory(zip_code="19103", city="Philadelphia", state="PA")
    physician_locate(physician=physician)
    physician.refresh_from_db()
    assert (physician.latitude, physician.longitude) == zip_location("19103")


def test_without_a_practice_the_city_places_them(physician):
    physician_locate(physician=physician)
    assert (physician.latitude, physician.longitude) == city_location("Denver", "CO")


def test_a_practice_with_an_unknown_zip_falls_back_to_its_city(physician):
    physician.practice = PracticeFactory(zip_code="00000", city="Boston", state="MA")
    physician_locate(physician=physician)
    assert (physician.latitude, physician.longitude) == city_location("Boston", "MA")


def test_an_unknown_place_leaves_them_unplaced(django_assert_num_queries):
    physician = PhysicianFactory(city="Xyzzyville", state="CO", latitude=1.0, longitude=2.0)
    physician_locate(physician=physician)
    physician.refresh_from_db()
    assert physician.latitude is None and physician.longitude is None
    with django_assert_num_queries(0):  # nothing changed, nothing written
        physician_locate(physician=physician)


def test_sign_up_places_the_new_physician(client: Client):
    client.post(
        "/accounts/signup/physician/",
        {
            "email": "dr.vance@example.com",
            "password": "a long passphrase 42",
            "first_name": "Mira",
            "last_name": "Vance",
            "credentials": "MD",
            "specialty": "dermatology",
            "npi": valid_npi(778),
            "practicing_since": 2012,
            "city": "Tucson",
            "state": "AZ",
        },
    )
    physician = Physician.objects.get()
    assert (physician.latitude, physician.longitude) == city_location("Tucson", "AZ")


def test_the_command_places_the_unplaced(capsys):
    PhysicianFactory(city="Austin", state="TX")
    PhysicianFactory(city="Xyzzyville", state="TX")
    call_command("locate_physicians")
    out = capsys.readouterr()
    assert "Placed 1 physicians; 1 without a known location." in out.out
    assert "No location for" in out.err
    assert Physician.objects.filter(latitude__isnull=False).count() == 1


def test_every_demo_practice_zip_is_known():
    for name, _, city, state, zip_code, _ in directory.PRACTICES.values():
        assert zip_location(zip_code) is not None, name
        assert city_location(city, state) is not None, name


def test_the_demo_geo_step_places_practices_and_physicians_and_can_run_again():
    practice = PracticeFactory(zip_code="10065", city="New York", state="NY")
    PhysicianFactory(practice=practice)
    PhysicianFactory(city="Seattle", state="WA")
    counts = extra_geo.load(rng=random.Random(1))
    assert counts == {"practices_located": 1, "physicians_located": 2}
    practice.refresh_from_db()
    assert (practice.latitude, practice.longitude) == zip_location("10065")
    assert extra_geo.load(rng=random.Random(1)) == counts
