from __future__ import annotations

import pytest

from curbside.accounts.tests.factories import UserFactory
from curbside.conftest import client_for
from curbside.reviews.models import ReviewFlag
from curbside.reviews.tests.factories import ReviewFactory

pytestmark = pytest.mark.django_db

REASON = {"reason": "This reads like an advertisement for another clinic."}


@pytest.fixture
def review(physician, botox):
    return ReviewFactory(physician=physician, treatment=botox)


@pytest.mark.parametrize("role", ["patient", "pending_physician", "practice_staff", "moderator"])
def test_signed_in_readers_flag_a_review(cast, review, role):
    c = client_for(cast[role])
    assert c.get(f"/reviews/{review.pk}/flag/").status_code == 200
    response = c.post(f"/reviews/{review.pk}/flag/", REASON)
    assert response.status_code == 302
    assert response["Location"] == f"/doctors/{review.physician.slug}/#review-{review.pk}"
    flag = ReviewFlag.objects.get()
    assert (flag.user, flag.review, flag.reason) == (cast[role], review, REASON["reason"])


def test_a_reader_flags_once(patient, review):
    c = client_for(patient)
    c.post(f"/reviews/{review.pk}/flag/", REASON)
    response = c.post(f"/reviews/{review.pk}/flag/", REASON)
    assert response.status_code == 400 and "already flagged" in response.content.decode()
    assert ReviewFlag.objects.count() == 1


@pytest.mark.parametrize(
    ("reason", "message"),
    [
        ("", "This field is required."),
        ("bad", "at least 10"),
        ("<a href=x>spam</a> spam spam", "contains HTML"),
    ],
)
def test_a_reason_is_required(patient, review, reason, message):
    response = client_for(patient).post(f"/reviews/{review.pk}/flag/", {"reason": reason})
    assert response.status_code == 400 and message in response.content.decode()
    assert not ReviewFlag.objects.exists()


def test_the_reviewed_physician_has_no_removal_action(review):
    response = client_for(review.physician.user).post(f"/reviews/{review.pk}/flag/", REASON)
    assert response.status_code == 403
    assert "Reviews are not removed at a physician" in response.content.decode()
    assert not ReviewFlag.objects.exists()


def test_the_author_cannot_flag_their_own_review(review):
    response = client_for(review.author).post(f"/reviews/{review.pk}/flag/", REASON)
    assert response.status_code == 403 and not ReviewFlag.objects.exists()


def test_unpublished_reviews_cannot_be_flagged(physician, botox):
    user = UserFactory()
    for status in ("pending", "removed"):
        review = ReviewFactory(physician=physician, treatment=botox, status=status)
        assert client_for(user).post(f"/reviews/{review.pk}/flag/", REASON).status_code == 404
    assert client_for(user).post("/reviews/99999/flag/", REASON).status_code == 404
    assert not ReviewFlag.objects.exists()


def test_visitors_are_sent_to_sign_in(review):
    response = client_for(None).post(f"/reviews/{review.pk}/flag/", REASON)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
