"""The claim check's word lists (claims/data/*.yaml), compiled once per process.

`language.yaml` holds how claims are worded (approval, evidence, units, boxed warning,
negation, hedges, scope); `topics.yaml` how notes name conditions and which label uses belong
together. Both are data for editors to read and extend; this module only compiles them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"
_APOSTROPHES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-"}
)


def normalize(text: str) -> str:
    """Lower case with straight apostrophes and hyphens; the same length as `text`, so offsets
    found in one hold in the other."""
    return text.translate(_APOSTROPHES).lower()


def _whole(pattern: str) -> str:
    return rf"(?<![\w])(?:{pattern})(?![\w])"


class LanguageError(ValueError):
    """A data file is missing an entry or holds a pattern that does not compile."""


@dataclass(frozen=True)
class Language:
    approval_negative: re.Pattern[str]
    approval_positive: re.Pattern[str]
    approval_not_negative: re.Pattern[str]
    restriction: re.Pattern[str]
    restriction_all: re.Pattern[str]
    not_restriction: re.Pattern[str]
    exclusive_before: re.Pattern[str]
    exclusive_after: re.Pattern[str]
    the_only: re.Pattern[str]
    not_exclusive: re.Pattern[str]
    evidence_negative: re.Pattern[str]
    evidence_positive: re.Pattern[str]
    evidence_proof: re.Pattern[str]
    evidence_narrower: re.Pattern[str]
    evidence_nuanced: re.Pattern[str]
    units_interchangeable: re.Pattern[str]
    units_interchangeable_pair: re.Pattern[str]
    units_equivalence: re.Pattern[str]
    units_not_interchangeable: re.Pattern[str]
    units_study: re.Pattern[str]
    units_on_label: re.Pattern[str]
    units_context: re.Pattern[str]
    box_mention: re.Pattern[str]
    box_specific: re.Pattern[str]
    box_negative: re.Pattern[str]
    box_positive: re.Pattern[str]
    absolute_safety: re.Pattern[str]
    doubt: re.Pattern[str]
    box_topic: re.Pattern[str]
    box_wrong: re.Pattern[str]
    box_right: re.Pattern[str]
    not_absolute: re.Pattern[str]
    safety_qualifiers: re.Pattern[str]
    question_openers: re.Pattern[str]
    conditional: re.Pattern[str]
    negating_frames: re.Pattern[str]
    debunking: re.Pattern[str]
    attribution: re.Pattern[str]
    correction: re.Pattern[str]
    hedges: re.Pattern[str]
    future: re.Pattern[str]
    non_us: re.Pattern[str]
    other_approver: re.Pattern[str]
    age_bands: tuple[tuple[re.Pattern[str], tuple[int, int]], ...]
    every_age: re.Pattern[str]
    other_population: re.Pattern[str]
    excluding: re.Pattern[str]
    condition_excluding: re.Pattern[str]
    neither: re.Pattern[str]
    relative: re.Pattern[str]
    universal: re.Pattern[str]
    none: re.Pattern[str]
    filler_universal: re.Pattern[str]
    filler_none: re.Pattern[str]
    partial: re.Pattern[str]
    pronoun: re.Pattern[str]
    adjectival_nouns: re.Pattern[str]
    adjectival_before: re.Pattern[str]
    adjectival_use: re.Pattern[str]
    back_reference: re.Pattern[str]
    elliptical_end: re.Pattern[str]
    elliptical_start: re.Pattern[str]
    first_person: re.Pattern[str]
    experience: re.Pattern[str]
    first_person_singular: re.Pattern[str]
    clause_breaks: re.Pattern[str]
    and_break: re.Pattern[str]
    splice_break: re.Pattern[str]


@dataclass(frozen=True)
class Topics:
    condition_phrases: dict[str, str]
    off_label_phrases: dict[str, str]
    groups: dict[str, tuple[str, ...]]
    broader_phrases: dict[str, tuple[str, ...]]
    combined_phrases: dict[str, tuple[str, ...]]
    categories: dict[str, tuple[str, ...]]
    generic_condition_phrases: dict[str, tuple[str, ...]]
    class_terms: tuple[str, ...]
    wider_uses: dict[str, str] = field(default_factory=dict)  # group → wider off-label use

    def group_name(self, condition_id: str) -> str | None:
        return next((g for g, members in self.groups.items() if condition_id in members), None)

    def group_of(self, condition_id: str) -> tuple[str, ...]:
        for members in self.groups.values():
            if condition_id in members:
                return members
        return (condition_id,)


def _read(name: str) -> dict[str, Any]:
    return read_data(DATA_DIR / name)


def read_data(path: Path) -> dict[str, Any]:
    """A data file of the claim check: a mapping with schema_version 1."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("schema_version") != 1:
        raise LanguageError(f"{path}: expected a mapping with schema_version: 1")
    return data


def _get(data: dict[str, Any], dotted: str) -> Any:
    value: Any = data
    for key in dotted.split("."):
        if not isinstance(value, dict) or key not in value:
            raise LanguageError(f"language.yaml: missing {dotted!r}")
        value = value[key]
    return value


@cache
def language() -> Language:
    data = _read("language.yaml")
    shorthands: dict[str, str] = _get(data, "shorthands")

    def expand(pattern: str) -> str:
        for name, replacement in shorthands.items():
            pattern = pattern.replace("{" + name + "}", replacement)
        # Contractions with or without the apostrophe: "isn't" and "isnt".
        return pattern.replace("n't", "n'?t")

    def compiled(dotted: str, *, whole: bool = True) -> re.Pattern[str]:
        value = _get(data, dotted)
        alternatives = [value] if isinstance(value, str) else list(value)
        pattern = "|".join(f"(?:{expand(a)})" for a in alternatives)
        try:
            return re.compile(_whole(pattern) if whole else pattern)
        except re.error as exc:
            raise LanguageError(f"language.yaml: {dotted}: {exc}") from exc

    return Language(
        approval_negative=compiled("approval.negative"),
        approval_positive=compiled("approval.positive"),
        approval_not_negative=compiled("approval.not_negative"),
        restriction=compiled("approval.restriction"),
        restriction_all=compiled("approval.restriction_all"),
        not_restriction=compiled("approval.not_restriction"),
        exclusive_before=compiled("exclusive.before_product", whole=False),
        exclusive_after=compiled("exclusive.after_product", whole=False),
        the_only=compiled("exclusive.the_only"),
        not_exclusive=compiled("exclusive.not_exclusive"),
        evidence_negative=compiled("evidence.negative"),
        evidence_positive=compiled("evidence.positive"),
        evidence_proof=compiled("evidence.proof"),
        evidence_narrower=compiled("evidence.narrower"),
        evidence_nuanced=compiled("evidence.nuanced"),
        units_interchangeable=compiled("units.interchangeable"),
        units_interchangeable_pair=compiled("units.interchangeable_pair"),
        units_equivalence=compiled("units.equivalence_word", whole=False),
        units_not_interchangeable=compiled("units.not_interchangeable"),
        units_study=compiled("units.study_framing"),
        units_on_label=compiled("units.on_label"),
        units_context=compiled("units.context"),
        box_mention=compiled("boxed_warning.mention"),
        box_specific=compiled("boxed_warning.specific"),
        box_negative=compiled("boxed_warning.negative"),
        box_positive=compiled("boxed_warning.positive"),
        absolute_safety=compiled("boxed_warning.absolute_safety"),
        doubt=compiled("doubt"),
        box_topic=compiled("boxed_warning.content_topic"),
        box_wrong=compiled("boxed_warning.content_wrong"),
        box_right=compiled("boxed_warning.content_right"),
        not_absolute=compiled("boxed_warning.not_absolute"),
        safety_qualifiers=compiled("boxed_warning.safety_qualifiers"),
        question_openers=re.compile(rf"^(?:{_get(data, 'question_openers')})\b"),
        conditional=compiled("conditional"),
        negating_frames=compiled("negating_frames"),
        debunking=compiled("debunking"),
        attribution=compiled("attribution"),
        correction=compiled("correction"),
        hedges=compiled("hedges"),
        future=compiled("future"),
        non_us=compiled("non_us"),
        other_approver=compiled("other_approver"),
        age_bands=tuple(
            (
                re.compile(_whole(expand(str(band["words"])))),
                (int(band["ages"][0]), int(band["ages"][1])),
            )
            for band in _get(data, "populations.bands")
        ),
        every_age=compiled("populations.every_age"),
        other_population=compiled("populations.other"),
        excluding=compiled("excluding", whole=False),
        condition_excluding=compiled("condition_excluding", whole=False),
        neither=compiled("neither"),
        relative=compiled("relative", whole=False),
        universal=compiled("scope.universal"),
        none=compiled("scope.none"),
        filler_universal=compiled("scope.filler_universal"),
        filler_none=compiled("scope.filler_none"),
        partial=compiled("partial", whole=False),
        pronoun=compiled("pronoun"),
        adjectival_nouns=re.compile(rf"^\s*(?:{_get(data, 'adjectival_nouns')})\b"),
        adjectival_before=compiled("adjectival_before", whole=False),
        adjectival_use=compiled("adjectival_use", whole=False),
        back_reference=compiled("back_reference", whole=False),
        elliptical_end=compiled("elliptical_end", whole=False),
        elliptical_start=compiled("elliptical_start", whole=False),
        first_person=compiled("first_person"),
        experience=compiled("experience"),
        first_person_singular=compiled("first_person_singular"),
        clause_breaks=compiled("clause_breaks", whole=False),
        and_break=compiled("and_break", whole=False),
        splice_break=compiled("splice_break", whole=False),
    )


@cache
def topics() -> Topics:
    data = _read("topics.yaml")

    def strings(key: str) -> dict[str, str]:
        return {str(k): str(v) for k, v in (data.get(key) or {}).items()}

    def lists(key: str) -> dict[str, tuple[str, ...]]:
        return {str(k): tuple(str(x) for x in v) for k, v in (data.get(key) or {}).items()}

    return Topics(
        condition_phrases=strings("condition_phrases"),
        off_label_phrases=strings("off_label_phrases"),
        groups=lists("groups"),
        broader_phrases=lists("broader_phrases"),
        combined_phrases=lists("combined_phrases"),
        categories=lists("categories"),
        generic_condition_phrases=lists("generic_condition_phrases"),
        class_terms=tuple(str(t) for t in data.get("class_terms") or ()),
        wider_uses=strings("wider_uses"),
    )


@dataclass(frozen=True)
class Ingredient:
    name: str
    said: re.Pattern[str]  # how a claim names it
    label_words: tuple[str, ...]  # words of an excipient list that mean it is there


@cache
def ingredients() -> tuple[Ingredient, ...]:
    data = _read("ingredients.yaml")
    return tuple(
        Ingredient(
            name=str(name),
            said=re.compile(_whole("|".join(f"(?:{p})" for p in entry["said"]))),
            label_words=tuple(str(w) for w in entry["label"]),
        )
        for name, entry in (data.get("ingredients") or {}).items()
    )
