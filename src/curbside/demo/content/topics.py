"""Every question topic, in the order questions are drawn."""

from __future__ import annotations

from curbside.demo.content.fillers import TOPICS as FILLER_TOPICS
from curbside.demo.content.skin_surgery import TOPICS as SKIN_SURGERY_TOPICS
from curbside.demo.content.toxin_cosmetic import TOPICS as COSMETIC_TOPICS
from curbside.demo.content.toxin_medical import TOPICS as MEDICAL_TOPICS
from curbside.demo.content.types import Topic

TOPICS: tuple[Topic, ...] = COSMETIC_TOPICS + MEDICAL_TOPICS + FILLER_TOPICS + SKIN_SURGERY_TOPICS
