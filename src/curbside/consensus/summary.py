"""Where the physicians agree and where they differ, from their answers' own sentences.

Extractive: every point is a sentence one physician wrote, shown with the physicians who make
the same point. Two sentences make the same point when their embeddings are close and they
share the question's specific words: the pair score is the cosine plus `OVERLAP_WEIGHT` times
their content-word overlap, each word weighted by how few of this question's answers use it
(a word every answer uses says nothing about whether two sentences make the same claim).
A point is a group of sentences from different physicians in which every member agrees with
the group's most central sentence (`AGREE`) and, on average, with the rest (`AGREE_MEAN`), so a
group cannot chain from one claim to another. Pleasantries, greetings and generic deferrals
("see a board-certified injector in person") never seed or join a point.

A difference is deliberately rare: one physician's sentence that explicitly advises against or
pushes back on something (`_PUSH_BACK`, stronger than a bare negation), set against another
physician's sentence on the same matter (their sentences, each read with its neighbours, close
enough, `MATTER`) that offers or recommends it. A false difference misleads; none is better.
Sentences the claim check flags are left out, so a flagged claim is never promoted.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from curbside.claims.sentences import split_sentences

MIN_ANSWERS = 3  # below this a summary says nothing the answers don't
AGREE = 0.62  # pair score (cosine + weighted word overlap) of two sentences making one point
ASIDE = 0.15  # extra agreement asked of a sentence behind a lead-in (its vector carries it)
AGREE_MEAN = 0.62  # a member's mean pair score with the rest of its point
OVERLAP_WEIGHT = 0.7
MATTER = 0.40  # cosine of two sentences (read with their neighbours) about one matter
MIN_WORDS = 5
MAX_POINTS = 6
MAX_DIFFERENCES = 2

# General cues that a sentence is a pleasantry, greeting or generic deferral/disclaimer.
_GENERIC = re.compile(
    r"\b(?:thanks?|thank you|good question|great question|fair question|happy to help|"
    r"good luck|best of luck|best wishes|hope (?:this|that) helps|i understand|sorry to hear|"
    r"(?:very |quite )?common (?:concern|question)|comes up often|reaching out|for posting|"
    r"online answers?|general information|not a substitute|in[- ]person|face to face|"
    r"board[- ]certified|consultation|second opinion|"
    r"(?:is|are) (?:your|the) (?:best|right) (?:guide|person)|"
    r"(?:ask|talk to|discuss (?:this|it) with|check with|see|contact|tell) your (?:own |treating )?"
    r"(?:doctor|physician|surgeon|injector|dermatologist|provider|clinician|specialist)|"
    r"(?:bring|direct) (?:these|your|a written list of these) questions)\b",
    re.IGNORECASE,
)
# Explicit advice against, or push-back: much rarer, and much surer, than a bare negation.
_PUSH_BACK = re.compile(
    r"\b(?:push back|disagree|i wouldn't|i would not|not worth|isn't worth|waste|wasting|"
    r"no point|pointless|advise against|recommend against|don't recommend|do not recommend|"
    r"wouldn't recommend|i'd avoid|i would avoid|i'd skip|little value|learn very little|"
    r"not a good idea|bad idea|anything useful|nothing useful|not useful|useless|no benefit)\b",
    re.IGNORECASE,
)
# Offering, recommending or affirming something.
_FOR = re.compile(
    r"\b(?:offer|offers|recommend|recommends|suggest|worth doing|worth trying|reasonable|"
    r"makes sense|some of us|i usually|i often|i prefer|i start)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "at",
        "by",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "you",
        "your",
        "yours",
        "i",
        "me",
        "my",
        "we",
        "our",
        "us",
        "they",
        "them",
        "their",
        "he",
        "she",
        "his",
        "her",
        "not",
        "no",
        "do",
        "does",
        "did",
        "doing",
        "done",
        "have",
        "has",
        "had",
        "having",
        "can",
        "could",
        "would",
        "should",
        "will",
        "may",
        "might",
        "must",
        "so",
        "than",
        "then",
        "too",
        "very",
        "just",
        "also",
        "about",
        "into",
        "over",
        "under",
        "after",
        "before",
        "more",
        "most",
        "less",
        "least",
        "some",
        "any",
        "all",
        "each",
        "other",
        "such",
        "only",
        "own",
        "same",
        "what",
        "which",
        "who",
        "whom",
        "when",
        "where",
        "why",
        "how",
        "because",
        "while",
        "until",
        "again",
        "further",
        "once",
        "up",
        "down",
        "out",
        "off",
        "both",
        "few",
        "nor",
        "don",
        "isn",
        "aren",
        "doesn",
        "won",
        "wouldn",
        "shouldn",
        "get",
        "got",
        "make",
        "makes",
        "one",
        "usually",
        "often",
    ]
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


def is_generic(sentence: str) -> bool:
    """A pleasantry, greeting, disclaimer or generic deferral to another physician."""
    return bool(_GENERIC.search(sentence))


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if len(word) > 4 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


# A lead-in before a colon that opens a new sentence ("One more thing: Units of …").
_LEAD_IN = re.compile(r"^([^:0-9]{12,90}):\s+(?=[A-Z])")


def lead_in(sentence: str) -> str:
    """The sentence's lead-in before a colon, when what follows is a sentence of its own."""
    found = _LEAD_IN.match(sentence)
    return found.group(1) if found and len(found.group(1).split()) >= 3 else ""


def content_words(sentence: str) -> frozenset[str]:
    """The sentence's content words (numbers included), crudely stemmed; a lead-in's words
    are not the claim's."""
    head = lead_in(sentence)
    if head:
        sentence = sentence[len(head) + 1 :]
    return frozenset(
        _stem(w)
        for w in _WORD.findall(sentence.lower().replace("’", "'"))
        if w.isdigit() or (len(w) > 2 and w not in _STOP)
    )


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
    """Every eligible sentence of the answers, with who wrote it and how alike they are."""

    answers: Sequence[AnswerText]
    owner: list[int] = field(default_factory=list)  # index into answers
    text: list[str] = field(default_factory=list)
    generic: list[bool] = field(default_factory=list)
    cos: Vectors = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    near: Vectors = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    score: Vectors = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))

    @classmethod
    def of(cls, answers: Sequence[AnswerText]) -> _Pool:
        pool = cls(answers)
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
        pool.score = pool.cos + OVERLAP_WEIGHT * pool._overlap()
        aside = np.array([bool(lead_in(t)) for t in pool.text])
        pool.score -= ASIDE * (aside[:, None] | aside[None, :])
        same = np.equal.outer(pool.owner, pool.owner)
        pool.score[same] = -1.0  # one physician never agrees with themself
        return pool

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
            names=tuple(a.name for a in answers),
            said=tuple(self.text[members.get(n, i)] for n in order),
        )


def _group(pool: _Pool, i: int, free: set[int]) -> dict[int, int]:
    """Seed i's point: each other answer's best free sentence agreeing with i, then members
    that agree too little with the rest dropped (the weakest first)."""
    members = {pool.owner[i]: i}
    for j in free:
        n = pool.owner[j]
        if n == pool.owner[i] or pool.generic[j] or pool.score[i, j] < AGREE:
            continue
        if n not in members or pool.score[i, j] > pool.score[i, members[n]]:
            members[n] = j
    while len(members) > 2:
        rows = list(members.values())
        sub = pool.score[np.ix_(rows, rows)]
        mean = (sub.sum(axis=1) + 1.0) / (len(rows) - 1)  # the -1 diagonal taken out
        worst = int(np.argmin(mean))
        if mean[worst] >= AGREE_MEAN or rows[worst] == i:
            break
        del members[pool.owner[rows[worst]]]
    return members


def _points(pool: _Pool) -> tuple[list[Voice], set[int]]:
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


def _differences(pool: _Pool) -> list[tuple[Voice, ...]]:
    """A physician who pushes back on, or advises against, what another offers or
    recommends on the same matter."""
    pairs = []
    for i, text in enumerate(pool.text):
        if pool.generic[i] or not _PUSH_BACK.search(text):
            continue
        for j, other in enumerate(pool.text):
            if pool.owner[j] == pool.owner[i] or pool.generic[j]:
                continue
            if _PUSH_BACK.search(other) or not _FOR.search(other):
                continue
            if pool.near[i, j] >= MATTER:
                pairs.append((float(pool.near[i, j]), j, i))
    found: list[tuple[Voice, ...]] = []
    taken: set[int] = set()
    for _, j, i in sorted(pairs, reverse=True):
        if {pool.owner[i], pool.owner[j]} <= taken or len(found) >= MAX_DIFFERENCES:
            continue
        taken |= {pool.owner[i], pool.owner[j]}
        found.append((pool.voice(j, {pool.owner[j]: j}), pool.voice(i, {pool.owner[i]: i})))
    return found


def summarize(answers: Sequence[AnswerText]) -> Summary:
    """The points two or more physicians make, most made first, and where they differ."""
    if len({a.physician for a in answers}) < MIN_ANSWERS:
        return Summary(answers=len(answers))
    pool = _Pool.of(answers)
    if not pool.text:
        return Summary(answers=len(answers))
    points, _ = _points(pool)
    return Summary(
        points=tuple(points), differences=tuple(_differences(pool)), answers=len(answers)
    )
