"""A fixed-window request counter per client, in Django's cache (Redis in production, so the
limit holds across web processes), for the open endpoints (triage, claim check)."""

from __future__ import annotations

import hashlib
import math
import time

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, JsonResponse
from ninja import Schema

from curbside.practices.spam import client_ip, retry_in_words


def throttle_hit(
    *, scope: str, client: str, limit: int, window: int, now: float | None = None
) -> int | None:
    """Count one request from `client`; when it is over `limit` in this `window` of seconds,
    return the seconds until the window ends (and do not count it), else None."""
    moment = now if now is not None else time.time()
    index = int(moment // window)
    retry_after = max(math.ceil((index + 1) * window - moment), 1)
    # Client addresses never go into cache keys as they are.
    digest = hashlib.sha256(client.encode()).hexdigest()[:32]
    key = f"throttle:{scope}:{digest}:{index}"
    if int(cache.get(key, 0)) >= limit:
        return retry_after
    # add() sets the counter only if it is absent; incr() is atomic on Redis and locmem.
    cache.add(key, 0, timeout=retry_after + 60)
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=retry_after + 60)
    return None


class ThrottledOut(Schema):
    """The body of `throttled_response`, for the 429 line of an endpoint's responses."""

    detail: str


def throttled_response(
    request: HttpRequest, *, scope: str, limit: int, window: int
) -> HttpResponse | None:
    """Count this request against its client's limit; over it, the 429 answer to send
    ({"detail"} and Retry-After), else None."""
    retry_after = throttle_hit(scope=scope, client=client_ip(request), limit=limit, window=window)
    if retry_after is None:
        return None
    detail = (
        f"Too many checks from your network. Please try again in {retry_in_words(retry_after)}."
    )
    response = JsonResponse({"detail": detail}, status=429)
    response["Retry-After"] = str(retry_after)
    return response
