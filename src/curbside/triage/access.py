"""Every triage view gets its objects through these helpers."""

from __future__ import annotations

from django.shortcuts import get_object_or_404

from curbside.accounts.access import AnyUser, require_moderator
from curbside.accounts.models import User
from curbside.triage.models import TriageHold


def get_hold_for_resolution(user: AnyUser, hold_id: int) -> tuple[TriageHold, User]:
    """An open hold, for a moderator to release or remove; anyone else is refused."""
    moderator = require_moderator(user)
    hold = get_object_or_404(TriageHold.objects.open().select_related("question"), pk=hold_id)
    return hold, moderator
