from __future__ import annotations

from curbside.lib.forms import DecisionForm


class VerificationForm(DecisionForm):
    decisions = [("verify", "Verify"), ("reject", "Reject")]
    reason_required = {"reject": "Say why the application is rejected."}
    reason_help = "Required when rejecting; the physician sees it."
