from __future__ import annotations

import statistics
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from curbside.lib.us import State

if TYPE_CHECKING:
    from curbside.catalogue.models import Treatment
    from curbside.providers.models import PhysicianQuerySet

# "Usually responds within …" looks at this many days of requests, and needs this many answered
# ones before it says anything.
RESPONSE_WINDOW_DAYS = 90
RESPONSE_MIN_SAMPLES = 3


class PracticeQuerySet(models.QuerySet["Practice"]):
    def with_physician_counts(self) -> PracticeQuerySet:
        """Each practice with `physician_count`: its verified, active physicians."""
        return self.annotate(
            physician_count=models.Count(
                "physicians",
                filter=models.Q(physicians__status="verified", physicians__user__is_active=True),
            )
        )


class Practice(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=120)
    street = models.CharField(max_length=160)
    city = models.CharField(max_length=80)
    state = models.CharField(max_length=2, choices=State.choices)
    zip_code = models.CharField(max_length=10)
    phone = models.CharField(max_length=20)
    website = models.URLField(blank=True)
    description = models.TextField(blank=True, max_length=5000)
    description_html = models.TextField(blank=True, editable=False)
    latitude = models.FloatField(null=True, blank=True, editable=False)
    longitude = models.FloatField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = PracticeQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("practices:practice-detail", args=[self.slug])

    def verified_physicians(self) -> PhysicianQuerySet:
        """The physicians the practice page shows, with what their cards need."""
        from curbside.providers.models import Physician

        return Physician.objects.verified().filter(practice=self).for_card()

    def treatments_offered(self) -> models.QuerySet[Treatment]:
        """The union of its verified physicians' treatments."""
        from curbside.catalogue.models import Treatment
        from curbside.providers.models import VerificationStatus

        return (
            Treatment.objects.filter(
                physicians__practice=self,
                physicians__status=VerificationStatus.VERIFIED,
                physicians__user__is_active=True,
            )
            .distinct()
            .order_by("name")
        )

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip_code}"


class PracticeStaff(models.Model):
    """A practice-staff account's link to the one practice it manages."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="practice_membership"
    )
    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="staff")
    title = models.CharField(max_length=60, blank=True)

    def __str__(self) -> str:
        return f"{self.user} at {self.practice}"


class ConsultationStatus(models.TextChoices):
    NEW = "new", "New"
    CONTACTED = "contacted", "Contacted"
    BOOKED = "booked", "Booked"
    CLOSED = "closed", "Closed"


class ContactTime(models.TextChoices):
    ANY = "any", "Any time"
    MORNING = "morning", "Mornings"
    AFTERNOON = "afternoon", "Afternoons"
    EVENING = "evening", "Evenings"


class ConsultationRequestQuerySet(models.QuerySet["ConsultationRequest"]):
    def for_practice(self, practice: Practice) -> ConsultationRequestQuerySet:
        return self.filter(practice=practice)

    def with_status(self, status: str) -> ConsultationRequestQuerySet:
        """Only requests in this status; an empty status means all of them."""
        return self.filter(status=status) if status else self

    def for_inbox(self) -> ConsultationRequestQuerySet:
        return self.select_related("treatment", "physician").order_by("-created_at", "-pk")

    def status_counts(self) -> dict[str, int]:
        """How many requests are in each status (every status present, zero if none)."""
        counts = dict.fromkeys(ConsultationStatus.values, 0)
        rows = self.order_by().values_list("status").annotate(n=models.Count("pk"))
        for status, n in rows:
            counts[status] = n
        return counts

    def median_first_response(self, *, now: datetime | None = None) -> timedelta | None:
        """The median time from a request to its first status change over the last
        RESPONSE_WINDOW_DAYS days, or None with fewer than RESPONSE_MIN_SAMPLES answered ones."""
        since = (now or timezone.now()) - timedelta(days=RESPONSE_WINDOW_DAYS)
        rows = self.filter(created_at__gte=since, first_response_at__isnull=False).values_list(
            "created_at", "first_response_at"
        )
        waits = [(answered - created).total_seconds() for created, answered in rows if answered]
        if len(waits) < RESPONSE_MIN_SAMPLES:
            return None
        return timedelta(seconds=max(0.0, statistics.median(waits)))


class ConsultationRequest(models.Model):
    """A patient asks a practice to contact them. Only that practice's staff and physicians,
    and moderators, may read it (practices.access)."""

    practice = models.ForeignKey(
        Practice, on_delete=models.CASCADE, related_name="consultation_requests"
    )
    name = models.CharField(max_length=100)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=30, blank=True)
    treatment = models.ForeignKey(
        "catalogue.Treatment", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The physician the request is for, when the requester chose one (from an answer or a
    # profile); any of the practice's physicians otherwise.
    physician = models.ForeignKey(
        "providers.Physician",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consultation_requests",
    )
    message = models.TextField(max_length=3000)
    preferred_contact_time = models.CharField(
        max_length=10, choices=ContactTime.choices, default=ContactTime.ANY
    )
    consent_at = models.DateTimeField(help_text="When the requester agreed to be contacted.")
    status = models.CharField(
        max_length=10, choices=ConsultationStatus.choices, default=ConsultationStatus.NEW
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    # The first time staff moved it on from "new": what "usually responds within" is made of.
    first_response_at = models.DateTimeField(null=True, blank=True)
    status_changed_at = models.DateTimeField(null=True, blank=True)

    objects = ConsultationRequestQuerySet.as_manager()

    if TYPE_CHECKING:
        practice_id: int
        treatment_id: int | None

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["practice", "status", "-created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(email="", phone=""), name="consultation_has_contact"
            ),
        ]

    def __str__(self) -> str:
        return f"Consultation request {self.pk} to practice {self.practice_id}"

    def get_inbox_url(self) -> str:
        return reverse("practices:inbox-detail", args=[self.practice.slug, self.pk])


class ConsultationNote(models.Model):
    """Staff's notes on a request, kept in order; also records each status change."""

    request = models.ForeignKey(ConsultationRequest, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField(max_length=3000, blank=True)
    status = models.CharField(max_length=10, choices=ConsultationStatus.choices, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    if TYPE_CHECKING:
        request_id: int

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"Note on consultation request {self.request_id}"
