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
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from curbside.lib.termmodel import TermModel, sigmoid, softmax
from curbside.triage.language import negation_marked
from curbside.triage.reading import Group

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

Matrix = npt.NDArray[np.float32]


@dataclass(frozen=True)
class Screen:
    urgent: bool
    probability: float  # the screener's score: its two models' urgency, weighted
    families: tuple[Group, ...]  # those it resembles, most likely first


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def wording_text(text: str) -> str:
    """What the wording model reads: the normalised text with negated words marked."""
    return negation_marked(text)


def wording_urgency(model: TermModel, texts: list[str]) -> npt.NDArray[np.float64]:
    """Each text's urgency by the wording model, through scikit-learn (training, and the
    reference for `Screener.wording_one`)."""
    marked = [wording_text(t) for t in texts]
    return np.asarray(1.0 / (1.0 + np.exp(-model.scores(marked, marked)[:, 0])))


def meaning_urgency(table: Matrix, vectors: Matrix) -> npt.NDArray[np.float64]:
    """Each row's class probabilities from a (classes x bias + weights) table; "none" is the
    first class."""
    scores = vectors.astype(np.float64) @ table[:, 1:].T.astype(np.float64) + table[:, 0]
    return softmax(scores)


@dataclass(frozen=True)
class Screener:
    meaning: Matrix  # classes x (bias + dimensions)
    wording: TermModel  # one output: the urgency score
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
        wording = TermModel.read(manifest.parent, WORDING.name, TERMS.name)
        if meaning.shape[0] != len(meta["classes"]) or wording.outputs != 1:
            raise ValueError(f"The screener's files in {manifest.parent} do not fit together.")
        return cls(
            meaning=meaning,
            wording=wording,
            classes=tuple(meta["classes"]),
            threshold=float(meta["threshold"]),
            meaning_weight=float(meta["meaning_weight"]),
            model=str(meta["model"]),
        )

    def wording_one(self, text: str) -> float:
        """`wording_urgency` of one text, without scikit-learn's per-call checks."""
        marked = wording_text(text)
        return sigmoid(float(self.wording.scores_one(marked, marked)[0]))

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
