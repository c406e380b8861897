from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404

from curbside.accounts.access import AnyUser, require_moderator, require_signed_in
from curbside.providers.models import Physician, VerificationStatus


def get_physician_for_profile(user: AnyUser, slug: str) -> Physician:
    """Verified physicians are public; a pending or rejected profile is visible only to its
    owner and to moderators."""
    physician = (
        Physician.objects.for_card()
        .prefetch_related("board_certifications", "treatments")
        .filter(slug=slug)
        .first()
    )
    if physician is None:
        raise Http404("No such physician.")
    if physician.status == VerificationStatus.VERIFIED and physician.user.is_active:
        return physician
    if user.is_authenticated and (
        user.pk == physician.user_id or getattr(user, "is_moderator", False)
    ):
        return physician
    raise Http404("No such physician.")


def get_physician_for_verification(user: AnyUser, physician_id: int) -> Physician:
    require_moderator(user)
    physician = Physician.objects.select_related("user").filter(pk=physician_id).first()
    if physician is None:
        raise Http404("No such physician.")
    return physician


def get_verified_physician(slug: str) -> Physician:
    """The public profile as the API serves it: verified, active physicians only, whoever asks."""
    physician = (
        Physician.objects.verified()
        .for_card()
        .prefetch_related("board_certifications", "treatments")
        .filter(slug=slug)
        .first()
    )
    if physician is None:
        raise Http404("No such physician.")
    return physician


def require_verified_physician(user: AnyUser) -> Physician:
    signed_in = require_signed_in(user)
    physician: Physician | None = (
        getattr(signed_in, "physician", None) if signed_in.is_physician else None
    )
    if physician is None:
        raise PermissionDenied("Only physicians can do this.")
    if not physician.is_verified:
        raise PermissionDenied(
            "Your physician account is waiting for verification; you can answer once a "
            "moderator has checked your NPI and credentials."
        )
    return physician
