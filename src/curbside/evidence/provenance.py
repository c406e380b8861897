"""The provenance rules every evidence fact follows, shared by the data files' validator,
the models' clean() and the knowledge interface.

A fact's source is one or more entries, each a public URL that states the fact or the word
"memory" (the fact could not be confirmed on a public page). An entry resting partly on memory
says how sure it is (high / medium / low); a low-confidence fact is hidden until a moderator
confirms it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

MEMORY = "memory"
HIGH, MEDIUM, LOW = "high", "medium", "low"
CONFIDENCES = ("", HIGH, MEDIUM, LOW)
# Worst first: the confidence of a summary is that of its least certain part.
_RANK = {LOW: 0, MEDIUM: 1, HIGH: 2, "": 3}

_URL = re.compile(r"https?://[^\s]+\Z")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?\Z")


def source_problem(entry: str) -> str | None:
    """Why one source entry is not acceptable, or None when it is."""
    if entry == MEMORY or _URL.match(entry):
        return None
    return f"source entries are http(s) URLs or the word '{MEMORY}', got {entry!r}"


def split_lines(text: str) -> tuple[str, ...]:
    """The non-blank lines of a one-item-per-line text field, stripped."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def join_lines(items: Iterable[str]) -> str:
    return "\n".join(items)


def rests_on_memory(source: Iterable[str], field_sources: Mapping[str, Iterable[str]]) -> bool:
    """Whether any part of a fact (its source or one field's) is from memory."""
    if MEMORY in source:
        return True
    return any(MEMORY in entries for entries in field_sources.values())


def worst_confidence(levels: Iterable[str]) -> str:
    return min(levels, key=lambda level: _RANK.get(level, 3), default="")


def parse_rate(value: object) -> float | str | None:
    """A rate as the knowledge interface gives it: a number (percent), a string for ranges or
    several arms ("3-10 (each)", "<1"), or None when the label's rate was not confirmed."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError("a rate is a number, a string or null, not true/false")
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        text = value.strip()
        return float(text) if _NUMBER.match(text) else text
    raise ValueError(f"a rate is a number, a string or null, got {value!r}")


def rate_text(value: float | str | None) -> str:
    """How a rate is stored in a text column ("" for None); parse_rate() reads it back."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return value
