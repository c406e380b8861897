"""Treatments, practices and specialties for the demo (directory.yaml)."""

from __future__ import annotations

from collections.abc import Mapping

from curbside.demo.content.files import CONTENT_DIR, read
from curbside.demo.content.types import Directory, PracticeEntry, TreatmentEntry

DIRECTORY = read(CONTENT_DIR / "directory.yaml", Directory)

TREATMENTS: tuple[TreatmentEntry, ...] = DIRECTORY.treatments
PRACTICES: Mapping[str, PracticeEntry] = DIRECTORY.practices
SPECIALTY_TREATMENTS: dict[str, tuple[str, ...]] = {
    key: specialty.treatments for key, specialty in DIRECTORY.specialties.items()
}
BOARDS: dict[str, tuple[str, ...]] = {
    key: specialty.boards for key, specialty in DIRECTORY.specialties.items()
}
DEMO_STAFF_PRACTICE: str = DIRECTORY.demo_staff_practice
PATIENT_CITIES: tuple[str, ...] = DIRECTORY.patient_cities

# What the other content files may refer to by name; their models check it on reading.
NAMES: dict[str, frozenset[str]] = {
    "treatments": frozenset(t.slug for t in TREATMENTS),
    "practices": frozenset(PRACTICES),
    "specialties": frozenset(DIRECTORY.specialties),
}
