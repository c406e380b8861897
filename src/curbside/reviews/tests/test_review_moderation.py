from __future__ import annotations

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from curbside.audit.models import AuditEntry
from curbside.conftest import client_for
from curbside.notifications.models import Kind, Notification
from curbside.reviews import services
from curbside.reviews.models import FlagResolution, ReviewStatus
from curbside.reviews.tests.factories import ReviewFactory, ReviewFlagFactory

pytestmark = pytest.mark.django_db


def test_the_queue_lists_pending_reviews_and_open_flags(moderator, physician, botox):
    pending = ReviewFactory(
        physician=physician, treatment=botox, status="pending", title="Waiting one"
    )
    flag = ReviewFlagFactory(
        review=ReviewFactory(physician=physician, treatment=botox, title="Flagged one")
    )
    ReviewFlagFactory(
        review=flag.review, resolved_at="2026-01-01T00:00:00Z", reason="Old, resolved report"
    )
    html = client_for(moderator).get("/reviews/moderation/").content.decode()
    assert "Reviews waiting (1)" in html and pending.title in html
    assert "Reports from readers (1)" in html and flag.reason in html and "Flagged one" in html
    assert "Old, resolved report" not in html


def test_the_queue_takes_a_fixed_number_of_queries(
    moderator, physician, botox, django_assert_max_num_queries
):
    for _ in range(3):
        ReviewFactory(physician=physician, treatment=botox, status="pending")
        ReviewFlagFactory(review=ReviewFactory(physician=physician, treatment=botox))
    c = client_for(moderator)
    c.get("/reviews/moderation/")
    with django_assert_max_num_queries(8):
        assert c.get("/reviews/moderation/").status_code == 200


@pytest.mark.parametrize(
    "role", ["patient", "pending_physician", "verified_physician", "practice_staff"]
)
def test_only_moderators_see_the_queue_and_act(cast, physician, botox, role):
    review = ReviewFactory(physician=physician, treatment=botox, status="pending")
    flag = ReviewFlagFactory(review=ReviewFactory(physician=physician, treatment=botox))
    c = client_for(cast[role])
    assert c.get("/reviews/moderation/").status_code == 403
    assert c.post(f"/reviews/{review.pk}/moderate/", {"decision": "publish"}).status_code == 403
    assert c.post(f"/reviews/flags/{flag.pk}/resolve/", {"decision": "dismiss"}).status_code == 403
    review.refresh_from_db()
    flag.refresh_from_db()
    assert review.status == ReviewStatus.PENDING and flag.resolved_at is None
    assert not AuditEntry.objects.exists()


def test_visitors_are_sent_to_sign_in(physician, botox):
    review = ReviewFactory(physician=physician, treatment=botox, status="pending")
    c = client_for(None)
    assert c.get("/reviews/moderation/").status_code == 302
    assert c.post(f"/reviews/{review.pk}/moderate/", {"decision": "publish"}).status_code == 302
    review.refresh_from_db()
    assert review.status == ReviewStatus.PENDING


def test_publishing_updates_the_rating_audits_and_tells_the_physician(moderator, physician, botox):
    review = ReviewFactory(physician=physician, treatment=botox, status="pending", stars=4)
    response = client_for(moderator).post(
        f"/reviews/{review.pk}/moderate/", {"decision": "publish"}
    )
    assert response.status_code == 302
    review.refresh_from_db()
    assert review.status == ReviewStatus.PUBLISHED and review.published_at is not None
    physician.refresh_from_db()
    assert (physician.review_count, physician.rating_avg) == (1, 4.0)
    audit = AuditEntry.objects.get()
    assert (audit.action, audit.actor, audit.target_id) == (
        "review.published",
        moderator,
        review.pk,
    )
    notice = Notification.objects.get(user=physician.user)
    assert notice.kind == Kind.REVIEW and review.title in notice.title
    assert notice.url == f"/doctors/{physician.slug}/#review-{review.pk}"
    [email] = mail.outbox
    assert email.to == [physician.user.email] and review.title in email.subject
    assert f"http://testserver/reviews/{review.pk}/reply/" in email.body
    assert "do not disclose any patient health information" in email.body
    assert "http://testserver/notifications/unsubscribe/" in email.body
    assert "&#x27;" not in email.body and "&quot;" not in email.body


def test_publishing_twice_is_refused(moderator, physician, botox):
    review = ReviewFactory(physician=physician, treatment=botox, status="pending")
    c = client_for(moderator)
    c.post(f"/reviews/{review.pk}/moderate/", {"decision": "publish"})
    response = c.post(f"/reviews/{review.pk}/moderate/", {"decision": "publish"})
    assert response.status_code == 400 and "no longer waiting" in response.content.decode()
    assert len(mail.outbox) == 1 and AuditEntry.objects.count() == 1


def test_removing_needs_a_reason_and_records_it(moderator, physician, botox):
    review = ReviewFactory(physician=physician, treatment=botox)
    services.physician_rating_refresh(physician_id=physician.pk)
    c = client_for(moderator)
    response = c.post(f"/reviews/{review.pk}/moderate/", {"decision": "remove", "reason": "  "})
    assert (
        response.status_code == 400
        and "Say why the review is removed." in response.content.decode()
    )
    review.refresh_from_db()
    assert review.status == ReviewStatus.PUBLISHED
    reason = "Names a staff member and includes a personal phone number."
    assert (
        c.post(
            f"/reviews/{review.pk}/moderate/", {"decision": "remove", "reason": reason}
        ).status_code
        == 302
    )
    review.refresh_from_db()
    assert review.status == ReviewStatus.REMOVED and review.removed_reason == reason
    audit = AuditEntry.objects.get()
    assert (audit.action, audit.reason, audit.actor) == ("review.removed", reason, moderator)
    physician.refresh_from_db()
    assert physician.review_count == 0 and physician.rating_avg is None


def test_bad_decisions_are_refused(moderator, physician, botox):
    review = ReviewFactory(physician=physician, treatment=botox, status="pending")
    response = client_for(moderator).post(f"/reviews/{review.pk}/moderate/", {"decision": "delete"})
    assert response.status_code == 400 and "Select a valid choice" in response.content.decode()
    assert (
        client_for(moderator).post("/reviews/99999/moderate/", {"decision": "publish"}).status_code
        == 404
    )


def test_a_flag_can_be_dismissed(moderator, physician, botox):
    flag = ReviewFlagFactory(review=ReviewFactory(physician=physician, treatment=botox))
    response = client_for(moderator).post(
        f"/reviews/flags/{flag.pk}/resolve/", {"decision": "dismiss"}
    )
    assert response.status_code == 302
    flag.refresh_from_db()
    assert flag.resolved_at is not None and flag.resolution == FlagResolution.DISMISSED
    assert flag.review.status == ReviewStatus.PUBLISHED
    assert AuditEntry.objects.get().action == "review.flag_dismissed"
    again = client_for(moderator).post(
        f"/reviews/flags/{flag.pk}/resolve/", {"decision": "dismiss"}
    )
    assert again.status_code == 404


def test_a_flag_can_remove_the_review_and_closes_every_flag_on_it(moderator, physician, botox):
    review = ReviewFactory(physician=physician, treatment=botox)
    services.physician_rating_refresh(physician_id=physician.pk)
    first, second = ReviewFlagFactory(review=review), ReviewFlagFactory(review=review)
    c = client_for(moderator)
    assert c.post(f"/reviews/flags/{first.pk}/resolve/", {"decision": "remove"}).status_code == 400
    response = c.post(
        f"/reviews/flags/{first.pk}/resolve/",
        {"decision": "remove", "reason": "Advertising for another clinic."},
    )
    assert response.status_code == 302
    review.refresh_from_db()
    assert review.status == ReviewStatus.REMOVED
    second.refresh_from_db()
    assert second.resolution == FlagResolution.REMOVED
    assert AuditEntry.objects.get().reason == "Advertising for another clinic."
    physician.refresh_from_db()
    assert physician.review_count == 0


def test_only_moderators_can_call_the_services(patient, physician, botox):
    review = ReviewFactory(physician=physician, treatment=botox, status="pending")
    with pytest.raises(ValidationError):
        services.review_publish(review=review, moderator=patient)
    with pytest.raises(ValidationError):
        services.review_remove(review=review, moderator=physician.user, reason="Negative review")
