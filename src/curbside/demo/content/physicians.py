"""The demo's physicians (physicians.yaml), by key."""

from __future__ import annotations

from collections.abc import Mapping

from curbside.demo.content import directory
from curbside.demo.content.files import CONTENT_DIR, read
from curbside.demo.content.types import PhysicianEntry, Physicians

_FILE = read(CONTENT_DIR / "physicians.yaml", Physicians, context=directory.NAMES)

PHYSICIANS: Mapping[str, PhysicianEntry] = _FILE.physicians
DEMO_DOCTOR: str = _FILE.demo_doctor
DEMO_PENDING_DOCTOR: str = _FILE.demo_pending_doctor
