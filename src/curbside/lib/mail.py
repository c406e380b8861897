"""Outgoing e-mail: services enqueue `send_email`; the task renders nothing, it only sends."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django_tasks import task


@task()
def send_email(*, to: list[str], subject: str, body: str) -> int:
    return send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, to)


def email_enqueue(*, to: list[str], template: str, context: dict[str, object]) -> None:
    """Render `template` (first line the subject, then the body) and queue it for sending."""
    text = render_to_string(template, {"SITE_URL": settings.SITE_URL, **context})
    subject, _, body = text.strip().partition("\n")
    send_email.enqueue(to=to, subject=subject.strip(), body=body.strip() + "\n")
