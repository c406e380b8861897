from __future__ import annotations

import pytest

from curbside.conftest import client_for
from curbside.reviews.models import ReviewRevision, ReviewStatus
from curbside.reviews.services import physician_rating_refresh
from curbside.reviews.tests.factories import ReviewFactory

pytestmark = pytest.mark.django_db

NEW = {
    "stars": "3",
    "worth_it": "not_sure",
    "title": "Good care, mixed result",
    "body": "The care was good but the result wore off sooner than I expected.",
    "cost_usd": "",
}


def test_an_edit_keeps_history_and_goes_back_to_moderation(patient, physician, botox):
    review = ReviewFactory(author=patient, physician=physician, treatment=botox, stars=5)
    physician_rating_refresh(physician_id=physician.pk)
    old_title = review.title
    response = client_for(patient).post(f"/reviews/{review.pk}/edit/", NEW)
    assert response.status_code == 302 and response["Location"] == "/reviews/mine/"
    review.refresh_from_db()
    assert (review.stars, review.worth_it, review.cost_usd) == (3, "not_sure", None)
    assert review.status == ReviewStatus.PENDING and review.published_at is None
    revision = ReviewRevision.objects.get(review=review)
    assert (revision.title, revision.stars, revision.cost_usd) == (old_title, 5, 450)
    physician.refresh_from_db()
    assert physician.review_count == 0 and physician.rating_avg is None


def test_the_form_shows_the_current_review(patient, physician, botox):
    review = ReviewFactory(author=patient, physician=physician, treatment=botox)
    html = client_for(patient).get(f"/reviews/{review.pk}/edit/").content.decode()
    assert review.title in html and "keeps the earlier version" in html


def test_an_unchanged_review_keeps_its_place(patient, physician, botox):
    review = ReviewFactory(author=patient, physician=physician, treatment=botox)
    same = {
        "stars": "5",
        "worth_it": "yes",
        "title": review.title,
        "body": review.body,
        "cost_usd": "450",
    }
    assert client_for(patient).post(f"/reviews/{review.pk}/edit/", same).status_code == 302
    review.refresh_from_db()
    assert review.status == ReviewStatus.PUBLISHED and not ReviewRevision.objects.exists()


@pytest.mark.parametrize("who", ["other_patient", "physician", "moderator", "visitor"])
def test_only_the_author_edits(patient, physician, moderator, botox, who):
    from curbside.accounts.tests.factories import UserFactory

    review = ReviewFactory(author=patient, physician=physician, treatment=botox)
    user = {
        "other_patient": UserFactory(),
        "physician": physician.user,
        "moderator": moderator,
        "visitor": None,
    }[who]
    status = client_for(user).post(f"/reviews/{review.pk}/edit/", NEW).status_code
    assert status == (302 if who == "visitor" else 404)
    review.refresh_from_db()
    assert review.stars == 5 and not ReviewRevision.objects.exists()


def test_a_removed_review_cannot_be_edited(patient, physician, botox):
    review = ReviewFactory(author=patient, physician=physician, treatment=botox, status="removed")
    response = client_for(patient).post(f"/reviews/{review.pk}/edit/", NEW)
    assert response.status_code == 403 and "removed by a moderator" in response.content.decode()


def test_bad_edits_are_refused(patient, physician, botox):
    review = ReviewFactory(author=patient, physician=physician, treatment=botox)
    response = client_for(patient).post(
        f"/reviews/{review.pk}/edit/", {**NEW, "stars": "6", "body": ""}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Choose from 1 to 5 stars." in html and "This field is required." in html
    review.refresh_from_db()
    assert review.status == ReviewStatus.PUBLISHED
