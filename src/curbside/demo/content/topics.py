"""Every question topic, in the order questions are drawn."""

from __future__ import annotations

from curbside.demo.content import (
    fillers,
    skin_surgery,
    toxin_cosmetic,
    toxin_dosing,
    toxin_medical,
    toxin_safety,
)
from curbside.demo.content.types import Topic

_COSMETIC = {t.key: t for t in toxin_cosmetic.TOPICS + toxin_dosing.TOPICS + toxin_safety.TOPICS}
_ORDER = (
    "frown_lines",
    "crows_feet",
    "forehead",
    "eyelid_droop",
    "duration",
    "units",
    "switching",
    "masseter",
    "tmj",
    "platysma",
    "pregnancy",
    "medications",
    "aftercare",
    "bruising",
)
TOPICS: tuple[Topic, ...] = (
    tuple(_COSMETIC[key] for key in _ORDER)
    + toxin_medical.TOPICS
    + fillers.TOPICS
    + skin_surgery.TOPICS
)
