"""Evidence notes in place: each note right after the paragraph (or list, or quote) that holds
its flagged sentence, with the sentence marked, instead of a pile at the end of the text.

Works on the sanitized HTML the Markdown body renders to (lib.text.render_markdown): its
top-level blocks are found by counting tags, and a note's sentence (stored as plain text by
the claim check) is found in the blocks' text with tags skipped and entities read. A note
whose sentence cannot be found (the text changed since it was checked) is returned apart, for
the end of the text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);")
_VOID = frozenset({"br", "hr", "img", "wbr"})
_SPACE = re.compile(r"\s+")


class Note(Protocol):
    sentence: str


N = TypeVar("N", bound=Note)


@dataclass(frozen=True)
class _Text:
    """The visible text of some HTML, with each character's offset in the HTML."""

    chars: str
    offsets: list[int]
    ends: list[int]  # where each character ends in the HTML (entities are longer than one)


def _visible(markup: str) -> _Text:
    chars: list[str] = []
    offsets: list[int] = []
    ends: list[int] = []
    i = 0
    while i < len(markup):
        if markup[i] == "<":
            close = markup.find(">", i)
            i = len(markup) if close < 0 else close + 1
            continue
        entity = _ENTITY.match(markup, i) if markup[i] == "&" else None
        if entity is not None:
            chars.append(html.unescape(entity.group()))
            offsets.append(i)
            ends.append(entity.end())
            i = entity.end()
            continue
        chars.append(markup[i])
        offsets.append(i)
        ends.append(i + 1)
        i += 1
    return _Text("".join(chars), offsets, ends)


def _blocks(markup: str) -> list[tuple[int, int]]:
    """The spans of the top-level elements."""
    spans: list[tuple[int, int]] = []
    depth, start = 0, None
    for tag in _TAG.finditer(markup):
        closing, name, self_closing = tag.group(1), tag.group(2).lower(), tag.group(3)
        if name in _VOID or self_closing:
            continue
        if not closing:
            if depth == 0:
                start = tag.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0 and start is not None:
                spans.append((start, tag.end()))
                start = None
    return spans


def _find(text: _Text, sentence: str) -> tuple[int, int] | None:
    """Where the sentence's words are in the visible text, spaces read loosely."""
    words = sentence.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    match = re.search(pattern, text.chars)
    return (match.start(), match.end()) if match else None


def _marked(markup: str, start: int, end: int) -> str:
    """The HTML between two offsets with each run of text outside tags wrapped in <mark>."""
    piece = markup[start:end]
    out: list[str] = []
    last = 0
    for tag in _TAG.finditer(piece):
        if tag.start() > last:
            out.append(f'<mark class="claim-flagged">{piece[last : tag.start()]}</mark>')
        out.append(tag.group())
        last = tag.end()
    if last < len(piece):
        out.append(f'<mark class="claim-flagged">{piece[last:]}</mark>')
    return "".join(out)


def place_notes(
    body_html: str, notes: Sequence[N], render: Callable[[list[N]], str]
) -> tuple[str, list[N]]:
    """The body with each found note's sentence marked and `render(notes)` after the block
    that holds it; and the notes not found."""
    if not notes:
        return body_html, []
    blocks = _blocks(body_html)
    marks: list[tuple[int, int]] = []  # html spans to wrap
    after: dict[int, list[N]] = {}  # block index → its notes
    missing: list[N] = []
    for note in notes:
        found = None
        for index, (start, end) in enumerate(blocks):
            text = _visible(body_html[start:end])
            where = _find(text, note.sentence)
            if where is not None:
                found = (index, start + text.offsets[where[0]], start + text.ends[where[1] - 1])
                break
        if found is None:
            missing.append(note)
            continue
        index, mark_start, mark_end = found
        after.setdefault(index, []).append(note)
        if not any(s < mark_end and mark_start < e for s, e in marks):
            marks.append((mark_start, mark_end))
    out: list[str] = []
    cursor = 0
    edits: list[tuple[int, int, str]] = [(s, e, "mark") for s, e in marks]
    edits += [(blocks[i][1], blocks[i][1], "notes") for i in after]
    for start, end, what in sorted(edits, key=lambda e: (e[0], e[2] == "mark")):
        out.append(body_html[cursor:start])
        if what == "mark":
            out.append(_marked(body_html, start, end))
        else:
            index = next(i for i in after if blocks[i][1] == start)
            out.append(render(after[index]))
        cursor = end
    out.append(body_html[cursor:])
    return "".join(out), missing
