"""Evidence tests' fixtures: the packaged data loaded into the test database, and a copy of
the data files to break on purpose."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from curbside.evidence import knowledge
from curbside.evidence.datafiles import DATA_DIR
from curbside.evidence.services import EvidenceLoadSummary, evidence_load


@pytest.fixture(autouse=True)
def _fresh_knowledge() -> None:
    knowledge.reset()


@pytest.fixture
def loaded(db: None) -> EvidenceLoadSummary:
    return evidence_load()


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


@pytest.fixture
def edit(data_copy: Path) -> Callable[[str, str, str], Path]:
    """edit(file, old, new): replace one exact piece of text in a copied data file."""

    def replace(name: str, old: str, new: str) -> Path:
        path = data_copy / name
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} should occur once in {name}"
        path.write_text(text.replace(old, new), encoding="utf-8")
        return data_copy

    return replace
