# No `from __future__ import annotations`: ninja and pydantic read these annotations at import.
"""Request schemas that more than one app's API reads."""

from typing import Any

from ninja import Field, Schema
from pydantic import field_validator


class TextIn(Schema):
    """A text to check (`POST /triage`, `POST /claims/check`): a subclass gives `text` its
    text_field(), with its bound and description; a text of spaces only is refused here."""

    text: str

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("Write the text to check.")
        return value


def text_field(*, max_length: int, description: str) -> Any:
    """The `text` of a TextIn: at least one character, at most `max_length`."""
    return Field(min_length=1, max_length=max_length, description=description)
