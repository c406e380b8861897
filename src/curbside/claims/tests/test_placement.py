"""Evidence notes in place: right after the paragraph that holds the flagged sentence, with
the sentence marked; a note whose sentence is gone goes to the end."""

from __future__ import annotations

from types import SimpleNamespace

from curbside.claims.placement import place_notes
from curbside.lib.text import render_markdown


def _render(notes: list[SimpleNamespace]) -> str:
    return "<aside>" + "|".join(n.sentence for n in notes) + "</aside>"


def test_a_note_follows_the_paragraph_of_its_sentence_which_is_marked():
    body = render_markdown(
        "Botox is great.\n\nBotox is **not approved** for migraine & headaches. It works.\n\nLast."
    )
    note = SimpleNamespace(sentence="Botox is not approved for migraine & headaches.")
    html, missing = place_notes(body, [note], _render)
    assert missing == []
    second = html.index("<p><mark")
    assert html.index("<aside>") > second
    assert html.index("<aside>") < html.index("<p>Last.</p>")
    assert (
        '<mark class="claim-flagged">Botox is </mark><strong><mark class="claim-flagged">not approved</mark></strong>'
        in html
    )
    assert "It works.</p>" in html  # the rest of the paragraph is not marked


def test_a_note_in_a_list_follows_the_list():
    body = render_markdown("- Xeomin has no albumin.\n- Fine.\n\nAfter.")
    html, _ = place_notes(body, [SimpleNamespace(sentence="Xeomin has no albumin.")], _render)
    assert html.index("</ul><aside>") < html.index("<p>After.</p>")


def test_a_note_whose_sentence_is_gone_is_returned_apart():
    body = render_markdown("Something else entirely.")
    gone = SimpleNamespace(sentence="Botox is not approved for migraine.")
    html, missing = place_notes(body, [gone], _render)
    assert html == body
    assert missing == [gone]


def test_markup_in_a_sentence_is_text_not_html():
    body = render_markdown("Botox is &lt;b&gt; not approved for migraine.")
    note = SimpleNamespace(sentence="Botox is <b> not approved for migraine.")
    html, missing = place_notes(body, [note], _render)
    assert not missing
    assert "<b>" not in html.split("<aside>")[0]
