from __future__ import annotations

import pytest
from django.core import mail

from curbside.accounts.tests.factories import UserFactory
from curbside.notifications.models import EmailOptOut, Kind, Notification
from curbside.notifications.services import notify

pytestmark = pytest.mark.django_db


def _notify(users):
    return notify(
        users=users,
        kind=Kind.REVIEW,
        title="Dr. Ruiz replied to your review",
        url="/doctors/dr-ruiz/#review-1",
        email_template="reviews/email/review_replied.txt",
        context={
            "review": {"title": "Careful and kind"},
            "physician": {"display_name": "Dr. Ana Ruiz, MD"},
        },
    )


def test_it_adds_a_notice_and_an_e_mail_with_an_unsubscribe_link(patient):
    [row] = _notify([patient])
    assert (row.user, row.kind, row.read_at) == (patient, "review", None)
    [email] = mail.outbox
    assert email.to == [patient.email]
    assert email.subject == "Dr. Ana Ruiz, MD replied to your review on Curbside"
    assert "http://testserver/doctors/dr-ruiz/#review-1" in email.body
    assert "http://testserver/notifications/unsubscribe/" in email.body.splitlines()[-1]


def test_an_opt_out_stops_the_e_mail_but_not_the_notice(patient):
    EmailOptOut.objects.create(user=patient, kind=Kind.REVIEW)
    other = UserFactory()
    _notify([patient, other])
    assert Notification.objects.filter(user=patient).exists()
    assert [m.to for m in mail.outbox] == [[other.email]]


def test_an_opt_out_is_per_kind(patient):
    EmailOptOut.objects.create(user=patient, kind=Kind.ANSWER)
    _notify([patient])
    assert len(mail.outbox) == 1


def test_inactive_and_repeated_users_are_skipped(patient):
    gone = UserFactory(is_active=False)
    rows = _notify([patient, patient, gone])
    assert [r.user for r in rows] == [patient] and len(mail.outbox) == 1


def test_notification_mail_offers_one_click_unsubscribe(patient):
    from django.core import mail

    from curbside.notifications.models import Kind
    from curbside.notifications.services import notify

    notify(
        users=[patient],
        kind=Kind.ANSWER,
        title="Answered",
        url="/questions/1/x/",
        email_template="qa/email/new_answer.txt",
        context={
            "answer": None,
            "question": {"title": "Q"},
            "physician": {"display_name": "Dr. A"},
        },
    )
    headers = mail.outbox[0].extra_headers
    assert headers["List-Unsubscribe"].startswith("<http://testserver/notifications/unsubscribe/")
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
