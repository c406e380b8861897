from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone

from curbside.lib.npi import validate_npi
from curbside.lib.us import State


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
    treatments = models.ManyToManyField("qa.Treatment", blank=True, related_name="physicians")
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

    class Meta:
        ordering = ["last_name", "first_name"]
        indexes = [
            models.Index(fields=["status", "specialty"]),
            models.Index(fields=["latitude", "longitude"]),
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
