"""In-app notifications and their e-mails. Every notice to a user goes through `notify`."""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from curbside.accounts.models import User
from curbside.lib.mail import email_enqueue
from curbside.notifications.models import EmailOptOut, Kind, Notification, email_preferences

_UNSUBSCRIBE_SALT = "curbside.notifications.unsubscribe"


def unsubscribe_token(*, user: User, kind: str) -> str:
    """A link that turns off one kind of e-mail for one user, without signing in. It does not
    expire: old e-mails must keep working."""
    return signing.dumps({"u": user.pk, "k": kind}, salt=_UNSUBSCRIBE_SALT)


def unsubscribe_url(*, user: User, kind: str) -> str:
    token = unsubscribe_token(user=user, kind=kind)
    return settings.SITE_URL + reverse("notifications:unsubscribe", args=[token])


def unsubscribe_target(*, token: str) -> tuple[User, str]:
    """The user and kind a token names, or ValidationError."""
    try:
        data = signing.loads(token, salt=_UNSUBSCRIBE_SALT)
    except signing.BadSignature as exc:
        raise ValidationError("This unsubscribe link is not valid.") from exc
    user = User.objects.filter(pk=data.get("u"), is_active=True).first()
    if user is None or data.get("k") not in Kind.values:
        raise ValidationError("This unsubscribe link is not valid.")
    return user, str(data["k"])


def email_opt_out(*, user: User, kind: str) -> None:
    EmailOptOut.objects.get_or_create(user=user, kind=kind)


def email_opt_in(*, user: User, kind: str) -> None:
    EmailOptOut.objects.filter(user=user, kind=kind).delete()


def email_preferences_set(*, user: User, enabled: Iterable[str]) -> set[str]:
    """Turn e-mail on for the `enabled` kinds the form offered this user and off for the rest.
    Returns the kinds now turned off."""
    offered, _ = email_preferences(user)
    wanted = set(enabled)
    unknown = wanted - set(offered)
    if unknown:
        raise ValidationError(f"Unknown kind of e-mail: {', '.join(sorted(unknown))}.")
    with transaction.atomic():
        for kind in offered:
            if kind in wanted:
                email_opt_in(user=user, kind=kind)
            else:
                email_opt_out(user=user, kind=kind)
    return set(offered) - wanted


def notify(
    *,
    users: Iterable[User],
    kind: str,
    title: str,
    url: str,
    email_template: str,
    context: dict[str, object],
) -> list[Notification]:
    """Add an in-app notification for each user and queue its e-mail, unless they opted out of
    this kind. `url` is a site path; the e-mail template gets `user`, `url` (absolute) and
    `unsubscribe_url` besides `context`. Call inside the caller's transaction."""
    recipients = [u for u in dict.fromkeys(users) if u.is_active]
    if not recipients:
        return []
    opted_out = set(
        EmailOptOut.objects.filter(user__in=recipients, kind=kind).values_list("user_id", flat=True)
    )
    now = timezone.now()
    with transaction.atomic():
        rows = Notification.objects.bulk_create(
            Notification(user=u, kind=kind, title=title[:200], url=url, created_at=now)
            for u in recipients
        )
        for user in recipients:
            if user.pk in opted_out:
                continue
            unsubscribe = unsubscribe_url(user=user, kind=kind)
            email_enqueue(
                to=[user.email],
                template=email_template,
                context={
                    **context,
                    "user": user,
                    "url": settings.SITE_URL + url,
                    "unsubscribe_url": unsubscribe,
                    "kind_label": Kind(kind).label,
                },
                unsubscribe_url=unsubscribe,
            )
    return rows


def notifications_mark_read(*, user: User, ids: Iterable[int] | None = None) -> int:
    """Mark the user's notifications read: these ids, or all of them."""
    unread = Notification.objects.filter(user=user).unread()
    if ids is not None:
        unread = unread.filter(pk__in=list(ids))
    return unread.update(read_at=timezone.now())
