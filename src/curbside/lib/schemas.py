# No `from __future__ import annotations`: ninja and pydantic read these annotations at import.
"""Request schemas that more than one app's API reads."""

from ninja import Schema
from pydantic import field_validator


class TextIn(Schema):
    """A text to check (`POST /triage`, `POST /claims/check`): a subclass gives `text` its
    Field, with its bounds and description; a text of spaces only is refused here."""

    text: str

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("Write the text to check.")
        return value
