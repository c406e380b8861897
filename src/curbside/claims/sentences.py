"""Text → sentences, for the claim check.

Answers and articles are Markdown: headings, list items and paragraphs are separate blocks
(a sentence never runs from one into the next), and emphasis, links, code and HTML tags are
reduced to their words. Inside a block a sentence ends at ".", "!" or "?" followed by space
and a new sentence's first character, except after an abbreviation ("Dr.", "e.g.", "U.S.",
"vs.") or an initial; decimals ("2.5 units") never end one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Lower-cased, without the final dot. A dot after these never ends a sentence.
ABBREVIATIONS = frozenset(
    {
        "dr", "drs", "mr", "mrs", "ms", "prof", "st", "sr", "jr", "mt", "ft", "no", "nos",
        "vs", "v", "e.g", "i.e", "eg", "ie", "cf", "al", "approx", "ca", "fig", "figs",
        "inc", "ltd", "co", "corp", "dept", "u.s", "u.s.a", "u.k", "e.u", "a.m", "p.m",
        "mg", "ml", "min", "max", "ref", "refs", "vol", "ed", "eds", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ph.d", "m.d",
        "d.o", "b.s", "m.s", "r.n", "n.p", "p.a",
    }
)  # fmt: skip
# A dot after these ends a sentence only when a capital letter follows ("… and so on, etc.
# Botox …").
SOMETIMES_FINAL = frozenset({"etc", "al", "inc", "ltd", "co", "u.s", "u.k", "a.m", "p.m"})

_BLOCK_START = re.compile(r"^\s*(?:#{1,6}\s+|[-*+•]\s+|\d{1,3}[.)]\s+|>\s?)")
_FENCE = re.compile(r"^\s*(?:```|~~~)")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1")
_CODE = re.compile(r"`([^`]*)`")
_SPACE = re.compile(r"\s+")
# A possible sentence end: terminal punctuation, closing quotes or brackets, then space.
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


@dataclass(frozen=True)
class Sentence:
    text: str
    paragraph: int  # index of the block it came from: a pronoun looks back only within one

    @property
    def is_question(self) -> bool:
        return self.text.rstrip().endswith("?")


def blocks(text: str) -> list[str]:
    """The text's paragraphs, headings and list items as plain one-line strings."""
    found: list[str] = []
    current: list[str] = []
    in_fence = False

    def close() -> None:
        if current:
            line = _inline(" ".join(current))
            if line:
                found.append(line)
            current.clear()

    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if _FENCE.match(raw):
            close()
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if not raw.strip() or re.fullmatch(r"\s*(?:[-*_]\s*){3,}", raw):
            close()
            continue
        marker = _BLOCK_START.match(raw)
        if marker:
            close()
            heading = raw.lstrip().startswith("#")
            current.append(raw[marker.end() :])
            if heading:  # a heading is a block of its own, whatever follows
                close()
            continue
        current.append(raw.strip())
    close()
    return found


def _inline(text: str) -> str:
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _TAG.sub(" ", text)
    text = _CODE.sub(r"\1", text)
    for _ in range(2):  # nested emphasis: ***bold italic***
        text = _EMPHASIS.sub(r"\2", text)
    return _SPACE.sub(" ", text).strip()


def split_block(block: str) -> list[str]:
    """One block's sentences."""
    sentences: list[str] = []
    start = 0
    for end in _END.finditer(block):
        if not _ends_here(block, end.start(), end.end()):
            continue
        piece = block[start : end.end()].strip()
        if piece:
            sentences.append(piece)
        start = end.end()
    rest = block[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


def _ends_here(block: str, dot: int, after: int) -> bool:
    following = block[after:].lstrip()
    if not following:
        return True
    first = following[0]
    punctuation = block[dot:after]
    if punctuation.startswith("."):
        word = _WORD_BEFORE.search(block[: dot + 1])
        if word is not None:
            token = word.group(1).lower()
            if token in ABBREVIATIONS and token not in SOMETIMES_FINAL:
                return False
            if len(token) == 1 and word.group(1).isupper():  # an initial: "J. Smith"
                return False
            if token in SOMETIMES_FINAL:
                return first.isupper()
    # A new sentence starts with a capital, a digit, a quote or a bracket.
    return first.isupper() or first.isdigit() or first in "\"'“‘([*_"


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of a Markdown or plain text, in order."""
    return [
        Sentence(text=sentence, paragraph=n)
        for n, block in enumerate(blocks(text))
        for sentence in split_block(block)
    ]
