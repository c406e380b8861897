"""Answers for requests the site cannot or will not serve, the same way everywhere: JSON
{"detail"} under /api/, a page elsewhere.

- `ApiRequestMiddleware`: the API reads JSON bodies only (415 for any other type, so that a
  web page cannot post a form or `text/plain` to it from a visitor's browser), and refuses a
  body over DATA_UPLOAD_MAX_MEMORY_SIZE before reading it (413), and says a 405 in JSON too.
- `server_error` (handler500): a database that cannot be reached is 503 with Retry-After, not
  a 500; anything else is the 500 page, or {"detail"} for the API.
"""

from __future__ import annotations

import logging
import sys

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, HttpResponseNotFound, JsonResponse
from django.template.loader import render_to_string

API_PREFIX = "/api/"
JSON = "application/json"
WRITES = frozenset({"POST", "PUT", "PATCH"})
RETRY_AFTER_SECONDS = 30

logger = logging.getLogger(__name__)


def is_api(request: HttpRequest) -> bool:
    return request.path.startswith(API_PREFIX)


def api_error(detail: str, status: int) -> JsonResponse:
    return JsonResponse({"detail": detail}, status=status)


class ApiRequestMiddleware:
    def __init__(self, get_response):  # type: ignore[no-untyped-def]  # Django's middleware protocol
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if is_api(request) and request.method in WRITES:
            refused = _refuse_body(request)
            if refused is not None:
                return refused
        response: HttpResponse = self.get_response(request)
        if response.status_code == 405 and is_api(request):
            # Ninja answers a method it has no operation for in plain text; say it in JSON.
            allowed = response.get("Allow", "")
            response = api_error(f"Method {request.method} not allowed here; use {allowed}.", 405)
            response["Allow"] = allowed
        return response


def _refuse_body(request: HttpRequest) -> JsonResponse | None:
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return api_error("Content-Length must be a number.", 400)
    limit: int = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    if length > limit:
        return api_error(f"The request body is too large: at most {limit // 1024} KB.", 413)
    media_type = request.content_type or ""
    if (length or request.META.get("CONTENT_TYPE")) and media_type != JSON:
        return api_error(f"Send the body as JSON, with Content-Type: {JSON}.", 415)
    return None


def database_unavailable(request: HttpRequest) -> HttpResponse:
    if is_api(request):
        response: HttpResponse = api_error(
            "The service is briefly unavailable. Please try again shortly.", 503
        )
    else:
        response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def is_database_down(exc: BaseException | None) -> bool:
    """A database that could not be reached or answered (not a bad query: those are bugs)."""
    return isinstance(exc, OperationalError | InterfaceError) or (
        isinstance(exc, DatabaseError) and isinstance(exc.__cause__, OSError)
    )


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """handler404: {"detail"} under /api/ (a path no operation matches), else the 404 page."""
    if is_api(request):
        return api_error("Not found.", 404)
    return HttpResponseNotFound(render_to_string("404.html", request=request))


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: Django calls it while handling the exception, so sys.exc_info() has it."""
    if is_database_down(sys.exc_info()[1]):
        return database_unavailable(request)
    if is_api(request):
        return api_error("Something went wrong on our side. We have been told.", 500)
    return HttpResponse(render_to_string("500.html"), status=500)
