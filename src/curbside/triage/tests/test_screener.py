"""The learned screener: its files are the ones the manifest names and were trained from the
corpus in the repository; it catches what the rules miss; training is deterministic."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from curbside.triage import screener, training
from curbside.triage.check import triage
from curbside.triage.reading import Group


def test_the_files_match_the_sha256_in_the_manifest() -> None:
    meta = json.loads(screener.MANIFEST.read_text())
    assert {path.name for path in screener.FILES} == set(meta["sha256"])
    for path in screener.FILES:
        assert screener.sha256(path) == meta["sha256"][path.name], path.name


def test_they_were_trained_from_the_corpus_in_the_repository() -> None:
    meta = json.loads(screener.MANIFEST.read_text())
    assert meta["corpus_sha256"] == training.corpus_sha256()
    examples = training.load_corpus()
    assert meta["corpus"]["texts"] == len(examples) >= 3000
    assert meta["corpus"]["urgent"] == sum(e.label != "none" for e in examples) >= 1000
    # Every emergency family is in the corpus, with at least a hundred texts.
    counts = {g.value: sum(e.label == g.value for e in examples) for g in Group}
    assert min(counts.values()) >= 100, counts


def test_altered_files_are_refused(tmp_path: Path) -> None:
    for path in (screener.MANIFEST, *screener.FILES):
        shutil.copy(path, tmp_path / path.name)
    assert screener.Screener.from_files(tmp_path / screener.MANIFEST.name).threshold > 0
    terms = tmp_path / screener.TERMS.name
    terms.write_text(terms.read_text().replace("w ", "w x", 1))
    with pytest.raises(ValueError, match="does not match its sha256"):
        screener.Screener.from_files(tmp_path / screener.MANIFEST.name)


def test_it_is_off_for_another_embedding_model(settings: Any, caplog: Any) -> None:
    settings.CURBSIDE_EMBEDDING_MODEL = "/models/some-other-model"
    screener.default.cache_clear()
    try:
        assert screener.default() is None
        # The rules still hold what they know.
        assert triage("Since my Botox yesterday I can't swallow at all.").urgent
    finally:
        screener.default.cache_clear()
    assert "trained on all-MiniLM-L6-v2 embeddings" in caplog.text


def test_it_catches_what_the_rules_do_not_read() -> None:
    text = "food keeps going down wrong since the neck injections on monday"
    assert not triage(text, screener=None).urgent
    result = triage(text)
    assert result.urgent
    assert result.groups == [Group.SPREAD]
    assert result.reasons[0].startswith("what you describe may be spread of the toxin's effect")
    assert "automatic screener" in result.reasons[0]
    assert "toxin's effect has spread" in result.advice


@pytest.mark.parametrize(
    "text",
    [
        "How long does lip filler last?",
        "im dying to get lip filler for my wedding",
        "bruising after my facelift is turning yellow, no fever, is that normal?",
        "What does a tummy tuck cost in Dallas, and how long is the recovery?",
    ],
)
def test_it_lets_ordinary_questions_through(text: str) -> None:
    result = triage(text)
    assert not result.urgent
    assert result.probability is not None and result.probability < 0.2


def test_the_fast_wording_path_scores_as_scikit_learn_does() -> None:
    model = screener.default()
    assert model is not None
    texts = [e.text for e in training.load_corpus()[::50]]
    reference = screener.wording_urgency(model.wording, texts)
    fast = np.array([model.wording_one(t) for t in texts])
    assert np.abs(reference - fast).max() < 1e-9


def test_training_is_deterministic(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    examples = training.load_corpus()
    for writer in ("part1", "part2"):
        # A few texts of each class from each writer; part1's first 30 are all one family.
        mine = [
            e
            for label in training.CLASSES
            for e in examples
            if e.writer == writer and e.label == label
        ]
        mine = [e for label in training.CLASSES for e in [x for x in mine if x.label == label][:3]]
        lines = [
            json.dumps({"text": e.text, "urgent": e.label != "none", "family": e.label})
            for e in mine
        ]
        (corpus / f"{writer}.jsonl").write_text("\n".join(lines) + "\n")
    digests = []
    for run in ("a", "b"):
        out = tmp_path / run
        out.mkdir()
        meta = training.train(corpus, out / screener.MANIFEST.name)
        digests.append(meta["sha256"])
        loaded = screener.Screener.from_files(out / screener.MANIFEST.name)
        assert loaded.meaning.shape == (len(training.CLASSES), 385)
        assert np.isfinite(loaded.wording.table).all()
    assert digests[0] == digests[1]


def test_a_corpus_of_two_classes_trains_too(tmp_path: Path) -> None:
    vectors = np.eye(4, 384, dtype=np.float32)
    table = training.fit_meaning(vectors, ["none", "none", "self_harm", "self_harm"])
    probabilities = screener.meaning_urgency(table, vectors)
    assert probabilities.shape == (4, len(training.CLASSES))
    crisis = training.CLASSES.index("self_harm")
    assert probabilities[2, crisis] > 0.5 > probabilities[0, crisis]
    assert probabilities[:, [1, 2, 3]].max() < 1e-9  # families it never saw
