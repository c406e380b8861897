from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from curbside.accounts.access import require_signed_in
from curbside.accounts.models import User
from curbside.lib.forms import form_add_service_errors
from curbside.lib.pagination import paginate
from curbside.notifications import access, services
from curbside.notifications.forms import EmailPreferencesForm
from curbside.notifications.models import Kind, Notification, email_preferences


@login_required
def notification_list(request: HttpRequest) -> HttpResponse:
    user = require_signed_in(request.user)
    return _render_list(request, user, _preferences_form(user))


def _preferences_form(user: User, data: object = None) -> EmailPreferencesForm:
    offered, opted_out = email_preferences(user)
    return EmailPreferencesForm(data, offered=offered, opted_out=opted_out)


def _render_list(request: HttpRequest, user: User, form: EmailPreferencesForm) -> HttpResponse:
    notifications = Notification.objects.for_user(user).newest()
    context = {"page": paginate(request, notifications), "form": form}
    return render(request, "notifications/list.html", context, status=400 if form.errors else 200)


@require_POST
@login_required
def mark_all_read(request: HttpRequest) -> HttpResponse:
    count = services.notifications_mark_read(user=require_signed_in(request.user))
    messages.success(request, f"Marked {count} notification{'s' if count != 1 else ''} read.")
    return redirect("notifications:list")


@login_required
def notification_open(request: HttpRequest, notification_id: int) -> HttpResponse:
    """Follow a notification's link, marking it read on the way. A GET with a side effect, on
    purpose: it only touches the reader's own read flag, and a plain link works everywhere."""
    notification = access.get_notification_for_open(request.user, notification_id)
    services.notifications_mark_read(user=notification.user, ids=[notification.pk])
    safe = url_has_allowed_host_and_scheme(
        notification.url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return redirect(notification.url if safe else "notifications:list")


@require_POST
@login_required
def preferences(request: HttpRequest) -> HttpResponse:
    user = require_signed_in(request.user)
    form = _preferences_form(user, request.POST)
    if form.is_valid():
        try:
            services.email_preferences_set(user=user, enabled=form.cleaned_data["kinds"])
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            messages.success(request, "Your e-mail preferences are saved.")
            return redirect("notifications:list")
    return _render_list(request, user, form)


# The signed token is what authorizes this, so a CSRF token adds nothing, and mail clients'
# one-click unsubscribe (RFC 8058) posts without one. No sign-in needed.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    try:
        user, kind = services.unsubscribe_target(token=token)
    except ValidationError as exc:
        return render(
            request,
            "notifications/unsubscribe_invalid.html",
            {"message": " ".join(exc.messages)},
            status=400,
        )
    if request.method == "POST":
        services.email_opt_out(user=user, kind=kind)
    context: dict[str, object] = {
        "kind_label": Kind(kind).label,
        "email": _masked(user.email),
        "done": request.method == "POST",
        "already_off": user.email_opt_outs.filter(kind=kind).exists(),
    }
    return render(request, "notifications/unsubscribe.html", context)


def _masked(email: str) -> str:
    """'p•••@example.com': enough to recognise, not enough to harvest from a forwarded link."""
    local, _, domain = email.partition("@")
    return f"{local[:1]}•••@{domain}"
