from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from curbside.accounts.access import require_moderator
from curbside.audit.models import AuditEntry
from curbside.claims import access as claims_access
from curbside.claims.forms import FlagDecisionForm
from curbside.claims.models import ClaimCheck
from curbside.claims.services import claim_flag_accept, claim_flag_dismiss
from curbside.lib.pagination import paginate
from curbside.moderation.forms import VerificationForm
from curbside.providers import access as provider_access
from curbside.providers.models import Physician
from curbside.providers.services import physician_reject, physician_verify
from curbside.triage import access as triage_access
from curbside.triage.forms import HoldDecisionForm
from curbside.triage.models import TriageHold
from curbside.triage.services import triage_hold_release, triage_hold_remove


@login_required
def queue(request: HttpRequest) -> HttpResponse:
    require_moderator(request.user)
    return _render_queue(request, VerificationForm())


def _render_queue(
    request: HttpRequest,
    form: VerificationForm,
    status: int = 200,
    *,
    triage_form: HoldDecisionForm | None = None,
    claim_form: FlagDecisionForm | None = None,
    card: tuple[str, int] = ("", 0),
) -> HttpResponse:
    """The queue; after a refused decision, `card` is the (kind, id) of the card acted on,
    which shows the form's errors (the form's action brings the moderator back to it)."""
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
            "audit": paginate(
                request,
                AuditEntry.objects.select_related("actor").order_by("-created_at", "-pk"),
                30,
            ),
            "card_kind": card[0],
            "card_pk": card[1],
            "form": form,
            "triage_holds": TriageHold.objects.open().for_queue(),
            "triage_form": triage_form or HoldDecisionForm(),
            "claim_flags": ClaimCheck.objects.open_flags().for_queue(),
            "claim_form": claim_form or FlagDecisionForm(),
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
        return _render_queue(request, form, status=400, card=("physician", physician.pk))
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


@require_POST
@login_required
def triage_hold_resolve(request: HttpRequest, hold_id: int) -> HttpResponse:
    hold, moderator = triage_access.get_hold_for_resolution(request.user, hold_id)
    form = HoldDecisionForm(request.POST)
    if not form.is_valid():
        return _render_queue(
            request, VerificationForm(), status=400, triage_form=form, card=("hold", hold.pk)
        )
    release = form.cleaned_data["decision"] == "release"
    try:
        if release:
            triage_hold_release(hold=hold, moderator=moderator, note=form.cleaned_data["reason"])
        else:
            triage_hold_remove(hold=hold, moderator=moderator, note=form.cleaned_data["reason"])
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        done = "released and published" if release else "kept removed"
        messages.success(request, f"“{hold.question.title}”: {done}.")
    return redirect("moderation:queue")


@require_POST
@login_required
def claim_flag_decide(request: HttpRequest, flag_id: int) -> HttpResponse:
    flag, moderator = claims_access.get_flag_for_decision(request.user, flag_id)
    form = FlagDecisionForm(request.POST)
    if not form.is_valid():
        return _render_queue(
            request, VerificationForm(), status=400, claim_form=form, card=("flag", flag.pk)
        )
    accept = form.cleaned_data["decision"] == "accept"
    decide = claim_flag_accept if accept else claim_flag_dismiss
    try:
        decide(check=flag, moderator=moderator, reason=form.cleaned_data["reason"])
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        done = "accepted: its evidence note stays" if accept else "dismissed: its note is gone"
        messages.success(request, f"Claim flag {done}.")
    return redirect("moderation:queue")
