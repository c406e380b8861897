"""Demo data for practice pages and consultation inboxes, loaded after the main demo set:
practice descriptions, coordinates from each practice's ZIP code, and about twenty
consultation requests with statuses, notes and first responses (so "usually responds within"
shows on the busier practices). The text is in content/practice_pages.yaml.

Descriptions go through practices.services.practice_update. Requests and their notes are
written directly: consultation_request_create and consultation_request_update stamp the time
of the call, rate-limit, and e-mail the practice and the requester."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from curbside.accounts.models import User
from curbside.demo.content import directory
from curbside.demo.content.practice_pages import PAGES, ConsultationEntry
from curbside.practices.models import ConsultationNote, ConsultationRequest, Practice
from curbside.practices.services import practice_update

# Keyed by practice name, as the practice pages are found.
DESCRIPTIONS: dict[str, str] = {
    directory.PRACTICES[key].name: text for key, text in PAGES.descriptions.items()
}

# The demo staff's practice gets the first requests, so its inbox is full; the rest go to
# practices that offer the treatment asked about, at least three each where possible so that
# "usually responds within" shows on their pages too.
_HOME_PRACTICE = directory.PRACTICES[directory.DEMO_STAFF_PRACTICE].name
_HOME_REQUESTS = 8
_ENOUGH = 3


def _describe_and_locate(practices: list[Practice]) -> tuple[int, int]:
    described = located = 0
    for practice in practices:
        description = DESCRIPTIONS.get(practice.name, practice.description)
        practice_update(
            practice=practice,
            name=practice.name,
            street=practice.street,
            city=practice.city,
            state=practice.state,
            zip_code=practice.zip_code,
            phone=practice.phone,
            website=practice.website,
            description=description,
        )
        described += int(practice.name in DESCRIPTIONS)
        located += int(practice.latitude is not None)
    return described, located


def _responders(practice: Practice) -> list[User]:
    staff = list(User.objects.filter(practice_membership__practice=practice, is_active=True))
    doctors = list(
        User.objects.filter(
            physician__practice=practice, physician__status="verified", is_active=True
        )
    )
    return staff or doctors


def _pick(
    spec: ConsultationEntry,
    practices: list[Practice],
    offered: dict[int, set[str]],
    assigned: dict[int, int],
    rng: random.Random,
) -> Practice:
    kind = spec.practice_kind
    fits = (
        [p for p in practices if spec.treatment in offered[p.pk] and kind in p.name]
        or [p for p in practices if kind in p.name]
        or practices
    )
    filling = [p for p in fits if 0 < assigned[p.pk] < _ENOUGH]
    fresh = [p for p in fits if assigned[p.pk] == 0]
    return rng.choice(filling or fresh or fits)


def _request_create(
    rng: random.Random, practice: Practice, spec: ConsultationEntry, index: int, now: datetime
) -> int:
    """The index-th request (newest first) as it went, with its notes; returns how many notes.
    The two newest stay "new", so the inbox has work in it."""
    created = now - timedelta(days=index * 2.5 + rng.uniform(0.1, 1.5))
    later = PAGES.outcomes[1:]
    outcome = PAGES.outcomes[0] if index < 2 else later[index % len(later)]
    hours = outcome.first_response_hours
    first_response = created + timedelta(hours=hours) if hours is not None else None
    consultation = ConsultationRequest.objects.create(
        practice=practice,
        name=spec.name,
        email=spec.email,
        phone=spec.phone,
        treatment=next(
            (t for t in practice.treatments_offered() if t.slug == spec.treatment), None
        ),
        message=spec.message,
        preferred_contact_time=spec.time,
        consent_at=created,
        created_at=created,
        status=outcome.status,
        first_response_at=first_response,
    )
    responders = _responders(practice)
    moment = first_response or created
    for step, note in enumerate(outcome.notes):
        moment += timedelta(hours=step * rng.uniform(4, 30))
        ConsultationNote.objects.create(
            request=consultation,
            author=rng.choice(responders) if responders else None,
            text=note.text,
            status=note.status,
            created_at=moment,
        )
    if outcome.notes:
        ConsultationRequest.objects.filter(pk=consultation.pk).update(status_changed_at=moment)
    return len(outcome.notes)


def load(*, rng: random.Random) -> dict[str, int]:
    """Describe and locate every practice and fill some consultation inboxes; returns counts."""
    now = timezone.now().replace(second=0, microsecond=0)
    with transaction.atomic():
        practices = list(Practice.objects.order_by("pk"))
        described, located = _describe_and_locate(practices)
        offered = {p.pk: {t.slug for t in p.treatments_offered()} for p in practices}
        home = next((p for p in practices if p.name == _HOME_PRACTICE), None)
        others = [p for p in practices if p is not home]
        assigned = dict.fromkeys(offered, 0)
        notes = 0
        for index, spec in enumerate(PAGES.requests):
            if home is not None and index < _HOME_REQUESTS:
                practice = home
            else:
                practice = _pick(spec, others, offered, assigned, rng)
            assigned[practice.pk] += 1
            notes += _request_create(rng, practice, spec, index, now)
    return {
        "practice_descriptions": described,
        "practices_located": located,
        "consultation_requests": len(PAGES.requests),
        "consultation_notes": notes,
    }
