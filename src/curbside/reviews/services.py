"""Every write to reviews: writing, editing, moderating, flagging and replying. Each one that
changes which reviews are published refreshes the physician's rating columns in its
transaction."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Avg, Count
from django.urls import reverse
from django.utils import timezone

from curbside.accounts.models import User
from curbside.audit.services import audit_record
from curbside.catalogue.models import Treatment
from curbside.lib.text import clean_field, clean_text, render_markdown
from curbside.notifications.models import Kind
from curbside.notifications.services import notify
from curbside.providers.models import Physician
from curbside.providers.signals import physician_changed
from curbside.reviews.models import (
    BODY_MAX,
    COST_MAX,
    FLAG_REASON_MAX,
    REPLY_MAX,
    TITLE_MAX,
    FlagResolution,
    Review,
    ReviewFlag,
    ReviewReply,
    ReviewRevision,
    ReviewStatus,
    WorthIt,
)

# Rankings use a Bayesian average: each physician's published stars plus PRIOR_WEIGHT
# imaginary reviews at PRIOR_MEAN, so two five-star reviews don't outrank forty at 4.8.
PRIOR_MEAN = 4.0
PRIOR_WEIGHT = 5


def bayesian_score(*, average: float | None, count: int) -> float:
    if not count or average is None:
        return PRIOR_MEAN
    return (PRIOR_MEAN * PRIOR_WEIGHT + average * count) / (PRIOR_WEIGHT + count)


def physician_rating_refresh(*, physician_id: int) -> Physician:
    """Recompute a physician's rating columns from their published reviews, and invalidate
    the question pages that show their card. Every service that publishes, edits or removes
    a review calls this inside its transaction."""
    totals = (
        Review.objects.published()
        .filter(physician_id=physician_id)
        .aggregate(average=Avg("stars"), count=Count("pk"))
    )
    average, count = totals["average"], totals["count"]
    Physician.objects.filter(pk=physician_id).update(
        rating_avg=average,
        review_count=count,
        rating_score=bayesian_score(average=average, count=count),
    )
    physician_changed.send(sender=Physician, physician_id=physician_id)
    return Physician.objects.get(pk=physician_id)


# -- writing ---------------------------------------------------------------------------------


def review_validate(
    *, stars: object, worth_it: object, title: object, body: object, cost_usd: object
) -> dict[str, Any]:
    """The rules every review meets, whoever calls: the site's form, an import, a test."""
    errors: dict[str, list[str]] = {}
    cleaned: dict[str, Any] = {
        "title": clean_field(
            errors,
            "title",
            title,
            label="Title",
            max_length=TITLE_MAX,
            min_length=5,
            multiline=False,
        ),
        "body": clean_field(
            errors, "body", body, label="Review", max_length=BODY_MAX, min_length=20
        ),
    }
    if isinstance(stars, bool) or not isinstance(stars, int) or not 1 <= stars <= 5:
        errors["stars"] = ["Choose from 1 to 5 stars."]
    if worth_it not in WorthIt.values:
        errors["worth_it"] = ["Say whether it was worth it: yes, not sure or no."]
    if cost_usd is not None and (
        isinstance(cost_usd, bool) or not isinstance(cost_usd, int) or not 0 <= cost_usd <= COST_MAX
    ):
        errors["cost_usd"] = [f"Cost must be a whole number of dollars from 0 to {COST_MAX:,}."]
    if errors:
        raise ValidationError(errors)
    cleaned.update(stars=stars, worth_it=worth_it, cost_usd=cost_usd)
    return cleaned


def review_create(
    *,
    author: User,
    physician: Physician,
    treatment: Treatment,
    stars: int,
    worth_it: str,
    title: str,
    body: str,
    cost_usd: int | None = None,
    created_at: datetime | None = None,
) -> Review:
    """A patient's review, waiting for a moderator. One per patient, physician and treatment."""
    if physician.user_id == author.pk:
        raise ValidationError("You cannot review yourself.")
    if not author.is_patient:
        raise ValidationError("Only patient accounts can write reviews.")
    if not author.email_verified:
        raise ValidationError("Please confirm your e-mail address before writing a review.")
    if not physician.is_verified:
        raise ValidationError("Only verified physicians can be reviewed.")
    cleaned = review_validate(
        stars=stars, worth_it=worth_it, title=title, body=body, cost_usd=cost_usd
    )
    duplicate = ValidationError(
        {
            "treatment": [
                f"You have already reviewed {physician.display_name} for {treatment.name}. "
                "You can edit that review instead."
            ]
        }
    )
    if Review.objects.filter(author=author, physician=physician, treatment=treatment).exists():
        raise duplicate
    now = created_at or timezone.now()
    try:
        with transaction.atomic():
            return Review.objects.create(
                author=author,
                physician=physician,
                treatment=treatment,
                body_html=render_markdown(cleaned["body"]),
                created_at=now,
                updated_at=now,
                **cleaned,
            )
    except IntegrityError as exc:  # a second submit racing the first
        raise duplicate from exc


def review_edit(
    *,
    review: Review,
    stars: int,
    worth_it: str,
    title: str,
    body: str,
    cost_usd: int | None = None,
) -> Review:
    """The author changes their review. The earlier text is kept as a revision and the review
    goes back to moderation (off the physician's profile and rating until published again)."""
    if review.status == ReviewStatus.REMOVED:
        raise ValidationError("This review was removed by a moderator and can't be edited.")
    cleaned = review_validate(
        stars=stars, worth_it=worth_it, title=title, body=body, cost_usd=cost_usd
    )
    fields = ["stars", "worth_it", "title", "body", "cost_usd"]
    if all(getattr(review, f) == cleaned[f] for f in fields):
        return review
    was_published = review.is_published
    with transaction.atomic():
        ReviewRevision.objects.create(review=review, **{f: getattr(review, f) for f in fields})
        for field in fields:
            setattr(review, field, cleaned[field])
        review.body_html = render_markdown(cleaned["body"])
        review.status = ReviewStatus.PENDING
        review.published_at = None
        review.updated_at = timezone.now()
        review.save(update_fields=[*fields, "body_html", "status", "published_at", "updated_at"])
        if was_published:
            physician_rating_refresh(physician_id=review.physician_id)
    return review


# -- moderation ------------------------------------------------------------------------------


def _require_moderator(user: User) -> None:
    if not user.is_moderator:
        raise ValidationError("Only moderators can do this.")


def _reason(reason: str) -> str:
    return clean_text(reason, label="Reason", max_length=FLAG_REASON_MAX)


def review_publish(*, review: Review, moderator: User) -> Review:
    """Put a pending review on the physician's profile and tell the physician."""
    _require_moderator(moderator)
    now = timezone.now()
    with transaction.atomic():
        # Conditional, so two moderators publishing at once publish (and notify) once.
        changed = Review.objects.filter(pk=review.pk, status=ReviewStatus.PENDING).update(
            status=ReviewStatus.PUBLISHED, published_at=now
        )
        if not changed:
            raise ValidationError("This review is no longer waiting for moderation.")
        review.status, review.published_at = ReviewStatus.PUBLISHED, now
        audit_record(actor=moderator, action="review.published", target=review)
        physician = physician_rating_refresh(physician_id=review.physician_id)
        review_url = review.get_absolute_url()
        notify(
            users=[physician.user],
            kind=Kind.REVIEW,
            title=f"A review of you was published: “{review.title}”",
            url=review_url,
            email_template="reviews/email/review_published.txt",
            context={
                "review": review,
                "physician": physician,
                "reply_url": settings.SITE_URL + reverse("reviews:reply", args=[review.pk]),
            },
        )
    return review


def review_remove(*, review: Review, moderator: User, reason: str) -> Review:
    """Take a review down, for a reason that goes in the audit log. There is no way for a
    physician to do this: reviews are never removed at the physician's request."""
    _require_moderator(moderator)
    reason = _reason(reason)
    if review.status == ReviewStatus.REMOVED:
        raise ValidationError("This review is already removed.")
    with transaction.atomic():
        review.status = ReviewStatus.REMOVED
        review.removed_reason = reason
        review.updated_at = timezone.now()
        review.save(update_fields=["status", "removed_reason", "updated_at"])
        ReviewFlag.objects.filter(review=review).open().update(
            resolved_at=timezone.now(), resolution=FlagResolution.REMOVED
        )
        audit_record(actor=moderator, action="review.removed", target=review, reason=reason)
        physician_rating_refresh(physician_id=review.physician_id)
    return review


# -- flags -----------------------------------------------------------------------------------


def review_flag(*, review: Review, user: User, reason: str) -> ReviewFlag:
    """A reader asks the moderators to look at a published review."""
    if not review.is_published:
        raise ValidationError("Only published reviews can be flagged.")
    if review.author_id == user.pk:
        raise ValidationError("You can't flag your own review; edit it instead.")
    if review.physician.user_id == user.pk:
        raise ValidationError(
            "Reviews are not removed at a physician's request. You can reply to it publicly."
        )
    reason = clean_text(reason, label="Reason", max_length=FLAG_REASON_MAX, min_length=10)
    already = ValidationError("You have already flagged this review; a moderator will look at it.")
    if ReviewFlag.objects.filter(review=review, user=user).exists():
        raise already
    try:
        with transaction.atomic():
            return ReviewFlag.objects.create(review=review, user=user, reason=reason)
    except IntegrityError as exc:
        raise already from exc


def review_flag_dismiss(*, flag: ReviewFlag, moderator: User, reason: str = "") -> ReviewFlag:
    """The moderator looked and the review stays."""
    _require_moderator(moderator)
    reason = _reason(reason) if reason.strip() else "Flag dismissed; the review stays."
    with transaction.atomic():
        changed = (
            ReviewFlag.objects.filter(pk=flag.pk)
            .open()
            .update(resolved_at=timezone.now(), resolution=FlagResolution.DISMISSED)
        )
        if not changed:
            raise ValidationError("This flag is already resolved.")
        audit_record(
            actor=moderator, action="review.flag_dismissed", target=flag.review, reason=reason
        )
    flag.refresh_from_db(fields=["resolved_at", "resolution"])
    return flag


# -- replies ---------------------------------------------------------------------------------


def review_reply(*, review: Review, physician: Physician, body: str) -> ReviewReply:
    """The reviewed physician's one public reply; the review's author is told."""
    if not physician.is_verified:
        raise ValidationError("Only verified physicians can reply to reviews.")
    if review.physician_id != physician.pk:
        raise ValidationError("You can only reply to reviews of you.")
    if not review.is_published:
        raise ValidationError("You can reply once the review is published.")
    text = clean_text(body, label="Reply", max_length=REPLY_MAX, min_length=10)
    already = ValidationError("You have already replied to this review; there is one reply.")
    if ReviewReply.objects.filter(review=review).exists():
        raise already
    try:
        with transaction.atomic():
            reply = ReviewReply.objects.create(
                review=review, body=text, body_html=render_markdown(text)
            )
            notify(
                users=[review.author],
                kind=Kind.REVIEW,
                title=f"{physician.display_name} replied to your review “{review.title}”",
                url=review.get_absolute_url(),
                email_template="reviews/email/review_replied.txt",
                context={"review": review, "physician": physician, "reply": reply},
            )
    except IntegrityError as exc:
        raise already from exc
    return reply
