"""Training the triage screener (`curbside train-triage`): embed the corpus, fit the meaning
and wording models, choose the threshold, and write the files and their manifest.

The corpus (`data/corpus/*.jsonl`, one file a writer) was written for this project from the
policy alone; its README says how. The threshold is chosen on leave-one-writer-out scores:
each writer's texts are scored by models trained on the other writers' texts only, which is
what new words from a new person look like. Everything is deterministic: the same corpus and
embedding model give the same files, byte for byte (weights are rounded before they are
stored, so that the last bits of a float sum cannot change them).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from curbside.lib import termmodel
from curbside.lib.corpus import files_sha256
from curbside.lib.termmodel import TermModel
from curbside.triage.reading import Group
from curbside.triage.screener import (
    FILES,
    MANIFEST,
    MEANING,
    NONE,
    TERMS,
    WORDING,
    Screener,
    meaning_urgency,
    sha256,
    wording_text,
    wording_urgency,
)

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
CLASSES = (NONE, *(g.value for g in Group))
# Regularisation of each model, chosen by leave-one-writer-out recall at MAX_HELD
# (`curbside train-triage --compare` prints the options).
MEANING_C = 128.0
WORDING_C = 64.0
# Vocabulary caps: the most frequent n-grams seen in two texts or more. Capping measured as
# well as the whole vocabulary and keeps the files small.
WORD_TERMS = 5000
CHAR_TERMS = 20000
# The meaning model's share of the screener's score (leave-one-writer-out recall at MAX_HELD:
# 0 → 0.982, 0.15 → 0.986, 0.25 → 0.988, 0.35 → 0.984, 0.5 → 0.968; 9 writers, 4,600 texts).
MEANING_WEIGHT = 0.25
# The share of ordinary corpus texts (scored out of writer) the screener may hold by itself;
# the threshold is the lowest that holds no more.
MAX_HELD = 0.03
DECIMALS = 5
ABSENT = -50.0  # the bias of a class with no training text: exp(-50) is nothing

Scores = npt.NDArray[np.float64]
Floats = npt.NDArray[np.float32]


@dataclass(frozen=True)
class Example:
    text: str
    label: str  # a Group value, or "none"
    writer: str  # the corpus file it came from


def load_corpus(directory: Path = CORPUS) -> list[Example]:
    """Every labelled text of the corpus; ValueError naming the file and line of a bad one."""
    examples = []
    for path in sorted(directory.glob("*.jsonl")):
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not raw.strip():
                continue
            record = json.loads(raw)
            label = record["family"] if record["urgent"] else NONE
            if label not in CLASSES or not isinstance(record["text"], str):
                raise ValueError(f"{path.name}:{number}: unknown family {label!r}")
            examples.append(Example(record["text"], label, path.stem))
    if not examples:
        raise ValueError(f"No labelled texts in {directory}.")
    return examples


def corpus_sha256(directory: Path = CORPUS) -> str:
    return files_sha256(directory)


def embed_texts(texts: Sequence[str]) -> Floats:
    """The embeddings triage reads at run time: each text as similar-question search
    prepares it."""
    from curbside.search import semantic

    vectors = semantic.embed([semantic.prepare(t) for t in texts])
    if vectors is None:
        raise RuntimeError("The embedding model could not be loaded; see the log.")
    return vectors


def fit_meaning(vectors: Floats, labels: Sequence[str], c: float = MEANING_C) -> Floats:
    """A (classes x 1 + dimensions) table: each class's bias, then its weights."""
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]  # ships no type information

    y = np.array([CLASSES.index(label) for label in labels])
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced", tol=1e-6)
    model.fit(vectors.astype(np.float64), y)
    # A class the texts do not hold gets no probability (a small corpus, a test).
    table = np.zeros((len(CLASSES), vectors.shape[1] + 1), dtype=np.float64)
    table[:, 0] = ABSENT
    if len(model.classes_) == 2:  # scikit-learn fits one row: the second class against the first
        table[model.classes_[0], 0] = 0.0
        table[model.classes_[1], 0] = model.intercept_[0]
        table[model.classes_[1], 1:] = model.coef_[0]
    else:
        for row, label in enumerate(model.classes_):
            table[label, 0] = model.intercept_[row]
            table[label, 1:] = model.coef_[row]
    return np.round(table, DECIMALS).astype(np.float32)


def fit_wording(
    texts: Sequence[str], urgent: npt.NDArray[np.bool_], c: float = WORDING_C
) -> TermModel:
    """The wording model: one output, the urgency score."""
    marked = [wording_text(t) for t in texts]
    return termmodel.fit(
        marked,
        marked,
        [int(u) for u in urgent],
        c=c,
        word_terms=WORD_TERMS,
        char_terms=CHAR_TERMS,
    )


def write(directory: Path, meaning: Floats, wording: TermModel) -> dict[str, str]:
    """Write the screener's files into `directory`; their sha256 by name."""
    with (directory / MEANING.name).open("wb") as out:
        np.save(out, meaning, allow_pickle=False)
    wording.write(directory, WORDING.name, TERMS.name)
    return {path.name: sha256(directory / path.name) for path in FILES}


def out_of_writer(
    examples: Sequence[Example],
    vectors: Floats,
    meaning_c: float = MEANING_C,
    wording_c: float = WORDING_C,
) -> tuple[Scores, Scores]:
    """Each text's urgency by meaning and by wording, from models that never saw its
    writer's texts."""
    writers = np.array([e.writer for e in examples])
    labels = np.array([e.label for e in examples])
    texts = np.array([e.text for e in examples], dtype=object)
    urgent = labels != NONE
    by_meaning, by_wording = np.zeros(len(examples)), np.zeros(len(examples))
    for writer in sorted(set(writers)):
        held = writers == writer
        table = fit_meaning(vectors[~held], list(labels[~held]), meaning_c)
        by_meaning[held] = 1.0 - meaning_urgency(table, vectors[held])[:, 0]
        wording = fit_wording(list(texts[~held]), urgent[~held], wording_c)
        by_wording[held] = wording_urgency(wording, list(texts[held]))
    return by_meaning, by_wording


def choose_threshold(
    scores: Scores, urgent: npt.NDArray[np.bool_], max_held: float = MAX_HELD
) -> float:
    """The lowest threshold (to 4 places) that holds at most `max_held` of the ordinary
    texts."""
    ordinary = np.sort(scores[~urgent])[::-1]
    allowed = int(np.floor(max_held * len(ordinary)))
    return float(np.floor(ordinary[allowed] * 1e4) / 1e4 + 1e-4) if allowed < len(ordinary) else 0.0


def figures(scores: Scores, urgent: npt.NDArray[np.bool_], threshold: float) -> dict[str, float]:
    held = scores >= threshold
    return {
        "recall": round(float(held[urgent].mean()), 4),
        "ordinary_held": round(float(held[~urgent].mean()), 4),
    }


def train(corpus: Path = CORPUS, manifest: Path = MANIFEST) -> dict[str, Any]:
    """Train on the whole corpus and write the files and manifest beside `manifest`; returns
    the manifest."""
    from curbside.search import semantic

    examples = load_corpus(corpus)
    vectors = embed_texts([e.text for e in examples])
    urgent = np.array([e.label != NONE for e in examples])
    by_meaning, by_wording = out_of_writer(examples, vectors)
    combined = MEANING_WEIGHT * by_meaning + (1 - MEANING_WEIGHT) * by_wording
    threshold = choose_threshold(combined, urgent)
    meaning = fit_meaning(vectors, [e.label for e in examples])
    wording = fit_wording([e.text for e in examples], urgent)
    meta = {
        "sha256": write(manifest.parent, meaning, wording),
        "classes": list(CLASSES),
        "threshold": round(threshold, 4),
        "meaning_weight": MEANING_WEIGHT,
        "model": semantic.model_name(),
        "meaning_c": MEANING_C,
        "wording_c": WORDING_C,
        "max_held": MAX_HELD,
        "corpus_sha256": corpus_sha256(corpus),
        "corpus": {
            "texts": len(examples),
            "urgent": int(urgent.sum()),
            "writers": len({e.writer for e in examples}),
        },
        "out_of_writer": figures(combined, urgent, threshold),
    }
    manifest.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    Screener.from_files(manifest)  # what was written loads and matches its sha256
    return meta


def compare(corpus: Path = CORPUS) -> list[str]:
    """Leave-one-writer-out recall at 2, 3 and 5% of ordinary texts held, for each model
    alone, their mean and their maximum, at a few regularisation strengths."""
    examples = load_corpus(corpus)
    vectors = embed_texts([e.text for e in examples])
    urgent = np.array([e.label != NONE for e in examples])

    def line(name: str, scores: Scores) -> str:
        recalls = [
            figures(scores, urgent, choose_threshold(scores, urgent, share))["recall"]
            for share in (0.02, 0.03, 0.05)
        ]
        return f"{name}: recall {recalls[0]:.3f} / {recalls[1]:.3f} / {recalls[2]:.3f}"

    lines = ["leave-one-writer-out recall with 2% / 3% / 5% of ordinary texts held"]
    combine: dict[str, Callable[[Scores, Scores], Scores]] = {
        "meaning alone": lambda m, w: m,
        "wording alone": lambda m, w: w,
        "mean": lambda m, w: (m + w) / 2,
        f"meaning weighted {MEANING_WEIGHT:g}": lambda m, w: (
            MEANING_WEIGHT * m + (1 - MEANING_WEIGHT) * w
        ),
        "maximum": np.maximum,
    }
    for meaning_c, wording_c in ((8.0, 4.0), (MEANING_C, WORDING_C), (128.0, 64.0)):
        by_meaning, by_wording = out_of_writer(examples, vectors, meaning_c, wording_c)
        for name, how in combine.items():
            lines.append(
                line(f"C {meaning_c:g}/{wording_c:g}, {name}", how(by_meaning, by_wording))
            )
    return lines
