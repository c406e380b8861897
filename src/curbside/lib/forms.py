from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator

# A message its page shows where the action happened, not at the top (base.html skips it): a
# confirmation the reader sees without scrolling. in_place_for() says beside which object.
IN_PLACE = "in-place"


def in_place_for(kind: str, pk: int) -> str:
    """The extra_tags of a message shown beside one object: "in-place answer-12"."""
    return f"{IN_PLACE} {kind}-{pk}"


def form_add_service_errors(form: forms.Form, exc: ValidationError) -> None:
    """Show a service's ValidationError on the form: field errors beside fields, the rest on top."""
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


class DecisionForm(forms.Form):
    """A moderator's decision with its reason: the one form behind every queue (physician
    verification, triage holds, claim flags, reviews and their flags). A subclass names its
    `decisions` and, in `reason_required`, the decisions that need a reason, with the message
    shown when it is missing."""

    decisions: list[tuple[str, str]] = []
    reason_required: dict[str, str] = {}
    reason_max = 1000
    reason_help = ""

    decision = forms.ChoiceField()
    reason = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]  # Form's own signature
        decision = self.fields["decision"]
        assert isinstance(decision, forms.ChoiceField)
        decision.choices = self.decisions
        reason = self.fields["reason"]
        assert isinstance(reason, forms.CharField)
        reason.max_length = self.reason_max
        reason.validators.append(MaxLengthValidator(self.reason_max))
        reason.widget.attrs["maxlength"] = str(self.reason_max)
        reason.help_text = self.reason_help

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        missing = self.reason_required.get(str(data.get("decision", "")))
        if missing and not str(data.get("reason", "")).strip():
            self.add_error("reason", missing)
        return data
