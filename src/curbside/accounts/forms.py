from __future__ import annotations

from django import forms
from django.contrib.auth.forms import AuthenticationForm


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


class ApiTokenForm(forms.Form):
    name = forms.CharField(max_length=60, help_text="What the token is for, e.g. 'my script'.")
