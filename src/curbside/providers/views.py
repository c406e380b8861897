from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from curbside.accounts.views import signup_sent_redirect
from curbside.lib.forms import form_add_service_errors
from curbside.lib.pagination import paginate
from curbside.providers.forms import DoctorSearchForm, PhysicianSignupForm
from curbside.providers.models import Physician
from curbside.providers.services import physician_signup

SEARCH_PAGE_SIZE = 20


def physician_list(request: HttpRequest) -> HttpResponse:
    """Find a doctor: filters in the query string, results a page at a time."""
    form = DoctorSearchForm(request.GET)
    if not form.is_valid():
        context: dict[str, object] = {"form": form, "page": None}
        return render(request, "providers/physician_list.html", context, status=400)
    criteria = form.search_args()
    physicians = Physician.objects.verified().for_card().search(**criteria)
    page = paginate(request, physicians, SEARCH_PAGE_SIZE)
    treatment = criteria.get("treatment")
    context = {
        "form": form,
        "page": page,
        "place": form.cleaned_data["near"],
        # The request form each card links to asks about the treatment searched for.
        "treatment_slug": getattr(treatment, "slug", ""),
        **criteria,
    }
    return render(request, "providers/physician_list.html", context)


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
