from __future__ import annotations

import factory
from django.utils import timezone

from curbside.accounts.tests.factories import UserFactory
from curbside.lib.npi import npi_check_digit
from curbside.providers.models import Physician


def valid_npi(n: int) -> str:
    first_nine = f"1{n:08d}"
    return first_nine + str(npi_check_digit(first_nine))


class PhysicianFactory(factory.django.DjangoModelFactory[Physician]):
    class Meta:
        model = Physician
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory, role="physician")
    slug = factory.Sequence(lambda n: f"dr-{n}")
    first_name = "Lee"
    last_name = factory.Sequence(lambda n: f"Hartley{n}")
    credentials = "MD"
    specialty = "dermatology"
    npi = factory.Sequence(valid_npi)
    practicing_since = 2010
    city = "Denver"
    state = "CO"
    status = "verified"
    status_changed_at = factory.LazyFunction(timezone.now)
