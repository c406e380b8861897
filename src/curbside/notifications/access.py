"""Every view of the notifications app gets its objects through these helpers."""

from __future__ import annotations

from django.http import Http404

from curbside.accounts.access import AnyUser, require_signed_in
from curbside.notifications.models import Notification


def get_notification_for_open(user: AnyUser, notification_id: int) -> Notification:
    """The signed-in user's own notification; anyone else's is 'not found'."""
    signed_in = require_signed_in(user)
    notification = Notification.objects.for_user(signed_in).filter(pk=notification_id).first()
    if notification is None:
        raise Http404("No such notification.")
    return notification
