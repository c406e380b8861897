"""Rate limits that hold across web processes and bursts.

`rate_hit` counts a request and then checks the count, in one atomic step: an
`INSERT … ON CONFLICT DO UPDATE … RETURNING` on the database (SQLite and PostgreSQL), or
Redis's INCR when `REDIS_URL` is set. Counting first means concurrent requests can never all
see "one left": each gets its own number, and only the first `limit` numbers pass.

Windows are fixed (a window's index is in the key), so a counter never needs resetting: old
rows are deleted now and then as new windows open.

Why not django-ratelimit: it counts in Django's cache, and without Redis the only cache shared
by processes is the database cache, whose `incr` is a read followed by a write, so a burst
across two workers overshoots (the probe saw 13 accepted against a limit of 5). This helper is
the one counter behind every limit (open API endpoints, search, the consultation form).
"""

from __future__ import annotations

import hashlib
import math
import random
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache import cache
from django.db import connection

# Delete expired counters on about one new window in this many.
PURGE_ONE_IN = 50
# Refusals remembered in this process, so a client that keeps knocking costs no database
# write until its window ends; forgotten wholesale past this many clients.
REMEMBERED_REFUSALS = 10_000


@dataclass(frozen=True)
class Rate:
    """At most `limit` requests per `window` seconds."""

    limit: int
    window: int

    def __str__(self) -> str:
        return f"{self.limit} per {self.window} s"


_refused: dict[str, float] = {}
_refused_lock = threading.Lock()


def _digest(value: str) -> str:
    # Client addresses and contact details never go into keys as they are.
    return hashlib.sha256(value.encode()).hexdigest()[:32]


def rate_hit(*, scope: str, client: str, rate: Rate, now: float | None = None) -> int | None:
    """Count one request from `client` against `rate` in `scope`. Over the limit: the seconds
    until the window ends (for Retry-After). Within it: None."""
    if not settings.CURBSIDE_RATE_LIMITS:
        return None
    moment = now if now is not None else _now()
    index = int(moment // rate.window)
    ends = (index + 1) * rate.window
    retry_after = max(math.ceil(ends - moment), 1)
    key = f"{scope}:{_digest(client)}:{index}"
    if _refused.get(key, 0.0) > moment:
        return retry_after
    if settings.REDIS_URL:
        hits = _count_in_cache(key, ends - moment)
    else:
        hits = _count_in_db(key, ends, moment)
    if hits <= rate.limit:
        return None
    with _refused_lock:
        if len(_refused) >= REMEMBERED_REFUSALS:
            _refused.clear()
        _refused[key] = ends
    return retry_after


def _now() -> float:
    return time.time()


def forget_refusals() -> None:
    """Drop this process's memory of refused clients (tests, and after a limit is raised)."""
    with _refused_lock:
        _refused.clear()
    from curbside.limits.http import forget_api_refusals

    forget_api_refusals()


def _count_in_db(key: str, ends: float, now: float) -> int:
    table, name = (connection.ops.quote_name(n) for n in ("limits_ratecounter", "key"))
    expires = datetime.fromtimestamp(ends, tz=UTC)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({name}, hits, expires_at) VALUES (%s, 1, %s) "  # noqa: S608  # the table name is ours
            f"ON CONFLICT ({name}) DO UPDATE SET hits = {table}.hits + 1 RETURNING hits",
            [key, expires],
        )
        hits = int(cursor.fetchone()[0])
        if hits == 1 and random.randrange(PURGE_ONE_IN) == 0:
            cursor.execute(
                f"DELETE FROM {table} WHERE expires_at < %s",  # noqa: S608  # the table name is ours
                [datetime.fromtimestamp(now, tz=UTC)],
            )
    return hits


def _count_in_cache(key: str, seconds_left: float) -> int:
    # Redis: add() creates the counter only if absent, incr() is atomic and returns the count.
    timeout = math.ceil(seconds_left) + 60
    cache.add(key, 0, timeout=timeout)
    try:
        return int(cache.incr(key))
    except ValueError:  # expired between add() and incr()
        cache.add(key, 0, timeout=timeout)
        return int(cache.incr(key))
