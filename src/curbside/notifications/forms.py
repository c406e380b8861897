from __future__ import annotations

from typing import Any

from django import forms

from curbside.notifications.models import Kind


class EmailPreferencesForm(forms.Form):
    kinds = forms.MultipleChoiceField(
        label="E-mail me when…",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="You always see these in your notifications here; this only changes e-mail.",
        error_messages={"invalid_choice": "Unknown kind of e-mail: %(value)s."},
    )

    def __init__(self, *args: Any, offered: list[str], opted_out: set[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["kinds"]
        assert isinstance(field, forms.MultipleChoiceField)
        field.choices = [(kind, Kind(kind).label) for kind in offered]
        field.initial = [kind for kind in offered if kind not in opted_out]
