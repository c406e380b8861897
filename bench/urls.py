"""The site's URLs plus a bare view, so both are served through the same middleware stack."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.urls import include, path

BARE_PATH = "/bench/bare/"


def bare(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok")


# The bare view comes last so it pays the same URL resolution as any page of the site.
urlpatterns = [
    path("", include("curbside.urls")),
    path(BARE_PATH.strip("/") + "/", bare),
]
