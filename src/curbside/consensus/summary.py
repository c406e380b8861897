"""Where the physicians agree and where they differ, from their answers' own sentences.

Extractive: every point is a sentence one physician wrote, shown with the physicians who make
the same point (their sentences' embeddings close enough, `AGREE`). A difference is two
sentences from different physicians on one matter (close, `MATTER`, but not the same point)
where one takes a stance the other's words push against (a negation or a warning off).
Sentences the claim check flags are left out, so a flagged claim is never promoted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from curbside.claims.sentences import split_sentences

MIN_ANSWERS = 3  # below this a summary says nothing the answers don't
AGREE = 0.62  # cosine of two sentences making the same point
MATTER = 0.45  # cosine of two sentences about the same matter
MIN_WORDS = 5
MAX_POINTS = 6
MAX_DIFFERENCES = 3

# A stance against: a negation, or advice to stop or avoid.
_AGAINST = re.compile(
    r"\b(?:not|no|never|don't|doesn't|won't|isn't|aren't|can't|cannot|wouldn't|shouldn't"
    r"|push back|waste|wasting|unnecessary|pointless|little value|very little|avoid|against)\b",
    re.IGNORECASE,
)

Vectors = npt.NDArray[np.float32]


def answer_sentences(markdown: str) -> list[str]:
    """The sentences of an answer that can carry a point: whole statements of five words or
    more, not questions to the reader or a list's lead-in."""
    found = []
    for sentence in split_sentences(markdown):
        text = sentence.text.strip()
        if len(text.split()) >= MIN_WORDS and not text.endswith(("?", ":")):
            found.append(text)
    return found


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
    physicians: tuple[str, ...]
    names: tuple[str, ...]
    said: tuple[str, ...] = ()  # each physician's own sentence, in `physicians` order

    @property
    def count(self) -> int:
        return len(self.physicians)

    def as_dict(self) -> dict[str, object]:
        return {
            "point": self.sentence,
            "answer_id": self.answer_id,
            "physicians": list(self.physicians),
            "names": list(self.names),
            "count": self.count,
        }


@dataclass(frozen=True)
class Summary:
    points: tuple[Voice, ...] = ()
    differences: tuple[tuple[Voice, ...], ...] = ()
    answers: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "answers": self.answers,
            "points": [p.as_dict() for p in self.points],
            "differences": [{"stances": [s.as_dict() for s in d]} for d in self.differences],
        }


@dataclass
class _Pool:
    """Every eligible sentence of the answers, with who wrote it and their similarities."""

    answers: Sequence[AnswerText]
    owner: list[int] = field(default_factory=list)  # index into answers
    text: list[str] = field(default_factory=list)
    sim: Vectors = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))

    @classmethod
    def of(cls, answers: Sequence[AnswerText]) -> _Pool:
        pool = cls(answers)
        rows = []
        for n, answer in enumerate(answers):
            for sentence, vector in zip(answer.sentences, answer.vectors, strict=True):
                if sentence not in answer.flagged:
                    pool.owner.append(n)
                    pool.text.append(sentence)
                    rows.append(vector)
        if rows:
            matrix = np.vstack(rows).astype(np.float32)
            pool.sim = matrix @ matrix.T
        return pool

    def voice(self, i: int, members: dict[int, int]) -> Voice:
        """Sentence i, said by the answers in `members` (answer index → sentence index)."""
        order = [self.owner[i], *sorted(set(members) - {self.owner[i]})]
        answers = [self.answers[n] for n in order]
        return Voice(
            sentence=self.text[i],
            answer_id=self.answers[self.owner[i]].answer_id,
            physicians=tuple(a.physician for a in answers),
            names=tuple(a.name for a in answers),
            said=tuple(self.text[members.get(n, i)] for n in order),
        )


def _support(pool: _Pool, i: int, free: set[int]) -> dict[int, int]:
    """For sentence i, each other answer's closest free sentence that makes the same point."""
    members = {pool.owner[i]: i}
    for j in free:
        n = pool.owner[j]
        if n == pool.owner[i] or pool.sim[i, j] < AGREE:
            continue
        if n not in members or pool.sim[i, j] > pool.sim[i, members[n]]:
            members[n] = j
    return members


def _points(pool: _Pool) -> tuple[list[Voice], set[int]]:
    """Greedy: the sentence that the most answers agree with (then the most closely) becomes
    a point, its supporting sentences are used up; again until no two answers agree."""
    free = set(range(len(pool.text)))
    points: list[Voice] = []
    used: set[int] = set()
    while len(points) < MAX_POINTS:
        best: tuple[tuple[int, float], int, dict[int, int]] | None = None
        for i in free:
            members = _support(pool, i, free)
            if len(members) < 2:
                continue
            score = (len(members), float(sum(pool.sim[i, j] for j in members.values())))
            if best is None or score > best[0]:
                best = (score, i, members)
        if best is None:
            break
        _, i, members = best
        points.append(pool.voice(i, members))
        free -= set(members.values())
        used |= set(members.values())
    return points, used


def _differences(pool: _Pool, used: set[int]) -> list[tuple[Voice, ...]]:
    """Pairs of sentences from different answers on one matter, one against, one not: the
    closest pairs first, each answer's sentence in at most one difference."""
    pairs = []
    for i in range(len(pool.text)):
        for j in range(i + 1, len(pool.text)):
            if pool.owner[i] == pool.owner[j] or {i, j} <= used:
                continue
            if not MATTER <= pool.sim[i, j] < AGREE:
                continue
            if bool(_AGAINST.search(pool.text[i])) == bool(_AGAINST.search(pool.text[j])):
                continue
            pairs.append((float(pool.sim[i, j]), i, j))
    found: list[tuple[Voice, ...]] = []
    taken: set[int] = set()
    for _, i, j in sorted(pairs, reverse=True):
        if {i, j} & taken or len(found) >= MAX_DIFFERENCES:
            continue
        taken |= {i, j}
        found.append((pool.voice(i, {pool.owner[i]: i}), pool.voice(j, {pool.owner[j]: j})))
    return found


def summarize(answers: Sequence[AnswerText]) -> Summary:
    """The points two or more physicians make, most made first, and where they differ."""
    if len({a.physician for a in answers}) < MIN_ANSWERS:
        return Summary(answers=len(answers))
    pool = _Pool.of(answers)
    if not pool.text:
        return Summary(answers=len(answers))
    points, used = _points(pool)
    return Summary(
        points=tuple(points), differences=tuple(_differences(pool, used)), answers=len(answers)
    )
