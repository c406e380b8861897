from __future__ import annotations

from typing import Any

from django import forms

from curbside.catalogue.models import Treatment
from curbside.evidence.badges import use_choices, use_treatments
from curbside.evidence.knowledge import knowledge_base
from curbside.qa.models import ANSWER_MAX, BODY_MAX, HEADLINE_MAX, TITLE_MAX


class UseSelect(forms.Select):
    """The "What is it for?" list, each option marked with the treatments it belongs with
    (data-treatments), for the ask page to show only those of the ticked treatments."""

    def __init__(self, *args: Any, treatments: dict[str, frozenset[str]] | None = None, **kw: Any):
        super().__init__(*args, **kw)
        self.treatments = treatments or {}

    def create_option(self, name: str, value: Any, *args: Any, **kwargs: Any) -> dict[str, Any]:
        option = super().create_option(name, value, *args, **kwargs)
        if str(value) in self.treatments:
            option["attrs"]["data-treatments"] = " ".join(sorted(self.treatments[str(value)]))
        return option


class AskForm(forms.Form):
    title = forms.CharField(
        max_length=TITLE_MAX,
        min_length=10,
        help_text=(
            "A specific question, e.g. 'Can I be allergy-tested before Botox for neck spasms?'"
        ),
    )
    body = forms.CharField(
        label="Details",
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=BODY_MAX,
        min_length=20,
        help_text=(
            "Age, what you have tried, what worries you. Leave out your name and contact details."
        ),
    )
    treatments = forms.ModelMultipleChoiceField(
        queryset=Treatment.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        help_text="Choose up to three.",
        error_messages={
            "invalid_choice": "Unknown treatment: %(value)s.",
            "invalid_pk_value": "Unknown treatment: %(pk)s.",
        },
    )
    condition = forms.ChoiceField(
        label="What is it for?",
        required=False,
        help_text="Optional. The condition or use you are asking about, so readers can see "
        "whether it is on the product's label.",
        error_messages={
            "invalid_choice": "Unknown use: %(value)s. Choose one from the list, or leave it "
            "empty if you are not sure."
        },
    )
    city = forms.CharField(max_length=80, required=False, help_text="Optional, e.g. Denver, CO.")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # From the evidence base as it is now (a moderator may add uses in the admin); no
        # question to ask where no evidence is loaded.
        kb = knowledge_base()
        groups = use_choices(kb)
        condition = self.fields["condition"]
        assert isinstance(condition, forms.ChoiceField)
        if groups:
            # By treatment id, the value of the treatments' checkboxes.
            ids = dict(Treatment.objects.values_list("slug", "pk"))
            by_id = {
                use: frozenset(str(ids[slug]) for slug in slugs if slug in ids)
                for use, slugs in use_treatments(kb).items()
            }
            condition.widget = UseSelect(treatments=by_id)
            condition.choices = [("", "Not sure, or not listed"), *groups]
        else:
            del self.fields["condition"]


class AnswerForm(forms.Form):
    headline = forms.CharField(
        max_length=HEADLINE_MAX,
        min_length=5,
        help_text="One sentence that sums up your answer.",
    )
    body = forms.CharField(
        label="Answer",
        widget=forms.Textarea(attrs={"rows": 12}),
        max_length=ANSWER_MAX,
        min_length=30,
        help_text="Markdown works. Answer in general terms; you have not examined this patient.",
    )
