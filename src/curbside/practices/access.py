"""Every view and API endpoint of the practices app gets its objects through these helpers.

Consultation requests hold patients' names, contact details and health questions: only the
practice's staff, its verified physicians and moderators may see one. Everyone else is told
"not found", exactly as for a request that does not exist."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from curbside.accounts.access import AnyUser
from curbside.accounts.models import User
from curbside.practices.models import ConsultationRequest, Practice
from curbside.providers.models import Physician


def _signed_in(user: AnyUser) -> User | None:
    return user if isinstance(user, User) and user.is_authenticated and user.is_active else None


def is_practice_staff(user: AnyUser, practice: Practice) -> bool:
    signed_in = _signed_in(user)
    if signed_in is None or not signed_in.is_practice_staff:
        return False
    membership = getattr(signed_in, "practice_membership", None)
    return membership is not None and membership.practice_id == practice.pk


def is_practice_physician(user: AnyUser, practice: Practice) -> bool:
    """A verified physician of this practice (a pending one has not been checked yet)."""
    signed_in = _signed_in(user)
    if signed_in is None or not signed_in.is_physician:
        return False
    physician: Physician | None = getattr(signed_in, "physician", None)
    return physician is not None and physician.is_verified and physician.practice_id == practice.pk


def is_moderator(user: AnyUser) -> bool:
    signed_in = _signed_in(user)
    return signed_in is not None and signed_in.is_moderator


def can_manage_page(user: AnyUser, practice: Practice) -> bool:
    return is_practice_staff(user, practice) or is_moderator(user)


def can_see_inbox(user: AnyUser, practice: Practice) -> bool:
    return (
        is_practice_staff(user, practice)
        or is_practice_physician(user, practice)
        or is_moderator(user)
    )


def can_work_inbox(user: AnyUser, practice: Practice) -> bool:
    """Moderators may read an inbox but not work it: their changes would be the practice's
    response time."""
    return is_practice_staff(user, practice) or is_practice_physician(user, practice)


def get_practice_for_view(slug: str) -> Practice:
    return get_object_or_404(Practice, slug=slug)


def get_practice_for_staff(user: AnyUser, slug: str) -> Practice:
    """The practice whose page this user may edit: its own staff, or a moderator."""
    practice = Practice.objects.filter(slug=slug).first()
    if practice is None or not can_manage_page(user, practice):
        raise Http404("No such practice.")
    return practice


def get_practice_for_inbox(user: AnyUser, slug: str) -> Practice:
    practice = Practice.objects.filter(slug=slug).first()
    if practice is None or not can_see_inbox(user, practice):
        raise Http404("No such practice.")
    return practice


def get_consultation_for_inbox(user: AnyUser, slug: str, request_id: int) -> ConsultationRequest:
    practice = get_practice_for_inbox(user, slug)
    consultation = (
        ConsultationRequest.objects.for_practice(practice)
        .select_related("treatment", "physician")
        .filter(pk=request_id)
        .first()
    )
    if consultation is None:
        raise Http404("No such request.")
    consultation.practice = practice
    return consultation


def get_consultation_for_update(
    user: AnyUser, slug: str, request_id: int
) -> tuple[ConsultationRequest, User]:
    consultation = get_consultation_for_inbox(user, slug, request_id)
    signed_in = _signed_in(user)
    if signed_in is None or not can_work_inbox(signed_in, consultation.practice):
        raise PermissionDenied("Moderators can read a practice's requests but not work on them.")
    return consultation, signed_in


def get_own_practice(user: AnyUser) -> Practice:
    """The practice a staff account works for; 404 for everyone else."""
    signed_in = _signed_in(user)
    practice = Practice.objects.filter(staff__user=signed_in).first() if signed_in else None
    if practice is None:
        raise Http404("No practice.")
    return practice
