"""What the steps of the demo load share: the seeded generator and the clock, the rows made so
far by their content key, running counts, and the demo's logins."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from django.contrib.auth.hashers import make_password
from django.utils import timezone

from curbside.accounts.models import User
from curbside.catalogue.models import Treatment
from curbside.practices.models import Practice
from curbside.providers.models import Physician

DEMO_PASSWORD = "curbside-demo"  # noqa: S105  # published on purpose: demo accounts only
DEMO_DOMAIN = "demo.curbside.test"
PATIENT_EMAIL = f"patient@{DEMO_DOMAIN}"
DOCTOR_EMAIL = f"doctor@{DEMO_DOMAIN}"
PENDING_EMAIL = f"pending-doctor@{DEMO_DOMAIN}"
MODERATOR_EMAIL = f"moderator@{DEMO_DOMAIN}"
STAFF_EMAIL = f"staff@{DEMO_DOMAIN}"

# (role, e-mail, password). The patient asked the neck-spasm question; the verified physician
# (Dr. Laura Whitfield, dermatologist) answered it; the staff account manages Madison Lane.
DEMO_LOGINS: list[tuple[str, str, str]] = [
    ("Patient", PATIENT_EMAIL, DEMO_PASSWORD),
    ("Physician (verified)", DOCTOR_EMAIL, DEMO_PASSWORD),
    ("Physician (pending)", PENDING_EMAIL, DEMO_PASSWORD),
    ("Moderator", MODERATOR_EMAIL, DEMO_PASSWORD),
    ("Practice staff", STAFF_EMAIL, DEMO_PASSWORD),
]

DAYS = 540  # questions and reviews spread over about eighteen months


class Writer(Protocol):
    """Where progress goes: a text stream, or a management command's OutputWrapper."""

    def write(self, msg: str, /) -> object: ...


def _minute() -> datetime:
    return timezone.now().replace(second=0, microsecond=0)


def _demo_password() -> str:
    # Hashed once for every account: hashing per account would take longer than the load.
    return make_password(DEMO_PASSWORD)


@dataclass
class DemoState:
    rng: random.Random
    stdout: Writer | None = None
    now: datetime = field(default_factory=_minute)
    password: str = field(default_factory=_demo_password)
    counts: defaultdict[str, int] = field(default_factory=lambda: defaultdict(int))
    treatments: dict[str, Treatment] = field(default_factory=dict)  # by slug
    practices: dict[str, Practice] = field(default_factory=dict)  # by content key
    physicians: dict[str, Physician] = field(default_factory=dict)  # by content key
    offers: dict[str, set[str]] = field(default_factory=dict)  # physician key: treatment slugs
    # Verified physicians' keys and how active they are (a weight for answering, reviews).
    activity: dict[str, float] = field(default_factory=dict)
    patients: list[User] = field(default_factory=list)
    answer_bodies: set[str] = field(default_factory=set)  # so no two answers read alike
    moderator: User | None = None

    def say(self, message: str) -> None:
        if self.stdout is not None:
            self.stdout.write(message + "\n")

    def ago(self, days: float) -> datetime:
        return self.now - timedelta(days=days)

    def the_moderator(self) -> User:
        if self.moderator is None:
            raise RuntimeError("The demo's moderator is created with the staff, first.")
        return self.moderator

    def user(
        self, *, email: str, public_name: str, role: str, joined: datetime, is_staff: bool = False
    ) -> User:
        self.counts["users"] += 1
        return User.objects.create(
            email=email,
            public_name=public_name,
            role=role,
            password=self.password,
            date_joined=joined,
            email_verified_at=joined + timedelta(minutes=7),
            is_staff=is_staff,
        )


def skip_draw(rng: random.Random) -> None:
    """Draw one number and drop it, where the loader once drew one for a value a service now
    sets itself: what follows, and so the whole seeded data set, stays as it was."""
    rng.random()
