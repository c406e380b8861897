"""Training the learned same-point judge (consensus.judge) from the labelled questions in
data/corpus/ (`curbside train-consensus`, under a minute on two cores besides embedding the
sentences; deterministic for one embedding model).

Every pair of sentences from two physicians of one question is an example; it is positive when
the label quotes both sentences for one point. A logistic regression over judge.FEATURES is fit
on every set but one, and the summaries of the left-out set are scored at each THRESHOLDS value;
the threshold with the best F-beta (BETA: precision counts more than recall, since a point
attributed to a physician who did not make it misleads) over the left-out sets together is the
judge's, and the judge is then fit on every set. The manifest keeps the left-out figures: they
are development figures, not blind ones (the sets are tuned on); a fresh hold-out in bench/data
gives the blind one."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from curbside.consensus import judge as judges
from curbside.consensus.judge import FEATURES, Judge, pair_features
from curbside.consensus.scoring import Score, answers_of, labelled, same_sentence, score_points
from curbside.consensus.summary import AnswerText, Pool, summarize

CORPUS = judges.DATA / "corpus"
THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
MEAN_RATIO = 0.8  # a member's mean score with its point, against the seed threshold
BETA = 0.5
C = 1.0  # the regression's inverse regularisation


@dataclass(frozen=True)
class Question:
    row: dict[str, Any]
    answers: list[AnswerText]


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.jsonl"))


def corpus_sha256() -> str:
    digest = hashlib.sha256()
    for path in corpus_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def load_corpus() -> dict[str, list[Question]]:
    """Each labelled set with its answers' sentences embedded."""
    return {
        path.stem: [Question(row, answers_of(row)) for row in labelled(path)]
        for path in corpus_files()
    }


def _examples(question: Question) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.bool_]]:
    """The features of every pair of sentences from two answers, and whether a label quotes
    both for one point."""
    pool = Pool.of(question.answers, judges.HAND_SET)
    if not pool.text:
        return np.zeros((0, len(FEATURES)), dtype=np.float32), np.zeros(0, dtype=bool)
    slugs = [question.answers[n].physician for n in pool.owner]
    positive: set[tuple[int, int]] = set()
    for point in question.row["points"]:
        quoted = [
            next(
                (
                    k
                    for k, text in enumerate(pool.text)
                    if slugs[k] == slug and same_sentence(text, quote)
                ),
                None,
            )
            for slug, quote in point["sentences"].items()
        ]
        found = [k for k in quoted if k is not None]
        positive |= {(a, b) for a in found for b in found if a < b}
    features = pair_features(pool.sentences)
    first, second = np.triu_indices(len(pool.text), k=1)
    apart = np.asarray(pool.owner)[first] != np.asarray(pool.owner)[second]
    first, second = first[apart], second[apart]
    wanted = np.array([(a, b) in positive for a, b in zip(first, second, strict=True)], dtype=bool)
    return features[first, second], wanted


def _first(texts: list[str], slugs: list[str], slug: str, quote: str) -> list[int]:
    """The first of the physician's sentences that the label quotes, as a list of none or one."""
    for k, text in enumerate(texts):
        if slugs[k] == slug and same_sentence(text, quote):
            return [k]
    return []


def _fit(questions: Sequence[Question]) -> tuple[tuple[float, ...], float]:
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]  # ships no type information

    parts = [_examples(q) for q in questions]
    features = np.vstack([p[0] for p in parts])
    wanted = np.concatenate([p[1] for p in parts])
    model = LogisticRegression(C=C, max_iter=5000).fit(features, wanted)
    return tuple(round(float(w), 6) for w in model.coef_[0]), round(float(model.intercept_[0]), 6)


def _judge(weights: tuple[tuple[float, ...], float], threshold: float) -> Judge:
    coef, intercept = weights
    return Judge(agree=threshold, agree_mean=threshold * MEAN_RATIO, coef=coef, intercept=intercept)


def evaluate(judge: Judge, questions: Sequence[Question]) -> Score:
    total = Score()
    for question in questions:
        summary = summarize(question.answers, judge)
        total.add(score_points(list(summary.points), question.row["points"]))
    return total


def f_beta(score: Score) -> float:
    p, r = score.precision, score.recall
    return (1 + BETA**2) * p * r / (BETA**2 * p + r) if p + r else 0.0


def _left_out(corpus: dict[str, list[Question]]) -> dict[str, dict[str, Score]]:
    """For each set: the hand-set judge's figures and the learned judge's at each threshold,
    trained on the other sets."""
    figures: dict[str, dict[str, Score]] = {}
    for name, questions in corpus.items():
        others = [q for other, qs in corpus.items() if other != name for q in qs]
        weights = _fit(others)
        figures[name] = {"hand-set": evaluate(judges.HAND_SET, questions)}
        for threshold in THRESHOLDS:
            figures[name][str(threshold)] = evaluate(_judge(weights, threshold), questions)
    return figures


def _pooled(figures: dict[str, dict[str, Score]], key: str) -> Score:
    total = Score()
    for by_key in figures.values():
        total.add(by_key[key])
    return total


def _figure(score: Score) -> dict[str, float | int]:
    return {
        "precision": round(score.precision, 3),
        "recall": round(score.recall, 3),
        "count_accuracy": round(score.count_accuracy, 3),
        "points": score.system,
        "labelled": score.gold,
    }


def train(manifest: Path = judges.MANIFEST) -> dict[str, Any]:
    """Choose the threshold on left-out sets, fit on all, write the weights and manifest."""
    corpus = load_corpus()
    figures = _left_out(corpus)
    threshold = max(THRESHOLDS, key=lambda t: f_beta(_pooled(figures, str(t))))
    coef, intercept = _fit([q for qs in corpus.values() for q in qs])
    weights = manifest.parent / judges.WEIGHTS.name
    weights.write_text(
        json.dumps(
            {"features": list(FEATURES), "coef": list(coef), "intercept": intercept}, indent=1
        )
        + "\n",
        encoding="utf-8",
    )
    meta = {
        "weights": weights.name,
        "sha256": judges.sha256(weights),
        "corpus_sha256": corpus_sha256(),
        "threshold": threshold,
        "mean_threshold": round(threshold * MEAN_RATIO, 4),
        "examples": {name: len(qs) for name, qs in corpus.items()},
        "left_out": {
            name: {
                "hand-set": _figure(by_key["hand-set"]),
                "learned": _figure(by_key[str(threshold)]),
            }
            for name, by_key in figures.items()
        },
    }
    manifest.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return meta


def compare() -> list[str]:
    """Each set left out in turn: the hand-set judge against the learned one by threshold."""
    figures = _left_out(load_corpus())
    keys = ["hand-set", *(str(t) for t in THRESHOLDS)]
    figures["all"] = {key: _pooled(figures, key) for key in keys}
    lines = ["left out      judge       precision  recall  F0.5  points / labelled"]
    for name, by_key in figures.items():
        for key, score in by_key.items():
            lines.append(
                f"{name:<13} {key:<10} {score.precision:>9.3f} {score.recall:>7.3f}"
                f" {f_beta(score):>5.3f}  {score.system} / {score.gold}"
            )
    return lines
