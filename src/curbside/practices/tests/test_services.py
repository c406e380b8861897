from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from curbside.limits import rates
from curbside.notifications.services import email_opt_out
from curbside.practices import services, spam
from curbside.practices.models import ConsultationRequest
from curbside.practices.page import response_time_words
from curbside.practices.tests.factories import ConsultationRequestFactory
from curbside.qa.tests.factories import TreatmentFactory

pytestmark = pytest.mark.django_db


def _create(practice, **overrides):
    arguments = {
        "practice": practice,
        "name": "Rosa Delgado",
        "email": "rosa@Example.COM",
        "phone": "",
        "treatment": None,
        "message": "I would like to discuss Botox for neck spasms.",
        "preferred_contact_time": "any",
        "consent": True,
        "ip": "203.0.113.9",
    }
    arguments.update(overrides)
    return services.consultation_request_create(**arguments)


def test_it_normalises_what_it_stores(practice):
    consultation = _create(practice, name="  Rosa   Delgado ", phone=" (212)  555-0188 ")
    assert consultation.name == "Rosa Delgado"
    assert consultation.email == "rosa@example.com"
    assert consultation.phone == "(212) 555-0188"


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"email": "", "phone": ""}, "contact"),
        ({"consent": False}, "consent"),
        ({"message": "<img src=x onerror=alert(1)>"}, "message"),
        ({"message": "Hi"}, "message"),
        ({"name": ""}, "name"),
        ({"preferred_contact_time": "midnight"}, "preferred_contact_time"),
        ({"phone": "12"}, "phone"),
    ],
)
def test_it_refuses_bad_input_and_saves_nothing(practice, overrides, field):
    with pytest.raises(ValidationError) as caught:
        _create(practice, **overrides)
    assert field in caught.value.message_dict
    assert not ConsultationRequest.objects.exists()
    assert not mail.outbox


def test_it_refuses_a_treatment_the_practice_does_not_offer(practice, botox):
    facelift = TreatmentFactory(slug="facelift", name="Facelift")
    with pytest.raises(ValidationError) as caught:
        _create(practice, treatment=facelift)
    assert "does not list Facelift" in caught.value.message_dict["treatment"][0]
    assert _create(practice, treatment=botox).treatment == botox


def test_rate_limited_requests_save_nothing(practice):
    for n in range(rates.CONSULTATION_ADDRESS.limit):
        _create(practice, ip=f"198.51.100.{n}")
    with pytest.raises(spam.RateLimited) as caught:
        _create(practice, ip="192.0.2.50")
    assert caught.value.retry_after > 0
    assert ConsultationRequest.objects.count() == rates.CONSULTATION_ADDRESS.limit


def test_staff_who_opted_out_get_the_in_app_notice_only(practice, staff, physician):
    email_opt_out(user=staff, kind="consultation")
    _create(practice, email="", phone="(212) 555-0188")
    assert [m.to for m in mail.outbox] == [[physician.user.email]]
    assert staff.notifications.filter(kind="consultation").count() == 1


def test_the_acknowledgement_says_how_soon_the_practice_usually_responds(practice):
    now = timezone.now()
    for hours in (20, 22, 30):
        ConsultationRequestFactory(
            practice=practice,
            created_at=now - timedelta(days=10),
            first_response_at=now - timedelta(days=10) + timedelta(hours=hours),
        )
    _create(practice)
    [ack] = [m for m in mail.outbox if m.to == ["rosa@example.com"]]
    assert "usually respond within 1 day" in ack.body


def test_the_median_needs_three_answered_requests(practice):
    requests = ConsultationRequest.objects.for_practice(practice)
    now = timezone.now()
    for hours in (1, 50):
        ConsultationRequestFactory(
            practice=practice, created_at=now, first_response_at=now + timedelta(hours=hours)
        )
    ConsultationRequestFactory(practice=practice, created_at=now)  # not answered yet
    assert requests.median_first_response() is None
    ConsultationRequestFactory(
        practice=practice, created_at=now, first_response_at=now + timedelta(hours=3)
    )
    assert requests.median_first_response() == timedelta(hours=3)


@pytest.mark.parametrize(
    ("wait", "words"),
    [
        (timedelta(minutes=20), "an hour"),
        (timedelta(hours=4), "a few hours"),
        (timedelta(hours=9), "1 day"),
        (timedelta(hours=30), "2 days"),
        (timedelta(days=9), "2 weeks"),
    ],
)
def test_response_times_read_as_words(wait, words):
    assert response_time_words(wait) == words


def test_a_status_change_records_the_first_response_once(practice, staff):
    consultation = ConsultationRequestFactory(practice=practice)
    updated = services.consultation_request_update(
        consultation=consultation, author=staff, status="closed", note="Duplicate."
    )
    assert updated.status == "closed" and updated.first_response_at is not None
    first = updated.first_response_at
    updated = services.consultation_request_update(consultation=updated, author=staff, status="new")
    updated = services.consultation_request_update(
        consultation=updated, author=staff, status="contacted"
    )
    assert updated.first_response_at == first
    assert list(updated.notes.values_list("status", flat=True)) == ["closed", "new", "contacted"]
