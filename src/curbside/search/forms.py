from __future__ import annotations

from django import forms

# The kinds of result in the URL (?kind=questions), in the order the page shows them.
KIND_SLUGS = {
    "questions": "question",
    "answers": "answer",
    "articles": "article",
    "physicians": "physician",
}


class SearchForm(forms.Form):
    """/search/: `q` may be anything (search.fulltext parses it safely); `kind` narrows the
    page to one kind of result, paginated."""

    q = forms.CharField(required=False, label="Search")
    kind = forms.ChoiceField(
        choices=[("", "All results"), *((slug, slug.title()) for slug in KIND_SLUGS)],
        required=False,
        error_messages={"invalid_choice": "Choose questions, answers, articles or physicians."},
    )
