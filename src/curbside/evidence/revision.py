"""The evidence base's revision token, read inside another query.

Pages that render evidence cache their HTML under the revision they were rendered from, so an
edit to the evidence (the loader, the admin, a confirmation: each gives the base a new token)
shows on the next view in every process. Annotating the page's own query with the token keeps a
warm cache hit at the queries it had before: no extra round trip, and never a stale revision.
"""

from __future__ import annotations

from typing import Any, TypeVar

from django.db.models import QuerySet, Subquery

from curbside.evidence.models import EvidenceBase

_QS = TypeVar("_QS", bound=QuerySet[Any])

ATTRIBUTE = "evidence_revision"


def with_evidence_revision(queryset: _QS) -> _QS:
    """The queryset, each row annotated `evidence_revision`: the evidence base's current
    revision token, or None when no evidence is loaded."""
    token = Subquery(EvidenceBase.objects.values("revision")[:1])
    annotated: _QS = queryset.annotate(**{ATTRIBUTE: token})
    return annotated


def revision_of(obj: Any) -> str | None:
    """The revision annotated on an object by with_evidence_revision(); read it with one
    query when the object was fetched without it."""
    if ATTRIBUTE in getattr(obj, "__dict__", {}):
        value = obj.__dict__[ATTRIBUTE]
        return None if value is None else str(value)
    return EvidenceBase.objects.values_list("revision", flat=True).first()
