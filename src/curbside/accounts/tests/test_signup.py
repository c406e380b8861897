from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client

from curbside.accounts.models import User
from curbside.providers.tests.factories import valid_npi

pytestmark = pytest.mark.django_db


def _link(body: str) -> str:
    match = re.search(r"http://testserver(/\S+)", body)
    assert match, body
    return match.group(1)


def test_it_signs_up_a_patient_who_confirms_the_address_to_sign_in(client: Client):
    response = client.post(
        "/accounts/signup/",
        {"email": "Sam@Example.com", "public_name": "", "password": "a long passphrase 42"},
    )
    assert response.status_code == 302 and response["Location"] == "/accounts/signup/sent/"
    page = client.get("/accounts/signup/sent/").content.decode()
    assert "Check your e-mail" in page and "sam@example.com" in page
    user = User.objects.get(email="sam@example.com")
    assert user.role == "patient" and not user.email_verified
    assert re.fullmatch(r"[A-Z][a-z]+[A-Z][a-z]+-\d{3}", user.public_name)
    assert user.password.startswith("md5$")  # the test hasher; settings use Argon2 (test_settings)
    assert client.get("/accounts/").status_code == 302  # not signed in yet
    assert len(mail.outbox) == 1 and "Confirm your e-mail" in mail.outbox[0].subject
    response = client.get(_link(mail.outbox[0].body))
    assert response.status_code == 302 and response["Location"] == "/ask/"
    user.refresh_from_db()
    assert user.email_verified
    assert client.get("/accounts/").status_code == 200  # the link signed them in


def test_a_used_confirmation_link_does_not_sign_anyone_in_again(unverified_patient: User):
    from curbside.accounts.services import email_verification_token

    link = f"/accounts/verify/{email_verification_token(unverified_patient)}/"
    Client().get(link)
    again = Client()
    assert again.get(link).status_code == 302
    assert again.get("/accounts/").status_code == 302


def test_signing_up_with_a_taken_address_looks_the_same_and_tells_its_owner(patient: User):
    new, taken = Client(), Client()
    first = new.post(
        "/accounts/signup/", {"email": "fresh@example.com", "password": "a long passphrase 42"}
    )
    second = taken.post(
        "/accounts/signup/", {"email": "PAT@example.com", "password": "a long passphrase 42"}
    )
    assert (first.status_code, first["Location"]) == (second.status_code, second["Location"])
    shown = taken.get("/accounts/signup/sent/").content.decode()
    assert "already" not in shown and "pat@example.com" in shown
    assert User.objects.filter(email__iexact="pat@example.com").count() == 1
    notice = next(m for m in mail.outbox if m.to == ["pat@example.com"])
    assert "tried" in notice.subject and "/accounts/password-reset/" in notice.body
    patient.refresh_from_db()
    assert patient.check_password("correct horse battery")  # nothing changed on the account


def test_a_physician_sign_up_with_a_taken_address_looks_the_same(patient: User):
    data = {
        "email": "pat@example.com",
        "password": "a long passphrase 42",
        "first_name": "Lee",
        "last_name": "Park",
        "credentials": "MD",
        "specialty": "dermatology",
        "npi": valid_npi(779),
        "practicing_since": 2010,
        "city": "Denver",
        "state": "CO",
    }
    response = Client().post("/accounts/signup/physician/", data)
    assert response.status_code == 302 and response["Location"] == "/accounts/signup/sent/"
    assert [m.to for m in mail.outbox] == [["pat@example.com"]]
    assert User.objects.count() == 1


def test_the_sent_page_without_a_sign_up_goes_back_to_the_form(client: Client):
    assert client.get("/accounts/signup/sent/")["Location"] == "/accounts/signup/"


def test_it_refuses_a_taken_name_and_a_weak_password(client: Client, patient: User):
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


@pytest.mark.parametrize(
    ("next_url", "lands"),
    [
        ("/ask/", "/ask/"),
        ("https://evil.example/phish", "/accounts/"),
        ("//evil.example/phish", "/accounts/"),
        ("javascript:alert(1)", "/accounts/"),
    ],
)
def test_resend_follows_next_only_within_this_site(unverified_patient: User, next_url, lands):
    c = Client()
    c.force_login(unverified_patient)
    assert c.post("/accounts/verify-resend/", {"next": next_url})["Location"] == lands


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
