"""Practice pages and consultation inboxes (practice_pages.yaml): descriptions by practice,
consultation requests and how they went."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from curbside.demo.content import directory
from curbside.demo.content.files import CONTENT_DIR, read
from curbside.demo.content.types import Content, Name, Slug, Text, check_names

if TYPE_CHECKING:
    from django.db.models import TextChoices


def _choice(value: str, choices: type[TextChoices]) -> str:
    if value not in choices.values:
        raise ValueError(f"{value!r} is not one of {', '.join(choices.values)}")
    return value


class ConsultationEntry(Content):
    """A consultation request; `treatment` is dropped where the practice does not offer it."""

    name: Text
    email: str
    phone: str
    treatment: Slug | Literal[""]
    time: Text  # when they would like to be contacted: practices.models.ContactTime
    practice_kind: str = ""  # a word of the name of the practice they would write to
    message: Text

    @field_validator("time")
    @classmethod
    def _time(cls, value: str) -> str:
        from curbside.practices.models import ContactTime

        return _choice(value, ContactTime)

    @model_validator(mode="after")
    def _references(self, info: ValidationInfo) -> ConsultationEntry:
        if not (self.email or self.phone):
            raise ValueError("give an email or a phone number")
        if self.treatment:
            check_names([self.treatment], info, "treatments")
        return self


class OutcomeNote(Content):
    status: Text  # practices.models.ConsultationStatus
    text: Text

    @field_validator("status")
    @classmethod
    def _status(cls, value: str) -> str:
        from curbside.practices.models import ConsultationStatus

        return _choice(value, ConsultationStatus)


class Outcome(Content):
    """How a request went: its status, the hours to the first response, the notes in order."""

    status: Text
    first_response_hours: float | None
    notes: tuple[OutcomeNote, ...] = ()

    @field_validator("status")
    @classmethod
    def _status(cls, value: str) -> str:
        from curbside.practices.models import ConsultationStatus

        return _choice(value, ConsultationStatus)


class PracticePages(Content):
    descriptions: Mapping[Name, Text]  # by practice
    requests: tuple[ConsultationEntry, ...]
    # The first is the two newest requests'; the others are dealt to the rest in turn.
    outcomes: Annotated[tuple[Outcome, ...], Field(min_length=2)]

    @field_validator("descriptions")
    @classmethod
    def _practices(cls, value: Mapping[str, str], info: ValidationInfo) -> Mapping[str, str]:
        check_names(value, info, "practices")
        return value


PAGES = read(CONTENT_DIR / "practice_pages.yaml", PracticePages, context=directory.NAMES)
