from __future__ import annotations

from django import forms

from curbside.triage.services import NOTE_MAX


class HoldDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("release", "Release and publish"), ("remove", "Keep removed")]
    )
    note = forms.CharField(
        required=False,
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Required to keep a question removed; recorded in the audit log.",
    )

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        if data.get("decision") == "remove" and not str(data.get("note", "")).strip():
            self.add_error("note", "Say why the question is kept removed.")
        return data
