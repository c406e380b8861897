"""Scoring a summary against a labelled question (docs/consensus-labels.md): the evaluation in
bench/consensus_eval.py and the judge's training (consensus.training) count the same way.

A summary point matches a labelled point when at least half of its physicians' sentences are
the sentences the label quotes for the same physicians (a sentence matches a quote when they
share 60% of their words); each labelled point matches at most one summary point. Precision:
matched summary points / summary points. Recall: matched labelled points / labelled points.
Count accuracy: matched points whose physician count is the labelled one. A difference matches
when two of its stances match two different stances of a labelled difference."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from curbside.consensus.summary import AnswerText
from curbside.consensus.text import answer_sentences
from curbside.search import semantic

_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower().replace("**", "")))


def same_sentence(a: str, b: str) -> bool:
    a_words, b_words = _words(a), _words(b.removesuffix(" …"))
    return len(a_words & b_words) >= 0.6 * max(1, min(len(a_words), len(b_words)))


@dataclass
class Score:
    system: int = 0
    gold: int = 0
    matched: int = 0
    counted: int = 0

    def add(self, other: Score) -> None:
        self.system += other.system
        self.gold += other.gold
        self.matched += other.matched
        self.counted += other.counted

    @property
    def precision(self) -> float:
        return self.matched / self.system if self.system else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def count_accuracy(self) -> float:
        return self.counted / self.matched if self.matched else 1.0


def _overlap(point: Any, gold: dict[str, Any]) -> float:
    quotes = gold["sentences"]
    hits = sum(
        1
        for physician, sentence in zip(point.physicians, point.said, strict=True)
        if physician in quotes and same_sentence(sentence, quotes[physician])
    )
    return hits / len(point.physicians)


def score_points(points: list[Any], golds: list[dict[str, Any]]) -> Score:
    result = Score(system=len(points), gold=len(golds))
    candidates = sorted(
        ((_overlap(p, g), n, m) for n, p in enumerate(points) for m, g in enumerate(golds)),
        reverse=True,
    )
    taken_points: set[int] = set()
    taken_golds: set[int] = set()
    for overlap, n, m in candidates:
        if overlap < 0.5 or n in taken_points or m in taken_golds:
            continue
        taken_points.add(n)
        taken_golds.add(m)
        result.matched += 1
        result.counted += points[n].count == len(golds[m]["physicians"])
    return result


def _stance_hit(voice: Any, stance: dict[str, Any]) -> bool:
    """A summary's stance matches a labelled one when its writer's sentence matches the quote
    of the same physician there."""
    quotes = stance["sentences"]
    return any(
        physician in quotes and same_sentence(sentence, quotes[physician])
        for physician, sentence in zip(voice.physicians, voice.said, strict=True)
    )


def score_difference_writers(differences: list[Any], golds: list[dict[str, Any]]) -> int:
    """How many of the summary's differences set two physicians against each other as a
    labelled difference does (each in another of its stances), whichever sentences it quotes."""

    def opposed(a: str, b: str) -> bool:
        return any(
            a in x["physicians"] and b in y["physicians"]
            for g in golds
            for x in g["stances"]
            for y in g["stances"]
            if x is not y
        )

    return sum(
        opposed(difference[0].physicians[0], difference[1].physicians[0])
        for difference in differences
    )


def score_differences(differences: list[Any], golds: list[dict[str, Any]]) -> Score:
    """A summary's difference matches a labelled one when two of its stances match two
    different stances of it; each labelled difference matches at most one."""
    result = Score(system=len(differences), gold=len(golds))
    taken: set[int] = set()
    for difference in differences:
        for m, gold in enumerate(golds):
            stances = gold["stances"]
            if m not in taken and any(
                _stance_hit(a, stances[x]) and _stance_hit(b, stances[y])
                for a in difference
                for b in difference
                if a is not b
                for x in range(len(stances))
                for y in range(len(stances))
                if x != y
            ):
                taken.add(m)
                result.matched += 1
                result.counted += 1
                break
    return result


def answers_of(row: dict[str, Any]) -> list[AnswerText]:
    """A labelled question's answers, their sentences embedded (the model is needed)."""
    found = []
    for n, answer in enumerate(row["answers"]):
        sentences = answer_sentences(answer["body"])
        vectors = semantic.embed(sentences)
        assert vectors is not None, "the embedding model is needed"
        found.append(
            AnswerText(
                answer_id=n,
                physician=answer["physician"],
                name=answer["name"],
                sentences=sentences,
                vectors=vectors,
            )
        )
    return found


def labelled(path: Path) -> list[dict[str, Any]]:
    """A labelled set: one question a line (JSONL)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
