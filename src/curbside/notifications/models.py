from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.utils import timezone

if TYPE_CHECKING:
    from curbside.accounts.models import User


class Kind(models.TextChoices):
    ANSWER = "answer", "A question you follow was answered"
    CONSULTATION = "consultation", "A new consultation request for your practice"
    VERIFICATION = "verification", "Your physician verification changed"
    REVIEW = "review", "A review was published or replied to"
    TRIAGE = "triage", "A new question was held by emergency triage"
    RELEASED = "released", "Your question held by emergency triage was published"


# The e-mail kinds each role can get, offered on the preferences form (plus any kind the user
# has already turned off, so it can be turned back on).
ROLE_KINDS: dict[str, list[str]] = {
    "patient": [Kind.ANSWER, Kind.REVIEW, Kind.RELEASED],
    "physician": [Kind.ANSWER, Kind.REVIEW, Kind.VERIFICATION, Kind.CONSULTATION],
    "practice_staff": [Kind.CONSULTATION, Kind.ANSWER],
    "moderator": [Kind.ANSWER, Kind.TRIAGE],
}


class NotificationQuerySet(models.QuerySet["Notification"]):
    def unread(self) -> NotificationQuerySet:
        return self.filter(read_at__isnull=True)

    def for_user(self, user: User) -> NotificationQuerySet:
        return self.filter(user=user)

    def newest(self) -> NotificationQuerySet:
        return self.order_by("-created_at", "-pk")


class Notification(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    title = models.CharField(max_length=200)
    url = models.CharField(max_length=300)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["user", "read_at", "-created_at"])]

    def __str__(self) -> str:
        return self.title

    @property
    def is_unread(self) -> bool:
        return self.read_at is None


class EmailOptOut(models.Model):
    """The user does not want e-mail of this kind (the in-app list still shows it)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="email_opt_outs"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="one_opt_out_per_kind"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} opts out of {self.kind} e-mail"


def email_preferences(user: User) -> tuple[list[str], set[str]]:
    """The kinds of e-mail the preferences form offers this user, in a stable order, and the
    ones they have turned off. One query."""
    opted_out = set(EmailOptOut.objects.filter(user=user).values_list("kind", flat=True))
    wanted = set(ROLE_KINDS.get(user.role, [])) | opted_out
    return [kind for kind in Kind.values if kind in wanted], opted_out
