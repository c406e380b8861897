from __future__ import annotations

import time

import pytest
from django.core import mail
from django.test import Client

from curbside.conftest import client_for
from curbside.limits import rates
from curbside.notifications.models import Notification
from curbside.practices import spam
from curbside.practices.models import ConsultationRequest, Practice
from curbside.practices.tests.conftest import form_data, started
from curbside.practices.tests.factories import PracticeStaffFactory

pytestmark = pytest.mark.django_db

URL = "/practices/madison-lane/consultation/"


def _post(client: Client, practice: Practice, **overrides: object):
    return client.post(URL, form_data(practice, **overrides), REMOTE_ADDR="203.0.113.7")


def test_it_stores_the_request_and_redirects_with_a_confirmation(client: Client, practice, botox):
    response = _post(client, practice)
    assert response.status_code == 302
    assert response["Location"] == "/practices/madison-lane/#consultation"
    consultation = ConsultationRequest.objects.get()
    assert consultation.practice == practice
    assert consultation.name == "Rosa Delgado"
    assert consultation.email == "rosa@example.com" and consultation.phone == "(212) 555-0188"
    assert consultation.treatment == botox
    assert consultation.preferred_contact_time == "morning"
    assert consultation.status == "new" and consultation.consent_at is not None
    page = client.get(response["Location"]).content.decode()
    # The confirmation is where the sender is looking: in the form's section, not at the top.
    section = page[page.index('id="consultation"') :]
    assert 'id="consultation-sent"' in section
    assert "Your request was sent to Madison Lane Dermatology." in section
    assert "Your request was sent" not in page[: page.index('id="consultation"')]
    assert consultation.physician is None  # for any physician at the practice


def test_a_link_chooses_the_physician_and_treatment_in_advance(client: Client, practice):
    html = client.get(
        f"/practices/madison-lane/?physician={practice.verified_physicians()[0].slug}"
        "&treatment=botox"
    ).content.decode()
    form = html[html.index('id="consultation"') :]
    assert "selected>Dr. Ana Ruiz, MD, FACS</option>" in form
    assert 'value="botox" selected' in form
    ignored = client.get("/practices/madison-lane/?physician=somebody-else&treatment=nope")
    assert ignored.status_code == 200


def test_a_request_for_one_physician_is_stored_for_them(client: Client, practice, physician, staff):
    response = _post(client, practice, physician=physician.slug)
    assert response.status_code == 302
    consultation = ConsultationRequest.objects.get()
    assert consultation.physician == physician
    desk = client_for(staff)
    inbox = desk.get("/practices/madison-lane/inbox/").content.decode()
    assert '<td data-label="For">Dr. Ana Ruiz, MD, FACS</td>' in inbox
    detail = desk.get(f"/practices/madison-lane/inbox/{consultation.pk}/").content.decode()
    assert "<dt>For</dt><dd>Dr. Ana Ruiz, MD, FACS</dd>" in detail


def test_a_physician_of_another_practice_is_refused(client: Client, practice, other_staff):
    from curbside.providers.tests.factories import PhysicianFactory

    stranger = PhysicianFactory(practice=other_staff.practice_membership.practice)
    response = _post(client, practice, physician=stranger.slug)
    assert response.status_code == 400
    assert ConsultationRequest.objects.count() == 0
    assert (
        'action="/practices/madison-lane/consultation/#consultation"' in response.content.decode()
    )


def test_it_notifies_staff_and_verified_physicians_without_patient_details(
    client: Client, practice, staff, physician, pending_physician, other_staff
):
    _post(client, practice)
    consultation = ConsultationRequest.objects.get()
    notices = [m for m in mail.outbox if m.to != ["rosa@example.com"]]
    assert sorted(m.to[0] for m in notices) == sorted([staff.email, physician.user.email])
    for message in notices:
        text = message.subject + message.body
        assert "Madison Lane Dermatology" in message.subject
        assert f"http://testserver/practices/madison-lane/inbox/{consultation.pk}/" in message.body
        for detail in ("Rosa", "Delgado", "rosa@example.com", "555-0188", "Neck spasms", "Botox"):
            assert detail not in text
    assert set(Notification.objects.values_list("user_id", flat=True)) == {
        staff.pk,
        physician.user_id,
    }
    assert Notification.objects.filter(kind="consultation").count() == 2


def test_it_acknowledges_to_the_requester_without_repeating_the_message(client: Client, practice):
    _post(client, practice)
    [ack] = [m for m in mail.outbox if m.to == ["rosa@example.com"]]
    assert "Madison Lane Dermatology" in ack.subject
    assert "What happens next" in ack.body and "(212) 555-0143" in ack.body
    assert "Neck spasms" not in ack.body and "Rosa" not in ack.body


def test_a_phone_only_request_gets_no_acknowledgement(client: Client, practice, staff, physician):
    response = _post(client, practice, email="")
    assert response.status_code == 302
    assert ConsultationRequest.objects.get().email == ""
    assert sorted(m.to[0] for m in mail.outbox) == sorted([staff.email, physician.user.email])


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"email": "", "phone": ""}, "Give an e-mail address or a phone number"),
        ({"consent": None}, "Please agree that the practice may contact you"),
        ({"message": "Hi <b>there</b>, please call me back soon."}, "contains HTML"),
        ({"name": "<script>alert(1)</script>"}, "contains HTML"),
        ({"email": "not-an-address"}, "Enter a valid email address"),
        ({"phone": "call me"}, "Enter a phone number with its area code"),
        ({"treatment": "facelift"}, "Select a valid choice"),
        ({"message": ""}, "This field is required"),
    ],
)
def test_it_refuses_bad_input_and_saves_nothing(client: Client, practice, overrides, message):
    response = _post(client, practice, **overrides)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ConsultationRequest.objects.exists()
    assert not mail.outbox


def test_it_keeps_what_was_typed_after_an_error(client: Client, practice):
    html = _post(client, practice, consent=None).content.decode()
    assert "Neck spasms for two years" in html and 'value="rosa@example.com"' in html


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"homepage": "http://spam.example"}, "looks automated"),
        ({"started": "__fresh__"}, "faster than a person"),
        ({"started": "__old__"}, "open for more than two hours"),
        ({"started": "forged"}, "could not be checked"),
        ({"started": ""}, "could not be checked"),
    ],
)
def test_it_refuses_spam_with_a_reason(client: Client, practice, overrides, message):
    if overrides.get("started") == "__fresh__":
        overrides = {"started": started(practice, seconds_ago=1)}
    elif overrides.get("started") == "__old__":
        overrides = {"started": started(practice, seconds_ago=spam.FORM_MAX_SECONDS + 5)}
    response = _post(client, practice, **overrides)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ConsultationRequest.objects.exists()
    assert not mail.outbox


def test_a_token_from_another_practice_is_refused(client: Client, practice, other_staff):
    elsewhere = other_staff.practice_membership.practice
    response = _post(client, practice, started=started(elsewhere))
    assert response.status_code == 400
    assert not ConsultationRequest.objects.exists()


def test_a_too_fast_form_keeps_its_start_time_and_an_expired_one_gets_a_new_one(
    client: Client, practice
):
    fresh = started(practice, seconds_ago=1)
    assert fresh in _post(client, practice, started=fresh).content.decode()
    old = started(practice, seconds_ago=spam.FORM_MAX_SECONDS + 5)
    assert old not in _post(client, practice, started=old).content.decode()


def test_it_rate_limits_per_ip(client: Client, practice):
    for n in range(rates.CONSULTATION_IP.limit):
        response = _post(client, practice, email=f"p{n}@example.com", phone="")
        assert response.status_code == 302
    response = _post(client, practice, email="another@example.com", phone="")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    html = response.content.decode()
    assert "Too many consultation requests from your network" in html and "try again in" in html
    assert ConsultationRequest.objects.count() == rates.CONSULTATION_IP.limit
    # Another address (a different client) is not affected.
    other = client.post(
        URL, form_data(practice, email="x@example.com", phone=""), REMOTE_ADDR="198.51.100.4"
    )
    assert other.status_code == 302


def test_it_rate_limits_per_address(client: Client, practice):
    for n in range(rates.CONSULTATION_ADDRESS.limit):
        ip = f"198.51.100.{n + 1}"
        assert client.post(URL, form_data(practice), REMOTE_ADDR=ip).status_code == 302
    response = client.post(
        URL, form_data(practice, email="ROSA@example.com", phone=""), REMOTE_ADDR="192.0.2.1"
    )
    assert response.status_code == 429
    assert "for this e-mail address or phone number" in response.content.decode()
    response = client.post(
        URL, form_data(practice, email="", phone="212.555.0188"), REMOTE_ADDR="192.0.2.2"
    )
    assert response.status_code == 429
    assert ConsultationRequest.objects.count() == rates.CONSULTATION_ADDRESS.limit


def test_it_404s_unknown_practices_and_refuses_get(client: Client, practice):
    assert client.post("/practices/nope/consultation/", form_data(practice)).status_code == 404
    assert client.get(URL).status_code == 405


def test_it_needs_a_csrf_token(practice):
    client = Client(enforce_csrf_checks=True)
    assert client.post(URL, form_data(practice)).status_code == 403
    assert not ConsultationRequest.objects.exists()


def test_a_practice_without_staff_still_gets_the_request(client: Client, db):
    other = PracticeStaffFactory(practice__slug="solo").practice
    other.staff.all().delete()
    token = spam.form_token(practice_id=other.pk, now=time.time() - 30)
    data = form_data(other, treatment="", started=token)
    assert client.post("/practices/solo/consultation/", data).status_code == 302
    assert ConsultationRequest.objects.get().practice == other
