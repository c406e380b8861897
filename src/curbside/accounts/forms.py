from __future__ import annotations

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils import timezone

from curbside.lib.us import State
from curbside.providers.models import Specialty


class SignInForm(AuthenticationForm):
    username = forms.EmailField(label="E-mail", widget=forms.EmailInput(attrs={"autofocus": True}))

    error_messages = {
        "invalid_login": "That e-mail and password don't match an account.",
        "inactive": "This account is disabled.",
    }


class PatientSignupForm(forms.Form):
    email = forms.EmailField(label="E-mail")
    public_name = forms.CharField(
        max_length=40,
        required=False,
        label="Public name",
        help_text="Shown beside your questions instead of your name. Leave empty and we'll "
        "make one up for you.",
    )
    password = forms.CharField(widget=forms.PasswordInput, min_length=8, max_length=128)


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


class ApiTokenForm(forms.Form):
    name = forms.CharField(max_length=60, help_text="What the token is for, e.g. 'my script'.")
