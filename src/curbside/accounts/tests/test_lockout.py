"""Sign-in throttling (django-axes): wrong passwords pause sign-in, with a way back."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client

from curbside.accounts.models import User

pytestmark = pytest.mark.django_db

RIGHT = "correct horse battery"  # the cast's password (accounts.tests.factories)


def _sign_in(client: Client, email: str, password: str):
    return client.post("/accounts/login/", {"username": email, "password": password})


def _fail(client: Client, email: str, times: int) -> list[int]:
    return [_sign_in(client, email, f"wrong {n}").status_code for n in range(times)]


def test_thirty_wrong_passwords_are_throttled_after_the_limit(patient: User, settings):
    codes = _fail(Client(), "pat@example.com", 30)
    limit = settings.AXES_FAILURE_LIMIT
    assert codes[: limit - 1] == [200] * (limit - 1)  # the form again, with its error
    assert set(codes[limit:]) == {429}


def test_the_lockout_page_says_why_and_the_way_back(patient: User, settings):
    client = Client()
    _fail(client, "pat@example.com", settings.AXES_FAILURE_LIMIT)
    response = _sign_in(client, "pat@example.com", "another wrong one")
    assert response.status_code == 429
    assert int(response["Retry-After"]) == settings.AXES_COOLOFF_TIME.total_seconds()
    page = response.content.decode()
    assert "Sign-in is paused" in page and "/accounts/password-reset/" in page
    # The right password does not get through while it lasts.
    assert _sign_in(client, "pat@example.com", RIGHT).status_code == 429


def test_the_capitalisation_of_the_address_does_not_reset_the_count(patient: User, settings):
    client = Client()
    for n in range(settings.AXES_FAILURE_LIMIT):
        _sign_in(client, "PAT@example.com" if n % 2 else "pat@Example.com", "wrong")
    assert _sign_in(client, "pat@example.com", RIGHT).status_code == 429


def test_many_accounts_from_one_address_are_throttled_too(patient: User, settings):
    client = Client()
    for n in range(settings.AXES_FAILURE_LIMIT):
        _sign_in(client, f"someone{n}@example.com", "guess")
    assert _sign_in(client, "pat@example.com", RIGHT).status_code == 429


def test_another_address_is_not_locked_out(patient: User, settings):
    _fail(Client(REMOTE_ADDR="192.0.2.10"), "pat@example.com", settings.AXES_FAILURE_LIMIT)
    assert _sign_in(Client(REMOTE_ADDR="192.0.2.11"), "pat@example.com", RIGHT).status_code == 302


def test_a_password_reset_by_e_mail_ends_the_lockout(patient: User, settings):
    client = Client()
    _fail(client, "pat@example.com", settings.AXES_FAILURE_LIMIT)
    client.post("/accounts/password-reset/", {"email": "pat@example.com"})
    link = re.search(r"http://testserver(/\S+)", mail.outbox[-1].body).group(1)
    form_url = client.get(link, follow=True).redirect_chain[-1][0]
    new = "a brand new phrase 9"
    assert client.post(form_url, {"new_password1": new, "new_password2": new}).status_code == 302
    assert _sign_in(client, "pat@example.com", new).status_code == 302


def test_a_successful_sign_in_clears_earlier_failures(patient: User, settings):
    client = Client()
    _fail(client, "pat@example.com", settings.AXES_FAILURE_LIMIT - 1)
    assert _sign_in(client, "pat@example.com", RIGHT).status_code == 302
    client.post("/accounts/logout/")
    assert _fail(client, "pat@example.com", settings.AXES_FAILURE_LIMIT - 1)[-1] == 200
