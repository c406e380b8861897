from __future__ import annotations

import random
import re

import pytest
from django.test import Client
from django.utils.text import slugify

from curbside.demo import extra_practices
from curbside.demo.content import directory
from curbside.practices.models import ConsultationRequest, Practice
from curbside.practices.tests.factories import PracticeStaffFactory
from curbside.providers.tests.factories import PhysicianFactory
from curbside.qa.tests.factories import TreatmentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_directory() -> dict[str, Practice]:
    """The demo's practices, each with one verified physician of a fitting specialty."""
    treatments = {
        slug: TreatmentFactory(slug=slug, name=name, kind=kind)
        for slug, name, kind, _ in directory.TREATMENTS
    }
    specialties = list(directory.SPECIALTY_TREATMENTS)
    practices = {}
    for n, (key, (name, street, city, state, zip_code, phone)) in enumerate(
        directory.PRACTICES.items()
    ):
        practice = Practice.objects.create(
            slug=slugify(name),
            name=name,
            street=street,
            city=city,
            state=state,
            zip_code=zip_code,
            phone=phone,
            website=f"https://{slugify(name)}.example",
        )
        specialty = specialties[n % len(specialties)]
        doctor = PhysicianFactory(practice=practice, specialty=specialty)
        doctor.treatments.set(treatments[s] for s in directory.SPECIALTY_TREATMENTS[specialty])
        practices[key] = practice
    PracticeStaffFactory(practice=practices[directory.DEMO_STAFF_PRACTICE])
    return practices


def test_it_describes_locates_and_fills_inboxes(demo_directory):
    counts = extra_practices.load(rng=random.Random(2026))
    total = len(demo_directory)
    assert counts["practice_descriptions"] == counts["practices_located"] == total
    assert counts["consultation_requests"] == ConsultationRequest.objects.count() == 20
    for practice in Practice.objects.all():
        assert practice.description_html and practice.latitude and practice.longitude
    home = demo_directory[directory.DEMO_STAFF_PRACTICE]
    inbox = ConsultationRequest.objects.for_practice(home)
    assert inbox.count() == 8
    assert {"new", "contacted", "booked", "closed"} <= set(inbox.values_list("status", flat=True))
    assert inbox.median_first_response() is not None
    for consultation in ConsultationRequest.objects.prefetch_related("notes"):
        assert not consultation.email or consultation.email.endswith("@example.com")
        assert not consultation.phone or re.search(r"555-01\d\d$", consultation.phone)
        assert (consultation.status == "new") == (consultation.first_response_at is None)
        if consultation.treatment is not None:
            assert consultation.practice.treatments_offered().filter(pk=consultation.treatment_id)
    page = Client().get(home.get_absolute_url()).content.decode()
    assert "Usually responds within" in page
    pages_with_times = sum(
        "Usually responds within" in Client().get(p.get_absolute_url()).content.decode()
        for p in demo_directory.values()
    )
    assert pages_with_times >= 3


def test_every_demo_practice_has_a_description():
    names = {name for name, *_ in directory.PRACTICES.values()}
    assert names == set(extra_practices.DESCRIPTIONS)
