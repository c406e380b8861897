from __future__ import annotations

from django.db import models

from curbside.accounts.models import User
from curbside.audit.models import AuditEntry


def audit_record(
    *, actor: User | None, action: str, target: models.Model, reason: str = ""
) -> AuditEntry:
    """Write one audit row. Callers are services already inside their transaction."""
    return AuditEntry.objects.create(
        actor=actor,
        action=action,
        target_type=target._meta.label_lower,
        target_id=target.pk,
        target_repr=str(target)[:200],
        reason=reason,
    )
