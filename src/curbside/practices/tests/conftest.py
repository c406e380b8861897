"""The practices tests' cast, on top of the project's: the practice staff's practice, with the
verified physician and the pending physician working there, and a second practice's staff."""

from __future__ import annotations

import time
from typing import Any

import pytest

from curbside.accounts.models import User
from curbside.catalogue.models import Treatment
from curbside.practices import spam
from curbside.practices.models import Practice
from curbside.practices.tests.factories import PracticeStaffFactory
from curbside.providers.models import Physician


@pytest.fixture
def practice(
    staff: User, physician: Physician, pending_physician: Physician, botox: Treatment
) -> Practice:
    practice = staff.practice_membership.practice
    Practice.objects.filter(pk=practice.pk).update(
        slug="madison-lane", name="Madison Lane Dermatology", phone="(212) 555-0143"
    )
    practice.refresh_from_db()
    for doctor in (physician, pending_physician):
        doctor.practice = practice
        doctor.save(update_fields=["practice"])
        doctor.treatments.add(botox)
    return practice


@pytest.fixture
def other_staff(db: None) -> User:
    return PracticeStaffFactory(practice__slug="elsewhere", practice__name="Elsewhere Clinic").user


def started(practice: Practice, seconds_ago: float = 30) -> str:
    return spam.form_token(practice_id=practice.pk, now=time.time() - seconds_ago)


def form_data(practice: Practice, **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": "Rosa Delgado",
        "email": "rosa@example.com",
        "phone": "(212) 555-0188",
        "treatment": "botox",
        "message": "Neck spasms for two years; I have allergies and want to start carefully.",
        "preferred_contact_time": "morning",
        "consent": "on",
        "homepage": "",
        "started": started(practice),
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


@pytest.fixture(autouse=True)
def _one_rate_window(monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests count requests against hourly and daily limits: keep them in one window.
    monkeypatch.setattr("curbside.limits.services._now", lambda: 1_800_000_030.0)
