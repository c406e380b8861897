"""Every rate limit on the site, in one table. Each open endpoint that costs real work (an
embedding, a full-text search, a check of a whole text, a stored request) is limited per
client: per IP for anonymous clients, and higher per API token, whose owner is known.

Reading pages and the evidence base is never limited: those are cached and cheap."""

from __future__ import annotations

from curbside.limits.http import Rates
from curbside.limits.services import Rate

MINUTE = 60
HOUR = 60 * MINUTE
DAY = 24 * HOUR

# GET /api/v1/questions/similar and the ask page's "Already answered" list: an embedding each.
# A person typing a question sends about one a second while typing.
SIMILAR = Rates(
    anonymous=Rate(limit=60, window=MINUTE), token=Rate(limit=600, window=MINUTE), what="lookups"
)
# /search/: an embedding and a full-text query per kind.
SEARCH = Rates(
    anonymous=Rate(limit=30, window=MINUTE), token=Rate(limit=300, window=MINUTE), what="searches"
)
# POST /api/v1/triage and POST /api/v1/claims/check: a whole text read by rules and models.
TRIAGE = Rates(
    anonymous=Rate(limit=60, window=10 * MINUTE),
    token=Rate(limit=600, window=10 * MINUTE),
    what="checks",
)
CLAIMS = Rates(
    anonymous=Rate(limit=60, window=10 * MINUTE),
    token=Rate(limit=600, window=10 * MINUTE),
    what="checks",
)
# Consultation requests (the practice page's form and POST /practices/{slug}/consultations):
# per client IP, and per e-mail address or phone number (practices.spam).
CONSULTATION_IP = Rate(limit=5, window=HOUR)
CONSULTATION_ADDRESS = Rate(limit=3, window=DAY)

# The scopes `limits.http.rate_limited(scope)` names, read on every request.
BY_SCOPE: dict[str, Rates] = {
    "similar": SIMILAR,
    "search": SEARCH,
    "triage": TRIAGE,
    "claims": CLAIMS,
}
