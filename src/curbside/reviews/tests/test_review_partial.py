from __future__ import annotations

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory

from curbside.accounts.tests.factories import UserFactory
from curbside.reviews.access import review_controls
from curbside.reviews.models import Review
from curbside.reviews.tests.factories import ReviewFactory, ReviewFlagFactory, ReviewReplyFactory

pytestmark = pytest.mark.django_db


def _render(reviews, controls=None) -> str:
    request = RequestFactory().get("/")
    return "".join(
        render_to_string(
            "reviews/_review.html", {"review": r, "controls": controls}, request=request
        )
        for r in reviews
    )


def test_it_shows_everything_a_reader_needs(physician, patient, botox):
    review = ReviewFactory(
        physician=physician,
        author=patient,
        treatment=botox,
        stars=4,
        worth_it="not_sure",
        title="Good, but wore off early",
        body="Results faded after **two months**.",
        body_html="",
        cost_usd=1200,
    )
    ReviewReplyFactory(review=review, body_html="<p>Thank you for your feedback.</p>")
    [loaded] = Review.objects.published().for_physician(physician).for_display()
    html = _render([loaded])
    assert 'aria-label="4 out of 5 stars"' in html and "★★★★☆" in html
    assert "Not sure" in html and "Botox" in html and "Good, but wore off early" in html
    assert "Results faded after **two months**." in html  # plain text when there is no HTML
    assert "Cost: $1,200" in html and "By MapleWren-101" in html
    assert "Reply from Dr. Ana Ruiz, MD, FACS" in html and "Thank you for your feedback." in html
    assert f'id="review-{review.pk}"' in html


def test_review_text_is_escaped(physician, botox):
    ReviewFactory(physician=physician, treatment=botox, title="<script>x</script>", body_html="")
    html = _render(Review.objects.published().for_display())
    assert "<script>x" not in html and "&lt;script&gt;" in html


def test_a_page_of_reviews_renders_in_a_fixed_number_of_queries(
    physician, botox, django_assert_num_queries
):
    for review in ReviewFactory.create_batch(6, physician=physician, treatment=botox):
        ReviewReplyFactory(review=review)
    viewer = UserFactory()
    ReviewFlagFactory(review=Review.objects.first(), user=viewer)
    with django_assert_num_queries(2):  # the reviews, the viewer's flags
        reviews = list(Review.objects.published().for_physician(physician).for_display().newest())
        controls = review_controls(viewer, reviews)
        html = _render(reviews, controls)
    assert html.count("Reply from") == 6 and html.count("Report this review") == 5


def test_controls_follow_who_is_looking(physician, patient, botox):
    mine = ReviewFactory(physician=physician, author=patient, treatment=botox)
    other = ReviewFactory(physician=physician, treatment=botox)
    ReviewReplyFactory(review=other)
    reviews = list(Review.objects.published().for_display())
    for_author = review_controls(patient, reviews)
    assert for_author.editable == {mine.pk} and for_author.flaggable == {other.pk}
    for_physician = review_controls(physician.user, reviews)
    assert for_physician.repliable == {mine.pk} and not for_physician.flaggable
    from django.contrib.auth.models import AnonymousUser

    assert review_controls(AnonymousUser(), reviews) == review_controls(AnonymousUser(), [])
    html = _render(reviews, for_physician)
    assert html.count("Reply publicly") == 1 and "Edit your review" not in html


def test_edited_reviews_say_so(physician, botox):
    from curbside.reviews.models import ReviewRevision

    edited, untouched = ReviewFactory.create_batch(2, physician=physician, treatment=botox)
    ReviewRevision.objects.create(
        review=edited, stars=2, worth_it="no", title="Before", body="Earlier text."
    )
    by_pk = {r.pk: r for r in Review.objects.published().for_display()}
    assert "· edited" in _render([by_pk[edited.pk]])
    assert "· edited" not in _render([by_pk[untouched.pk]])
