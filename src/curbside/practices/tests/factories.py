from __future__ import annotations

import factory

from curbside.accounts.tests.factories import UserFactory
from curbside.practices.models import Practice, PracticeStaff


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
