"""The learned same-point judge: its files are the ones its manifest names, an altered file is
refused and the hand-set judge takes over, its features read what they say, and it was trained
on the corpus in the repository."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from curbside.consensus import judge as judges
from curbside.consensus import training
from curbside.consensus.judge import FEATURES, HAND_SET, MANIFEST, Judge, Sentences, pair_features
from curbside.consensus.scoring import answers_of, labelled
from curbside.consensus.summary import AnswerText, Pool, summarize
from curbside.search import semantic


def test_the_weights_are_the_ones_the_manifest_names_trained_on_this_corpus():
    meta = json.loads(MANIFEST.read_text(encoding="utf-8"))
    assert judges.sha256(MANIFEST.parent / meta["weights"]) == meta["sha256"]
    assert meta["corpus_sha256"] == training.corpus_sha256()
    assert meta["threshold"] in training.THRESHOLDS
    learned = judges.default()
    assert learned.learned and len(learned.coef) == len(FEATURES)


def test_an_altered_weights_file_is_refused(tmp_path: Path):
    for path in (MANIFEST, judges.WEIGHTS):
        shutil.copy(path, tmp_path / path.name)
    assert Judge.from_files(tmp_path / MANIFEST.name).learned
    with (tmp_path / judges.WEIGHTS.name).open("a", encoding="utf-8") as out:
        out.write(" ")
    with pytest.raises(ValueError, match="sha256"):
        Judge.from_files(tmp_path / MANIFEST.name)


def _sentences(texts: list[str], owners: list[int]) -> Sentences:
    vectors = semantic.embed(texts)
    assert vectors is not None
    cos = vectors @ vectors.T
    return Sentences(
        text=texts,
        owner=owners,
        generic=[False] * len(texts),
        cos=cos,
        near=cos,
        overlap=np.zeros_like(cos),
    )


def test_the_features_read_numbers_negation_and_best_matches():
    pool = _sentences(
        [
            "Results last three to four months for most people.",
            "Most patients come back after about 3 months.",
            "It is not approved for the neck.",
            "Expect the effect to wear off in 3-4 months.",
        ],
        [0, 1, 1, 2],
    )
    f = pair_features(pool)
    assert f.shape == (4, 4, len(FEATURES))
    column = {name: n for n, name in enumerate(FEATURES)}
    assert f[1, 3, column["they share a number"]] == 1  # "3" in both
    assert f[0, 1, column["only one gives numbers"]] == 1
    assert f[1, 2, column["only one is negated"]] == 1
    assert f[0, 3, column["each the other's best match in its answer"]] == 1
    assert f[0, 2, column["each the other's best match in its answer"]] == 0


def _answers(texts: list[str]) -> list[AnswerText]:
    vectors = semantic.embed(texts)
    assert vectors is not None
    return [
        AnswerText(n, f"dr-{n}", f"Dr. {n}", [text], vectors[n : n + 1])
        for n, text in enumerate(texts)
    ]


def test_the_learned_judge_scores_a_paraphrase_above_a_different_point():
    learned = judges.default()
    pool = Pool.of(
        _answers(
            [
                "A true allergy to botulinum toxin is extremely rare.",
                "Genuine allergic reactions to the toxin are very rare.",
                "Bring a list of your medicines to the first visit.",
            ]
        ),
        learned,
    )
    assert pool.score[0, 1] > learned.agree > pool.score[0, 2]


def test_without_the_learned_judge_the_hand_set_one_still_summarises():
    texts = [
        "A true allergy to botulinum toxin is extremely rare.",
        "Genuine allergic reactions to the toxin are extremely rare in practice.",
        "Ice the area for ten minutes after the injections.",
    ]
    [point] = summarize(_answers(texts), HAND_SET).points
    assert set(point.physicians) == {"dr-0", "dr-1"}


def test_training_examples_are_the_pairs_a_label_quotes_for_one_point():
    row = {
        "answers": [
            {
                "physician": "a",
                "name": "Dr. A",
                "body": "Allergy to the toxin is very rare. Ice it.",
            },
            {"physician": "b", "name": "Dr. B", "body": "True allergy to Botox is rare indeed."},
            {"physician": "c", "name": "Dr. C", "body": "Results last about three months or so."},
        ],
        "points": [
            {
                "point": "Allergy is rare",
                "physicians": ["a", "b"],
                "sentences": {
                    "a": "Allergy to the toxin is very rare.",
                    "b": "True allergy to Botox is rare indeed.",
                },
            }
        ],
    }
    features, wanted = training._examples(training.Question(row, answers_of(row)))
    assert features.shape == (3, len(FEATURES))  # three sentences of five words or more, apart
    assert wanted.tolist().count(True) == 1


def test_fitting_is_deterministic():
    rows = labelled(training.corpus_files()[0])[:4]
    some = [training.Question(row, answers_of(row)) for row in rows]
    assert training._fit(some) == training._fit(some)
