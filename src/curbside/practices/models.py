from __future__ import annotations

from django.conf import settings
from django.db import models

from curbside.lib.us import State


class Practice(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=120)
    street = models.CharField(max_length=160)
    city = models.CharField(max_length=80)
    state = models.CharField(max_length=2, choices=State.choices)
    zip_code = models.CharField(max_length=10)
    phone = models.CharField(max_length=20)
    website = models.URLField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

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
