"""Where the physicians agree and where they differ, from their answers' own sentences.

Extractive: every point is a sentence one physician wrote, shown with the physicians who make
the same point. Whether two sentences make the same point is the judge's call (consensus.judge:
learned from labelled questions, over their embeddings' cosine and the question's rarer words
they share). A point is a group of sentences from different physicians in which every member
scores at least the judge's `agree` with the group's seed and, on average, its `agree_mean`
with the rest, so a group cannot chain from one claim to another; it is shown in its most
central sentence. Pleasantries, greetings and generic deferrals ("see a board-certified
injector in person") never seed or join a point.

A difference (consensus.differences) is deliberately rare: an explicit disagreement, or two
figures for one thing that cannot both hold.
Sentences the claim check flags are left out, so a flagged claim is never promoted.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from curbside.consensus.differences import differences
from curbside.consensus.judge import Judge, Sentences
from curbside.consensus.judge import default as default_judge
from curbside.consensus.text import content_words, is_generic

MIN_ANSWERS = 3  # below this a summary says nothing the answers don't
MAX_POINTS = 6

Vectors = npt.NDArray[np.float32]


@dataclass(frozen=True)
class AnswerText:
    answer_id: int
    physician: str  # the physician's slug
    name: str  # as the page shows them
    sentences: list[str]
    vectors: Vectors  # one L2-normalised row a sentence
    flagged: frozenset[str] = frozenset()  # sentences the claim check flags


@dataclass(frozen=True)
class Voice:
    """A sentence and the physicians who say it (its writer first)."""

    sentence: str
    answer_id: int
    physicians: tuple[str, ...]  # slugs
    answer_ids: tuple[int, ...] = ()  # their answers, in `physicians` order
    said: tuple[str, ...] = ()  # each physician's own sentence, in `physicians` order

    @property
    def count(self) -> int:
        return len(self.physicians)

    def as_dict(self) -> dict[str, object]:
        """As QuestionSummary.data stores it (names are not kept: pages show them from the
        live answers, consensus.reading)."""
        return {
            "point": self.sentence,
            "answer_id": self.answer_id,
            "answer_ids": list(self.answer_ids),
            "physicians": list(self.physicians),
            "said": list(self.said),
            "count": self.count,
        }


@dataclass(frozen=True)
class Summary:
    points: tuple[Voice, ...] = ()
    differences: tuple[tuple[Voice, ...], ...] = ()
    answers: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "points": [p.as_dict() for p in self.points],
            "differences": [{"stances": [s.as_dict() for s in d]} for d in self.differences],
        }


@dataclass
class Pool:
    """Every eligible sentence of the answers, with who wrote it and how alike they are."""

    answers: Sequence[AnswerText]
    owner: list[int] = field(default_factory=list)  # index into answers
    text: list[str] = field(default_factory=list)
    generic: list[bool] = field(default_factory=list)
    cos: Vectors = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    near: Vectors = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    overlap: Vectors = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    score: Vectors = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    agree: float = 0.0  # the judge's: a member's score with its point's seed
    agree_mean: float = 0.0  # and its mean score with the rest

    @classmethod
    def of(cls, answers: Sequence[AnswerText], judge: Judge) -> Pool:
        pool = cls(answers, agree=judge.agree, agree_mean=judge.agree_mean)
        rows, windows = [], []
        for n, answer in enumerate(answers):
            vectors = np.asarray(answer.vectors, dtype=np.float32)
            for k, (sentence, vector) in enumerate(zip(answer.sentences, vectors, strict=True)):
                if sentence in answer.flagged:
                    continue
                pool.owner.append(n)
                pool.text.append(sentence)
                pool.generic.append(is_generic(sentence))
                rows.append(vector)
                # The sentence read with its neighbours: what matter it is about.
                window = vector * 2 + vectors[max(0, k - 1) : k + 2].sum(axis=0)
                windows.append(window / (np.linalg.norm(window) or 1.0))
        if not rows:
            return pool
        matrix = np.vstack(rows).astype(np.float32)
        pool.cos = matrix @ matrix.T
        context = np.vstack(windows).astype(np.float32)
        pool.near = context @ context.T
        pool.overlap = pool._overlap()
        pool.score = judge.scores(pool.sentences)  # -1 within an answer: none agrees with itself
        return pool

    @property
    def sentences(self) -> Sentences:
        return Sentences(
            self.text,
            self.owner,
            self.generic,
            self.cos,
            self.near,
            self.overlap,
            writers=[a.name for a in self.answers],
        )

    def _overlap(self) -> Vectors:
        """Shared content words over the smaller sentence's, each weighted by its rarity
        among this question's answers."""
        words = [content_words(t) for t in self.text]
        used_by: dict[str, set[int]] = {}
        for n, ws in zip(self.owner, words, strict=True):
            for w in ws:
                used_by.setdefault(w, set()).add(n)
        total = len(self.answers)
        weight = {w: math.log((total + 1) / len(ns)) for w, ns in used_by.items()}
        mass = [sum(weight[w] for w in ws) for ws in words]
        size = len(words)
        overlap = np.zeros((size, size), dtype=np.float32)
        for i in range(size):
            for j in range(i + 1, size):
                if self.owner[i] == self.owner[j]:
                    continue
                shared = words[i] & words[j]
                if shared:
                    value = sum(weight[w] for w in shared) / (min(mass[i], mass[j]) or 1.0)
                    overlap[i, j] = overlap[j, i] = value
        return overlap

    def voice(self, i: int, members: dict[int, int]) -> Voice:
        """Sentence i, said by the answers in `members` (answer index → sentence index)."""
        order = [self.owner[i], *sorted(set(members) - {self.owner[i]})]
        answers = [self.answers[n] for n in order]
        return Voice(
            sentence=self.text[i],
            answer_id=self.answers[self.owner[i]].answer_id,
            physicians=tuple(a.physician for a in answers),
            answer_ids=tuple(a.answer_id for a in answers),
            said=tuple(self.text[members.get(n, i)] for n in order),
        )


def _group(pool: Pool, i: int, free: set[int]) -> dict[int, int]:
    """Seed i's point: each other answer's best free sentence agreeing with i, then members
    that agree too little with the rest dropped (the weakest first)."""
    members = {pool.owner[i]: i}
    for j in free:
        n = pool.owner[j]
        if n == pool.owner[i] or pool.generic[j] or pool.score[i, j] < pool.agree:
            continue
        if n not in members or pool.score[i, j] > pool.score[i, members[n]]:
            members[n] = j
    while len(members) > 2:
        rows = list(members.values())
        sub = pool.score[np.ix_(rows, rows)]
        mean = (sub.sum(axis=1) + 1.0) / (len(rows) - 1)  # the -1 diagonal taken out
        worst = int(np.argmin(mean))
        if mean[worst] >= pool.agree_mean or rows[worst] == i:
            break
        del members[pool.owner[rows[worst]]]
    return members


def _points(pool: Pool) -> tuple[list[Voice], set[int]]:
    """Greedy: the group that the most answers join (then the most closely) becomes a point,
    shown in its most central sentence; its sentences are used up; again until no two
    answers agree."""
    free = {i for i in range(len(pool.text)) if not pool.generic[i]}
    points: list[Voice] = []
    used: set[int] = set()
    while len(points) < MAX_POINTS:
        best: tuple[tuple[int, float], dict[int, int]] | None = None
        for i in free:
            members = _group(pool, i, free)
            if len(members) < 2:
                continue
            rows = list(members.values())
            sub = pool.score[np.ix_(rows, rows)]
            score = (len(members), float((sub.sum() + len(rows)) / (len(rows) * (len(rows) - 1))))
            if best is None or score > best[0]:
                best = (score, members)
        if best is None:
            break
        _, members = best
        rows = list(members.values())
        sub = pool.score[np.ix_(rows, rows)]
        central = rows[int(np.argmax(sub.sum(axis=1)))]
        points.append(pool.voice(central, members))
        free -= set(rows)
        used |= set(rows)
    return points, used


def _differences(pool: Pool) -> list[tuple[Voice, ...]]:
    return [
        (pool.voice(j, {pool.owner[j]: j}), pool.voice(i, {pool.owner[i]: i}))
        for j, i in differences(pool.sentences)
    ]


def summarize(answers: Sequence[AnswerText], judge: Judge | None = None) -> Summary:
    """The points two or more physicians make, most made first, and where they differ, as
    `judge` (by default the learned one, consensus.judge) groups their sentences."""
    if len({a.physician for a in answers}) < MIN_ANSWERS:
        return Summary(answers=len(answers))
    pool = Pool.of(answers, judge or default_judge())
    if not pool.text:
        return Summary(answers=len(answers))
    points, _ = _points(pool)
    return Summary(
        points=tuple(points), differences=tuple(_differences(pool)), answers=len(answers)
    )
