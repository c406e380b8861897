"""Splitting answers and articles into sentences: Markdown blocks, abbreviations, decimals."""

from __future__ import annotations

import pytest

from curbside.claims.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_abbreviations_initials_and_decimals_do_not_end_a_sentence():
    text = (
        "Dr. Lee uses about 2.5 units per site, e.g. in the frown lines. It is sold in the "
        "U.S. by Allergan Inc. and J. Smith agrees. Done!"
    )
    assert texts(text) == [
        "Dr. Lee uses about 2.5 units per site, e.g. in the frown lines.",
        "It is sold in the U.S. by Allergan Inc. and J. Smith agrees.",
        "Done!",
    ]


def test_questions_and_exclamations_end_sentences():
    assert texts("Is it approved? Yes! It has been since 2010.") == [
        "Is it approved?",
        "Yes!",
        "It has been since 2010.",
    ]


def test_markdown_blocks_are_separate_and_reduced_to_words():
    text = (
        "## What **Botox** is for\n"
        "A paragraph that wraps\nonto a second line.\n\n"
        "- a *bullet* with a [link](https://example.com)\n"
        "* another `bullet`\n"
        "1. a numbered item\n"
        "> a quotation\n\n"
        "```\ncode is skipped\n```\n"
        "<b>HTML</b> is reduced to its words."
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "What Botox is for",
        "A paragraph that wraps onto a second line.",
        "a bullet with a link",
        "another bullet",
        "a numbered item",
        "a quotation",
        "HTML is reduced to its words.",
    ]
    assert len({s.paragraph for s in sentences}) == len(sentences)


@pytest.mark.parametrize("text", ["", "   \n\n  ", "```\nonly code\n```"])
def test_empty_text_has_no_sentences(text: str):
    assert split_sentences(text) == []
