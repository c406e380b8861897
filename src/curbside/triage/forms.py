from __future__ import annotations

from curbside.lib.forms import DecisionForm
from curbside.triage.services import NOTE_MAX


class HoldDecisionForm(DecisionForm):
    decisions = [("release", "Release and publish"), ("remove", "Keep removed")]
    reason_required = {"remove": "Say why the question is kept removed."}
    reason_max = NOTE_MAX
    reason_help = "Required to keep a question removed; recorded in the audit log."
