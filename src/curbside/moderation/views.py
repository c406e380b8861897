from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from curbside.lib.access import require_moderator
from curbside.moderation.forms import VerificationForm
from curbside.moderation.models import AuditEntry
from curbside.providers import access as provider_access
from curbside.providers.models import Physician
from curbside.providers.services import physician_reject, physician_verify


@login_required
def queue(request: HttpRequest) -> HttpResponse:
    require_moderator(request.user)
    return _render_queue(request, VerificationForm())


def _render_queue(request: HttpRequest, form: VerificationForm, status: int = 200) -> HttpResponse:
    pending = (
        Physician.objects.pending()
        .select_related("user")
        .prefetch_related("board_certifications")
        .order_by("created_at")
    )
    return render(
        request,
        "moderation/queue.html",
        {
            "pending": pending,
            "audit": AuditEntry.objects.select_related("actor")[:30],
            "form": form,
        },
        status=status,
    )


@require_POST
@login_required
def physician_verification(request: HttpRequest, physician_id: int) -> HttpResponse:
    physician = provider_access.get_physician_for_verification(request.user, physician_id)
    moderator = require_moderator(request.user)
    form = VerificationForm(request.POST)
    if not form.is_valid():
        return _render_queue(request, form, status=400)
    try:
        if form.cleaned_data["decision"] == "verify":
            physician_verify(
                physician=physician, moderator=moderator, reason=form.cleaned_data["reason"]
            )
        else:
            physician_reject(
                physician=physician, moderator=moderator, reason=form.cleaned_data["reason"]
            )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, f"{physician.display_name}: {physician.get_status_display()}.")
    return redirect("moderation:queue")
