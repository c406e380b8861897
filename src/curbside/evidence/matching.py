"""Finding known phrases in free text: case-insensitive, on word boundaries, longest first.

A phrase's words match across any run of spaces or hyphens ("cross-eyed" = "cross eyed"),
and curly apostrophes count as straight ones. A phrase written as a short all-capital acronym
("CD", "OAB", "TMJ") matches only in capitals, so "cd" in ordinary text is not a condition.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

_SEPARATOR = re.compile(r"[\s\-]+")
_ACRONYM = re.compile(r"[A-Z]{2,5}\Z")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def phrase_key(text: str) -> str:
    """The form phrases are compared in: lower case, straight apostrophes, single spaces."""
    return _SEPARATOR.sub(" ", text.translate(_APOSTROPHES).lower()).strip()


@dataclass(frozen=True)
class Found(Generic[T]):
    text: str  # as written in the searched text
    start: int
    end: int
    phrase: str  # the phrase it matched, as given to the matcher
    target: T


class PhraseMatcher(Generic[T]):
    """Finds given phrases in texts; each phrase may name several targets."""

    def __init__(self, phrases: Iterable[tuple[str, T]]) -> None:
        self._targets: dict[str, list[tuple[str, T]]] = {}
        acronyms: set[str] = set()
        for phrase, target in phrases:
            key = phrase_key(phrase)
            if not key:
                continue
            self._targets.setdefault(key, []).append((phrase, target))
            if _ACRONYM.match(phrase.strip()):
                acronyms.add(key)
        alternatives = []
        # Longest first, so at any position the longest phrase wins.
        for key in sorted(self._targets, key=lambda k: (-len(k), k)):
            words = r"[\s\-]+".join(re.escape(word) for word in key.split(" "))
            alternatives.append(f"(?-i:{words.upper()})" if key in acronyms else words)
        self._pattern = (
            re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)
            if alternatives
            else None
        )

    def find(self, text: str) -> list[Found[T]]:
        """Every occurrence, in text order; one Found per target of the phrase."""
        if self._pattern is None or not text:
            return []
        normalized = text.translate(_APOSTROPHES)  # same length: offsets stay valid
        found: list[Found[T]] = []
        for match in self._pattern.finditer(normalized):
            for phrase, target in self._targets[phrase_key(match.group())]:
                found.append(
                    Found(
                        text=text[match.start() : match.end()],
                        start=match.start(),
                        end=match.end(),
                        phrase=phrase,
                        target=target,
                    )
                )
        return found
