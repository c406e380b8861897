from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from curbside.accounts import services
from curbside.accounts.forms import ApiTokenForm, PatientSignupForm, PhysicianSignupForm
from curbside.lib.access import require_signed_in
from curbside.lib.forms import form_add_service_errors
from curbside.providers.services import physician_signup

_BACKEND = "django.contrib.auth.backends.ModelBackend"


def signup(request: HttpRequest) -> HttpResponse:
    form = PatientSignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = services.user_signup_patient(**form.cleaned_data)
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            login(request, user, backend=_BACKEND)
            messages.success(
                request,
                f"Welcome, {user.public_name}. We sent a link to "
                f"{user.email}; open it to confirm your address.",
            )
            return redirect("qa:ask")
    return render(
        request, "accounts/signup.html", {"form": form}, status=400 if form.errors else 200
    )


def signup_physician(request: HttpRequest) -> HttpResponse:
    form = PhysicianSignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        data["board_certifications"] = data["board_certifications"].splitlines()
        try:
            physician = physician_signup(**data)
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            login(request, physician.user, backend=_BACKEND)
            messages.success(
                request,
                "Thank you. A moderator will check your NPI and "
                "credentials; we'll e-mail you when you can answer.",
            )
            return redirect(physician)
    return render(
        request,
        "accounts/signup_physician.html",
        {"form": form},
        status=400 if form.errors else 200,
    )


def verify_email(request: HttpRequest, token: str) -> HttpResponse:
    try:
        user = services.email_verify(token=token)
    except ValidationError as exc:
        return render(
            request, "accounts/verify_failed.html", {"message": " ".join(exc.messages)}, status=400
        )
    messages.success(request, f"Thank you — {user.email} is confirmed.")
    return redirect("qa:ask" if user.is_patient else "qa:home")


@require_POST
@login_required
def verify_email_resend(request: HttpRequest) -> HttpResponse:
    user = require_signed_in(request.user)
    if user.email_verified:
        messages.info(request, "Your e-mail address is already confirmed.")
    else:
        services.email_verification_send(user=user)
        messages.success(request, f"We sent a new confirmation link to {user.email}.")
    return redirect(request.POST.get("next") or "accounts:account")


@login_required
def account(request: HttpRequest) -> HttpResponse:
    user = require_signed_in(request.user)
    form = ApiTokenForm(request.POST or None)
    new_token = ""
    if request.method == "POST" and form.is_valid():
        try:
            _, new_token = services.api_token_create(user=user, name=form.cleaned_data["name"])
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            form = ApiTokenForm()
    return render(
        request,
        "accounts/account.html",
        {
            "form": form,
            "new_token": new_token,
            "tokens": user.api_tokens.filter(revoked_at__isnull=True),
        },
        status=400 if form.errors else 200,
    )


@require_POST
@login_required
def api_token_revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    user = require_signed_in(request.user)
    token = get_object_or_404(user.api_tokens.all(), pk=token_id)
    services.api_token_revoke(token=token)
    messages.success(request, f"Token “{token.name}” is revoked.")
    return redirect("accounts:account")
