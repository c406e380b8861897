"""Spam defence for consultation requests, without third-party services.

The web form carries a honeypot field and a signed timestamp (forms.ConsultationForm checks
both). Every channel — the form and the API — is rate limited per client IP and per contact
address, with counters in Django's cache (Redis in production, so the limits hold across web
processes).

Client IP: REMOTE_ADDR, the peer that connected to us. Behind a reverse proxy or load balancer
that peer is the proxy, so set CURBSIDE_TRUSTED_PROXIES (a whole number, default 0) to how many
proxies you run: the client address is then read that many entries from the right of
X-Forwarded-For, the part of the header your own proxies wrote. Entries further left were
written by the client and are never trusted; with the setting at 0 the header is ignored.
"""

from __future__ import annotations

import hashlib
import math
import time
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.http import HttpRequest

# The web form: refuse a submission sooner than a person could fill it in, or from a page left
# open so long that the token could have been harvested and replayed.
FORM_MIN_SECONDS = 3
FORM_MAX_SECONDS = 2 * 60 * 60
# Accepted requests per client IP per hour, and per e-mail address or phone number per day.
IP_LIMIT = 5
IP_WINDOW_SECONDS = 60 * 60
ADDRESS_LIMIT = 3
ADDRESS_WINDOW_SECONDS = 24 * 60 * 60

_TOKEN_SALT = "curbside.practices.consultation-form"  # noqa: S105  # a salt, not a secret
_CACHE_PREFIX = "consult-rate"


class RateLimited(Exception):
    """Too many requests; `message` tells the person why and when to try again."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after


class FormTokenError(Exception):
    """The form's timestamp token is missing or forged ("invalid"), or was sent "too_fast" or
    has "expired"; the message is for the person."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


def client_ip(request: HttpRequest) -> str:
    remote = str(request.META.get("REMOTE_ADDR") or "")
    trusted: int = settings.CURBSIDE_TRUSTED_PROXIES
    if trusted <= 0:
        return remote
    forwarded = [
        part.strip() for part in str(request.META.get("HTTP_X_FORWARDED_FOR", "")).split(",")
    ]
    forwarded = [part for part in forwarded if part]
    # Our proxies appended the last `trusted` entries; the one they received from is the client.
    return forwarded[-trusted] if len(forwarded) >= trusted else remote


def form_token(*, practice_id: int, now: float | None = None) -> str:
    """A signed record of when the form was shown, for which practice."""
    issued = int(now if now is not None else time.time())
    return signing.dumps({"p": practice_id, "t": issued}, salt=_TOKEN_SALT)


def form_token_age(token: str, *, practice_id: int, now: float | None = None) -> float:
    """Seconds since the token was issued; FormTokenError with a message for the person."""
    try:
        data = signing.loads(token, salt=_TOKEN_SALT)
        issued = float(data["t"])
        valid = data["p"] == practice_id
    except (signing.BadSignature, KeyError, TypeError, ValueError) as exc:
        raise FormTokenError(
            "This form could not be checked. Please reload the page and send it again.", "invalid"
        ) from exc
    if not valid:
        raise FormTokenError(
            "This form belongs to another practice's page. Please reload it.", "invalid"
        )
    age = (now if now is not None else time.time()) - issued
    if age < FORM_MIN_SECONDS:
        raise FormTokenError(
            "That was faster than a person can fill in this form. Please wait a few seconds "
            "and send it again.",
            "too_fast",
        )
    if age > FORM_MAX_SECONDS:
        raise FormTokenError(
            "This form was open for more than two hours. We have refreshed it: please check "
            "your details and send it again.",
            "expired",
        )
    return age


@dataclass(frozen=True)
class _Bucket:
    key: str
    limit: int
    refusal: str


def _digest(value: str) -> str:
    # Contact details never go into cache keys as they are.
    return hashlib.sha256(value.encode()).hexdigest()[:32]


def _address_keys(email: str, phone: str) -> list[str]:
    keys = []
    if email:
        keys.append("e:" + _digest(email.strip().lower()))
    digits = "".join(ch for ch in phone if ch.isdigit())
    if digits:
        keys.append("p:" + _digest(digits[-10:]))
    return keys


def _buckets(*, ip: str, email: str, phone: str, now: float) -> list[tuple[_Bucket, int]]:
    """Fixed windows: each bucket's cache key names the window it counts, so it expires."""
    found = []
    specs = [(f"ip:{_digest(ip)}", IP_LIMIT, IP_WINDOW_SECONDS, "from your network")] if ip else []
    specs += [
        (key, ADDRESS_LIMIT, ADDRESS_WINDOW_SECONDS, "for this e-mail address or phone number")
        for key in _address_keys(email, phone)
    ]
    for name, limit, window, refusal in specs:
        window_index = int(now // window)
        retry_after = math.ceil((window_index + 1) * window - now)
        key = f"{_CACHE_PREFIX}:{name}:{window_index}"
        found.append((_Bucket(key, limit, refusal), retry_after))
    return found


def retry_in_words(seconds: int) -> str:
    if seconds < 90:
        return "a minute"
    if seconds < 90 * 60:
        return f"{math.ceil(seconds / 60)} minutes"
    hours = math.ceil(seconds / 3600)
    return f"{hours} hour{'s' if hours != 1 else ''}"


def rate_limit_check(*, ip: str, email: str, phone: str, now: float | None = None) -> None:
    """RateLimited if this client or this contact address has used up its requests."""
    moment = now if now is not None else time.time()
    buckets = _buckets(ip=ip, email=email, phone=phone, now=moment)
    used = cache.get_many([bucket.key for bucket, _ in buckets])
    for bucket, retry_after in buckets:
        if int(used.get(bucket.key, 0)) >= bucket.limit:
            raise RateLimited(
                f"Too many consultation requests {bucket.refusal}. Please try again in "
                f"{retry_in_words(retry_after)}, or call the practice.",
                retry_after,
            )


def rate_limit_count(*, ip: str, email: str, phone: str, now: float | None = None) -> None:
    """Count one accepted request against every bucket it falls in."""
    moment = now if now is not None else time.time()
    for bucket, retry_after in _buckets(ip=ip, email=email, phone=phone, now=moment):
        # add() sets the counter only if it is absent; incr() is atomic on Redis and locmem.
        cache.add(bucket.key, 0, timeout=retry_after + 60)
        try:
            cache.incr(bucket.key)
        except ValueError:  # expired between add and incr
            cache.set(bucket.key, 1, timeout=retry_after + 60)
