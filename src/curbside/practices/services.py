"""Every write of the practices app: practice pages, consultation requests and the inbox."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from curbside.accounts.models import User
from curbside.catalogue.models import Treatment
from curbside.lib.geo import city_location, zip_location
from curbside.lib.mail import email_enqueue
from curbside.lib.text import clean_field, render_markdown
from curbside.lib.us import State
from curbside.notifications.models import Kind
from curbside.notifications.services import notify
from curbside.practices import spam
from curbside.practices.models import (
    ConsultationNote,
    ConsultationRequest,
    ConsultationStatus,
    ContactTime,
    Practice,
)
from curbside.practices.tasks import consultation_request_notify_practice
from curbside.providers.models import Physician, VerificationStatus

NAME_MAX = 100
MESSAGE_MIN = 10
MESSAGE_MAX = 3000
NOTE_MAX = 3000
DESCRIPTION_MAX = 5000
_ZIP = re.compile(r"^\d{5}(-\d{4})?$")
_PHONE = re.compile(r"^\+?[0-9().\-\s]+$")
_PHONE_DIGITS = (7, 15)


def _phone(errors: dict[str, list[str]], field: str, value: str, *, required: bool) -> str:
    phone = " ".join(str(value or "").split())
    if not phone:
        if required:
            errors[field] = ["Phone cannot be empty."]
        return ""
    digits = sum(ch.isdigit() for ch in phone)
    if (
        len(phone) > 30
        or not _PHONE.match(phone)
        or not (_PHONE_DIGITS[0] <= digits <= _PHONE_DIGITS[1])
    ):
        errors[field] = ["Enter a phone number with its area code, e.g. (303) 555-0100."]
    return phone


def _email(errors: dict[str, list[str]], value: str) -> str:
    email = str(value or "").strip()
    if not email:
        return ""
    try:
        EmailValidator(message="Enter a valid e-mail address, e.g. name@example.com.")(email)
    except ValidationError as exc:
        errors["email"] = exc.messages
        return ""
    local, _, domain = email.rpartition("@")
    return f"{local}@{domain.lower()}"


# -- practice pages ------------------------------------------------------------------------


def practice_locate(*, zip_code: str, city: str, state: str) -> tuple[float, float]:
    """The practice's coordinates from its ZIP code, else its city (curbside.lib.geo, offline);
    ValidationError when the geodata knows neither place."""
    found = zip_location(zip_code[:5]) or city_location(city, state)
    if found is None:
        raise ValidationError(
            {
                "zip_code": [
                    f"We could not find ZIP code {zip_code} or {city}, {state}. "
                    "Please check the address."
                ]
            }
        )
    return found


def practice_validate(
    *,
    name: str,
    street: str,
    city: str,
    state: str,
    zip_code: str,
    phone: str,
    website: str,
    description: str,
) -> dict[str, str]:
    errors: dict[str, list[str]] = {}
    line = {"multiline": False}
    cleaned = {
        "name": clean_field(errors, "name", name, label="Name", max_length=120, **line),
        "street": clean_field(
            errors, "street", street, label="Street address", max_length=160, **line
        ),
        "city": clean_field(errors, "city", city, label="City", max_length=80, **line),
        "description": clean_field(
            errors,
            "description",
            description,
            label="Description",
            max_length=DESCRIPTION_MAX,
            min_length=0,
        )
        if description
        else "",
        "phone": _phone(errors, "phone", phone, required=True),
        "state": state,
        "zip_code": str(zip_code or "").strip(),
        "website": str(website or "").strip(),
    }
    if state not in State.values:
        errors["state"] = ["Choose a US state."]
    if not _ZIP.match(cleaned["zip_code"]):
        errors["zip_code"] = ["Enter a five-digit ZIP code, e.g. 80202."]
    if cleaned["website"]:
        try:
            URLValidator(schemes=["http", "https"])(cleaned["website"])
            if len(cleaned["website"]) > 200:
                raise ValidationError("too long")
        except ValidationError:
            errors["website"] = ["Enter the full address of the website, starting https://."]
    if errors:
        raise ValidationError(errors)
    return cleaned


PRACTICE_FIELDS = ("name", "street", "city", "state", "zip_code", "phone", "website", "description")


def practice_create(*, slug: str, **page: str) -> Practice:
    """A new practice page (the admin adds practices), placed on the find-a-doctor map."""
    cleaned = practice_validate(**page)  # the fields of PRACTICE_FIELDS
    latitude, longitude = practice_locate(
        zip_code=cleaned["zip_code"], city=cleaned["city"], state=cleaned["state"]
    )
    return Practice.objects.create(
        slug=slug,
        description_html=render_markdown(cleaned["description"]),
        latitude=latitude,
        longitude=longitude,
        **cleaned,
    )


def practice_update(
    *,
    practice: Practice,
    name: str,
    street: str,
    city: str,
    state: str,
    zip_code: str,
    phone: str,
    website: str,
    description: str,
) -> Practice:
    """Edit the practice page. A new address moves the practice, and its physicians, on the
    find-a-doctor map."""
    cleaned = practice_validate(
        name=name,
        street=street,
        city=city,
        state=state,
        zip_code=zip_code,
        phone=phone,
        website=website,
        description=description,
    )
    moved = (cleaned["zip_code"], cleaned["city"], cleaned["state"]) != (
        practice.zip_code,
        practice.city,
        practice.state,
    )
    relocate = moved or practice.latitude is None
    # Before anything changes: an address the geodata does not know is refused as a whole.
    location = (
        practice_locate(zip_code=cleaned["zip_code"], city=cleaned["city"], state=cleaned["state"])
        if relocate
        else (practice.latitude, practice.longitude)
    )
    fields = list(PRACTICE_FIELDS)
    with transaction.atomic():
        for field in fields:
            setattr(practice, field, cleaned[field])
        practice.description_html = render_markdown(cleaned["description"])
        update_fields = [*fields, "description_html"]
        if relocate:
            practice.latitude, practice.longitude = location
            update_fields += ["latitude", "longitude"]
            # Physicians are placed at their practice's address (Physician.latitude).
            Physician.objects.filter(practice=practice).update(
                latitude=practice.latitude, longitude=practice.longitude
            )
        practice.save(update_fields=update_fields)
    return practice


# -- consultation requests -----------------------------------------------------------------


def consultation_request_validate(
    *,
    practice: Practice,
    name: str,
    email: str,
    phone: str,
    treatment: Treatment | None,
    message: str,
    preferred_contact_time: str,
    consent: bool,
) -> dict[str, str]:
    errors: dict[str, list[str]] = {}
    cleaned = {
        "name": clean_field(
            errors, "name", name, label="Name", max_length=NAME_MAX, multiline=False
        ),
        "email": _email(errors, email),
        "phone": _phone(errors, "phone", phone, required=False),
        "message": clean_field(
            errors,
            "message",
            message,
            label="Message",
            max_length=MESSAGE_MAX,
            min_length=MESSAGE_MIN,
        ),
        "preferred_contact_time": preferred_contact_time or ContactTime.ANY,
    }
    if not str(email or "").strip() and not str(phone or "").strip():
        errors["contact"] = [
            "Give an e-mail address or a phone number (or both) so the practice can reach you."
        ]
    if cleaned["preferred_contact_time"] not in ContactTime.values:
        errors["preferred_contact_time"] = [f"Choose one of: {', '.join(ContactTime.values)}."]
    if treatment is not None and not practice.treatments_offered().filter(pk=treatment.pk).exists():
        errors["treatment"] = [f"{practice.name} does not list {treatment.name} as a treatment."]
    if consent is not True:
        errors["consent"] = ["Please agree that the practice may contact you about this request."]
    if errors:
        raise ValidationError(errors)
    return cleaned


def consultation_request_create(
    *,
    practice: Practice,
    name: str,
    email: str,
    phone: str,
    treatment: Treatment | None,
    message: str,
    preferred_contact_time: str,
    consent: bool,
    ip: str,
    physician: Physician | None = None,
) -> ConsultationRequest:
    """Validate, refuse if rate limited (spam.RateLimited), store, then tell the practice (no
    patient details in its e-mail) and acknowledge to the requester. `physician`, when given,
    is the one of the practice's physicians the request is for."""
    if physician is not None and (
        physician.practice_id != practice.pk or not physician.is_verified
    ):
        raise ValidationError({"physician": ["Choose one of this practice's physicians."]})
    cleaned = consultation_request_validate(
        practice=practice,
        name=name,
        email=email,
        phone=phone,
        treatment=treatment,
        message=message,
        preferred_contact_time=preferred_contact_time,
        consent=consent,
    )
    spam.rate_limit_spend(ip=ip, email=cleaned["email"], phone=cleaned["phone"])
    now = timezone.now()
    with transaction.atomic():
        consultation = ConsultationRequest.objects.create(
            practice=practice,
            treatment=treatment,
            physician=physician,
            consent_at=now,
            created_at=now,
            **cleaned,
        )
        consultation_request_notify_practice.enqueue(consultation_id=consultation.pk)
        if consultation.email:
            email_enqueue(
                to=[consultation.email],
                template="practices/email/consultation_ack.txt",
                context={
                    "practice": practice,
                    "response_time": _response_time_words(practice),
                },
            )
    return consultation


def _response_time_words(practice: Practice) -> str:
    from curbside.practices.page import response_time_words

    wait = ConsultationRequest.objects.for_practice(practice).median_first_response()
    return response_time_words(wait) if wait is not None else ""


def consultation_recipients(practice: Practice) -> list[User]:
    """Who hears about a new request: the practice's staff and its verified physicians."""
    return list(
        User.objects.filter(is_active=True)
        .filter(
            Q(practice_membership__practice=practice)
            | Q(physician__practice=practice, physician__status=VerificationStatus.VERIFIED)
        )
        .distinct()
        .order_by("pk")
    )


def consultation_request_notify(*, consultation: ConsultationRequest) -> int:
    """Notify the practice. Only the practice name and a link go out: the requester's name,
    contact details, treatment and message stay behind the sign-in of the inbox."""
    practice = consultation.practice
    rows = notify(
        users=consultation_recipients(practice),
        kind=Kind.CONSULTATION,
        title=f"New consultation request for {practice.name}",
        url=consultation.get_inbox_url(),
        email_template="practices/email/consultation_notice.txt",
        context={"practice": practice},
    )
    return len(rows)


def consultation_request_update(
    *,
    consultation: ConsultationRequest,
    author: User,
    status: str,
    note: str = "",
) -> ConsultationRequest:
    """Change the status and/or add a note. A status change is logged as a note too; the
    first move off "new" is the practice's response time."""
    errors: dict[str, list[str]] = {}
    text = (
        clean_field(errors, "note", note, label="Note", max_length=NOTE_MAX, min_length=0)
        if note and note.strip()
        else ""
    )
    if status not in ConsultationStatus.values:
        errors["status"] = [f"Choose one of: {', '.join(ConsultationStatus.values)}."]
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        current = ConsultationRequest.objects.select_for_update().get(pk=consultation.pk)
        changed = status != current.status
        if not changed and not text:
            raise ValidationError("Change the status or write a note.")
        now = timezone.now()
        if changed:
            if current.first_response_at is None and status != ConsultationStatus.NEW:
                current.first_response_at = now
            current.status = status
            current.status_changed_at = now
            current.save(update_fields=["status", "status_changed_at", "first_response_at"])
        ConsultationNote.objects.create(
            request=current,
            author=author,
            text=text,
            status=status if changed else "",
            created_at=now,
        )
    current.practice = consultation.practice
    return current
