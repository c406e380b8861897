"""Claims tests' fixtures: the evidence base loaded into the test database, and texts."""

from __future__ import annotations

import pytest

from curbside.evidence import knowledge
from curbside.evidence.services import EvidenceLoadSummary, evidence_load

FALSE_MIGRAINE = (
    "Botox is a safe and well studied medicine for many uses. There is no conclusive evidence "
    "that Botox helps migraine, so I do not offer it to my headache patients."
)
TRUE_ONLY = (
    "Botox has been FDA-approved for chronic migraine since 2010. Most patients need two or "
    "three treatment rounds before judging the effect."
)


@pytest.fixture(autouse=True)
def _fresh_knowledge() -> None:
    knowledge.reset()


@pytest.fixture
def evidence(db: None) -> EvidenceLoadSummary:
    return evidence_load()
