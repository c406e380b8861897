from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, overload

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone

from curbside.lib.geo import LatLon, bounding_box, miles_between
from curbside.lib.npi import validate_npi
from curbside.lib.us import State

if TYPE_CHECKING:
    from curbside.catalogue.models import Treatment


class Specialty(models.TextChoices):
    DERMATOLOGY = "dermatology", "Dermatologist"
    PLASTIC_SURGERY = "plastic_surgery", "Plastic Surgeon"
    FACIAL_PLASTIC_SURGERY = "facial_plastic_surgery", "Facial Plastic Surgeon"
    OCULOPLASTIC_SURGERY = "oculoplastic_surgery", "Oculoplastic Surgeon"
    OPHTHALMOLOGY = "ophthalmology", "Ophthalmologist"
    OTOLARYNGOLOGY = "otolaryngology", "Otolaryngologist (ENT)"
    NEUROLOGY = "neurology", "Neurologist"
    PHYSICAL_MEDICINE = "physical_medicine", "Physiatrist (PM&R)"
    PHLEBOLOGY = "phlebology", "Phlebologist"
    UROLOGY = "urology", "Urologist"
    FAMILY_MEDICINE = "family_medicine", "Family Physician"
    INTERNAL_MEDICINE = "internal_medicine", "Internist"


class Credential(models.TextChoices):
    MD = "MD", "MD"
    DO = "DO", "DO"
    MBBS = "MBBS", "MBBS"
    FACS = "FACS", "FACS"
    FAAD = "FAAD", "FAAD"
    FAAFP = "FAAFP", "FAAFP"
    FACP = "FACP", "FACP"
    PHD = "PhD", "PhD"


class SearchSort(models.TextChoices):
    DISTANCE = "distance", "Distance"
    SCORE = "score", "Rating"


DEFAULT_RADIUS_MILES = 25
MAX_RADIUS_MILES = 500
SEARCH_MAX_RESULTS = 1000


class VerificationStatus(models.TextChoices):
    PENDING = "pending", "Pending review"
    VERIFIED = "verified", "Verified"
    REJECTED = "rejected", "Rejected"


class PhysicianQuerySet(models.QuerySet["Physician"]):
    def verified(self) -> PhysicianQuerySet:
        return self.filter(status=VerificationStatus.VERIFIED, user__is_active=True)

    def pending(self) -> PhysicianQuerySet:
        return self.filter(status=VerificationStatus.PENDING)

    def for_card(self) -> PhysicianQuerySet:
        """Everything a physician card shows, in one query."""
        return self.select_related("user", "practice")

    def within_box(self, point: LatLon, miles: float) -> PhysicianQuerySet:
        """Physicians inside the bounding box of a circle: a range scan on the
        (status, latitude, longitude) index, a superset of near()."""
        box = bounding_box(point, miles)
        return self.filter(
            latitude__range=(box.min_lat, box.max_lat),
            longitude__range=(box.min_lon, box.max_lon),
        )

    def near(self, point: LatLon, miles: float, *, sort: str = "") -> NearbyPhysicians:
        """Physicians within `miles` of `point`, nearest first (or best rated first with
        sort="score"), each with `distance_miles`. The database narrows to the bounding box;
        the exact distance, the radius and the order are computed here, which measured faster
        than computing them in SQL on both SQLite and PostgreSQL (bench/find_doctor.py)."""
        return NearbyPhysicians(self, point, miles, by_score=sort == SearchSort.SCORE)

    def search(
        self,
        *,
        treatment: Treatment | None = None,
        specialty: str = "",
        specialties: Sequence[str] = (),
        near: LatLon | None = None,
        radius: float = DEFAULT_RADIUS_MILES,
        sort: str = "",
    ) -> PhysicianQuerySet | NearbyPhysicians:
        """Find a doctor: the filters of /doctors/ and GET /api/v1/doctors. `specialties` are
        those that treat the condition searched for (providers.conditions); with `specialty`
        too, both must hold. With `near`, rows carry `distance_miles`; `sort` is "distance"
        (the default with `near`) or "score"."""
        physicians = self
        if treatment is not None:
            physicians = physicians.filter(treatments=treatment)
        if specialty:
            physicians = physicians.filter(specialty=specialty)
        if specialties:
            physicians = physicians.filter(specialty__in=specialties)
        if near is not None:
            return physicians.near(near, radius, sort=sort)
        # Without a place the list stops at the best-rated SEARCH_MAX_RESULTS: counting every
        # verified physician in the country costs more than the page, and nobody pages past 50.
        return physicians.order_by("-rating_score", "-pk")[:SEARCH_MAX_RESULTS]


class NearbyPhysicians(Sequence["Physician"]):
    """The result of PhysicianQuerySet.near(): a lazy sequence a Paginator can page through.
    The first use runs one query for the ids, coordinates and scores of the physicians in
    the bounding box; each slice then runs one query for its rows."""

    def __init__(
        self, queryset: PhysicianQuerySet, point: LatLon, miles: float, *, by_score: bool
    ) -> None:
        self.queryset = queryset
        self.point = point
        self.miles = miles
        self.by_score = by_score

    @cached_property
    def ranked(self) -> list[tuple[int, float]]:
        """(pk, miles) of every physician within the radius, in result order."""
        candidates = self.queryset.within_box(self.point, self.miles).values_list(
            "pk", "latitude", "longitude", "rating_score"
        )
        found = []
        for pk, latitude, longitude, score in candidates:
            if latitude is None or longitude is None:  # within_box() excluded them; for mypy
                continue
            distance = miles_between(self.point, (latitude, longitude))
            if distance <= self.miles:
                found.append((pk, distance, score))
        if self.by_score:  # as PhysicianQuerySet.search() orders without a place
            found.sort(key=lambda row: (-row[2], -row[0]))
        else:
            found.sort(key=lambda row: (row[1], row[0]))
        return [(pk, miles) for pk, miles, _ in found]

    def __len__(self) -> int:
        return len(self.ranked)

    @overload
    def __getitem__(self, index: int) -> Physician: ...
    @overload
    def __getitem__(self, index: slice) -> list[Physician]: ...
    def __getitem__(self, index: int | slice) -> Physician | list[Physician]:
        if isinstance(index, int):
            position = range(len(self))[index]  # IndexError out of range, as for a list
            return self[position : position + 1][0]
        chosen = self.ranked[index]
        rows = self.queryset.in_bulk([pk for pk, _ in chosen])
        page = []
        for pk, distance in chosen:
            if (physician := rows.get(pk)) is not None:  # None: deleted since the first query
                physician.distance_miles = distance
                page.append(physician)
        return page


class Physician(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="physician"
    )
    slug = models.SlugField(max_length=80, unique=True)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    credentials = models.CharField(
        max_length=60, help_text="Degrees and fellowships, comma-separated, e.g. 'MD, FACS'."
    )
    specialty = models.CharField(max_length=40, choices=Specialty.choices)
    npi = models.CharField(
        "NPI",
        max_length=10,
        unique=True,
        validators=[validate_npi],
        help_text="National Provider Identifier (ten digits).",
    )
    practicing_since = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1950), MaxValueValidator(2100)],
        help_text="Year the physician began independent practice.",
    )
    city = models.CharField(max_length=80)
    state = models.CharField(max_length=2, choices=State.choices)
    bio = models.TextField(blank=True, max_length=5000)
    bio_html = models.TextField(blank=True, editable=False)
    practice = models.ForeignKey(
        "practices.Practice",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="physicians",
    )
    treatments = models.ManyToManyField(
        "catalogue.Treatment", blank=True, related_name="physicians"
    )
    status = models.CharField(
        max_length=10, choices=VerificationStatus.choices, default=VerificationStatus.PENDING
    )
    status_changed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    # Kept by reviews.services from published reviews (never the raw mean for ranking:
    # rating_score is a Bayesian average), so cards and rankings need no aggregation.
    rating_avg = models.FloatField(null=True, blank=True, editable=False)
    review_count = models.PositiveIntegerField(default=0, editable=False)
    rating_score = models.FloatField(default=0.0, editable=False, db_index=True)
    # Where patients see the physician: their practice's address, else their city (lib.geo).
    latitude = models.FloatField(null=True, blank=True, editable=False)
    longitude = models.FloatField(null=True, blank=True, editable=False)

    objects = PhysicianQuerySet.as_manager()

    if TYPE_CHECKING:
        user_id: int
        distance_miles: float  # set on the results of PhysicianQuerySet.near()

    class Meta:
        ordering = ["last_name", "first_name"]
        # Find a doctor filters on status first: a range on latitude after it serves
        # near(), and rating_score after it serves the sort by score without sorting.
        indexes = [
            models.Index(fields=["status", "specialty"]),
            models.Index(fields=["status", "latitude", "longitude"], name="physician_status_geo"),
            models.Index(fields=["status", "rating_score"], name="physician_status_score"),
        ]

    def __str__(self) -> str:
        return self.display_name

    def get_absolute_url(self) -> str:
        return reverse("providers:physician-detail", args=[self.slug])

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def display_name(self) -> str:
        """'Dr. Ana Ruiz, MD, FACS' — the form used on every card."""
        return f"Dr. {self.full_name}, {self.credentials}" if self.credentials else self.full_name

    @property
    def is_verified(self) -> bool:
        return self.status == VerificationStatus.VERIFIED

    @property
    def years_in_practice(self) -> int:
        return max(0, timezone.localdate().year - self.practicing_since)

    @property
    def location(self) -> str:
        return f"{self.city}, {self.state}"


class BoardCertification(models.Model):
    physician = models.ForeignKey(
        Physician, on_delete=models.CASCADE, related_name="board_certifications"
    )
    board = models.CharField(max_length=120, help_text="e.g. American Board of Dermatology")
    verified_at = models.DateTimeField(null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["board"]
        constraints = [
            models.UniqueConstraint(fields=["physician", "board"], name="board_cert_unique"),
        ]

    def __str__(self) -> str:
        return self.board


def specialty_label(code: str) -> str:
    return str(dict(Specialty.choices).get(code, code))
