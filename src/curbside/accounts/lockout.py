"""Sign-in throttling with django-axes (settings AXES_*): who an attempt is counted against,
and the page a locked-out person sees, with the way back (reset the password by e-mail)."""

from __future__ import annotations

import math
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from curbside.lib.text import retry_in_words


def username_of(request: HttpRequest, credentials: dict[str, Any] | None) -> str:
    """The e-mail signed in with, as accounts store it: "Ana@X.com" and "ana@x.com" are one
    account, so they count as one."""
    raw = (credentials or {}).get("username") or request.POST.get("username", "")
    return str(raw).strip().lower()


def locked_out(
    request: HttpRequest,
    original_response: HttpResponse | None = None,
    credentials: dict[str, Any] | None = None,
) -> HttpResponse:
    """429 with Retry-After and the way back, instead of the sign-in form."""
    seconds = math.ceil(settings.AXES_COOLOFF_TIME.total_seconds())
    response = render(
        request,
        "accounts/locked_out.html",
        {"failures": settings.AXES_FAILURE_LIMIT, "wait": retry_in_words(seconds)},
        status=429,
    )
    response["Retry-After"] = str(seconds)
    return response
