from __future__ import annotations

from django import forms

from curbside.qa.models import (
    ANSWER_MAX,
    BODY_MAX,
    HEADLINE_MAX,
    TITLE_MAX,
    Treatment,
)


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
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text="Choose up to three.",
        error_messages={
            "invalid_choice": "Unknown treatment: %(value)s.",
            "invalid_pk_value": "Unknown treatment: %(pk)s.",
        },
    )
    city = forms.CharField(max_length=80, required=False, help_text="Optional, e.g. Denver, CO.")


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
