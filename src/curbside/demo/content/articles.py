"""The demo's articles (articles.yaml), in the order they are loaded. One, OFF_LABEL_MYTHS, is
wrong on purpose, for the claim check to flag: see its comment in the file."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from curbside.demo.content import directory
from curbside.demo.content.files import CONTENT_DIR, read
from curbside.demo.content.types import Content, Name, Slug, Text, check_names, keyed

Writer = Literal["physician", "practice"]
PHYSICIAN: Writer = "physician"
PRACTICE: Writer = "practice"


class DemoArticle(Content):
    """An article; its author is picked when the demo loads: a verified physician of one of
    `specialties`, or, for a practice's post, a practice with such a physician."""

    key: Name
    writer: Writer
    specialties: Annotated[tuple[Name, ...], Field(min_length=1)]
    title: Text
    summary: Text
    treatments: Annotated[tuple[Slug, ...], Field(min_length=1)]
    body: Text
    # Practice posts only: whether the practice names one of its physicians as reviewer.
    reviewed: bool = True

    @model_validator(mode="after")
    def _references(self, info: ValidationInfo) -> DemoArticle:
        check_names(self.treatments, info, "treatments")
        check_names(self.specialties, info, "specialties")
        if not self.reviewed and self.writer != "practice":
            raise ValueError("reviewed: only a practice's post can go without a reviewer")
        return self


class Articles(Content):
    articles: Mapping[Name, DemoArticle]

    @field_validator("articles", mode="before")
    @classmethod
    def _keys(cls, value: object) -> object:
        return keyed(value)


_BY_KEY = read(CONTENT_DIR / "articles.yaml", Articles, context=directory.NAMES).articles

ARTICLES: tuple[DemoArticle, ...] = tuple(_BY_KEY.values())
OFF_LABEL_MYTHS: DemoArticle = _BY_KEY["off_label_myths"]
