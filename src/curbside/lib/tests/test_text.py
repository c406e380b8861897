from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from curbside.lib.text import clean_text, render_markdown


@pytest.mark.parametrize(
    "html",
    [
        "<script>alert(1)</script>",
        "hi <b>there</b>",
        "<img src=x onerror=alert(1)>",
        "<!-- hidden -->",
        "</p>",
        "< a href='x'>",
    ],
)
def test_it_refuses_html(html: str):
    with pytest.raises(ValidationError, match="HTML"):
        clean_text(html, label="Answer", max_length=100)


def test_it_keeps_angle_brackets_that_are_not_tags():
    assert (
        clean_text("dose < 20 units and > 5", label="Q", max_length=100)
        == "dose < 20 units and > 5"
    )


def test_it_refuses_empty_and_oversized_text():
    with pytest.raises(ValidationError, match="cannot be empty"):
        clean_text("   \n ", label="Title", max_length=10)
    with pytest.raises(ValidationError, match="at most 10 characters"):
        clean_text("x" * 11, label="Title", max_length=10)
    with pytest.raises(ValidationError, match="must be text"):
        clean_text(None, label="Title", max_length=10)


def test_it_strips_control_characters_and_folds_single_lines():
    assert clean_text("a\x00b\n  c", label="T", max_length=20, multiline=False) == "ab c"


def test_markdown_renders_and_sanitizes():
    html = render_markdown(
        "**Rare**, see [label](https://example.org) and [x](javascript:alert(1))"
    )
    assert "<strong>Rare</strong>" in html
    assert 'href="https://example.org"' in html and 'rel="nofollow ugc noopener"' in html
    assert "javascript:" not in html
    assert "<script" not in render_markdown("<script>alert(1)</script>")


def test_markdown_plain_is_what_a_reader_sees():
    from curbside.lib.text import markdown_plain

    text = "A **bold** start.\n\n- one [link](https://example.org)\n- two & three <3"
    assert markdown_plain(text) == "A bold start.\none link\ntwo & three <3"
