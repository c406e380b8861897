from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from curbside.accounts.models import User
from curbside.lib.pagination import paginate
from curbside.providers import access, profile
from curbside.providers.forms import DoctorSearchForm
from curbside.providers.models import Physician
from curbside.reviews.access import review_controls

SEARCH_PAGE_SIZE = 20
PROFILE_ANSWERS = 10
PROFILE_REVIEWS_PAGE_SIZE = 10
PROFILE_ARTICLES = 10


def physician_list(request: HttpRequest) -> HttpResponse:
    """Find a doctor: filters in the query string, results a page at a time."""
    form = DoctorSearchForm(request.GET)
    if not form.is_valid():
        context: dict[str, object] = {"form": form, "page": None}
        return render(request, "providers/physician_list.html", context, status=400)
    criteria = form.search_args()
    physicians = Physician.objects.verified().for_card().search(**criteria)
    page = paginate(request, physicians, SEARCH_PAGE_SIZE)
    context = {"form": form, "page": page, "place": form.cleaned_data["near"], **criteria}
    return render(request, "providers/physician_list.html", context)


def physician_detail(request: HttpRequest, slug: str) -> HttpResponse:
    physician = access.get_physician_for_profile(request.user, slug)
    user = request.user if isinstance(request.user, User) else None
    practice = physician.practice
    reviews = paginate(request, profile.reviews(physician), per_page=PROFILE_REVIEWS_PAGE_SIZE)
    context = {
        "physician": physician,
        "is_owner": user is not None and user.pk == physician.user_id,
        "answers": profile.recent_answers(physician)[:PROFILE_ANSWERS],
        "reviews": reviews,
        "controls": review_controls(request.user, reviews),
        "stars": profile.star_distribution(physician),
        "articles": profile.articles(physician)[:PROFILE_ARTICLES],
        "practice_url": f"/practices/{practice.slug}/" if practice else "",
        # Visitors are asked to sign in there; other roles don't write reviews.
        "review_url": reverse("reviews:create", args=[physician.slug])
        if physician.is_verified and (user is None or user.is_patient)
        else "",
        "jsonld": profile.physician_jsonld(physician),
    }
    return render(request, "providers/physician_detail.html", context)
