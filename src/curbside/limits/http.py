"""Who a request comes from, and the rate limit on a view: `@rate_limited(scope)` on any Django
or Django Ninja view answers 429 with Retry-After once the client is over the rates that
limits.rates.BY_SCOPE gives that scope; RefusedClientWSGI answers a refused API client again
before Django sees its next request.

Client: a valid API token's owner (`Authorization: Bearer …`), who gets the higher `token`
rate; else the client IP. The IP is REMOTE_ADDR, the peer that connected to us. Behind a
reverse proxy or load balancer that peer is the proxy, so set CURBSIDE_TRUSTED_PROXIES (a whole
number, default 0) to how many proxies you run: the client address is then read that many
entries from the right of X-Forwarded-For, the part of the header your own proxies wrote.
Entries further left were written by the client and are never trusted; with the setting at 0
the header is ignored.
"""

from __future__ import annotations

import functools
import json
import math
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from ninja import Schema

from curbside.accounts.services import api_token_authenticate
from curbside.lib.text import retry_in_words
from curbside.limits.services import Rate, rate_hit

View = TypeVar("View", bound=Callable[..., Any])


@dataclass(frozen=True)
class Rates:
    """One endpoint's limits: per client IP, and per API token (higher: a known client)."""

    anonymous: Rate
    token: Rate
    what: str  # what is counted, for the message: "searches", "checks", …


class ThrottledOut(Schema):
    """The body of a 429 answer, for the 429 line of an endpoint's responses."""

    detail: str


def client_ip(request: HttpRequest) -> str:
    return _ip_of(request.META)


def _ip_of(meta: Mapping[str, Any]) -> str:
    remote = str(meta.get("REMOTE_ADDR") or "")
    trusted: int = settings.CURBSIDE_TRUSTED_PROXIES
    if trusted <= 0:
        return remote
    forwarded = [part.strip() for part in str(meta.get("HTTP_X_FORWARDED_FOR", "")).split(",")]
    forwarded = [part for part in forwarded if part]
    # Our proxies appended the last `trusted` entries; the one they received from is the client.
    return forwarded[-trusted] if len(forwarded) >= trusted else remote


def client_of(request: HttpRequest) -> tuple[str, bool]:
    """(the key its requests are counted under, whether it is an API token's owner)."""
    header = str(request.META.get("HTTP_AUTHORIZATION", ""))
    if header[:7].lower() == "bearer ":
        user = api_token_authenticate(raw=header[7:].strip())
        if user is not None:
            return f"user:{user.pk}", True
    return f"ip:{client_ip(request)}", False


def too_many(request: HttpRequest, *, message: str, retry_after: int) -> HttpResponse:
    """The 429 answer: {"detail"} for the API, a page (or an htmx fragment) for people."""
    if request.path.startswith("/api/"):
        response: HttpResponse = JsonResponse({"detail": message}, status=429)
    else:
        template = "429_fragment.html" if request.headers.get("HX-Request") else "429.html"
        html = render_to_string(template, {"message": message}, request=request)
        response = HttpResponse(html, status=429)
    response["Retry-After"] = str(retry_after)
    return response


def limit_response(request: HttpRequest, *, scope: str, rates: Rates) -> HttpResponse | None:
    """Count this request against its client's limit in `scope`; over it, the 429 to send."""
    client, by_token = client_of(request)
    retry_after = rate_hit(
        scope=scope, client=client, rate=rates.token if by_token else rates.anonymous
    )
    if retry_after is None:
        return None
    source = "this API token" if by_token else "your network"
    message = (
        f"Too many {rates.what} from {source}. Please try again in {retry_in_words(retry_after)}."
    )
    if not by_token and request.path.startswith("/api/"):
        _remember_refusal(request.path_info, client, message, time.time() + retry_after)
    return too_many(request, message=message, retry_after=retry_after)


# Anonymous API clients refused lately, by (path, client): RefusedClientWSGI answers
# their next requests before any other middleware runs. Forgotten wholesale past this many.
REMEMBERED = 10_000
_refusals: dict[tuple[str, str], tuple[float, str]] = {}
_refusals_lock = threading.Lock()


def _remember_refusal(path: str, client: str, message: str, until: float) -> None:
    with _refusals_lock:
        if len(_refusals) >= REMEMBERED:
            _refusals.clear()
        _refusals[(path, client)] = (until, message)


def forget_api_refusals() -> None:
    with _refusals_lock:
        _refusals.clear()


def remembered_refusal(path: str, meta: Mapping[str, Any]) -> tuple[str, int] | None:
    """(the message, seconds left) when this anonymous client was refused on this API path and
    its window has not ended; `meta` is a request's META or a WSGI environ."""
    if not _refusals or "HTTP_AUTHORIZATION" in meta:
        return None
    key = (path, f"ip:{_ip_of(meta)}")
    remembered = _refusals.get(key)
    if remembered is None:
        return None
    until, message = remembered
    left = until - time.time()
    if left > 0:
        return message, max(math.ceil(left), 1)
    with _refusals_lock:
        _refusals.pop(key, None)
    return None


class RefusedClientWSGI:
    """Wraps the WSGI application (curbside.wsgi): answers an anonymous API client that is over
    its limit straight away, with the 429 it was given, until its window ends, before Django
    builds a request. One client flooding an endpoint then costs each worker as little as a
    request can, and the pages other people read keep their throughput. The limit itself is
    counted and decided by `rate_limited` on the view."""

    def __init__(self, application: Callable[..., Any]) -> None:
        self.application = application

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        path = environ.get("PATH_INFO", "")
        refused = remembered_refusal(path, environ) if path.startswith("/api/") else None
        if refused is None:
            return self.application(environ, start_response)
        message, retry_after = refused
        body = json.dumps({"detail": message}).encode()
        start_response(
            "429 Too Many Requests",
            [
                ("Content-Type", "application/json"),
                ("Content-Length", str(len(body))),
                ("Retry-After", str(retry_after)),
                ("X-Content-Type-Options", "nosniff"),
            ],
        )
        return [body]


def rate_limited(scope: str) -> Callable[[View], View]:
    """Refuse a client's requests to the decorated view past the rates of `scope` in
    limits.rates.BY_SCOPE (429 with Retry-After)."""
    from curbside.limits.rates import BY_SCOPE

    if scope not in BY_SCOPE:  # fail at import, not on a request
        raise KeyError(f"No rates for scope {scope!r} in limits.rates.BY_SCOPE")

    def decorate(view: View) -> View:
        @functools.wraps(view)
        def limited(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
            refused = limit_response(request, scope=scope, rates=BY_SCOPE[scope])
            return refused if refused is not None else view(request, *args, **kwargs)

        return limited  # type: ignore[return-value]  # same signature, through functools.wraps

    return decorate
