"""Where the physicians agree: the summary's points against labelled sets written for this
project (bench/data/consensus_{dev,holdout}.jsonl: demo questions with three or more answers,
labelled by writers who saw only the answers and docs/consensus-labels.md), and its speed.

A summary point matches a labelled point when at least half of its physicians' sentences are
among the sentences the label quotes for the same physicians (a sentence matches a quote when
they share 60% of their words); each labelled point matches at most one summary point.
Precision: matched summary points / summary points. Recall: matched labelled points /
labelled points. Count accuracy: matched points whose physician count is the labelled one.
Targets: precision ≥ 0.9 and recall ≥ 0.8 on a fresh hold-out; a 10-answer question summarised
in ≤ 150 ms (sentence embeddings stored, as the service keeps them).

The first run on a hold-out is the figure that counts (BLIND); the set is development data
after it, and the next round needs a fresh one."""

from __future__ import annotations

import json
import re
import statistics
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.harness import Result

NAME = "consensus_eval"
DATA = Path(__file__).resolve().parent / "data"
SETS = ("dev", "holdout", "holdout2")
# The first run on each hold-out, before anything was changed for it.
BLIND = [
    "2026-12-07 consensus_holdout.jsonl (40 questions, 37 points), the prototype (greedy "
    "sentence clusters at cosine 0.62): precision 0.256, recall 0.270, count accuracy 0.700",
    "2026-12-07 consensus_holdout2.jsonl (30 new threads, 152 answers, 129 points, 28 "
    "differences; written and labelled by two writers who saw only the reference facts and the "
    "guide), the judge of cosine + within-question word overlap with mutual agreement, "
    "differences only on explicit push-back: points precision 0.660, recall 0.527, count "
    "accuracy 0.706; differences 0 found (recall 0.000)",
]
_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower().replace("**", "")))


def _same_sentence(a: str, b: str) -> bool:
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
        if physician in quotes and _same_sentence(sentence, quotes[physician])
    )
    return hits / len(point.physicians)


def score(points: list[Any], golds: list[dict[str, Any]]) -> Score:
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
        physician in quotes and _same_sentence(sentence, quotes[physician])
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


def answers_of(row: dict[str, Any]) -> list[Any]:
    from curbside.consensus.summary import AnswerText
    from curbside.consensus.text import answer_sentences
    from curbside.search import semantic

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


def evaluate(name: str, verbose: bool = False) -> tuple[Score, Score]:
    """Points and differences of the named set, summed over its questions."""
    from curbside.consensus.summary import summarize

    total, differences = Score(), Score()
    for line in (DATA / f"consensus_{name}.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        summary = summarize(answers_of(row))
        scored = score(list(summary.points), row["points"])
        total.add(scored)
        found = score_differences(list(summary.differences), row.get("differences", []))
        # For differences, `counted` is those right at least in whom they set apart.
        found.counted = score_difference_writers(
            list(summary.differences), row.get("differences", [])
        )
        differences.add(found)
        if verbose and (scored.matched < scored.system or scored.matched < scored.gold):
            print(f"\n{row['question']}")
            for p in summary.points:
                print(f"  sys [{p.count}] {p.sentence[:90]}  {list(p.physicians)}")
            for g in row["points"]:
                print(f"  gold [{len(g['physicians'])}] {g['point']}  {g['physicians']}")
    return total, differences


def _timing() -> tuple[float, int, int]:
    """Median ms to summarise the largest labelled question grown to ten answers (its
    answers repeated under other names), sentence vectors ready, as the service has them."""
    from curbside.consensus.summary import AnswerText, summarize

    rows = [
        json.loads(line)
        for name in SETS
        for line in (DATA / f"consensus_{name}.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    largest = answers_of(max(rows, key=lambda r: len(r["answers"])))
    answers = [
        AnswerText(
            answer_id=n,
            physician=f"physician-{n}",
            name=f"Dr. {n}",
            sentences=largest[n % len(largest)].sentences,
            vectors=largest[n % len(largest)].vectors,
        )
        for n in range(10)
    ]
    samples = []
    for _ in range(20):
        started = time.perf_counter()
        summarize(answers)
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), len(answers), sum(len(a.sentences) for a in answers)


def _timing_new_answer() -> float:
    """Median ms of what the background task does when a tenth answer arrives: embed that
    answer's sentences (the other nine are stored), then summarise the ten."""
    from curbside.consensus.summary import AnswerText, summarize
    from curbside.search import semantic

    rows = [
        json.loads(line)
        for name in SETS
        for line in (DATA / f"consensus_{name}.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    largest = answers_of(max(rows, key=lambda r: len(r["answers"])))
    stored = [
        AnswerText(
            answer_id=n,
            physician=f"physician-{n}",
            name=f"Dr. {n}",
            sentences=largest[n % len(largest)].sentences,
            vectors=largest[n % len(largest)].vectors,
        )
        for n in range(9)
    ]
    new = largest[0]
    samples = []
    for _ in range(10):
        started = time.perf_counter()
        vectors = semantic.embed(new.sentences)
        assert vectors is not None
        summarize([*stored, AnswerText(9, "physician-9", "Dr. 9", new.sentences, vectors)])
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def run() -> Result:
    result = Result(NAME)
    result.lines.append("== Where the physicians agree: summary points against labelled sets")
    result.lines.append(
        "set        questions  points (labelled / summary)  precision  recall  count acc."
        "   differences (labelled / summary)  precision  recall  right physicians"
    )
    figures = {}
    for name in SETS:
        path = DATA / f"consensus_{name}.jsonl"
        questions = len(path.read_text(encoding="utf-8").splitlines())
        figures[name] = s, d = evaluate(name)
        result.lines.append(
            f"{name:<10} {questions:>9}  {s.gold:>12} / {s.system:<12} {s.precision:>10.3f}"
            f" {s.recall:>7.3f} {s.count_accuracy:>10.3f}   {d.gold:>14} / {d.system:<16}"
            f" {d.precision:>10.3f} {d.recall:>7.3f} {d.counted:>6} / {d.system}"
        )
    result.lines.append("Blind figures (first run on each hold-out; development data since):")
    result.lines.extend(f"  {line}" for line in BLIND)
    ms, answers, sentences = _timing()
    result.lines.append(
        f"Summarising {answers} answers ({sentences} sentences, vectors stored): {ms:.1f} ms median"
    )
    result.lines.append(
        f"A tenth answer arrives (its sentences embedded, then the ten summarised): "
        f"{_timing_new_answer():.1f} ms median"
    )
    held, _ = figures[SETS[-1]]
    result.passed = held.precision >= 0.9 and held.recall >= 0.8 and ms <= 150
    result.lines.append(
        f"Target: precision >= 0.9, recall >= 0.8 (on the newest hold-out, {SETS[-1]}), "
        f"<= 150 ms: {'PASS' if result.passed else 'MISS'}"
    )
    return result
