from __future__ import annotations

from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "curbside.claims"
    label = "claims"
    verbose_name = "Claim check"

    def ready(self) -> None:
        from curbside.evidence.signals import evidence_revised

        evidence_revised.connect(_recheck, dispatch_uid="claims-recheck-on-evidence-change")


def _recheck(sender: object, **kwargs: object) -> None:
    """The evidence base changed: check stored answers and articles again, in the background."""
    from curbside.claims.tasks import recheck_claims

    recheck_claims.enqueue()
