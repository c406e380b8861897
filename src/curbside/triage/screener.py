"""The learned screener: two linear models trained on a corpus written for this project, whose
weighted mean says how likely a text is to describe an emergency.

- Over meaning: a multinomial logistic regression over the sentence embedding that every
  question already gets for similar-question search (all-MiniLM-L6-v2, 384 numbers). Its
  classes are the policy's emergency families (`reading.Group`) and "none"; it also says which
  family a text resembles, so the advice fits.
- Over wording: a logistic regression over TF-IDF word 1-2-grams and character 3-5-grams
  (inside words), for misspellings, slang and lay words that an embedding blurs. It reads
  the text with negated words marked ("no neg_calf neg_swelling"), so that a denial is not
  read as the symptom it denies.

Measured leave-one-writer-out on the corpus (each writer's texts scored by models trained on
the others'), the wording model with a quarter of the meaning model's score caught more urgent
texts at the same share of ordinary ones held than either alone or their plain mean
(`curbside train-triage --compare`). A text is urgent when that score reaches the threshold
chosen there.

The files (`data/screener-*.npy`, `data/screener-terms.txt`; a few hundred kilobytes) are
written by `curbside train-triage`; `data/screener.json` records their sha256, the threshold
and how they were made. Files that do not match their sha256, or a process whose embedding
model is not the one the weights were trained on, give no screener (logged once): the rules
still run.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from curbside.triage.language import negation_marked
from curbside.triage.reading import Group

if TYPE_CHECKING:
    from scipy.sparse import spmatrix  # type: ignore[import-untyped]  # ships no type information
    from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-untyped]  # ships no type information

logger = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parent / "data"
MANIFEST = DATA / "screener.json"
MEANING = DATA / "screener-meaning.npy"  # classes x (bias + 384 weights)
WORDING = DATA / "screener-wording.npy"  # 2 x (1 + terms): [0, idf…], [bias, weights…]
TERMS = DATA / "screener-terms.txt"  # "w <word n-gram>" or "c <character n-gram>", a line
FILES = (MEANING, WORDING, TERMS)
NONE = "none"
# A family other than the most likely counts as "resembled" with this share of the urgent
# probability.
FAMILY_SHARE = 0.25
WORD_NGRAMS = (1, 2)
CHAR_NGRAMS = (3, 5)

Matrix = npt.NDArray[np.float32]


@dataclass(frozen=True)
class Screen:
    urgent: bool
    probability: float  # the screener's score: its two models' urgency, weighted
    families: tuple[Group, ...]  # those it resembles, most likely first


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


Parts = tuple["TfidfVectorizer", "TfidfVectorizer"]


def vectorizers(words: list[str], chars: list[str], wording: Matrix) -> Parts:
    """The wording model's two TF-IDF vectorizers over their fixed vocabularies, with the
    idf stored in the first row of its table."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    parts = (
        TfidfVectorizer(ngram_range=WORD_NGRAMS, sublinear_tf=True, vocabulary=words),
        TfidfVectorizer(
            analyzer="char_wb", ngram_range=CHAR_NGRAMS, sublinear_tf=True, vocabulary=chars
        ),
    )
    parts[0].idf_ = wording[0, 1 : 1 + len(words)].astype(np.float64)
    parts[1].idf_ = wording[0, 1 + len(words) :].astype(np.float64)
    return parts


def wording_text(text: str) -> str:
    """What the wording model reads: the normalised text with negated words marked."""
    return negation_marked(text)


def features(parts: Parts, texts: list[str]) -> spmatrix:
    from scipy.sparse import hstack

    marked = [wording_text(t) for t in texts]
    return hstack([p.transform(marked) for p in parts]).tocsr()


def wording_urgency(parts: Parts, wording: Matrix, texts: list[str]) -> npt.NDArray[np.float64]:
    """Each text's urgency by the wording model, through scikit-learn (training, and the
    reference for `Screener.wording_one`)."""
    scores = features(parts, texts) @ wording[1, 1:].astype(np.float64) + float(wording[1, 0])
    return np.asarray(1.0 / (1.0 + np.exp(-scores)))


def meaning_urgency(table: Matrix, vectors: Matrix) -> npt.NDArray[np.float64]:
    """Each row's class probabilities from a (classes x bias + weights) table; "none" is the
    first class."""
    scores = vectors.astype(np.float64) @ table[:, 1:].T.astype(np.float64) + table[:, 0]
    scores -= scores.max(axis=1, keepdims=True)
    exp = np.exp(scores)
    return np.asarray(exp / exp.sum(axis=1, keepdims=True))


@dataclass(frozen=True)
class Screener:
    meaning: Matrix  # classes x (bias + dimensions)
    wording: Matrix  # 2 x (1 + terms)
    parts: Parts
    # Each part's analyzer (text → n-grams) and vocabulary (n-gram → column within the part).
    analyzers: tuple[tuple[Callable[[str], list[str]], dict[str, int]], ...]
    classes: tuple[str, ...]
    threshold: float
    meaning_weight: float  # the meaning model's share of the score; the wording's is the rest
    model: str  # the embedding model the weights were trained on

    @classmethod
    def from_files(cls, manifest: Path = MANIFEST) -> Screener:
        """The screener stored beside `manifest`. Raises ValueError when a file is not the
        one the manifest names."""
        meta: dict[str, Any] = json.loads(manifest.read_text(encoding="utf-8"))
        for path in FILES:
            found = manifest.parent / path.name
            if sha256(found) != meta["sha256"][path.name]:
                raise ValueError(f"{path.name} does not match its sha256 in {manifest.name}")
        meaning = np.load(manifest.parent / MEANING.name, allow_pickle=False)
        wording = np.load(manifest.parent / WORDING.name, allow_pickle=False)
        lines = (manifest.parent / TERMS.name).read_text(encoding="utf-8").split("\n")
        words = [line[2:] for line in lines if line.startswith("w ")]
        chars = [line[2:] for line in lines if line.startswith("c ")]
        if meaning.shape[0] != len(meta["classes"]) or wording.shape[1] != 1 + len(words) + len(
            chars
        ):
            raise ValueError(f"The screener's files in {manifest.parent} do not fit together.")
        parts = vectorizers(words, chars, wording)
        return cls(
            meaning=meaning,
            wording=wording,
            parts=parts,
            analyzers=tuple(
                (part.build_analyzer(), {term: i for i, term in enumerate(terms)})
                for part, terms in zip(parts, (words, chars), strict=True)
            ),
            classes=tuple(meta["classes"]),
            threshold=float(meta["threshold"]),
            meaning_weight=float(meta["meaning_weight"]),
            model=str(meta["model"]),
        )

    def wording_one(self, text: str) -> float:
        """`wording_urgency` of one text, without scikit-learn's per-call checks (a tenth of
        the time): the same analyzers, sublinear tf, idf and l2 norm, then the weights."""
        score = float(self.wording[1, 0])
        offset = 1
        marked = wording_text(text)
        for analyze, index in self.analyzers:
            counts: dict[int, int] = {}
            for term in analyze(marked):
                column = index.get(term)
                if column is not None:
                    counts[column] = counts.get(column, 0) + 1
            if counts:
                columns = offset + np.fromiter(counts, dtype=np.int64)
                tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64))
                values = tf * self.wording[0, columns].astype(np.float64)
                weights = self.wording[1, columns].astype(np.float64)
                score += float(values @ weights / np.linalg.norm(values))
            offset += len(index)
        return 1.0 / (1.0 + math.exp(-score))

    def screen(self, text: str, vector: npt.NDArray[np.float32]) -> Screen:
        row = meaning_urgency(self.meaning, vector.reshape(1, -1))[0]
        weight = self.meaning_weight
        probability = float(weight * (1.0 - row[0]) + (1.0 - weight) * self.wording_one(text))
        scored = sorted(
            ((float(p), name) for p, name in zip(row, self.classes, strict=True) if name != NONE),
            reverse=True,
        )
        urgent_mass = sum(p for p, _ in scored)
        # The most likely family always, and any other that holds a fair share; thoughts of
        # self-harm only when they are the most likely (naming them by mistake would hurt).
        families = tuple(
            Group(name)
            for rank, (p, name) in enumerate(scored)
            if rank == 0 or (p >= FAMILY_SHARE * urgent_mass and name != Group.CRISIS.value)
        )
        return Screen(
            urgent=probability >= self.threshold, probability=probability, families=families
        )


@cache
def default() -> Screener | None:
    """The repository's screener for this process, or None (logged once) when its files are
    missing or altered, or were trained on another embedding model than the one in use."""
    from curbside.search import semantic

    try:
        screener = Screener.from_files()
    except (OSError, ValueError, KeyError) as exc:
        logger.warning("The triage screener is off (%s); the rules still run.", exc)
        return None
    if screener.model != semantic.model_name():
        logger.warning(
            "The triage screener is off: it was trained on %s embeddings and this process uses "
            "%s; the rules still run. Retrain it with `curbside train-triage`.",
            screener.model,
            semantic.model_name(),
        )
        return None
    return screener
