"""Every view of the reviews app gets its objects through these helpers. A review the person
may not act on looks the same as one that does not exist, unless they can already see it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.http import Http404

from curbside.accounts.access import AnyUser, require_moderator, require_patient, require_signed_in
from curbside.accounts.models import User
from curbside.providers.access import require_verified_physician
from curbside.providers.models import Physician
from curbside.reviews.models import Review, ReviewFlag, ReviewStatus


def get_physician_for_review(user: AnyUser, slug: str) -> tuple[User, Physician]:
    """The verified physician a patient is about to review, and the patient."""
    signed_in = require_signed_in(user)
    physician = (
        Physician.objects.verified().prefetch_related("treatments").filter(slug=slug).first()
    )
    if physician is None:
        raise Http404("No such physician.")
    if physician.user_id == signed_in.pk:
        raise PermissionDenied("You cannot review yourself.")
    return require_patient(signed_in), physician


def get_review_for_edit(user: AnyUser, review_id: int) -> Review:
    """Only the author edits a review; to anyone else it does not exist."""
    signed_in = require_signed_in(user)
    review = (
        Review.objects.select_related("physician", "treatment")
        .filter(pk=review_id, author=signed_in)
        .first()
    )
    if review is None:
        raise Http404("No such review.")
    if review.status == ReviewStatus.REMOVED:
        raise PermissionDenied("This review was removed by a moderator and can't be edited.")
    return review


def get_review_for_flag(user: AnyUser, review_id: int) -> tuple[Review, User]:
    signed_in = require_signed_in(user)
    review = (
        Review.objects.published()
        .for_display()
        .select_related("physician")
        .filter(pk=review_id, physician__in=Physician.objects.verified())
        .first()
    )
    if review is None:
        raise Http404("No such review.")
    if review.author_id == signed_in.pk:
        raise PermissionDenied("You can't flag your own review; edit it instead.")
    if review.physician.user_id == signed_in.pk:
        raise PermissionDenied(
            "Reviews are not removed at a physician's request. You can reply to it publicly."
        )
    return review, signed_in


def get_review_for_reply(user: AnyUser, review_id: int) -> tuple[Review, Physician]:
    """A published review of the signed-in verified physician; any other review is 'not
    found' to them."""
    physician = require_verified_physician(user)
    review = (
        Review.objects.published()
        .for_display()
        .select_related("physician")
        .filter(pk=review_id, physician=physician)
        .first()
    )
    if review is None:
        raise Http404("No such review.")
    return review, physician


def get_review_for_moderation(user: AnyUser, review_id: int) -> tuple[Review, User]:
    moderator = require_moderator(user)
    review = Review.objects.select_related("physician", "author").filter(pk=review_id).first()
    if review is None:
        raise Http404("No such review.")
    return review, moderator


def get_flag_for_moderation(user: AnyUser, flag_id: int) -> tuple[ReviewFlag, User]:
    moderator = require_moderator(user)
    flag = ReviewFlag.objects.open().select_related("review__physician").filter(pk=flag_id).first()
    if flag is None:
        raise Http404("No such open flag.")
    return flag, moderator


@dataclass
class ReviewControls:
    """Which reviews on a page the viewer may edit, reply to or flag, decided here so that
    reviews/_review.html only looks ids up (never a permission check in a template)."""

    editable: set[int] = field(default_factory=set)
    repliable: set[int] = field(default_factory=set)
    flaggable: set[int] = field(default_factory=set)
    flagged: set[int] = field(default_factory=set)

    @property
    def any(self) -> set[int]:
        """Reviews with at least one control, so the template skips an empty action bar."""
        return self.editable | self.repliable | self.flaggable | self.flagged


def review_controls(user: AnyUser, reviews: Iterable[Review]) -> ReviewControls:
    """A fixed number of queries (the viewer's physician profile, their flags), whatever the
    number of reviews. `reviews` come from Review.objects.published().for_display()."""
    controls = ReviewControls()
    if not isinstance(user, User) or not user.is_authenticated:
        return controls
    rows = list(reviews)
    me: Physician | None = getattr(user, "physician", None) if user.is_physician else None
    for review in rows:
        if review.author_id == user.pk:
            controls.editable.add(review.pk)
        elif me is not None and review.physician_id == me.pk:
            if me.is_verified and review.public_reply is None:
                controls.repliable.add(review.pk)
        else:
            controls.flaggable.add(review.pk)
    if controls.flaggable:
        controls.flagged = set(
            ReviewFlag.objects.filter(user=user, review_id__in=controls.flaggable).values_list(
                "review_id", flat=True
            )
        )
        controls.flaggable -= controls.flagged
    return controls
