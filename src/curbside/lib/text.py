"""Validating what people write, and rendering their Markdown to sanitized HTML."""

from __future__ import annotations

import html as html_lib
import math
import re
from typing import Any

import markdown
import nh3
from django.core.exceptions import ValidationError

# A tag-like run such as <b>, </p>, <script src=…> or an HTML comment. "dose < 20 units" is not one.
_HTML_TAG = re.compile(r"<\s*/?\s*[a-zA-Z!][^<>]*>|<!--")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

_ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "a",
    "h3",
    "h4",
    "hr",
}
_ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
_ALLOWED_SCHEMES = {"http", "https", "mailto"}


def contains_html(text: str) -> bool:
    return bool(_HTML_TAG.search(text))


def clean_text(
    value: object, *, label: str, max_length: int, min_length: int = 1, multiline: bool = True
) -> str:
    """Normalise one field a person wrote, or raise ValidationError with a message for them."""
    if not isinstance(value, str):
        raise ValidationError(f"{label} must be text.", code="type")
    text = _CONTROL.sub("", value.replace("\r\n", "\n")).strip()
    if not multiline:
        text = " ".join(text.split())
    if len(text) < min_length:
        if not text:
            raise ValidationError(f"{label} cannot be empty.", code="required")
        raise ValidationError(
            f"{label} must be at least {min_length} characters.", code="min_length"
        )
    if len(text) > max_length:
        raise ValidationError(
            f"{label} must be at most {max_length:,} characters (it has {len(text):,}).",
            code="max_length",
        )
    if contains_html(text):
        raise ValidationError(
            f"{label} contains HTML, which isn't accepted. Write plain text; "
            "Markdown such as **bold** and - lists works.",
            code="html",
        )
    return text


def clean_field(errors: dict[str, list[str]], field: str, value: object, **rules: Any) -> str:
    """clean_text for one field of a form-like input, gathering its messages under `field` so
    a service can report every bad field at once. Returns "" for a bad field."""
    try:
        return clean_text(value, **rules)
    except ValidationError as exc:
        errors[field] = exc.messages
        return ""


def render_markdown(text: str) -> str:
    """Markdown to HTML that is safe to mark safe: only a small set of tags survives."""
    html = markdown.markdown(text, extensions=["sane_lists"], output_format="html")
    return nh3.clean(
        html,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes=_ALLOWED_SCHEMES,
        link_rel="nofollow ugc noopener",
    )


def markdown_plain(text: str) -> str:
    """Markdown as the words a reader sees: no ** or list markers, a link as its text; blocks
    (paragraphs, list items) a line each. For search snippets and other plain-text uses."""
    # Not render_markdown(): its sanitizer drops what sits inside a tag it removes, and the
    # words a person typed, even HTML-looking ones, are kept (escaped where they are shown).
    html = markdown.markdown(text, extensions=["sane_lists"], output_format="html")
    html = re.sub(r"</(p|li|h[1-6]|blockquote)>", "\n", html)
    plain = html_lib.unescape(re.sub(r"<[^>]+>", "", html))
    return "\n".join(" ".join(line.split()) for line in plain.splitlines() if line.strip())


def lower_first(text: str) -> str:
    """A name as it reads inside a sentence: "Cervical dystonia" → "cervical dystonia"; an
    acronym ("TMJ disorder") stays as it is."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def retry_in_words(seconds: int) -> str:
    if seconds < 90:
        return "a minute"
    if seconds < 90 * 60:
        return f"{math.ceil(seconds / 60)} minutes"
    hours = math.ceil(seconds / 3600)
    return f"{hours} hour{'s' if hours != 1 else ''}"
