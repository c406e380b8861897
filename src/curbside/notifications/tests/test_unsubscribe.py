from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client

from curbside.notifications.models import EmailOptOut, Kind
from curbside.notifications.services import notify, unsubscribe_token

pytestmark = pytest.mark.django_db


def _send(user):
    notify(
        users=[user],
        kind=Kind.ANSWER,
        title="Dr. Ruiz answered",
        url="/questions/1/q/",
        email_template="reviews/email/review_replied.txt",
        context={"review": {"title": "x"}, "physician": {"display_name": "Dr. Ruiz"}},
    )


def test_the_link_in_an_e_mail_works_without_signing_in(patient):
    _send(patient)
    link = re.search(
        r"http://testserver(/notifications/unsubscribe/\S+/)", mail.outbox[0].body
    ).group(1)
    c = Client(enforce_csrf_checks=True)
    page = c.get(link)
    html = page.content.decode()
    assert page.status_code == 200 and "A question you follow was answered" in html
    assert "p•••@example.com" in html and "pat@example.com" not in html
    assert not EmailOptOut.objects.exists()  # GET changes nothing
    done = c.post(link)
    assert done.status_code == 200 and "You're unsubscribed" in done.content.decode()
    assert EmailOptOut.objects.filter(user=patient, kind=Kind.ANSWER).exists()
    _send(patient)
    assert len(mail.outbox) == 1  # the second notice came without an e-mail


def test_unsubscribing_twice_is_harmless(patient):
    url = f"/notifications/unsubscribe/{unsubscribe_token(user=patient, kind='review')}/"
    Client().post(url)
    again = Client().get(url)
    assert again.status_code == 200 and "already off" in again.content.decode()
    assert Client().post(url).status_code == 200
    assert EmailOptOut.objects.count() == 1


@pytest.mark.parametrize("token", ["nonsense", "eyJ1IjoxLCJrIjoicmV2aWV3In0:1abc:forged"])
def test_a_bad_token_gets_a_clear_400(patient, token):
    for response in (
        Client().get(f"/notifications/unsubscribe/{token}/"),
        Client().post(f"/notifications/unsubscribe/{token}/"),
    ):
        assert response.status_code == 400
        assert "This unsubscribe link is not valid." in response.content.decode()
    assert not EmailOptOut.objects.exists()


def test_a_token_for_a_deleted_account_is_refused(patient):
    url = f"/notifications/unsubscribe/{unsubscribe_token(user=patient, kind='review')}/"
    patient.delete()
    assert Client().get(url).status_code == 400
