"""The cast every test can call on: visitor, patient, pending and verified physicians,
practice staff and a moderator, plus a published question with answers."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client

from curbside.accounts.models import User
from curbside.accounts.tests.factories import UserFactory
from curbside.catalogue.models import Treatment
from curbside.limits.services import forget_refusals
from curbside.practices.tests.factories import PracticeStaffFactory
from curbside.providers.models import Physician
from curbside.providers.tests.factories import PhysicianFactory
from curbside.qa.models import Question
from curbside.qa.tests.factories import AnswerFactory, QuestionFactory, TreatmentFactory
from curbside.search import vectors


@pytest.fixture(autouse=True)
def _fast_tests(settings: Any) -> None:
    # Argon2 is deliberately slow; tests check the setting itself in test_settings.py.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.SITE_URL = "http://testserver"
    # Cached question pages and the per-process vector index are keyed by question id, and
    # test databases reuse ids.
    cache.clear()
    vectors.reset()
    forget_refusals()


@pytest.fixture
def patient(db: None) -> User:
    return UserFactory(email="pat@example.com", public_name="MapleWren-101")


@pytest.fixture
def unverified_patient(db: None) -> User:
    return UserFactory(email="new@example.com", public_name="FernOwl-202", email_verified_at=None)


@pytest.fixture
def physician(db: None) -> Physician:
    return PhysicianFactory(first_name="Ana", last_name="Ruiz", credentials="MD, FACS")


@pytest.fixture
def other_physician(db: None) -> Physician:
    return PhysicianFactory(first_name="Omar", last_name="Lindqvist")


@pytest.fixture
def pending_physician(db: None) -> Physician:
    return PhysicianFactory(status="pending", first_name="Pia", last_name="Moreno")


@pytest.fixture
def staff(db: None) -> User:
    return PracticeStaffFactory().user


@pytest.fixture
def moderator(db: None) -> User:
    return UserFactory(
        role="moderator", is_staff=True, email="mod@example.com", public_name="Moderator-1"
    )


@pytest.fixture
def botox(db: None) -> Treatment:
    return TreatmentFactory(slug="botox", name="Botox", kind="neurotoxin")


@pytest.fixture
def question(patient: User, botox: Treatment) -> Question:
    return QuestionFactory(
        author=patient,
        treatments=[botox],
        title="Can I be allergy-tested before Botox for neck spasms?",
    )


@pytest.fixture
def answered_question(question: Question, physician: Physician) -> Question:
    AnswerFactory(question=question, physician=physician)
    return question


def client_for(user: User | None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def cast(
    patient: User,
    pending_physician: Physician,
    physician: Physician,
    staff: User,
    moderator: User,
) -> dict[str, User | None]:
    return {
        "visitor": None,
        "patient": patient,
        "pending_physician": pending_physician.user,
        "verified_physician": physician.user,
        "practice_staff": staff,
        "moderator": moderator,
    }
