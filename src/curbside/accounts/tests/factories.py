from __future__ import annotations

import factory
from django.utils import timezone

from curbside.accounts.models import User


class UserFactory(factory.django.DjangoModelFactory[User]):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.com")
    public_name = factory.Sequence(lambda n: f"Member-{n:04d}")
    role = "patient"
    email_verified_at = factory.LazyFunction(timezone.now)
    password = factory.django.Password("correct horse battery")
