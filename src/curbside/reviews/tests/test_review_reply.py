from __future__ import annotations

import pytest
from django.core import mail

from curbside.conftest import client_for
from curbside.notifications.models import Kind, Notification
from curbside.reviews.models import ReviewReply
from curbside.reviews.tests.factories import ReviewFactory

pytestmark = pytest.mark.django_db

REPLY = {"body": "Thank you for taking the time to share this. We'd welcome a call to our office."}


@pytest.fixture
def review(physician, patient, botox):
    return ReviewFactory(physician=physician, author=patient, treatment=botox)


def test_the_form_warns_against_disclosing_health_information(review):
    html = client_for(review.physician.user).get(f"/reviews/{review.pk}/reply/").content.decode()
    assert (
        "HIPAA" in html
        and "do not confirm or suggest that the reviewer is or was your patient" in html
    )
    assert "never removed at a physician's request" in html
    assert review.title in html


def test_a_physician_replies_once_and_the_author_is_told(review, patient):
    c = client_for(review.physician.user)
    response = c.post(f"/reviews/{review.pk}/reply/", REPLY)
    assert response.status_code == 302
    assert response["Location"] == f"/doctors/{review.physician.slug}/#review-{review.pk}"
    reply = ReviewReply.objects.get(review=review)
    assert reply.body == REPLY["body"] and reply.body_html.startswith("<p>Thank you")
    notice = Notification.objects.get(user=patient)
    assert notice.kind == Kind.REVIEW and "replied to your review" in notice.title
    [email] = mail.outbox
    assert email.to == [patient.email] and "replied to your review" in email.subject
    assert "/notifications/unsubscribe/" in email.body

    again = c.post(f"/reviews/{review.pk}/reply/", {"body": "And one more thing to add here."})
    assert again.status_code == 400 and "already replied" in again.content.decode()
    assert ReviewReply.objects.count() == 1 and len(mail.outbox) == 1
    assert "can't be changed" in c.get(f"/reviews/{review.pk}/reply/").content.decode()


def test_a_physician_cannot_reply_to_someone_elses_review(review, other_physician):
    response = client_for(other_physician.user).post(f"/reviews/{review.pk}/reply/", REPLY)
    assert response.status_code == 404 and not ReviewReply.objects.exists()


@pytest.mark.parametrize("role", ["patient", "pending_physician", "practice_staff", "moderator"])
def test_others_cannot_reply(cast, review, role):
    assert client_for(cast[role]).post(f"/reviews/{review.pk}/reply/", REPLY).status_code == 403
    assert not ReviewReply.objects.exists()


def test_visitors_are_sent_to_sign_in(review):
    assert client_for(None).post(f"/reviews/{review.pk}/reply/", REPLY).status_code == 302


def test_pending_reviews_cannot_be_replied_to(physician, botox):
    review = ReviewFactory(physician=physician, treatment=botox, status="pending")
    assert client_for(physician.user).post(f"/reviews/{review.pk}/reply/", REPLY).status_code == 404


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("", "This field is required."),
        ("<img src=x onerror=alert(1)> hello there", "contains HTML"),
        ("x" * 3001, "at most 3000"),
    ],
)
def test_bad_replies_are_refused(review, body, message):
    response = client_for(review.physician.user).post(
        f"/reviews/{review.pk}/reply/", {"body": body}
    )
    assert response.status_code == 400 and message in response.content.decode()
    assert not ReviewReply.objects.exists()
