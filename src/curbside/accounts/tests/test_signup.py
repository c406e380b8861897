from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client

from curbside.accounts.models import User

pytestmark = pytest.mark.django_db


def _link(body: str) -> str:
    match = re.search(r"http://testserver(/\S+)", body)
    assert match, body
    return match.group(1)


def test_it_signs_up_a_patient_and_verifies_the_address(client: Client):
    response = client.post(
        "/accounts/signup/",
        {"email": "Sam@Example.com", "public_name": "", "password": "a long passphrase 42"},
    )
    assert response.status_code == 302
    user = User.objects.get(email="sam@example.com")
    assert user.role == "patient" and not user.email_verified
    assert re.fullmatch(r"[A-Z][a-z]+[A-Z][a-z]+-\d{3}", user.public_name)
    assert user.password.startswith("md5$")  # the test hasher; settings use Argon2 (test_settings)
    assert len(mail.outbox) == 1 and "Confirm your e-mail" in mail.outbox[0].subject
    response = client.get(_link(mail.outbox[0].body))
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.email_verified


def test_it_refuses_a_taken_email_or_name_and_a_weak_password(client: Client, patient: User):
    response = client.post(
        "/accounts/signup/", {"email": "PAT@example.com", "password": "a long passphrase 42"}
    )
    assert response.status_code == 400 and "already exists" in response.content.decode()
    response = client.post(
        "/accounts/signup/",
        {
            "email": "b@example.com",
            "public_name": "maplewren-101",
            "password": "a long passphrase 42",
        },
    )
    assert response.status_code == 400 and "taken" in response.content.decode()
    response = client.post("/accounts/signup/", {"email": "c@example.com", "password": "password"})
    assert response.status_code == 400
    response = client.post(
        "/accounts/signup/",
        {"email": "d@example.com", "public_name": "<b>x</b>", "password": "a long passphrase 42"},
    )
    assert response.status_code == 400 and "HTML" in response.content.decode()
    assert User.objects.count() == 1
    assert mail.outbox == []


def test_a_bad_or_tampered_verification_link_is_refused(client: Client, unverified_patient: User):
    response = client.get("/accounts/verify/not-a-token/")
    assert response.status_code == 400 and "not valid" in response.content.decode()
    unverified_patient.refresh_from_db()
    assert not unverified_patient.email_verified


def test_it_resends_the_link(unverified_patient: User):
    c = Client()
    c.force_login(unverified_patient)
    assert c.post("/accounts/verify-resend/").status_code == 302
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [unverified_patient.email]


def test_sign_in_with_email_and_sign_out(client: Client, patient: User):
    response = client.post(
        "/accounts/login/", {"username": "pat@example.com", "password": "correct horse battery"}
    )
    assert response.status_code == 302
    assert client.get("/accounts/").status_code == 200
    assert client.post("/accounts/logout/").status_code == 302
    assert client.get("/accounts/").status_code == 302


def test_a_wrong_password_is_refused(client: Client, patient: User):
    response = client.post("/accounts/login/", {"username": "pat@example.com", "password": "nope"})
    assert response.status_code == 200 and "don&#x27;t match" in response.content.decode()


def test_password_reset_by_email(client: Client, patient: User):
    client.post("/accounts/password-reset/", {"email": "pat@example.com"})
    assert len(mail.outbox) == 1
    link = _link(mail.outbox[0].body)
    response = client.get(link, follow=True)
    form_url = response.redirect_chain[-1][0]
    response = client.post(
        form_url,
        {"new_password1": "another fine phrase 7", "new_password2": "another fine phrase 7"},
    )
    assert response.status_code == 302
    patient.refresh_from_db()
    assert patient.check_password("another fine phrase 7")


def test_a_post_without_csrf_token_is_refused():
    c = Client(enforce_csrf_checks=True)
    response = c.post(
        "/accounts/signup/", {"email": "x@example.com", "password": "a long passphrase 42"}
    )
    assert response.status_code == 403
    assert not User.objects.filter(email="x@example.com").exists()
