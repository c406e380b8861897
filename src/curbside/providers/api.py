# No `from __future__ import annotations`: ninja resolves endpoint annotations at import time.
"""GET /api/v1/doctors (find a doctor, the filters of /doctors/) and GET /api/v1/doctors/{slug}."""

from django.conf import settings
from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate
from pydantic import field_validator

from curbside.api import Pages, error_response
from curbside.providers.forms import DoctorSearchForm
from curbside.providers.models import (
    DEFAULT_RADIUS_MILES,
    MAX_RADIUS_MILES,
    SEARCH_MAX_RESULTS,
    NearbyPhysicians,
    Physician,
    PhysicianQuerySet,
    SearchSort,
    Specialty,
)

router = Router(tags=["doctors"])


class DoctorFilters(Schema):
    treatment: str = Field(
        "",
        max_length=60,
        description="A treatment slug, e.g. 'botox'; one we don't know answers 404.",
    )
    condition: str = Field(
        "",
        max_length=100,
        description="A condition in a patient's words or its id: 'neck spasms', 'chronic "
        "migraine', 'cervical_dystonia'. Only the specialties that treat it are listed; words "
        "we can't place answer 404 with the reason.",
    )
    specialty: str = Field(
        "",
        description="A specialty code, e.g. 'dermatology'.",
        json_schema_extra={"enum": ["", *Specialty.values]},
    )
    near: str = Field(
        "",
        max_length=100,
        description="A US ZIP code or city: '10001', 'Philadelphia, PA', 'Philadelphia PA'; a "
        "place we can't find answers 404.",
    )
    radius: int | None = Field(
        None,
        ge=1,
        le=MAX_RADIUS_MILES,
        description=f"Miles around `near`, 1 to {MAX_RADIUS_MILES}; {DEFAULT_RADIUS_MILES} if "
        "left out.",
    )
    sort: str = Field(
        "",
        description="'distance' (the default with `near`; without `near`, best rated first) "
        "or 'score' (Bayesian rating).",
        json_schema_extra={"enum": ["", *SearchSort.values]},
    )

    @field_validator("specialty")
    @classmethod
    def _known_specialty(cls, value: str) -> str:
        if value and value not in Specialty.values:
            raise ValueError(f"We don't know the specialty '{value}'.")
        return value

    @field_validator("sort")
    @classmethod
    def _known_sort(cls, value: str) -> str:
        if value and value not in SearchSort.values:
            raise ValueError("Sort by 'distance' or 'score'.")
        return value


# A physician as an answer, a practice page or find-a-doctor shows them (no docstring: it would
# become the schema's description).
class PhysicianCardOut(Schema):
    slug: str
    name: str = Field(alias="full_name")
    credentials: str
    specialty: str
    city: str
    state: str
    rating: float | None
    review_count: int
    url: str

    @staticmethod
    def resolve_specialty(obj: Physician) -> str:
        return obj.get_specialty_display()

    @staticmethod
    def resolve_rating(obj: Physician) -> float | None:
        average: float | None = getattr(obj, "rating_avg", None)  # from for_card()
        return round(average, 2) if average is not None else None

    @staticmethod
    def resolve_url(obj: Physician) -> str:
        return settings.SITE_URL + obj.get_absolute_url()


# A physician in find-a-doctor: their card, with their practice.
class DoctorBase(PhysicianCardOut):
    practice: str | None
    rating: float | None = Field(description="Mean stars of published reviews, 1 to 5.")

    @staticmethod
    def resolve_practice(obj: Physician) -> str | None:
        return obj.practice.name if obj.practice else None


class DoctorOut(DoctorBase):
    distance_miles: float | None = Field(None, description="Only when `near` is given.")

    @staticmethod
    def resolve_distance_miles(obj: Physician) -> float:
        return round(obj.distance_miles, 2)  # AttributeError without `near`: left out


@router.get(
    "",
    response=list[DoctorOut],
    exclude_unset=True,
    summary="Find a doctor",
    description="Verified physicians by treatment, condition, specialty and distance, nearest "
    "first with `near`, else best rated first. A treatment, condition or place we don't know "
    "answers 404 with the reason in `detail`. Without `near`, the list stops at the "
    f"{SEARCH_MAX_RESULTS:,} best rated.",
    openapi_extra={
        "responses": {"404": error_response("An unknown treatment, condition or place.")}
    },
)
@paginate(Pages)
def doctor_list(
    request: HttpRequest, filters: Query[DoctorFilters]
) -> PhysicianQuerySet | NearbyPhysicians:
    wanted = filters.dict()
    if wanted["sort"] == SearchSort.DISTANCE and not wanted["near"].strip():
        wanted["sort"] = ""  # no place to measure from: best rated first
    form = DoctorSearchForm(wanted)
    if not form.is_valid():
        # What the schema cannot say: whether we know this treatment slug or place.
        reasons = [
            f"{field}: {' '.join(str(e) for e in errors)}" for field, errors in form.errors.items()
        ]
        raise HttpError(404, " ".join(reasons))
    return Physician.objects.verified().for_card().search(**form.search_args())
