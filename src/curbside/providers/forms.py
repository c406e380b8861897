from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from curbside.catalogue.models import Treatment
from curbside.lib.geo import Place, UnknownPlace, resolve_near
from curbside.lib.us import State
from curbside.providers.conditions import (
    EXAMPLES,
    ConditionSearch,
    UnknownCondition,
    resolve_condition,
)
from curbside.providers.models import (
    DEFAULT_RADIUS_MILES,
    MAX_RADIUS_MILES,
    SearchSort,
    Specialty,
)

_RADIUS_RANGE = f"Choose a distance between 1 and {MAX_RADIUS_MILES} miles."


class DoctorSearchForm(forms.Form):
    """The filters of /doctors/ and GET /api/v1/doctors; every field is optional."""

    treatment = forms.ModelChoiceField(
        queryset=Treatment.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label="Any treatment",
        error_messages={"invalid_choice": "We don't know that treatment."},
    )
    condition = forms.CharField(
        max_length=100,
        required=False,
        label="Condition",
        widget=forms.TextInput(attrs={"list": "condition-names", "autocomplete": "off"}),
        help_text=f"In your own words, e.g. {EXAMPLES}: we list the specialists who treat it.",
    )
    specialty = forms.ChoiceField(
        choices=[("", "Any specialty"), *Specialty.choices],
        required=False,
        error_messages={"invalid_choice": "We don't know the specialty '%(value)s'."},
    )
    near = forms.CharField(
        max_length=100,
        required=False,
        label="Near",
        widget=forms.TextInput(attrs={"placeholder": "City, ST or ZIP", "autocomplete": "off"}),
        help_text="A US city or ZIP code, e.g. 'Philadelphia, PA' or '10001'.",
    )
    radius = forms.IntegerField(
        min_value=1,
        max_value=MAX_RADIUS_MILES,
        required=False,
        label="Within (miles)",
        widget=forms.NumberInput(attrs={"placeholder": str(DEFAULT_RADIUS_MILES)}),
        error_messages={
            "min_value": _RADIUS_RANGE,
            "max_value": _RADIUS_RANGE,
            "invalid": _RADIUS_RANGE,
        },
    )
    sort = forms.ChoiceField(
        choices=[("", "Default"), *SearchSort.choices],
        required=False,
        label="Sort by",
        help_text="By default, nearest first when you give a place, else best rated.",
        error_messages={"invalid_choice": "Sort by 'distance' or 'score'."},
    )

    def clean_condition(self) -> ConditionSearch | None:
        text: str = self.cleaned_data["condition"]
        if not text.strip():
            return None
        try:
            return resolve_condition(text)
        except UnknownCondition as exc:
            raise ValidationError(str(exc)) from None

    def clean_near(self) -> Place | None:
        text: str = self.cleaned_data["near"]
        if not text.strip():
            return None
        try:
            return resolve_near(text)
        except UnknownPlace as exc:
            raise ValidationError(str(exc)) from None

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        wants_distance = cleaned.get("sort") == SearchSort.DISTANCE
        if wants_distance and not cleaned.get("near") and "near" not in self.errors:
            self.add_error("near", "Enter a city or ZIP code to sort by distance.")
        return cleaned

    def search_args(self) -> dict[str, Any]:
        """Keyword arguments for PhysicianQuerySet.search(), from a valid form."""
        place: Place | None = self.cleaned_data["near"]
        condition: ConditionSearch | None = self.cleaned_data["condition"]
        return {
            "treatment": self.cleaned_data["treatment"],
            "specialty": self.cleaned_data["specialty"],
            "specialties": condition.specialties if condition else (),
            "near": place.point if place else None,
            "radius": self.cleaned_data["radius"] or DEFAULT_RADIUS_MILES,
            "sort": self.cleaned_data["sort"],
        }


class PhysicianSignupForm(forms.Form):
    email = forms.EmailField(label="Work e-mail")
    password = forms.CharField(widget=forms.PasswordInput, min_length=8, max_length=128)
    first_name = forms.CharField(max_length=60)
    last_name = forms.CharField(max_length=60)
    credentials = forms.CharField(max_length=60, help_text="e.g. MD, FACS")
    specialty = forms.ChoiceField(choices=Specialty.choices)
    npi = forms.CharField(
        label="NPI",
        max_length=10,
        min_length=10,
        help_text="Your ten-digit National Provider Identifier.",
    )
    practicing_since = forms.IntegerField(
        min_value=1950, max_value=2100, help_text="Year you began independent practice."
    )
    city = forms.CharField(max_length=80)
    state = forms.ChoiceField(choices=State.choices)
    board_certifications = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=600,
        help_text="One per line, e.g. American Board of Dermatology.",
    )
    bio = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 4}), max_length=5000)

    def clean_practicing_since(self) -> int:
        year: int = self.cleaned_data["practicing_since"]
        if year > timezone.localdate().year:
            raise forms.ValidationError("This year is in the future.")
        return year
