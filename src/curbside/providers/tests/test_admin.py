"""The physician admin stores edits through providers.services.physician_update."""

from __future__ import annotations

import pytest

from curbside.providers.tests.factories import PhysicianFactory
from curbside.qa.models import Question
from curbside.qa.tests.factories import AnswerFactory

pytestmark = pytest.mark.django_db


def _form(physician, **changes):
    form = {
        "user": physician.user_id,
        "first_name": physician.first_name,
        "last_name": physician.last_name,
        "slug": physician.slug,
        "credentials": physician.credentials,
        "specialty": physician.specialty,
        "npi": physician.npi,
        "practicing_since": physician.practicing_since,
        "city": physician.city,
        "state": physician.state,
        "bio": physician.bio,
        "board_certifications-TOTAL_FORMS": 0,
        "board_certifications-INITIAL_FORMS": 0,
    }
    return {**form, **changes}


def test_an_admin_edit_renders_the_bio_and_refreshes_the_answer_cards(admin_client):
    answer = AnswerFactory()
    physician = answer.physician
    version = Question.objects.get(pk=answer.question_id).cache_version
    url = f"/admin/providers/physician/{physician.pk}/change/"
    response = admin_client.post(
        url, _form(physician, last_name="Okafor", bio="Board **certified**.")
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    physician.refresh_from_db()
    assert physician.last_name == "Okafor"
    assert "<strong>certified</strong>" in physician.bio_html
    assert Question.objects.get(pk=answer.question_id).cache_version > version


def test_the_status_cannot_be_changed_in_the_admin(admin_client):
    physician = PhysicianFactory(status="pending")
    url = f"/admin/providers/physician/{physician.pk}/change/"
    admin_client.post(url, _form(physician, status="verified"))
    physician.refresh_from_db()
    assert physician.status == "pending"
