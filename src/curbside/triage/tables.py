"""Symptom tables and advice kept as data (`triage/data/*.yaml`), read once per process.

A table file has `fragments` (named regex pieces), `symptoms` and `combinations`;
the format is described at the top of `data/procedures.yaml`. A pattern names a fragment as
`{NAME}`; regex repetition braces (`{0,4}`) are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from curbside.triage.language import Family
from curbside.triage.reading import (
    ANY,
    COMPANION,
    INJECTABLE,
    NOT_TOXIN,
    PROCEDURE,
    Combination,
    Group,
    Symptom,
)

DATA = Path(__file__).resolve().parent / "data"
LINKS = {
    "none": frozenset(),  # in a combination: no treatment needed
    "any": ANY,
    "procedure": PROCEDURE,
    "injectable": INJECTABLE,
    "not_toxin": NOT_TOXIN,
    "companion": COMPANION,
    "toxin_or_unnamed": frozenset({Family.TOXIN, Family.INJECTION}),
}
_NAME = re.compile(r"\{([A-Z][A-Z_]*)\}")


@dataclass(frozen=True)
class Table:
    symptoms: tuple[Symptom, ...]
    combinations: tuple[Combination, ...]
    fragments: dict[str, str]  # expanded, the shared ones included


def _expand(pattern: str, fragments: Mapping[str, str]) -> str:
    def fragment(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in fragments:
            raise ValueError(f"unknown fragment {{{name}}} in pattern {pattern!r}")
        return fragments[name]

    return _NAME.sub(fragment, pattern)


def _symptom(entry: dict[str, Any], fragments: Mapping[str, str]) -> Symptom:
    def expanded(key: str) -> tuple[str, ...]:
        return tuple(_expand(p, fragments) for p in entry.get(key) or ())

    return Symptom(
        key=entry["key"],
        reason=entry["reason"],
        group=Group(entry["group"]),
        patterns=expanded("patterns"),
        acute=expanded("acute"),
        unrelated=expanded("unrelated"),
        links=LINKS[entry["links"]],
    )


def _fragments(raw: Mapping[str, str], shared: Mapping[str, str]) -> dict[str, str]:
    resolved = dict(shared)
    for name, value in raw.items():
        resolved[name] = _expand(value, resolved)
    return resolved


def load(name: str, shared: Mapping[str, str]) -> Table:
    """The table in `data/<name>.yaml`; `shared` are the fragments its patterns may name
    besides their own. Raises ValueError naming what is wrong."""
    raw = yaml.safe_load((DATA / f"{name}.yaml").read_text(encoding="utf-8"))
    fragments = _fragments(raw.get("fragments") or {}, shared)
    symptoms = tuple(_symptom(entry, fragments) for entry in raw.get("symptoms") or ())
    keys = {s.key for s in symptoms}
    combinations = []
    for entry in raw.get("combinations") or ():
        unknown = (set(entry["first"]) | set(entry["second"])) - keys
        if unknown:
            raise ValueError(f"{name}.yaml: a combination names unknown symptoms {unknown}")
        combinations.append(
            Combination(
                frozenset(entry["first"]), frozenset(entry["second"]), LINKS[entry["links"]]
            )
        )
    return Table(symptoms, tuple(combinations), fragments)


@dataclass(frozen=True)
class Advice:
    title: str  # what a held text may be: "a blood clot"
    text: str  # what to do


@cache
def advice() -> dict[Group, Advice]:
    """Every family's title and advice (`data/advice.yaml`)."""
    raw = yaml.safe_load((DATA / "advice.yaml").read_text(encoding="utf-8"))
    return {
        Group(group): Advice(title=entry["title"], text=" ".join(entry["advice"].split()))
        for group, entry in raw.items()
    }
