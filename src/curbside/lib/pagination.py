from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.core.paginator import InvalidPage, Page, Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest


def paginate(
    request: HttpRequest, items: QuerySet[Any] | Sequence[Any], per_page: int = 0
) -> Page[Any]:
    """The page `?page=` asks for (the first when absent). A number that is not one of the
    pages — past the last, zero, or not a number — is a 404, as a page that does not exist."""
    paginator = Paginator(items, per_page or settings.CURBSIDE_PAGE_SIZE)
    try:
        return paginator.page(request.GET.get("page") or 1)
    except InvalidPage as exc:
        raise Http404("There is no such page.") from exc


def other_params(request: HttpRequest) -> str:
    """The request's query string without `page`, for the pagination links to keep."""
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()
