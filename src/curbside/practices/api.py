# No `from __future__ import annotations`: ninja resolves endpoint annotations at import time.
"""Practices over the API.

POST /practices/{slug}/consultations is open to anonymous clients: no session and no CSRF
token, only a JSON body. It is rate limited exactly like the web form (per IP and per contact
address, practices.spam) but skips the form's honeypot and minimum-time checks, which belong
to the HTML form: an API client has no hidden field to leave empty and no page to dwell on."""

from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from ninja import Field, Query, Router, Schema, Status
from ninja.pagination import paginate

from curbside.api import AUTH, Pages, api
from curbside.catalogue.models import Treatment
from curbside.limits.http import ThrottledOut, client_ip
from curbside.practices import access, services, spam
from curbside.practices.models import (
    ConsultationRequest,
    ConsultationRequestQuerySet,
    ConsultationStatus,
    ContactTime,
    Practice,
)
from curbside.practices.page import PracticePage, practice_page
from curbside.practices.services import MESSAGE_MAX, NAME_MAX
from curbside.providers.api import PhysicianCardOut

router = Router(tags=["practices"])


class PracticeOut(Schema):
    slug: str
    name: str
    url: str
    street: str
    city: str
    state: str
    zip_code: str
    phone: str
    website: str
    description: str
    description_html: str
    latitude: float | None
    longitude: float | None
    physicians: list[PhysicianCardOut]
    treatments: list[str] = Field(description="Slugs of the treatments its physicians offer.")
    response_time: str | None = Field(
        description="'usually responds within …', or null with too few answered requests."
    )


class ConsultationIn(Schema):
    name: str = Field(max_length=NAME_MAX * 2)
    email: str = Field("", max_length=254)
    phone: str = Field("", max_length=60)
    treatment: str = Field("", max_length=60, description="A treatment slug the practice offers.")
    message: str = Field(max_length=MESSAGE_MAX * 2)
    preferred_contact_time: ContactTime = ContactTime.ANY
    consent: bool = Field(False, description="Must be true: the person agrees to be contacted.")


class ConsultationCreatedOut(Schema):
    id: int
    status: str
    message: str


class ConsultationOut(Schema):
    id: int
    name: str
    email: str
    phone: str
    treatment: str | None
    message: str
    preferred_contact_time: str
    status: str
    created_at: datetime
    first_response_at: datetime | None
    url: str

    @staticmethod
    def resolve_treatment(obj: ConsultationRequest) -> str | None:
        return obj.treatment.slug if obj.treatment else None

    @staticmethod
    def resolve_url(obj: ConsultationRequest) -> str:
        return settings.SITE_URL + obj.get_inbox_url()


class InboxFilters(Schema):
    status: ConsultationStatus | None = None


_PRACTICE_FIELDS = [
    "slug",
    "name",
    "street",
    "city",
    "state",
    "zip_code",
    "phone",
    "website",
    "description",
    "description_html",
    "latitude",
    "longitude",
]


def _practice_out(page: PracticePage) -> dict[str, object]:
    practice = page.practice
    return {
        **{field: getattr(practice, field) for field in _PRACTICE_FIELDS},
        "url": settings.SITE_URL + practice.get_absolute_url(),
        "physicians": page.physicians,
        "treatments": [t.slug for t in page.treatments],
        "response_time": page.response_time or None,
    }


def _treatment(slug: str) -> Treatment | None:
    if not slug.strip():
        return None
    treatment = Treatment.objects.filter(slug=slug.strip().lower()).first()
    if treatment is None:
        raise ValidationError({"treatment": [f"Unknown treatment: {slug}."]})
    return treatment


@router.get("/{slug}", response=PracticeOut, summary="A practice: address, physicians, treatments")
def practice_detail(request: HttpRequest, slug: str) -> dict[str, object]:
    return _practice_out(practice_page(access.get_practice_for_view(slug)))


@router.post(
    "/{slug}/consultations",
    response={201: ConsultationCreatedOut, 429: ThrottledOut},
    auth=None,
    summary="Request a consultation (open to anonymous clients, rate limited)",
)
@csrf_exempt
def consultation_create(
    request: HttpRequest, slug: str, payload: ConsultationIn
) -> Status[dict[str, object]] | HttpResponse:
    practice: Practice = access.get_practice_for_view(slug)
    try:
        consultation = services.consultation_request_create(
            practice=practice,
            name=payload.name,
            email=payload.email,
            phone=payload.phone,
            treatment=_treatment(payload.treatment),
            message=payload.message,
            preferred_contact_time=payload.preferred_contact_time,
            consent=payload.consent,
            ip=client_ip(request),
        )
    except spam.RateLimited as exc:
        response = api.create_response(request, {"detail": exc.message}, status=429)
        response["Retry-After"] = str(exc.retry_after)
        return response
    message = f"Your request was sent to {practice.name}."
    if consultation.email:
        message += f" We e-mailed a confirmation to {consultation.email}."
    return Status(201, {"id": consultation.pk, "status": consultation.status, "message": message})


@router.get(
    "/{slug}/consultations",
    response=list[ConsultationOut],
    auth=AUTH,
    summary="The practice's consultation requests (its staff and physicians, moderators)",
)
@paginate(Pages)
def consultation_list(
    request: HttpRequest, slug: str, filters: Query[InboxFilters]
) -> ConsultationRequestQuerySet:
    practice = access.get_practice_for_inbox(request.user, slug)
    requests = ConsultationRequest.objects.for_practice(practice).with_status(filters.status or "")
    return requests.for_inbox().select_related("practice")
