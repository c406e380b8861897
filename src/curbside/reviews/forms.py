from __future__ import annotations

from typing import Any

from django import forms

from curbside.catalogue.models import Treatment
from curbside.lib.forms import DecisionForm
from curbside.providers.models import Physician
from curbside.reviews.models import (
    BODY_MAX,
    COST_MAX,
    FLAG_REASON_MAX,
    REPLY_MAX,
    TITLE_MAX,
    WorthIt,
)

STAR_CHOICES = [
    (5, "5 stars — excellent"),
    (4, "4 stars — good"),
    (3, "3 stars — mixed"),
    (2, "2 stars — poor"),
    (1, "1 star — very poor"),
]


class ReviewForm(forms.Form):
    stars = forms.TypedChoiceField(
        label="Your rating",
        choices=STAR_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": "Choose from 1 to 5 stars."},
    )
    worth_it = forms.ChoiceField(
        label="Was it worth it?",
        choices=WorthIt.choices,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": "Say whether it was worth it: yes, not sure or no."},
    )
    title = forms.CharField(
        max_length=TITLE_MAX,
        min_length=5,
        help_text="Sum up your experience in a few words.",
    )
    body = forms.CharField(
        label="Your review",
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=BODY_MAX,
        min_length=20,
        help_text=(
            "What was done, how it went, how you were looked after. Your review is shown under "
            "your pseudonym; leave out your name, contact details and anyone else's health "
            "information."
        ),
    )
    cost_usd = forms.IntegerField(
        label="What did it cost (USD)?",
        required=False,
        min_value=0,
        max_value=COST_MAX,
        help_text="Optional: the total you paid, in whole dollars.",
    )


class ReviewCreateForm(ReviewForm):
    """A new review also names the treatment; it can't change afterwards."""

    treatment = forms.ChoiceField(
        help_text="Choose the treatment you had. One review per doctor and treatment.",
        error_messages={"invalid_choice": "Choose a treatment from the list."},
    )
    field_order = ["treatment", "stars", "worth_it", "title", "body", "cost_usd"]

    def __init__(self, *args: Any, physician: Physician, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.treatments = {t.slug: t for t in Treatment.objects.all()}
        offered = [(t.slug, t.name) for t in physician.treatments.all()]
        offered_slugs = {slug for slug, _ in offered}
        others = [(s, t.name) for s, t in self.treatments.items() if s not in offered_slugs]
        field = self.fields["treatment"]
        assert isinstance(field, forms.ChoiceField)
        if offered:
            field.choices = [
                ("", "Choose…"),
                (f"Offered by Dr. {physician.last_name}", offered),
                ("Other treatments", others),
            ]
        else:
            field.choices = [("", "Choose…"), *others]

    def clean_treatment(self) -> Treatment:
        return self.treatments[self.cleaned_data["treatment"]]


class FlagForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=FLAG_REASON_MAX,
        min_length=10,
        help_text=(
            "What breaks the guidelines: not a real experience, advertising, abuse, someone's "
            "private information…"
        ),
    )


class ReplyForm(forms.Form):
    body = forms.CharField(
        label="Your public reply",
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=REPLY_MAX,
        min_length=10,
        help_text=(
            "Shown under the review, under your name. You can reply once and cannot change it "
            "afterwards. Reviews are never removed at a physician's request; only moderators "
            "remove reviews that break the guidelines."
        ),
    )


class ReviewDecisionForm(DecisionForm):
    """A moderator's decision on a pending (or published) review."""

    decisions = [("publish", "Publish"), ("remove", "Remove")]
    reason_required = {"remove": "Say why the review is removed."}
    reason_max = FLAG_REASON_MAX
    reason_help = "Required when removing; recorded in the audit log."


class FlagDecisionForm(ReviewDecisionForm):
    """A moderator's decision on a reader's flag."""

    decisions = [("dismiss", "Dismiss"), ("remove", "Remove the review")]
