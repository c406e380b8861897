from __future__ import annotations

import pytest

from curbside.practices.models import Practice
from curbside.practices.tests.factories import (
    ConsultationNoteFactory,
    ConsultationRequestFactory,
    PracticeFactory,
)
from curbside.providers.tests.factories import PhysicianFactory

pytestmark = pytest.mark.django_db


def test_admins_read_requests_but_cannot_add_or_change_them(admin_client):
    note = ConsultationNoteFactory()
    consultation = note.request
    assert admin_client.get("/admin/practices/consultationrequest/").status_code == 200
    page = admin_client.get(f"/admin/practices/consultationrequest/{consultation.pk}/change/")
    assert page.status_code == 200 and "Left a voicemail." in page.content.decode()
    assert admin_client.get("/admin/practices/consultationrequest/add/").status_code == 403
    ConsultationRequestFactory(practice=consultation.practice)
    response = admin_client.post(
        f"/admin/practices/consultationrequest/{consultation.pk}/change/", {"status": "closed"}
    )
    assert response.status_code == 403
    consultation.refresh_from_db()
    assert consultation.status == "new"


def _practice_form(**changes: str) -> dict[str, str]:
    form = {
        "slug": "lakeside-dermatology",
        "name": "Lakeside Dermatology",
        "street": "40 Lake Street",
        "city": "Denver",
        "state": "CO",
        "zip_code": "80202",
        "phone": "(303) 555-0199",
        "website": "",
        "description": "Medical and **cosmetic** dermatology.",
    }
    return {**form, **changes}


def test_an_admin_adds_a_practice_through_the_service(admin_client):
    response = admin_client.post("/admin/practices/practice/add/", _practice_form())
    assert response.status_code == 302
    practice = Practice.objects.get(slug="lakeside-dermatology")
    assert practice.latitude is not None  # placed on the find-a-doctor map
    assert "<strong>cosmetic</strong>" in practice.description_html


def test_the_admin_refuses_what_the_service_refuses(admin_client):
    response = admin_client.post(
        "/admin/practices/practice/add/", _practice_form(zip_code="123", phone="call us")
    )
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "zip_code" in errors and "phone" in errors
    assert not Practice.objects.filter(slug="lakeside-dermatology").exists()


def test_an_admin_edit_moves_the_practice_and_its_physicians(admin_client):
    practice = PracticeFactory(slug="lakeside-dermatology", zip_code="80202")
    physician = PhysicianFactory(practice=practice)
    before = Practice.objects.get(pk=practice.pk).latitude
    url = f"/admin/practices/practice/{practice.pk}/change/"
    response = admin_client.post(url, _practice_form(city="Boston", state="MA", zip_code="02108"))
    assert response.status_code == 302
    practice.refresh_from_db()
    physician.refresh_from_db()
    assert practice.city == "Boston" and practice.latitude != before
    assert (physician.latitude, physician.longitude) == (practice.latitude, practice.longitude)
