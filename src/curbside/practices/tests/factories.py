from __future__ import annotations

import factory
from django.utils import timezone

from curbside.accounts.tests.factories import UserFactory
from curbside.practices.models import (
    ConsultationNote,
    ConsultationRequest,
    Practice,
    PracticeStaff,
)


class PracticeFactory(factory.django.DjangoModelFactory[Practice]):
    class Meta:
        model = Practice

    slug = factory.Sequence(lambda n: f"practice-{n}")
    name = factory.Sequence(lambda n: f"Riverside Skin Clinic {n}")
    street = "12 Main Street"
    city = "Denver"
    state = "CO"
    zip_code = "80202"
    phone = "(303) 555-0100"


class PracticeStaffFactory(factory.django.DjangoModelFactory[PracticeStaff]):
    class Meta:
        model = PracticeStaff

    user = factory.SubFactory(UserFactory, role="practice_staff")
    practice = factory.SubFactory(PracticeFactory)


class ConsultationRequestFactory(factory.django.DjangoModelFactory[ConsultationRequest]):
    class Meta:
        model = ConsultationRequest

    practice = factory.SubFactory(PracticeFactory)
    name = "Rosa Delgado"
    email = factory.Sequence(lambda n: f"requester{n}@example.com")
    phone = "(303) 555-0199"
    message = "I would like to talk about Botox for neck spasms and whether a low dose is possible."
    consent_at = factory.LazyFunction(timezone.now)
    created_at = factory.LazyFunction(timezone.now)


class ConsultationNoteFactory(factory.django.DjangoModelFactory[ConsultationNote]):
    class Meta:
        model = ConsultationNote

    request = factory.SubFactory(ConsultationRequestFactory)
    text = "Left a voicemail."
