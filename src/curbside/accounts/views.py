from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import SetPasswordForm
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from curbside.accounts import services
from curbside.accounts.access import require_signed_in
from curbside.accounts.forms import ApiTokenForm, PatientSignupForm
from curbside.accounts.models import User
from curbside.lib.forms import form_add_service_errors

_BACKEND = "django.contrib.auth.backends.ModelBackend"


def signup(request: HttpRequest) -> HttpResponse:
    form = PatientSignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.user_signup_patient(**form.cleaned_data)
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            return signup_sent_redirect(request, form.cleaned_data["email"])
    return render(
        request, "accounts/signup.html", {"form": form}, status=400 if form.errors else 200
    )


def signup_sent_redirect(
    request: HttpRequest, email: str, *, physician: bool = False
) -> HttpResponse:
    """The same answer whether the address was new or already had an account (whose owner was
    e-mailed instead): sign-up never tells anyone who has an account."""
    request.session["signup_sent"] = {"email": email.strip().lower(), "physician": physician}
    return redirect("accounts:signup-sent")


def signup_sent(request: HttpRequest) -> HttpResponse:
    sent = request.session.get("signup_sent")
    if not sent:
        return redirect("accounts:signup")
    return render(request, "accounts/signup_sent.html", sent)


def verify_email(request: HttpRequest, token: str) -> HttpResponse:
    try:
        user, first_time = services.email_verify(token=token)
    except ValidationError as exc:
        return render(
            request, "accounts/verify_failed.html", {"message": " ".join(exc.messages)}, status=400
        )
    if first_time and not request.user.is_authenticated:
        # The link finishes sign-up: it went to the address, so it signs its owner in, once.
        login(request, user, backend=_BACKEND)
        request.session.pop("signup_sent", None)
        messages.success(request, f"Welcome, {user.public_name}: {user.email} is confirmed.")
    else:
        messages.success(request, f"Thank you — {user.email} is confirmed.")
    if user.is_physician:
        return redirect(user.physician)
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
    return redirect(_next_on_this_site(request) or "accounts:account")


def _next_on_this_site(request: HttpRequest) -> str:
    """The `next` the form sent when it leads to a page of this site, else "" (never off-site)."""
    target = request.POST.get("next", "")
    on_site = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if on_site else ""


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


class PasswordResetConfirm(auth_views.PasswordResetConfirmView):
    """Django's reset form; a new password also ends a sign-in lockout on the account."""

    def form_valid(self, form: SetPasswordForm[User]) -> HttpResponse:
        response = super().form_valid(form)
        services.user_unlock(user=form.user)
        return response
