from __future__ import annotations

from curbside.claims.services import REASON_MAX
from curbside.lib.forms import DecisionForm


class FlagDecisionForm(DecisionForm):
    decisions = [("accept", "Accept: keep the evidence note"), ("dismiss", "Dismiss the flag")]
    reason_max = REASON_MAX
    reason_help = "Optional; recorded in the audit log."
