"""Whether two physicians' sentences make the same point: the judge the summary groups by.

The learned judge is a logistic regression over a few features of a sentence pair — their
cosine, alone and read with their neighbours; the content words they share, weighted by their
rarity among the question's answers; whether each is the other's best match in its answer and
how far the pair stands above each sentence's best match elsewhere; and plain cues (a
pleasantry, a lead-in, numbers, a negation, length) — trained by `curbside train-consensus` on
the labelled questions in data/corpus/ (consensus.training). Its two files are checked against
the sha256 sums in its manifest; when they do not match (or are missing) the summary falls back
to the hand-set judge, the cosine plus the weighted overlap."""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from curbside.consensus.text import lead_in

logger = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parent / "data"
MANIFEST = DATA / "judge.json"
WEIGHTS = DATA / "judge-weights.json"

FEATURES = (
    "cosine",
    "shared rare words",
    "cosine read with neighbours",
    "each the other's best match in its answer",
    "either a pleasantry or deferral",
    "either behind a lead-in",
    "both give numbers",
    "they share a number",
    "only one gives numbers",
    "the shorter's length",
    "the longer's length",
    "only one is negated",
    "above the weaker sentence's best match",
    "above the stronger sentence's best match",
)
OVERLAP_WEIGHT = 0.7  # the hand-set judge: cosine + this times shared rare words

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_NEGATED = re.compile(
    r"\b(?:not|no|never|don't|doesn't|won't|isn't|aren't|can't|cannot|wouldn't|shouldn't|"
    r"without)\b",
    re.IGNORECASE,
)

Vectors = npt.NDArray[np.float32]


@dataclass(frozen=True)
class Sentences:
    """A question's eligible answer sentences and how alike each two are."""

    text: Sequence[str]
    owner: Sequence[int]  # which answer each is from
    generic: Sequence[bool]  # pleasantries and deferrals
    cos: Vectors  # sentence cosine
    near: Vectors  # cosine of the sentences read with their neighbours
    overlap: Vectors  # shared content words, weighted by their rarity in the question
    writers: Sequence[str] = ()  # each answer's physician as the page names them


def pair_features(pool: Sentences) -> Vectors:
    """FEATURES for every pair of sentences: an (n, n, len(FEATURES)) array."""
    owner = np.asarray(pool.owner)
    same = np.equal.outer(owner, owner)
    base = pool.cos + OVERLAP_WEIGHT * pool.overlap
    elsewhere = np.where(same, -9.0, base)
    best = np.zeros(base.shape, dtype=bool)
    rows = np.arange(len(owner))
    for answer in set(pool.owner):
        cols = np.flatnonzero(owner == answer)
        best[rows, cols[np.argmax(elsewhere[:, cols], axis=1)]] = True
    top = elsewhere.max(axis=1) if len(owner) else np.zeros(0)
    generic = np.asarray(pool.generic, dtype=bool)
    aside = np.array([bool(lead_in(t)) for t in pool.text], dtype=bool)
    numbers = [frozenset(_NUMBER.findall(t)) for t in pool.text]
    has_number = np.array([bool(n) for n in numbers], dtype=bool)
    share_number = np.array([[bool(a & b) for b in numbers] for a in numbers], dtype=bool)
    negated = np.array([bool(_NEGATED.search(t)) for t in pool.text], dtype=bool)
    length = np.array([len(t.split()) for t in pool.text], dtype=np.float32) / 40
    columns = [
        pool.cos,
        pool.overlap,
        pool.near,
        best & best.T,
        np.logical_or.outer(generic, generic),
        np.logical_or.outer(aside, aside),
        np.logical_and.outer(has_number, has_number),
        share_number.reshape(base.shape),
        np.logical_xor.outer(has_number, has_number),
        np.minimum.outer(length, length),
        np.maximum.outer(length, length),
        np.logical_xor.outer(negated, negated),
        base - np.minimum.outer(top, top),
        base - np.maximum.outer(top, top),
    ]
    return np.stack([np.asarray(c, dtype=np.float32) for c in columns], axis=-1)


@dataclass(frozen=True)
class Judge:
    """Scores every pair of sentences; a point's members score at least `agree` with its
    seed and, on average, `agree_mean` with the rest."""

    agree: float
    agree_mean: float
    coef: tuple[float, ...] = ()  # learned: one weight a feature
    intercept: float = 0.0
    aside: float = 0.15  # hand-set: a lead-in asks this much more agreement

    @property
    def learned(self) -> bool:
        return bool(self.coef)

    def scores(self, pool: Sentences) -> Vectors:
        """The pair scores, -1 for two sentences of one answer."""
        score: Vectors
        if self.learned:
            logit = pair_features(pool) @ np.asarray(self.coef, dtype=np.float32) + self.intercept
            score = np.asarray(1.0 / (1.0 + np.exp(-logit)), dtype=np.float32)
        else:
            score = (pool.cos + OVERLAP_WEIGHT * pool.overlap).astype(np.float32)
            aside = np.array([bool(lead_in(t)) for t in pool.text], dtype=bool)
            score -= self.aside * np.logical_or.outer(aside, aside)
        score[np.equal.outer(np.asarray(pool.owner), np.asarray(pool.owner))] = -1.0
        return score

    @classmethod
    def from_files(cls, manifest: Path = MANIFEST) -> Judge:
        """The learned judge whose weights match the manifest's sha256; ValueError if not."""
        meta = json.loads(manifest.read_text(encoding="utf-8"))
        weights = manifest.parent / meta["weights"]
        if sha256(weights) != meta["sha256"]:
            raise ValueError(f"{weights.name}: its sha256 is not the manifest's")
        learned = json.loads(weights.read_text(encoding="utf-8"))
        if tuple(learned["features"]) != FEATURES:
            raise ValueError(f"{weights.name}: trained on other features")
        return cls(
            agree=float(meta["threshold"]),
            agree_mean=float(meta["mean_threshold"]),
            coef=tuple(float(w) for w in learned["coef"]),
            intercept=float(learned["intercept"]),
        )


HAND_SET = Judge(agree=0.62, agree_mean=0.62)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@cache
def default() -> Judge:
    """The learned judge, or the hand-set one when its files are missing or altered."""
    try:
        return Judge.from_files()
    except (OSError, ValueError, KeyError) as exc:
        logger.warning("The learned consensus judge is not used (%s); the hand-set one is.", exc)
        return HAND_SET
