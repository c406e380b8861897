"""Every claims view gets its objects through these helpers."""

from __future__ import annotations

from django.shortcuts import get_object_or_404

from curbside.accounts.access import AnyUser, require_moderator
from curbside.accounts.models import User
from curbside.claims.models import ClaimCheck


def get_flag_for_decision(user: AnyUser, flag_id: int) -> tuple[ClaimCheck, User]:
    """A flag, for a moderator to accept or dismiss; anyone else is refused. A flag that was
    decided meanwhile is still found, so the moderator is told who was first."""
    moderator = require_moderator(user)
    flag = get_object_or_404(ClaimCheck.objects.flags(), pk=flag_id)
    return flag, moderator
