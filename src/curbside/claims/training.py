"""Training the claim check's learned reader (`curbside train-claims`): read every corpus
sentence as the checker does (rules, facets), fit the verdict and kind models, choose the
thresholds, and write the files and their manifest.

The corpus (`data/corpus/*.jsonl`, one file a writer) was written for this project from the
reference facts alone; its README says how. The threshold is chosen on leave-one-writer-out
scores: each writer's sentences are scored by models trained on the other writers' only,
which is what new words from a new person look like. The checker raises a learned flag only
where the rules raised none, with a threshold for each stance (learned.STANCES): where the
rules found nothing, the lowest at which the rules and the learned reader together keep their
precision at TARGET_PRECISION out of writer; where the form usually carries no claim, the
lowest at which the reader's own flags in that stance reach SET_ASIDE_PRECISION.
Everything is deterministic: the same corpus, rules and evidence base give the same files,
byte for byte.

The learned reader reads what the rules found, so a change to the rules or to the evidence
base's facts asks for retraining (the manifest records the corpus it was trained on and the
figures it reached).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from curbside.claims import learned
from curbside.claims.kinds import KINDS
from curbside.claims.learned import (
    FILES,
    KIND_TABLE,
    KIND_TERMS,
    MANIFEST,
    SET_ASIDE,
    SILENT,
    STANCES,
    VERDICT_TABLE,
    VERDICT_TERMS,
    VERDICTS,
    WORD_PATTERN,
    LearnedReader,
    sha256,
)
from curbside.claims.rules import FLAGS, Checker, Subject
from curbside.claims.sentences import split_sentences
from curbside.claims.spelling import as_read
from curbside.evidence.knowledge import KnowledgeBase, knowledge_base_from_files
from curbside.lib import termmodel
from curbside.lib.corpus import files_sha256
from curbside.lib.termmodel import TermModel, softmax

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
LABELS = ("contradicts", "overstates", "consistent", "neutral")
# Regularisation of each model (`curbside train-claims --compare` prints the options).
VERDICT_C = 4.0
KIND_C = 16.0
WORD_TERMS = 8000
CHAR_TERMS = 20000
# The precision the rules and the learned reader reach together, out of writer, at the
# chosen threshold, and the share of ordinary sentences (files named "ordinary_*": what
# physicians and clinics write that makes no false claim) they may flag.
TARGET_PRECISION = 0.95
MAX_ORDINARY_FLAGGED = 0.01
ORDINARY = "ordinary_"
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.30, 1.0, 0.01))
# Where the form usually carries no claim: the precision the reader's own flags there must
# reach out of writer, on at least STANCE_FEWEST flags.
SET_ASIDE_PRECISION = 0.95
STANCE_FEWEST = 20
OFF = 1.01  # a threshold no probability reaches

Scores = npt.NDArray[np.float64]
Flags = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class Example:
    sentence: str
    verdict: str  # one of LABELS
    kind: str  # a registered kind
    writer: str  # the corpus file it came from


@dataclass(frozen=True)
class Read:
    """A sentence as the checker reads it."""

    words: str
    chars: str
    rule_flag: bool  # the rules flagged it
    stance: str | None  # how the checker asks the learned reader (Checker.learned_stance)


def load_corpus(directory: Path = CORPUS) -> list[Example]:
    """Every labelled sentence of the corpus; ValueError naming the file and line of a bad one."""
    examples = []
    for path in sorted(directory.glob("*.jsonl")):
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not raw.strip():
                continue
            record = json.loads(raw)
            if record.get("verdict") not in LABELS or record.get("kind") not in KINDS:
                raise ValueError(f"{path.name}:{number}: unknown verdict or kind")
            if not isinstance(record.get("sentence"), str):
                raise ValueError(f"{path.name}:{number}: no sentence")
            examples.append(
                Example(record["sentence"], record["verdict"], record["kind"], path.stem)
            )
    if not examples:
        raise ValueError(f"No labelled sentences in {directory}.")
    return examples


def corpus_sha256(directory: Path = CORPUS) -> str:
    return files_sha256(directory)


def read_all(entries: Sequence[str], kb: KnowledgeBase) -> list[Read]:
    """Each corpus entry read as the checker reads a text, without the learned reader: the
    rules' verdicts on all of it, and, for its last sentence (where writers put the claim of
    an entry of several), the words, facets and context the learned reader would read and
    whether it would be asked."""
    checker = Checker(kb.restricted(["toxin"]), reader=None)  # the reader reads toxin text
    reads = []
    for entry in entries:
        carried: Subject | None = None
        previous = ""
        sentences = [s.text for s in split_sentences(entry)] or [entry]
        for sentence in sentences[:-1]:
            _, carried = checker.check_sentence(sentence, carried)
            previous = sentence
        last = sentences[-1]
        reading = checker.reader.read(as_read(last))
        view = checker.subjects.view(reading, carried)
        findings = [f for r in checker.readers for f in r.findings(view)]
        words, chars = checker.learned_texts(last, reading, findings, previous)
        verdicts = checker.check_text(entry)
        reads.append(
            Read(
                words,
                chars,
                any(v.verdict in FLAGS for v in verdicts),
                checker.learned_stance(view, findings),
            )
        )
    return reads


def fit_models(
    reads: Sequence[Read],
    examples: Sequence[Example],
    verdict_c: float = VERDICT_C,
    kind_c: float = KIND_C,
) -> tuple[TermModel, TermModel]:
    words = [r.words for r in reads]
    chars = [r.chars for r in reads]
    verdicts = [VERDICTS.index(e.verdict) if e.verdict in VERDICTS else 0 for e in examples]
    verdict_model = termmodel.fit(
        words,
        chars,
        verdicts,
        c=verdict_c,
        outputs=len(VERDICTS),
        word_terms=WORD_TERMS,
        char_terms=CHAR_TERMS,
        class_weight=None,
        word_pattern=WORD_PATTERN,
    )
    # The kind is asked only of a flag: learned from the claims, not the ordinary sentences
    # (whose kind is a loose guess).
    claims = [i for i, e in enumerate(examples) if not e.writer.startswith(ORDINARY)]
    kind_model = termmodel.fit(
        [words[i] for i in claims],
        [chars[i] for i in claims],
        [KINDS.names().index(examples[i].kind) for i in claims],
        c=kind_c,
        outputs=len(KINDS.names()),
        word_terms=WORD_TERMS,
        char_terms=CHAR_TERMS,
        class_weight=None,
        word_pattern=WORD_PATTERN,
    )
    return verdict_model, kind_model


def flag_probability(model: TermModel, reads: Sequence[Read]) -> Scores:
    scores = model.scores([r.words for r in reads], [r.chars for r in reads])
    return np.asarray(1.0 - softmax(scores)[:, 0])


def out_of_writer(
    examples: Sequence[Example], reads: Sequence[Read], verdict_c: float = VERDICT_C
) -> Scores:
    """Each sentence's flag probability from a model that never saw its writer's sentences."""
    writers = np.array([e.writer for e in examples])
    scores = np.zeros(len(examples))
    for writer in sorted(set(writers)):
        held = writers == writer
        train = [i for i in range(len(examples)) if not held[i]]
        model, _ = fit_models([reads[i] for i in train], [examples[i] for i in train], verdict_c)
        scores[held] = flag_probability(model, [reads[int(i)] for i in np.flatnonzero(held)])
    return scores


def raised_by(reads: Sequence[Read], scores: Scores, thresholds: dict[str, float]) -> Flags:
    """Which sentences the rules and the learned reader flag together."""
    return np.array(
        [
            r.rule_flag or (r.stance is not None and s >= thresholds[r.stance])
            for r, s in zip(reads, scores, strict=True)
        ]
    )


def figures(
    examples: Sequence[Example],
    reads: Sequence[Read],
    scores: Scores,
    thresholds: dict[str, float],
) -> dict[str, Any]:
    """Precision and recall of the rules and the learned reader together, and of the reader's
    own flags in each stance."""
    expected = np.array([e.verdict in FLAGS for e in examples])
    raised = raised_by(reads, scores, thresholds)
    caught = int((raised & expected).sum())
    ordinary = np.array([e.writer.startswith(ORDINARY) for e in examples])
    stances = np.array([r.stance or "" for r in reads])
    learned_flags = raised & ~np.array([r.rule_flag for r in reads])
    by_stance = {}
    for stance in STANCES:
        mine = learned_flags & (stances == stance)
        by_stance[stance] = {
            "flags": int(mine.sum()),
            "precision": round(int((mine & expected).sum()) / max(int(mine.sum()), 1), 4),
        }
    return {
        "precision": round(caught / max(int(raised.sum()), 1), 4),
        "recall": round(caught / max(int(expected.sum()), 1), 4),
        "ordinary_flagged": round(float(raised[ordinary].mean()) if ordinary.any() else 0.0, 4),
        "rules_recall": round(
            sum(r.rule_flag and e for r, e in zip(reads, expected, strict=True))
            / max(int(expected.sum()), 1),
            4,
        ),
        "stances": by_stance,
    }


def choose_thresholds(
    examples: Sequence[Example],
    reads: Sequence[Read],
    scores: Scores,
    target: float = TARGET_PRECISION,
) -> dict[str, float]:
    """Each stance's threshold, out of writer:
    - SILENT: the lowest at which the rules and the reader together reach `target` and at most
      MAX_ORDINARY_FLAGGED of the ordinary sentences are flagged (the highest tried when none
      does);
    - SET_ASIDE: the lowest, no lower than SILENT's, at which the reader's own flags there (at
      least STANCE_FEWEST) reach SET_ASIDE_PRECISION and the ordinary sentences stay within
      their share; OFF when none does."""
    thresholds = dict.fromkeys(STANCES, OFF)
    thresholds[SILENT] = THRESHOLDS[-1]
    for threshold in THRESHOLDS:
        found = figures(examples, reads, scores, {**thresholds, SILENT: threshold})
        if found["precision"] >= target and found["ordinary_flagged"] <= MAX_ORDINARY_FLAGGED:
            thresholds[SILENT] = threshold
            break
    for threshold in (t for t in THRESHOLDS if t >= thresholds[SILENT]):
        found = figures(examples, reads, scores, {**thresholds, SET_ASIDE: threshold})
        mine = found["stances"][SET_ASIDE]
        if (
            mine["flags"] >= STANCE_FEWEST
            and mine["precision"] >= SET_ASIDE_PRECISION
            and found["ordinary_flagged"] <= MAX_ORDINARY_FLAGGED
        ):
            thresholds[SET_ASIDE] = threshold
            break
    return thresholds


def write(directory: Path, verdict_model: TermModel, kind_model: TermModel) -> dict[str, str]:
    verdict_model.write(directory, VERDICT_TABLE, VERDICT_TERMS)
    kind_model.write(directory, KIND_TABLE, KIND_TERMS)
    return {name: sha256(directory / name) for name in FILES}


def train(corpus: Path = CORPUS, manifest: Path = MANIFEST) -> dict[str, Any]:
    """Train on the whole corpus and write the files and manifest beside `manifest`; returns
    the manifest."""
    kb = knowledge_base_from_files()
    examples = load_corpus(corpus)
    reads = read_all([e.sentence for e in examples], kb)
    scores = out_of_writer(examples, reads)
    thresholds = choose_thresholds(examples, reads, scores)
    verdict_model, kind_model = fit_models(reads, examples)
    meta = {
        "sha256": write(manifest.parent, verdict_model, kind_model),
        "thresholds": thresholds,
        "verdicts": list(VERDICTS),
        "kinds": list(KINDS.names()),
        "verdict_c": VERDICT_C,
        "kind_c": KIND_C,
        "target_precision": TARGET_PRECISION,
        "corpus_sha256": corpus_sha256(corpus),
        "corpus": {
            "sentences": len(examples),
            "flags": sum(e.verdict in FLAGS for e in examples),
            "writers": len({e.writer for e in examples}),
        },
        "set_aside_precision": SET_ASIDE_PRECISION,
        "out_of_writer": figures(examples, reads, scores, thresholds),
    }
    manifest.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    LearnedReader.from_files(manifest)  # what was written loads and matches its sha256
    learned.default.cache_clear()
    return meta


def compare(corpus: Path = CORPUS) -> list[str]:
    """Out-of-writer precision and recall at a few regularisation strengths, each with the
    thresholds it would choose."""
    kb = knowledge_base_from_files()
    examples = load_corpus(corpus)
    reads = read_all([e.sentence for e in examples], kb)
    lines = ["out-of-writer precision / recall of the rules and the learned reader together"]
    for c in (1.0, VERDICT_C, 16.0):
        scores = out_of_writer(examples, reads, c)
        thresholds = choose_thresholds(examples, reads, scores)
        f = figures(examples, reads, scores, thresholds)
        stances = ", ".join(
            f"{stance} {thresholds[stance]:g} ({f['stances'][stance]['flags']} flags, "
            f"precision {f['stances'][stance]['precision']:.3f})"
            for stance in STANCES
        )
        lines.append(
            f"C {c:g}: precision {f['precision']:.3f}, recall {f['recall']:.3f}, ordinary "
            f"flagged {f['ordinary_flagged']:.3f}; {stances}"
        )
    return lines
