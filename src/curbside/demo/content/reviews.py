"""Review text banks (reviews.yaml): by treatment, the group of sentences a review draws on
and its typical cost; by group, the sentences; by family, titles and shared sentences; and the
physicians' replies and readers' reports that extra_reviews adds."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Literal, NamedTuple

from pydantic import AfterValidator, ValidationInfo, model_validator

from curbside.demo.content import directory
from curbside.demo.content.files import CONTENT_DIR, read
from curbside.demo.content.types import Content, Name, Slug, Texts, check_names, known

Mood = Literal["positive", "mixed", "negative"]  # how the patient felt, by stars
MOODS: tuple[Mood, ...] = ("positive", "mixed", "negative")
Tone = Literal["good", "mixed", "poor"]  # of a reply to a review
TONES: tuple[Tone, ...] = ("good", "mixed", "poor")


def _all_moods(value: Mapping[Mood, tuple[str, ...]]) -> Mapping[Mood, tuple[str, ...]]:
    missing = [mood for mood in MOODS if mood not in value]
    if missing:
        raise ValueError(f"missing {', '.join(missing)}")
    return value


ByMood = Annotated[Mapping[Mood, tuple[str, ...]], AfterValidator(_all_moods)]


class CostRange(NamedTuple):
    low: int
    high: int


class ReviewTreatment(Content):
    group: Name  # which sentences a review of it draws on
    cost_usd: CostRange | None  # typical out of pocket; None when insurance usually pays


class ReviewGroup(Content):
    family: Name  # which titles and shared sentences it draws on
    experience: ByMood  # sentences about the treatment, in story order


class ReviewFamily(Content):
    titles: ByMood
    shared: Mapping[Mood, Texts] = {}  # sentences that fit any treatment of the family


class ReplyParts(Content):
    """A physician's reply is an opening, a middle ("" for none) and a close."""

    openings: Texts
    middles: tuple[str, ...]
    closes: Texts


def _all_tones(value: Mapping[Tone, ReplyParts]) -> Mapping[Tone, ReplyParts]:
    missing = [tone for tone in TONES if tone not in value]
    if missing:
        raise ValueError(f"missing {', '.join(missing)}")
    return value


class ReviewBank(Content):
    treatments: Mapping[Slug, ReviewTreatment]
    groups: Mapping[Name, ReviewGroup]
    families: Mapping[Name, ReviewFamily]
    titles: ByMood  # titles any review can take
    office: ByMood  # a sentence about the office ("" for none)
    replies: Annotated[Mapping[Tone, ReplyParts], AfterValidator(_all_tones)]
    flag_reasons: Texts

    @model_validator(mode="after")
    def _references(self, info: ValidationInfo) -> ReviewBank:
        missing = [slug for slug in known(info, "treatments") if slug not in self.treatments]
        if missing:
            raise ValueError(f"treatments: no review group for {', '.join(sorted(missing))}")
        check_names(self.treatments, info, "treatments")
        for slug, treatment in self.treatments.items():
            if treatment.group not in self.groups:
                raise ValueError(f"treatments.{slug}.group: unknown group {treatment.group!r}")
        for key, group in self.groups.items():
            if group.family not in self.families:
                raise ValueError(f"groups.{key}.family: unknown family {group.family!r}")
        return self


REVIEWS = read(CONTENT_DIR / "reviews.yaml", ReviewBank, context=directory.NAMES)
