"""Phrases any question or answer can use (common.yaml)."""

from __future__ import annotations

from curbside.demo.content.files import CONTENT_DIR, read
from curbside.demo.content.types import CommonPhrases

PHRASES = read(CONTENT_DIR / "common.yaml", CommonPhrases)
