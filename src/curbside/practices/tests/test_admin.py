from __future__ import annotations

import pytest

from curbside.practices.tests.factories import ConsultationNoteFactory, ConsultationRequestFactory

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
