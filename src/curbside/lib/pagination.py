from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import HttpRequest


def paginate(request: HttpRequest, queryset: QuerySet[Any], per_page: int = 0) -> Page[Any]:
    """The page the `page` parameter asks for; a bad or too-large number gives the nearest page."""
    paginator = Paginator(queryset, per_page or settings.CURBSIDE_PAGE_SIZE)
    return paginator.get_page(request.GET.get("page"))
