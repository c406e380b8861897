"""The demo's directory and people: treatments, practices, the moderator and practice staff,
physicians (verified or rejected by the moderator through the providers services) and
patients.

Treatments, accounts, practices, staff and physician profiles are written directly: no
service creates a treatment, a practice or its staff, and those that create accounts and
physicians are sign-up flows (a password hashed per account, a confirmation e-mail, no date
in the past), where the load hashes the demo password once for every account."""

from __future__ import annotations

from datetime import timedelta

from django.utils.text import slugify

from curbside.accounts.models import Role, User
from curbside.accounts.services import PSEUDONYM_FIRST_WORDS, PSEUDONYM_SECOND_WORDS
from curbside.catalogue.models import Treatment
from curbside.demo.content import directory
from curbside.demo.content.physicians import DEMO_DOCTOR, DEMO_PENDING_DOCTOR, PHYSICIANS
from curbside.demo.content.types import PhysicianEntry
from curbside.demo.state import (
    DAYS,
    DEMO_DOMAIN,
    DOCTOR_EMAIL,
    MODERATOR_EMAIL,
    PATIENT_EMAIL,
    PENDING_EMAIL,
    STAFF_EMAIL,
    DemoState,
    skip_draw,
)
from curbside.lib.npi import npi_check_digit
from curbside.lib.text import render_markdown
from curbside.practices.models import Practice, PracticeStaff
from curbside.providers.models import BoardCertification, Physician, VerificationStatus
from curbside.providers.services import physician_reject, physician_slug, physician_verify

PATIENTS = 150
# Treatments a physician may leave out of their profile, for variety.
_OPTIONAL_TREATMENTS = ("letybo", "daxxify", "jeuveau", "microneedling", "kybella", "facelift")
_VERIFIED_REASON = "NPI and board certification checked"
_REJECTED_REASON = "The NPI registry lists a different name and state for this NPI."


def treatments_load(state: DemoState) -> None:
    for t in directory.TREATMENTS:
        treatment, created = Treatment.objects.get_or_create(
            slug=t.slug, defaults={"name": t.name, "kind": t.kind, "summary": t.summary}
        )
        state.treatments[t.slug] = treatment
        state.counts["treatments"] += int(created)


def practices_load(state: DemoState) -> None:
    for key, p in directory.PRACTICES.items():
        slug = slugify(p.name)
        state.practices[key] = Practice.objects.create(
            slug=slug,
            name=p.name,
            street=p.street,
            city=p.city,
            state=p.state,
            zip_code=p.zip_code,
            phone=p.phone,
            website=f"https://{slug}.example",
        )
    state.counts["practices"] = len(state.practices)


def staff_load(state: DemoState) -> None:
    """The moderator (who verifies the physicians next) and the demo practice's staff login."""
    state.moderator = state.user(
        email=MODERATOR_EMAIL,
        public_name="Curbside Moderator",
        role=Role.MODERATOR,
        joined=state.ago(900),
        is_staff=True,
    )
    staff = state.user(
        email=STAFF_EMAIL,
        public_name="Jordan at Madison Lane",
        role=Role.PRACTICE_STAFF,
        joined=state.ago(700),
    )
    practice = state.practices[directory.DEMO_STAFF_PRACTICE]
    PracticeStaff.objects.create(user=staff, practice=practice, title="Practice manager")


def _npi(state: DemoState, taken: set[str]) -> str:
    while True:
        first_nine = "1" + "".join(str(state.rng.randrange(10)) for _ in range(8))
        npi = first_nine + str(npi_check_digit(first_nine))
        if npi not in taken:
            taken.add(npi)
            return npi


def _physician_email(key: str, entry: PhysicianEntry) -> str:
    logins = {DEMO_DOCTOR: DOCTOR_EMAIL, DEMO_PENDING_DOCTOR: PENDING_EMAIL}
    return logins.get(key, f"{entry.first_name}.{entry.last_name}@{DEMO_DOMAIN}".lower())


def _physician_create(state: DemoState, key: str, entry: PhysicianEntry, taken: set[str]) -> None:
    """A physician as they applied: pending, with their board certifications not yet checked."""
    rng = state.rng
    pending = entry.status == "pending"
    joined = state.ago(rng.uniform(2, 9) if pending else rng.uniform(600, 1100))
    user = state.user(
        email=_physician_email(key, entry),
        public_name=f"Dr. {entry.first_name} {entry.last_name}",
        role=Role.PHYSICIAN,
        joined=joined,
    )
    if not pending:
        # When the moderator decided. physician_verify and physician_reject stamp the time of
        # the call and take no other, so the decision is dated today.
        skip_draw(rng)
    practice = state.practices[entry.practice]
    state.physicians[key] = Physician.objects.create(
        user=user,
        slug=physician_slug(entry.first_name, entry.last_name),
        first_name=entry.first_name,
        last_name=entry.last_name,
        credentials=entry.credentials,
        specialty=entry.specialty,
        npi=_npi(state, taken),
        practicing_since=entry.practicing_since,
        city=practice.city,
        state=practice.state,
        bio=entry.bio,
        bio_html=render_markdown(entry.bio),
        practice=practice,
        status=VerificationStatus.PENDING,
        created_at=joined,
    )


def _treatments_offer(state: DemoState, key: str, specialty: str) -> None:
    """The specialty's treatments, less up to two optional ones."""
    rng = state.rng
    offered = list(directory.SPECIALTY_TREATMENTS[specialty])
    droppable = [t for t in offered if t in _OPTIONAL_TREATMENTS]
    for slug in rng.sample(droppable, rng.randint(0, min(2, len(droppable)))):
        offered.remove(slug)
    state.physicians[key].treatments.set([state.treatments[s] for s in offered])
    state.offers[key] = set(offered)


def _certifications(state: DemoState, key: str, entry: PhysicianEntry) -> list[BoardCertification]:
    boards = dict.fromkeys(directory.BOARDS[entry.specialty] + entry.extra_boards)
    return [BoardCertification(physician=state.physicians[key], board=b) for b in boards]


def _decide(state: DemoState, key: str, entry: PhysicianEntry) -> None:
    """The moderator's decision, through the providers services: the audit row and the check of
    the board certifications come from there. Only the demo doctor is told (in the app, and by
    an e-mail the demo's worker prints), so the console does not fill with 40 more."""
    physician, moderator = state.physicians[key], state.the_moderator()
    notify = key == DEMO_DOCTOR
    if entry.status == "verified":
        physician_verify(
            physician=physician, moderator=moderator, reason=_VERIFIED_REASON, notify=notify
        )
    elif entry.status == "rejected":
        physician_reject(
            physician=physician, moderator=moderator, reason=_REJECTED_REASON, notify=notify
        )


def physicians_load(state: DemoState) -> None:
    taken: set[str] = set()
    certifications: list[BoardCertification] = []
    for key, entry in PHYSICIANS.items():
        _physician_create(state, key, entry, taken)
        _treatments_offer(state, key, entry.specialty)
        certifications += _certifications(state, key, entry)
        if entry.status == "verified":
            state.activity[key] = min(2.5, max(0.4, state.rng.lognormvariate(0, 0.6)))
    BoardCertification.objects.bulk_create(certifications)
    for key, entry in PHYSICIANS.items():
        _decide(state, key, entry)
    state.counts["physicians"] = len(state.physicians)
    state.counts["board_certifications"] = len(certifications)


def patients_load(state: DemoState) -> User:
    """The demo patient's login and PATIENTS more patients; returns the demo patient."""
    demo_patient = state.user(
        email=PATIENT_EMAIL, public_name="LindenHeron-214", role=Role.PATIENT, joined=state.ago(41)
    )
    names = {demo_patient.public_name.lower()}
    rows: list[User] = []
    while len(rows) < PATIENTS:
        name = _pseudonym(state)
        if name.lower() in names:
            continue
        names.add(name.lower())
        joined = state.ago(state.rng.uniform(DAYS + 5, DAYS + 260))
        rows.append(
            User(
                email=f"patient{len(rows) + 1:03d}@{DEMO_DOMAIN}",
                public_name=name,
                role=Role.PATIENT,
                password=state.password,
                date_joined=joined,
                email_verified_at=joined + timedelta(minutes=state.rng.randint(2, 600)),
            )
        )
    state.patients = User.objects.bulk_create(rows)
    if any(p.pk is None for p in state.patients):  # backends that don't return ids
        state.patients = list(User.objects.filter(email__in=[u.email for u in rows]))
    state.counts["users"] += len(rows)
    state.counts["patients"] = len(rows) + 1
    return demo_patient


def _pseudonym(state: DemoState) -> str:
    """A "CedarWren-482" style public name, as accounts gives new patients."""
    rng = state.rng
    first, second = rng.choice(PSEUDONYM_FIRST_WORDS), rng.choice(PSEUDONYM_SECOND_WORDS)
    return f"{first}{second}-{rng.randint(100, 999)}"
