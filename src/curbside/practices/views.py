from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from curbside.lib.forms import IN_PLACE, form_add_service_errors
from curbside.lib.pagination import other_params, paginate
from curbside.lib.us import State
from curbside.limits.http import client_ip
from curbside.practices import access, services, spam
from curbside.practices.forms import (
    ConsultationForm,
    InboxFilterForm,
    InboxUpdateForm,
    PracticeForm,
)
from curbside.practices.models import ConsultationRequest, Practice
from curbside.practices.page import practice_page


def _render_practice(
    request: HttpRequest, practice: Practice, form: ConsultationForm | None, status: int = 200
) -> HttpResponse:
    page = practice_page(practice)
    if form is None:
        form = ConsultationForm(
            practice=practice,
            treatments=page.treatments,
            physicians=page.physicians,
            initial=ConsultationForm.initial_from(request.GET),
        )
    context = {
        "practice": practice,
        "page": page,
        "form": form,
        "started_token": form.fresh_token(),
        "can_manage": access.can_manage_page(request.user, practice),
        "can_see_inbox": access.can_see_inbox(request.user, practice),
    }
    return render(request, "practices/practice_detail.html", context, status=status)


def practice_list(request: HttpRequest) -> HttpResponse:
    """Every practice, to browse by state, with how many verified physicians it has."""
    practices = Practice.objects.with_physician_counts().order_by("name", "pk")
    state = request.GET.get("state", "")
    if state:
        if state not in State.values:
            raise Http404("There is no such state.")
        practices = practices.filter(state=state)
    states = Practice.objects.order_by("state").values_list("state", flat=True).distinct()
    return render(
        request,
        "practices/practice_list.html",
        {
            "page": paginate(request, practices),
            "page_params": other_params(request),
            "state": state,
            "states": [(code, State(code).label) for code in states],
        },
    )


def practice_detail(request: HttpRequest, slug: str) -> HttpResponse:
    return _render_practice(request, access.get_practice_for_view(slug), None)


@require_POST
def consultation_create(request: HttpRequest, slug: str) -> HttpResponse:
    practice = access.get_practice_for_view(slug)
    treatments = list(practice.treatments_offered())
    physicians = list(practice.verified_physicians())
    form = ConsultationForm(
        request.POST, practice=practice, treatments=treatments, physicians=physicians
    )
    if not form.is_valid():
        return _render_practice(request, practice, form, status=400)
    try:
        consultation = services.consultation_request_create(
            practice=practice, ip=client_ip(request), **form.service_arguments()
        )
    except spam.RateLimited as exc:
        form.add_error(None, exc.message)
        response = _render_practice(request, practice, form, status=429)
        response["Retry-After"] = str(exc.retry_after)
        return response
    except ValidationError as exc:
        form_add_service_errors(form, exc)
        return _render_practice(request, practice, form, status=400)
    sent = f"Your request was sent to {practice.name}."
    if consultation.email:
        sent += f" We e-mailed a confirmation to {consultation.email}."
    # Shown in place of the form, where the sender is looking (practice_detail.html), not at
    # the top of the page.
    messages.success(request, sent, extra_tags=IN_PLACE)
    return redirect(practice.get_absolute_url() + "#consultation")


@login_required
def practice_edit(request: HttpRequest, slug: str) -> HttpResponse:
    practice = access.get_practice_for_staff(request.user, slug)
    form = PracticeForm(request.POST or None, initial=PracticeForm.initial_for(practice))
    if request.method == "POST" and form.is_valid():
        try:
            services.practice_update(practice=practice, **form.cleaned_data)
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            messages.success(request, "The practice page is updated.")
            return redirect(practice)
    status = 400 if form.errors else 200
    context = {"practice": practice, "form": form}
    return render(request, "practices/practice_edit.html", context, status=status)


@login_required
def inbox(request: HttpRequest, slug: str) -> HttpResponse:
    practice = access.get_practice_for_inbox(request.user, slug)
    filters = InboxFilterForm(request.GET)
    status = filters.cleaned_data["status"] if filters.is_valid() else ""
    requests = ConsultationRequest.objects.for_practice(practice)
    context = {
        "practice": practice,
        "filters": filters,
        "status": status,
        "counts": requests.status_counts(),
        "page": paginate(request, requests.with_status(status).for_inbox()),
    }
    return render(request, "practices/inbox.html", context)


@login_required
def inbox_detail(request: HttpRequest, slug: str, request_id: int) -> HttpResponse:
    consultation = access.get_consultation_for_inbox(request.user, slug, request_id)
    form = InboxUpdateForm(request.POST or None, initial={"status": consultation.status})
    if request.method == "POST":
        consultation, author = access.get_consultation_for_update(request.user, slug, request_id)
        if form.is_valid():
            try:
                services.consultation_request_update(
                    consultation=consultation, author=author, **form.cleaned_data
                )
            except ValidationError as exc:
                form_add_service_errors(form, exc)
            else:
                messages.success(request, "Saved.")
                return redirect(consultation.get_inbox_url())
    context = {
        "practice": consultation.practice,
        "consultation": consultation,
        "notes": consultation.notes.select_related("author"),
        "form": form,
        "can_work": access.can_work_inbox(request.user, consultation.practice),
    }
    return render(
        request, "practices/inbox_detail.html", context, status=400 if form.errors else 200
    )


@login_required
def my_inbox(request: HttpRequest) -> HttpResponse:
    """The header's "Inbox" link: a staff member's own practice inbox, looked up on click so
    that every other page is spared the query."""
    practice = access.get_own_practice(request.user)
    return redirect("practices:inbox", practice.slug)
