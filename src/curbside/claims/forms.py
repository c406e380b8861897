from __future__ import annotations

from django import forms

from curbside.claims.services import REASON_MAX


class FlagDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("accept", "Accept: keep the evidence note"), ("dismiss", "Dismiss the flag")]
    )
    reason = forms.CharField(
        required=False,
        max_length=REASON_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Optional; recorded in the audit log.",
    )
