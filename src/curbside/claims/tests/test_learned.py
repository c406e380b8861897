"""The claim check's learned reader: its files are the ones its manifest names, its fast path
scores as scikit-learn does, training is deterministic, it is never asked about what the rules
read or the policy sets aside, it must be surer where a sentence's form usually carries no
claim, and a flag it raises always carries a fact of its kind with its source and the words it
read."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from curbside.claims import learned, training
from curbside.claims.learned import FILES, MANIFEST, LearnedReader, sha256
from curbside.claims.rules import Checker
from curbside.evidence.knowledge import KnowledgeBase, knowledge_base_from_files


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return knowledge_base_from_files()


@pytest.fixture(scope="module")
def reader() -> LearnedReader:
    found = learned.default()
    assert found is not None, "the repository's learned reader does not load"
    return found


def test_the_files_are_the_ones_the_manifest_names():
    meta = json.loads(MANIFEST.read_text(encoding="utf-8"))
    for name in FILES:
        assert sha256(MANIFEST.parent / name) == meta["sha256"][name]
    assert meta["corpus_sha256"] == training.corpus_sha256()
    thresholds = meta["thresholds"]
    assert set(thresholds) == set(learned.STANCES)
    assert 0.3 <= thresholds[learned.SILENT] <= 0.95
    # Reading a form that usually carries no claim asks for no less.
    assert thresholds[learned.SET_ASIDE] >= thresholds[learned.SILENT]
    assert meta["out_of_writer"]["ordinary_flagged"] <= training.MAX_ORDINARY_FLAGGED


def test_an_altered_file_gives_no_reader_and_the_rules_still_run(tmp_path: Path, kb):
    for name in (*FILES, MANIFEST.name):
        shutil.copy(MANIFEST.parent / name, tmp_path / name)
    with (tmp_path / FILES[0]).open("ab") as out:
        out.write(b"\0")
    with pytest.raises(ValueError, match="sha256"):
        LearnedReader.from_files(tmp_path / MANIFEST.name)
    (verdict,) = Checker(kb.restricted(["toxin"]), reader=None).check_text(
        "Botox is not approved for migraine."
    )
    assert verdict.verdict == "contradicts" and not verdict.learned


def test_the_fast_path_scores_as_scikit_learn_does(reader: LearnedReader, kb):
    checker = Checker(kb.restricted(["toxin"]), reader=reader)
    sentences = [e.sentence for e in training.load_corpus()[::97]]
    texts = []
    for sentence in sentences:
        reading = checker.reader.read(sentence)
        view = checker.subjects.view(reading, None)
        findings = [f for r in checker.readers for f in r.findings(view)]
        texts.append(checker.learned_texts(sentence, reading, findings))
    reference = reader.verdicts.scores([w for w, _ in texts], [c for _, c in texts])
    fast = np.array([reader.verdicts.scores_one(w, c) for w, c in texts])
    assert np.abs(reference - fast).max() < 1e-9


def test_a_learned_flag_carries_a_fact_its_source_and_the_words_it_read(kb):
    checker = Checker(kb.restricted(["toxin"]))
    (verdict,) = checker.check_text(
        "Botox for migraines is still basically experimental; the FDA has never signed off on it."
    )
    assert verdict.verdict == "contradicts"
    assert "chronic migraine" in verdict.fact and "2010" in verdict.fact
    assert verdict.source.startswith("https://dailymed.nlm.nih.gov/")
    assert verdict.words


def test_how_it_is_asked(kb, monkeypatch):
    asked: list[tuple[str, str]] = []
    checker = Checker(kb.restricted(["toxin"]))
    original = LearnedReader.read

    def spy(
        self: LearnedReader, words: str, chars: str, stance: str = learned.SILENT
    ) -> learned.LearnedReading:
        asked.append((chars, stance))
        return original(self, words, chars, stance)

    monkeypatch.setattr(LearnedReader, "read", spy)
    # What the rules read, questions, other countries' approvals, headings, approvals said as
    # adjectives and "it" with nothing before it: never.
    checker.check_text("Botox is not approved for migraine.")
    checker.check_text("Is Botox approved for migraine?")
    checker.check_text("In Canada, Botox is approved for jaw slimming.")
    checker.check_text("What Botox is proven for")
    checker.check_text("Our clinic offers FDA-approved Dysport for frown lines and crow's feet.")
    checker.check_text("It is not approved for migraine.")  # "it" with nothing before it
    # Nor where a rule read a claim and found it true: the rule's reading stands.
    checker.check_text("Botox has been FDA-approved for chronic migraine since 2010.")
    checker.check_text("Dysport is similar to Botox, which is approved for migraine.")
    assert asked == []
    checker.check_text("Xeomin is so pure it never causes anything bad.")
    # A list of three products, and a use named without a product: forms that usually carry
    # no claim of their own.
    checker.check_text("Botox, Dysport and Xeomin all take about two weeks to show their effect.")
    checker.check_text("Masseter reduction has become popular with younger patients lately.")
    assert [stance for _, stance in asked] == [
        learned.SILENT,
        learned.SET_ASIDE,
        learned.SET_ASIDE,
    ]


def test_ordinary_sentences_are_not_flagged(kb):
    checker = Checker(kb.restricted(["toxin"]))
    for text in (
        "Botox is a neurotoxin.",
        "Results take about two weeks to show.",
        "Our injectors have years of experience with Botox.",
        "Most patients come back every three to four months for Dysport.",
        "We'll ask you to frown so we can see how your muscles move before we inject Xeomin.",
    ):
        assert checker.check_text(text) == [], text


def test_training_is_deterministic(tmp_path: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    examples = training.load_corpus()
    for writer in ("writer_a", "writer_b", "ordinary_o1"):
        mine = [e for e in examples if e.writer == writer][:60]
        lines = [
            json.dumps({"sentence": e.sentence, "verdict": e.verdict, "kind": e.kind}) for e in mine
        ]
        (corpus / f"{writer}.jsonl").write_text("\n".join(lines) + "\n")
    digests = []
    for run in ("a", "b"):
        out = tmp_path / run
        out.mkdir()
        meta = training.train(corpus, out / MANIFEST.name)
        digests.append(meta["sha256"])
        loaded = LearnedReader.from_files(out / MANIFEST.name)
        assert np.isfinite(loaded.verdicts.table).all()
    assert digests[0] == digests[1]
    learned.default.cache_clear()
