from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from curbside.accounts.models import Role, User
from curbside.accounts.services import (
    account_exists_notify,
    account_owner,
    user_candidate,
    user_save_new,
)
from curbside.audit.services import audit_record
from curbside.catalogue.models import Treatment
from curbside.lib.geo import LatLon, city_location, zip_location
from curbside.lib.text import clean_text, render_markdown
from curbside.notifications.models import Kind
from curbside.notifications.services import notify
from curbside.providers.models import (
    BoardCertification,
    Physician,
    Specialty,
    VerificationStatus,
)
from curbside.providers.signals import physician_changed

# The treatments a new physician's queue covers until they edit their profile.
SPECIALTY_TREATMENT_KINDS: dict[str, list[str]] = {
    Specialty.DERMATOLOGY: ["neurotoxin", "filler", "injectable", "skin"],
    Specialty.PLASTIC_SURGERY: ["neurotoxin", "filler", "injectable", "surgery"],
    Specialty.FACIAL_PLASTIC_SURGERY: ["neurotoxin", "filler", "injectable", "surgery"],
    Specialty.OCULOPLASTIC_SURGERY: ["neurotoxin", "filler", "surgery"],
    Specialty.OPHTHALMOLOGY: ["neurotoxin"],
    Specialty.OTOLARYNGOLOGY: ["neurotoxin", "surgery"],
    Specialty.NEUROLOGY: ["neurotoxin"],
    Specialty.PHYSICAL_MEDICINE: ["neurotoxin"],
    Specialty.PHLEBOLOGY: ["neurotoxin", "filler", "injectable", "skin"],
    Specialty.UROLOGY: ["neurotoxin"],
    Specialty.FAMILY_MEDICINE: ["neurotoxin", "filler", "skin"],
    Specialty.INTERNAL_MEDICINE: ["neurotoxin", "skin"],
}


def physician_slug(first_name: str, last_name: str) -> str:
    base = slugify(f"{first_name} {last_name}")[:70] or "physician"
    slug, n = base, 2
    while Physician.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _clean_physician_fields(
    *,
    first_name: str,
    last_name: str,
    credentials: str,
    specialty: str,
    npi: str,
    practicing_since: int,
    city: str,
    state: str,
    bio: str,
) -> dict[str, object]:
    errors: dict[str, list[str]] = {}
    cleaned: dict[str, object] = {}
    for field, value, label, max_length in [
        ("first_name", first_name, "First name", 60),
        ("last_name", last_name, "Last name", 60),
        ("credentials", credentials, "Credentials", 60),
        ("city", city, "City", 80),
    ]:
        try:
            cleaned[field] = clean_text(value, label=label, max_length=max_length, multiline=False)
        except ValidationError as exc:
            errors[field] = exc.messages
    try:
        cleaned["bio"] = clean_text(bio, label="Bio", max_length=5000, min_length=0) if bio else ""
    except ValidationError as exc:
        errors["bio"] = exc.messages
    cleaned.update(
        specialty=specialty,
        npi=(npi or "").strip(),
        practicing_since=practicing_since,
        state=state,
    )
    probe = Physician(**cleaned)
    try:
        probe.clean_fields(exclude=["user", "slug", "practice", "bio_html", *errors])
    except ValidationError as exc:
        for field, messages in exc.message_dict.items():
            errors.setdefault(field, []).extend(messages)
    if "npi" not in errors and Physician.objects.filter(npi=cleaned["npi"]).exists():
        errors["npi"] = ["A physician with this NPI is already registered."]
    if practicing_since > timezone.localdate().year:
        errors.setdefault("practicing_since", []).append("This year is in the future.")
    if errors:
        raise ValidationError(errors)
    return cleaned


def physician_signup(
    *,
    email: str,
    password: str,
    first_name: str,
    last_name: str,
    credentials: str,
    specialty: str,
    npi: str,
    practicing_since: int,
    city: str,
    state: str,
    bio: str = "",
    board_certifications: Iterable[str] = (),
) -> Physician | None:
    """A physician account waiting for its address to be confirmed and for a moderator to
    check the NPI and credentials; None when the address already has an account, whose owner
    is e-mailed instead (accounts.services.account_exists_notify). Callers answer both the
    same."""
    fields = _clean_physician_fields(
        first_name=first_name,
        last_name=last_name,
        credentials=credentials,
        specialty=specialty,
        npi=npi,
        practicing_since=practicing_since,
        city=city,
        state=state,
        bio=bio,
    )
    boards = [
        clean_text(b, label="Board certification", max_length=120, multiline=False)
        for b in board_certifications
        if b.strip()
    ]
    candidate = user_candidate(email=email, password=password, role=Role.PHYSICIAN)
    owner = account_owner(candidate.email)
    if owner is not None:
        account_exists_notify(user=owner)
        return None
    with transaction.atomic():
        user = user_save_new(user=candidate)
        physician = Physician.objects.create(
            user=user,
            slug=physician_slug(str(fields["first_name"]), str(fields["last_name"])),
            bio_html=render_markdown(str(fields["bio"])) if fields["bio"] else "",
            **fields,
        )
        BoardCertification.objects.bulk_create(
            BoardCertification(physician=physician, board=b) for b in dict.fromkeys(boards)
        )
        kinds = SPECIALTY_TREATMENT_KINDS.get(specialty, [])
        physician.treatments.set(Treatment.objects.filter(kind__in=kinds))
        physician_changed.send(sender=Physician, physician_id=physician.pk)
        physician_locate(physician=physician)
    return physician


def physician_update(*, physician: Physician, changed: Iterable[str]) -> Physician:
    """Store an edit of a physician's profile (the admin's form has validated and set the
    fields named in `changed`): the bio rendered again, the physician placed again when their
    practice or city moved, and the apps above told (search, the question pages' cards)."""
    changed = set(changed)
    with transaction.atomic():
        if "bio" in changed:
            physician.bio_html = render_markdown(physician.bio) if physician.bio else ""
        physician.save()
        if changed & {"practice", "city", "state"}:
            physician_locate(physician=physician)
        physician_changed.send(sender=Physician, physician_id=physician.pk)
    return physician


def physician_location(physician: Physician) -> LatLon | None:
    """Where find-a-doctor places a physician: their practice's ZIP, else the practice's city,
    else their own city; None when the offline data knows none of them."""
    practice = physician.practice
    if practice is not None:
        point = zip_location(practice.zip_code) or city_location(practice.city, practice.state)
        if point is not None:
            return point
    return city_location(physician.city, physician.state)


def physician_locate(*, physician: Physician) -> Physician:
    """Set the physician's coordinates from physician_location(). Idempotent: writes only
    when they change. Call it after a change of practice, city or state."""
    latitude, longitude = physician_location(physician) or (None, None)
    if (physician.latitude, physician.longitude) != (latitude, longitude):
        physician.latitude, physician.longitude = latitude, longitude
        physician.save(update_fields=["latitude", "longitude"])
    return physician


def _physician_set_status(
    *, physician: Physician, moderator: User, status: str, reason: str, notify_physician: bool
) -> Physician:
    if not moderator.is_moderator:
        raise ValidationError("Only moderators can change a physician's verification.")
    if physician.status == status:
        raise ValidationError(
            f"This physician is already {physician.get_status_display().lower()}."
        )
    with transaction.atomic():
        physician.status = status
        physician.status_changed_at = timezone.now()
        physician.save(update_fields=["status", "status_changed_at"])
        audit_record(actor=moderator, action=f"physician.{status}", target=physician, reason=reason)
        physician_changed.send(sender=Physician, physician_id=physician.pk)
        verified = status == VerificationStatus.VERIFIED
        if not notify_physician:
            return physician
        notify(
            users=[physician.user],
            kind=Kind.VERIFICATION,
            title="Your physician account is verified"
            if verified
            else "Your physician application was not verified",
            url=reverse("qa:queue") if verified else physician.get_absolute_url(),
            email_template="providers/email/verification_changed.txt",
            context={"physician": physician, "reason": reason},
        )
    return physician


def physician_verify(
    *, physician: Physician, moderator: User, reason: str = "", notify: bool = True
) -> Physician:
    """Mark the NPI and credentials as checked; the physician may now answer. They are told,
    in the app and by e-mail, unless `notify` is off (a bulk load such as the demo's)."""
    with transaction.atomic():
        _physician_set_status(
            physician=physician,
            moderator=moderator,
            status=VerificationStatus.VERIFIED,
            reason=reason or "NPI and credentials checked",
            notify_physician=notify,
        )
        physician.board_certifications.filter(verified_at__isnull=True).update(
            verified_at=timezone.now(), verified_by=moderator
        )
    return physician


def physician_reject(
    *, physician: Physician, moderator: User, reason: str, notify: bool = True
) -> Physician:
    reason = clean_text(reason, label="Reason", max_length=1000)
    return _physician_set_status(
        physician=physician,
        moderator=moderator,
        status=VerificationStatus.REJECTED,
        reason=reason,
        notify_physician=notify,
    )
