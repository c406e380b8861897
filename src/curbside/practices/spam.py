"""Spam defence for consultation requests, without third-party services.

The web form carries a honeypot field and a signed timestamp (forms.ConsultationForm checks
both). Every channel — the form and the API — is rate limited per client IP
(limits.http.client_ip) and per contact address, by the counters of limits.services, which
hold across web processes with or without Redis.
"""

from __future__ import annotations

import time

from django.core import signing

from curbside.lib.text import retry_in_words
from curbside.limits import rates
from curbside.limits.services import rate_hit

# The web form: refuse a submission sooner than a person could fill it in, or from a page left
# open so long that the token could have been harvested and replayed.
FORM_MIN_SECONDS = 3
FORM_MAX_SECONDS = 2 * 60 * 60

_TOKEN_SALT = "curbside.practices.consultation-form"  # noqa: S105  # a salt, not a secret


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


def _address_keys(email: str, phone: str) -> list[str]:
    keys = []
    if email:
        keys.append("e:" + email.strip().lower())
    digits = "".join(ch for ch in phone if ch.isdigit())
    if digits:
        keys.append("p:" + digits[-10:])
    return keys


def rate_limit_spend(*, ip: str, email: str, phone: str, now: float | None = None) -> None:
    """Count this request against its client IP and its contact addresses, and raise
    RateLimited if any of them is over its limit (limits.services: count, then check, in one
    atomic step, so a burst of requests cannot all slip in before the first is counted)."""
    buckets = [("consult-ip", ip, rates.CONSULTATION_IP, "from your network")] if ip else []
    buckets += [
        (
            "consult-address",
            key,
            rates.CONSULTATION_ADDRESS,
            "for this e-mail address or phone number",
        )
        for key in _address_keys(email, phone)
    ]
    refusal: RateLimited | None = None
    for scope, client, rate, source in buckets:
        retry_after = rate_hit(scope=scope, client=client, rate=rate, now=now)
        if retry_after is not None and refusal is None:
            refusal = RateLimited(
                f"Too many consultation requests {source}. Please try again in "
                f"{retry_in_words(retry_after)}, or call the practice.",
                retry_after,
            )
    if refusal is not None:
        raise refusal
