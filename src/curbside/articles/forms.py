from __future__ import annotations

from typing import Any

from django import forms

from curbside.articles.access import Writer
from curbside.articles.models import BODY_MAX, MAX_TREATMENTS, SUMMARY_MAX, TITLE_MAX
from curbside.articles.services import REASON_MAX
from curbside.catalogue.models import Treatment
from curbside.providers.models import Physician


class ReviewerChoiceField(forms.ModelChoiceField[Physician]):
    def label_from_instance(self, obj: Physician) -> str:
        return obj.display_name


class ArticleForm(forms.Form):
    title = forms.CharField(
        max_length=TITLE_MAX,
        error_messages={"required": "Title cannot be empty."},
        help_text="What a patient would search for, e.g. 'Botox for chronic migraine: who "
        "qualifies'.",
    )
    summary = forms.CharField(
        max_length=SUMMARY_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="One or two sentences shown in lists and search results.",
    )
    body = forms.CharField(
        label="Article",
        max_length=BODY_MAX,
        error_messages={"required": "Article cannot be empty."},
        widget=forms.Textarea(attrs={"rows": 22}),
        help_text=(
            "Markdown: ### for a heading, **bold**, - for a list, [text](https://…) for a link. "
            "HTML is not accepted. Write for patients in general; you have not examined the "
            "reader, and say where an in-person evaluation matters."
        ),
    )
    treatments = forms.ModelMultipleChoiceField(
        queryset=Treatment.objects.all(),
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=f"What the article is about, up to {MAX_TREATMENTS} (hold Ctrl or ⌘ to choose "
        "more than one). It is listed on those treatments' pages.",
        error_messages={
            "required": "Choose at least one treatment the article is about.",
            "invalid_choice": "Unknown treatment: %(value)s.",
            "invalid_pk_value": "Unknown treatment: %(pk)s.",
        },
    )
    reviewer = ReviewerChoiceField(
        label="Reviewed by",
        queryset=Physician.objects.none(),
        required=False,
        empty_label="Not reviewed by a physician",
        help_text="A physician of your practice who has checked this article's medical content.",
    )

    def __init__(self, *args: Any, writer: Writer, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Physicians review their own articles; only practice articles name a reviewer.
        reviewer = self.fields["reviewer"]
        if writer.physician is None and writer.practice is not None:
            assert isinstance(reviewer, ReviewerChoiceField)
            reviewer.queryset = Physician.objects.verified().filter(practice=writer.practice)
        else:
            del self.fields["reviewer"]


class RemoveForm(forms.Form):
    reason = forms.CharField(
        max_length=REASON_MAX,
        error_messages={"required": "Say why the article is removed."},
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Recorded in the audit log; the author sees it.",
    )
