"""Outgoing e-mail: services enqueue `send_email`; the task renders nothing, it only sends."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django_tasks import task


@task()
def send_email(
    *, to: list[str], subject: str, body: str, headers: dict[str, str] | None = None
) -> int:
    message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, to, headers=headers)
    return message.send()


def email_enqueue(
    *,
    to: list[str],
    template: str,
    context: dict[str, object],
    unsubscribe_url: str = "",
) -> None:
    """Render `template` (first line the subject, then the body) and queue it for sending.
    With `unsubscribe_url`, the message carries RFC 8058 one-click unsubscribe headers."""
    text = render_to_string(template, {"SITE_URL": settings.SITE_URL, **context})
    subject, _, body = text.strip().partition("\n")
    headers = (
        {
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
        if unsubscribe_url
        else None
    )
    send_email.enqueue(to=to, subject=subject.strip(), body=body.strip() + "\n", headers=headers)
