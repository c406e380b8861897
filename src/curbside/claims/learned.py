"""The claim check's learned reader: two linear models over a sentence's words and what the
evidence base says about the things it names, trained on sentences written for this project
(`curbside train-claims`; corpus in `data/corpus/`).

What it reads (`texts`):
- the sentence, normalised, with words in a negation's scope marked ("no neg_albumin"), as
  word 1-2-grams and character 3-5-grams (misspellings, slang);
- the sentence's facets (facets.py): whether each use it names is on the label of each
  product it names, whether a year or an age matches, whether an ingredient is in the vial…;
  and each facet paired with the forms of claim the sentence uses (`paired`: "only",
  "every", a denial, proof, absolute safety, the same units);
- what the rules found: "rule_contradicts_units", "rule_consistent_approval_year", or
  "rule_none";
- the sentence before it in the paragraph, as context words ("ctx_jeuveau"), so that "It's
  only cleared for frown lines" after "Jeuveau is lovely." is read with what "it" is.

What it says (`LearnedReader.read`): the probability that the sentence contradicts or
overstates the label, which of the two, the kind of claim it most resembles, and the words
that pushed the verdict most. The checker asks it only about sentences the rules did not
flag or find true, with a threshold for each stance (Checker.learned_stance): where the rules
found nothing, and where the sentence's form usually carries no claim of its own. A learned flag
stands only with a fact of its kind from the evidence base to show (kinds.py): it reads; the
evidence base judges and explains.

The files (`data/reader-*.npy`, `data/reader-*.txt`) are written by `curbside train-claims`;
`data/reader.json` records their sha256 and the thresholds. Files that do not match their
sha256 give no learned reader (logged once): the rules still run.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from curbside.claims.language import normalize
from curbside.lib.framing import NEGATION, compiled, negation_marked
from curbside.lib.termmodel import TermModel, softmax

logger = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parent / "data"
MANIFEST = DATA / "reader.json"
VERDICT_TABLE, VERDICT_TERMS = "reader-verdict.npy", "reader-verdict.txt"
KIND_TABLE, KIND_TERMS = "reader-kind.npy", "reader-kind.txt"
FILES = (VERDICT_TABLE, VERDICT_TERMS, KIND_TABLE, KIND_TERMS)
NONE = "none"
VERDICTS = (NONE, "contradicts", "overstates")
# How the learned reader is asked about a sentence (Checker.learned_stance); each has its own
# threshold, chosen out of writer by training.py.
SILENT = "silent"  # the rules found nothing checkable
SET_ASIDE = "set_aside"  # a form that usually carries no claim of its own
STANCES = (SILENT, SET_ASIDE)
# Words joined by underscores stay whole ("kb_use_off", "neg_albumin"); apostrophes too.
WORD_PATTERN = r"[\w']+"
# The claim check's negation cues: the shared ones and the contracted forms claims use.
CUES = compiled(
    NEGATION.pattern,
    r"can'?t",
    "cannot",
    "nothing",
    "nobody",
    r"(?:is|are|does|do|did|was|were|has|have|wo)nt",
    r"aren't",
)


def char_text(sentence: str) -> str:
    return negation_marked(normalize(sentence), cue=CUES)


def word_text(sentence: str, facets: list[str], rules: list[str], previous: str = "") -> str:
    """The sentence's words, its facets, the rules' findings, and the previous sentence's
    words marked as context ("ctx_jeuveau ctx_lovely"): what it said before, not this claim."""
    context = [f"ctx_{w}" for w in re.findall(r"[\w']+", char_text(previous))] if previous else []
    return " ".join([char_text(sentence), *facets, *rules, *context])


def paired(facets: list[str], cues: list[str]) -> list[str]:
    """Each facet joined with each form of claim the sentence uses ("kb_uses_cosmetic_only"
    with "only": "kb_uses_cosmetic_only__only"). A linear model weighs words and facets each
    on its own; "strictly cosmetic" is false of Botox and true of Jeuveau, and only the pair
    says which."""
    return [f"{facet}__{cue}" for facet in facets for cue in cues]


def rule_words(findings: list[tuple[str, str]]) -> list[str]:
    """What the rules found, as words: "rule_<verdict>" and "rule_<verdict>_<kind>"."""
    if not findings:
        return ["rule_none"]
    words: list[str] = []
    for verdict, kind in findings:
        words += [f"rule_{verdict}", f"rule_{verdict}_{kind}"]
    return list(dict.fromkeys(words))


@dataclass(frozen=True)
class LearnedReading:
    probability: float  # that the sentence contradicts or overstates the label
    verdict: str  # "contradicts" or "overstates": the likelier of the two
    kind: str  # the claim kind it most resembles
    words: tuple[str, ...]  # the word n-grams that pushed the verdict most
    flagged: bool  # probability at or above the stance's threshold


def _shown(terms: list[str]) -> list[str]:
    """The sentence's own words among the leading terms (not the facets or rule words)."""
    shown = [
        " ".join(w.removeprefix("neg_") for w in term.split())
        for term in terms
        if not any(w.startswith(("kb_", "rule_", "ctx_")) for w in term.split())
    ]
    return list(dict.fromkeys(shown))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass(frozen=True)
class LearnedReader:
    verdicts: TermModel  # outputs: VERDICTS
    kinds: TermModel  # outputs: `kind_names`
    kind_names: tuple[str, ...]
    thresholds: dict[str, float]  # a stance's threshold (above 1: never flags)

    @classmethod
    def from_files(cls, manifest: Path = MANIFEST) -> LearnedReader:
        """The reader stored beside `manifest`; ValueError when a file is not the one the
        manifest names."""
        meta: dict[str, Any] = json.loads(manifest.read_text(encoding="utf-8"))
        for name in FILES:
            if sha256(manifest.parent / name) != meta["sha256"][name]:
                raise ValueError(f"{name} does not match its sha256 in {manifest.name}")
        verdicts = TermModel.read(
            manifest.parent, VERDICT_TABLE, VERDICT_TERMS, word_pattern=WORD_PATTERN
        )
        kinds = TermModel.read(manifest.parent, KIND_TABLE, KIND_TERMS, word_pattern=WORD_PATTERN)
        names = tuple(meta["kinds"])
        if verdicts.outputs != len(VERDICTS) or kinds.outputs != len(names):
            raise ValueError(
                f"The learned reader's files in {manifest.parent} do not fit together."
            )
        thresholds = {stance: float(meta["thresholds"][stance]) for stance in STANCES}
        return cls(verdicts, kinds, names, thresholds)

    def read(self, words: str, chars: str, stance: str = SILENT) -> LearnedReading:
        verdict = softmax(self.verdicts.scores_one(words, chars))
        probability = float(1.0 - verdict[0])
        which = 1 if verdict[1] >= verdict[2] else 2
        kind = self.kind_names[int(np.argmax(self.kinds.scores_one(words, chars)))]
        return LearnedReading(
            probability=probability,
            verdict=VERDICTS[which],
            kind=kind,
            words=tuple(_shown(self.verdicts.leading_words(words, which, count=6))[:3]),
            flagged=probability >= self.thresholds[stance],
        )


@cache
def default() -> LearnedReader | None:
    """The repository's learned reader, or None (logged once) when its files are missing or
    altered."""
    try:
        return LearnedReader.from_files()
    except (OSError, ValueError, KeyError) as exc:
        logger.warning("The claim check's learned reader is off (%s); the rules still run.", exc)
        return None
