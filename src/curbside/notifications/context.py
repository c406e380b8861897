"""The unread-notification count for the site header (settings.TEMPLATES context processor)."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from curbside.notifications.models import Notification


def unread_count(request: HttpRequest) -> dict[str, object]:
    """{"unread_notifications": n}: one COUNT query for a signed-in user, and only when a
    template uses it (htmx partials rendered with the request don't pay for it); none for
    visitors."""

    def count() -> int:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return 0
        return Notification.objects.filter(user_id=user.pk).unread().count()

    return {"unread_notifications": SimpleLazyObject(count)}
