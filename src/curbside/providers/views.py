from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from curbside.providers import access
from curbside.qa.models import Answer


def physician_detail(request: HttpRequest, slug: str) -> HttpResponse:
    physician = access.get_physician_for_profile(request.user, slug)
    answers = (
        Answer.objects.live()
        .filter(physician=physician, question__status="published")
        .select_related("question")
        .order_by("-created_at")[:20]
    )
    return render(
        request,
        "providers/physician_detail.html",
        {
            "physician": physician,
            "answers": answers,
            "is_owner": request.user.is_authenticated and request.user.pk == physician.user_id,
        },
    )
