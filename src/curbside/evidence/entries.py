"""Reading one mapping of an evidence data file, key by key, with errors that name the file
and the entry ("products/botox.yaml: product: indications[5] (id 'chronic_migraine'): …")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any, NoReturn

from curbside.evidence.facts import FieldSources
from curbside.evidence.provenance import CONFIDENCES, parse_rate, rests_on_memory, source_problem

ID = re.compile(r"[a-z0-9_]+\Z")
_SOURCE_SUFFIX = "_source"


class EvidenceDataError(ValueError):
    """A data file is missing, unreadable or holds bad data; the message names the file and
    the entry."""


class Entry:
    """One mapping from a data file, read key by key; finish() refuses keys nobody read."""

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, dict):
            raise EvidenceDataError(f"{where}: expected a mapping, got {_kind(data)}")
        self.data: dict[str, Any] = data
        self.where = where
        self.read: set[str] = set()

    def fail(self, message: str) -> NoReturn:
        raise EvidenceDataError(f"{self.where}: {message}")

    def _get(self, key: str, required: bool) -> Any:
        self.read.add(key)
        value = self.data.get(key)
        if value is None and required:
            self.fail(f"'{key}' is required")
        return value

    def text(self, key: str, *, required: bool = True) -> str:
        value = self._get(key, required)
        if value is None:
            return ""
        if not isinstance(value, str):
            self.fail(f"'{key}' must be text, got {_kind(value)}")
        if required and not value.strip():
            self.fail(f"'{key}' must not be empty")
        return value.strip()

    def identifier(self, key: str = "id") -> str:
        value = self.text(key)
        if not ID.match(value):
            self.fail(f"'{key}' must be lower-case letters, digits and underscores, got {value!r}")
        return value

    def integer(self, key: str, *, required: bool = True) -> int | None:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(f"'{key}' must be a whole number, got {value!r}")
        return int(value)

    def year(self, key: str, *, required: bool = True) -> int | None:
        value = self.integer(key, required=required)
        if value is None and not required:
            return None
        if value is None or not 1900 <= value <= 2100:
            self.fail(f"'{key}' must be a year, got {value!r}")
        return value

    def boolean(self, key: str) -> bool:
        value = self._get(key, True)
        if not isinstance(value, bool):
            self.fail(f"'{key}' must be true or false, got {value!r}")
        return value

    def day(self, key: str) -> date:
        value = self._get(key, True)
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"'{key}' must be a date (YYYY-MM-DD), got {value!r}")

    def texts(self, key: str, *, required: bool = False) -> tuple[str, ...]:
        value = self._get(key, required)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(
            isinstance(item, str) and item.strip() for item in value
        ):
            self.fail(f"'{key}' must be a list of non-empty texts")
        items = tuple(item.strip() for item in value)
        if required and not items:
            self.fail(f"'{key}' must not be empty")
        duplicates = sorted({item for item in items if items.count(item) > 1})
        if duplicates:
            self.fail(f"'{key}' repeats {', '.join(map(repr, duplicates))}")
        return items

    def mapping(self, key: str) -> dict[str, str]:
        value = self._get(key, False)
        if value is None:
            return {}
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in value.items()
        ):
            self.fail(f"'{key}' must map ids to non-empty texts")
        return {k: v.strip() for k, v in value.items()}

    def rate(self, key: str) -> float | str | None:
        value = self._get(key, False)
        try:
            return parse_rate(value)
        except ValueError as exc:
            self.fail(f"'{key}': {exc}")

    def sources(self, key: str = "source") -> tuple[str, ...]:
        value = self._get(key, True)
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not items or not all(isinstance(s, str) for s in items):
            self.fail(f"'{key}' must be a URL, 'memory', or a list of them")
        entries = tuple(s.strip() for s in items)
        for entry in entries:
            if problem := source_problem(entry):
                self.fail(f"'{key}': {problem}")
        return entries

    def field_sources(self) -> FieldSources:
        """Every `<field>_source` key, as {field: sources}."""
        return {
            key[: -len(_SOURCE_SUFFIX)]: self.sources(key)
            for key in list(self.data)
            if key.endswith(_SOURCE_SUFFIX)
        }

    def provenance(self) -> dict[str, Any]:
        """source, confidence, note and field_sources, checked against the rules."""
        source = self.sources()
        field_sources = self.field_sources()
        confidence = self.text("confidence", required=False)
        if confidence not in CONFIDENCES:
            self.fail(f"'confidence' must be high, medium or low, got {confidence!r}")
        memory = rests_on_memory(source, field_sources)
        if memory and not confidence:
            self.fail("part of this entry rests on 'memory': give its confidence")
        if confidence and not memory:
            self.fail("'confidence' marks entries resting partly on 'memory'; this has none")
        return {
            "source": source,
            "confidence": confidence,
            "note": self.text("note", required=False),
            "field_sources": field_sources,
        }

    def entries(self, key: str, *, required: bool = True) -> Iterator[Entry]:
        value = self._get(key, required)
        if value is None:
            return
        if not isinstance(value, list):
            self.fail(f"'{key}' must be a list")
        for index, item in enumerate(value):
            label = f"{self.where}: {key}[{index}]"
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                label += f" (id {item['id']!r})"
            yield Entry(item, label)

    def child(self, key: str) -> Entry:
        return Entry(self._get(key, True), f"{self.where}: {key}")

    def finish(self) -> None:
        unknown = sorted(key for key in self.data if key not in self.read)
        if unknown:
            self.fail(f"unknown key(s) {', '.join(map(repr, unknown))}")


def _kind(value: object) -> str:
    return "nothing" if value is None else type(value).__name__
