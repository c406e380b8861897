from __future__ import annotations

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from curbside.catalogue.models import Treatment


def get_treatment_for_view(slug: str, queryset: QuerySet[Treatment] | None = None) -> Treatment:
    """`queryset` chooses what is loaded with it (the page wants the evidence revision)."""
    return get_object_or_404(queryset if queryset is not None else Treatment.objects, slug=slug)
