from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from curbside.accounts.views import signup_sent_redirect
from curbside.lib.forms import form_add_service_errors
from curbside.lib.pagination import paginate
from curbside.providers.conditions import condition_suggestions
from curbside.providers.forms import DoctorSearchForm, PhysicianSignupForm
from curbside.providers.models import MAX_RADIUS_MILES, Physician
from curbside.providers.services import physician_signup

SEARCH_PAGE_SIZE = 20


def physician_list(request: HttpRequest) -> HttpResponse:
    """Find a doctor: filters in the query string, results a page at a time."""
    form = DoctorSearchForm(request.GET)
    suggestions = condition_suggestions()
    if not form.is_valid():
        context: dict[str, object] = {"form": form, "page": None, "conditions": suggestions}
        return render(request, "providers/physician_list.html", context, status=400)
    criteria = form.search_args()
    physicians = Physician.objects.verified().for_card().search(**criteria)
    page = paginate(request, physicians, SEARCH_PAGE_SIZE)
    treatment = criteria.get("treatment")
    wider = _wider_search(criteria) if not page.paginator.count else None
    context = {
        "form": form,
        "page": page,
        "place": form.cleaned_data["near"],
        "condition": form.cleaned_data["condition"],
        "conditions": suggestions,
        "wider": wider,
        # The request form each card links to asks about the treatment searched for.
        "treatment_slug": getattr(treatment, "slug", ""),
        **criteria,
    }
    return render(request, "providers/physician_list.html", context)


def _wider_search(criteria: dict[str, Any]) -> tuple[int, int] | None:
    """For a search with a place that found no one: (miles, how many) within a wider circle,
    four times as wide and at least 100 miles, so the page can offer it; None without a place,
    at the widest radius already, or when the wider circle holds no one either."""
    radius = criteria["radius"]
    if criteria["near"] is None or radius >= MAX_RADIUS_MILES:
        return None
    miles = min(MAX_RADIUS_MILES, max(100, radius * 4))
    found = Physician.objects.verified().search(**{**criteria, "radius": miles})
    count = len(found)
    return (miles, count) if count else None


def signup_physician(request: HttpRequest) -> HttpResponse:
    form = PhysicianSignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        data["board_certifications"] = data["board_certifications"].splitlines()
        try:
            physician_signup(**data)
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            return signup_sent_redirect(request, form.cleaned_data["email"], physician=True)
    return render(
        request,
        "accounts/signup_physician.html",
        {"form": form},
        status=400 if form.errors else 200,
    )
