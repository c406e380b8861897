from __future__ import annotations

import pytest

from curbside.providers.models import Physician
from curbside.providers.tests.factories import PhysicianFactory
from curbside.reviews import services
from curbside.reviews.models import ReviewStatus
from curbside.reviews.services import PRIOR_MEAN, bayesian_score, physician_rating_refresh
from curbside.reviews.tests.factories import ReviewFactory

pytestmark = pytest.mark.django_db


def test_two_five_star_reviews_rank_below_forty_averaging_four_point_eight(botox):
    newcomer, veteran = PhysicianFactory(), PhysicianFactory()
    ReviewFactory.create_batch(2, physician=newcomer, treatment=botox, stars=5)
    ReviewFactory.create_batch(32, physician=veteran, treatment=botox, stars=5)
    ReviewFactory.create_batch(8, physician=veteran, treatment=botox, stars=4)
    newcomer = physician_rating_refresh(physician_id=newcomer.pk)
    veteran = physician_rating_refresh(physician_id=veteran.pk)
    assert (newcomer.rating_avg, newcomer.review_count) == (5.0, 2)
    assert (veteran.rating_avg, veteran.review_count) == (pytest.approx(4.8), 40)
    assert veteran.rating_score > newcomer.rating_score
    assert list(Physician.objects.order_by("-rating_score")[:2]) == [veteran, newcomer]


def test_the_score_starts_at_the_prior_and_moves_towards_the_mean():
    assert bayesian_score(average=None, count=0) == PRIOR_MEAN
    assert bayesian_score(average=5.0, count=2) == pytest.approx((4.0 * 5 + 10) / 7)
    assert 4.7 < bayesian_score(average=4.8, count=1000) < 4.8


def test_only_published_reviews_count(physician, botox):
    ReviewFactory(physician=physician, treatment=botox, stars=5)
    ReviewFactory(physician=physician, treatment=botox, stars=1, status="pending")
    ReviewFactory(physician=physician, treatment=botox, stars=1, status="removed")
    physician = physician_rating_refresh(physician_id=physician.pk)
    assert (physician.rating_avg, physician.review_count) == (5.0, 1)


def test_publish_edit_and_remove_keep_the_columns_in_step(physician, patient, moderator, botox):
    review = services.review_create(
        author=patient,
        physician=physician,
        treatment=botox,
        stars=2,
        worth_it="no",
        title="Rushed visit",
        body="The appointment felt rushed and questions went unanswered.",
    )
    physician.refresh_from_db()
    assert physician.review_count == 0
    services.review_publish(review=review, moderator=moderator)
    physician.refresh_from_db()
    assert (physician.rating_avg, physician.review_count) == (2.0, 1)
    assert physician.rating_score == pytest.approx(bayesian_score(average=2.0, count=1))
    services.review_edit(
        review=review,
        stars=4,
        worth_it="yes",
        title="Better on follow-up",
        body="The follow-up visit answered my questions and the result was good.",
    )
    physician.refresh_from_db()
    assert physician.review_count == 0 and review.status == ReviewStatus.PENDING
    services.review_publish(review=review, moderator=moderator)
    physician.refresh_from_db()
    assert (physician.rating_avg, physician.review_count) == (4.0, 1)
    services.review_remove(
        review=review, moderator=moderator, reason="Duplicate of another review."
    )
    physician.refresh_from_db()
    assert (physician.rating_avg, physician.review_count) == (None, 0)
    assert physician.rating_score == PRIOR_MEAN


def test_a_rating_change_invalidates_cached_question_pages(
    answered_question, physician, moderator, botox
):
    answered_question.refresh_from_db()
    before = answered_question.cache_version
    review = ReviewFactory(physician=physician, treatment=botox, status="pending")
    services.review_publish(review=review, moderator=moderator)
    answered_question.refresh_from_db()
    assert answered_question.cache_version > before
