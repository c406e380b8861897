"""Emergency triage measured on labelled sets, with the history of its blind figures.

The sets (`bench/data/`, listed in SETS) were each written by a different writer for this
project, from the policy alone:

- development sets: tuned on. `triage_eval.jsonl` and `triage_holdout.jsonl` (issue 5, toxin
  and filler emergencies only) and every hold-out after its first run;
- hold-outs (`triage_holdout_rN.jsonl`): written before a round of changes by a writer who saw
  only the policy, never the code or another set. The first run on one is the figure that
  counts; it is recorded in `triage_history.json`, and the set then becomes development data.

The training corpus (`src/curbside/triage/data/corpus/`) is a third kind, by other writers
again, and is never measured here.

Printed for every set: recall on urgent texts, overall and per emergency family, the share of
ordinary texts held, what the rules and the screener each caught, and every miss and false
hold with its text. Then the blind history, and the cost of one triage beside the embedding it
shares with similar questions (median and p95 over every text, against the embedding alone
measured in the same run). Targets (issue 10): recall 1.0, at most 5% of ordinary texts held,
p95 at most 30 ms. The verdict is the last blind figure's, and the speed target's.

`python bench/triage_eval.py` runs it alone.
"""

from __future__ import annotations

import json
import math
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "curbside.settings")

from bench.harness import Result  # noqa: E402  # after the path set-up above
from curbside.search import semantic  # noqa: E402
from curbside.triage.check import TriageResult, triage  # noqa: E402

DATA = ROOT / "bench" / "data"
HISTORY = DATA / "triage_history.json"
# Every labelled set, in the order written; "hold-out" until its first run is recorded.
SETS = (
    "triage_eval.jsonl",
    "triage_holdout.jsonl",
    "triage_holdout_r1.jsonl",
    "triage_holdout_r2.jsonl",
    "triage_holdout_r3.jsonl",
    "triage_holdout_r4.jsonl",
    "triage_holdout_r5.jsonl",
    "triage_holdout_r6.jsonl",
    "triage_holdout_r7.jsonl",
    "triage_holdout_r8.jsonl",
)
NAME = "triage_eval: emergency triage on the labelled sets, blind history and cost"
TARGET_RECALL = 1.0
TARGET_ORDINARY_HELD = 0.05
TARGET_P95_MS = 30.0
UNLABELLED = "(family not labelled)"


@dataclass(frozen=True)
class Example:
    line: int
    text: str
    urgent: bool
    family: str
    why: str


@dataclass(frozen=True)
class Verdict:
    example: Example
    both: TriageResult
    rules: bool
    screener: bool


def load(path: Path) -> tuple[list[Example], list[str]]:
    """The examples, and a message for each line that is not one."""
    examples: list[Example] = []
    problems: list[str] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            problems.append(f"line {number}: not valid JSON ({exc.msg})")
            continue
        if (
            not isinstance(record, dict)
            or not isinstance(record.get("text"), str)
            or not isinstance(record.get("urgent"), bool)
        ):
            problems.append(f'line {number}: needs "text" (a string) and "urgent" (true or false)')
            continue
        family = str(record.get("family") or UNLABELLED) if record["urgent"] else "none"
        examples.append(
            Example(number, record["text"], record["urgent"], family, str(record.get("why", "")))
        )
    return examples, problems


def history(path: Path = HISTORY) -> list[dict[str, Any]]:
    return list(json.loads(path.read_text(encoding="utf-8"))) if path.is_file() else []


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _one_line(text: str) -> str:
    return " ".join(text.split())


def judge(examples: list[Example]) -> list[Verdict]:
    """Each text through triage as a new question's title and body go (no treatment kinds:
    the sets have text only), with what the rules and the screener said alone."""
    vectors = semantic.embed([semantic.prepare(e.text) for e in examples])
    verdicts = []
    for index, example in enumerate(examples):
        vector = None if vectors is None else vectors[index]
        both = triage(example.text, vector=vector)
        rules = triage(example.text, screener=None)
        verdicts.append(Verdict(example, both, rules.urgent, screened(both)))
    return verdicts


def screened(result: TriageResult) -> bool:
    """Whether the screener also said urgent (its score at or over its threshold)."""
    from curbside.triage.screener import default

    model = default()
    return bool(model and result.probability is not None and result.probability >= model.threshold)


def figures(verdicts: list[Verdict]) -> dict[str, object]:
    urgent = [v for v in verdicts if v.example.urgent]
    ordinary = [v for v in verdicts if not v.example.urgent]
    caught = [v for v in urgent if v.both.urgent]
    held = [v for v in ordinary if v.both.urgent]
    per_family: dict[str, list[int]] = {}
    for v in urgent:
        counts = per_family.setdefault(v.example.family, [0, 0])
        counts[0] += v.both.urgent
        counts[1] += 1
    return {
        "texts": len(verdicts),
        "urgent": len(urgent),
        "recall": round(_share(len(caught), len(urgent)), 4),
        "ordinary_held": round(_share(len(held), len(ordinary)), 4),
        "per_family": {f: f"{c}/{n}" for f, (c, n) in sorted(per_family.items())},
    }


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def measure(path: Path, result: Result, role: str) -> None:
    result.lines.append(f"-- {_shown(path)} ({role})")
    if not path.is_file():
        result.lines.append(f"SKIPPED: {_shown(path)} does not exist.")
        return
    examples, problems = load(path)
    result.lines += [f"unreadable {p}" for p in problems]
    if not examples:
        result.lines.append("SKIPPED: no labelled examples.")
        return
    verdicts = judge(examples)
    found = figures(verdicts)
    urgent = [v for v in verdicts if v.example.urgent]
    ordinary = [v for v in verdicts if not v.example.urgent]
    by_rules = sum(v.rules for v in urgent)
    by_screener = sum(v.screener for v in urgent)
    result.lines += [
        f"examples: {found['texts']} ({found['urgent']} urgent, {len(ordinary)} ordinary)",
        f"recall on urgent texts: {found['recall']:.3f} (target {TARGET_RECALL:.1f}); rules "
        f"alone {_share(by_rules, len(urgent)):.3f}, screener alone "
        f"{_share(by_screener, len(urgent)):.3f}",
        "recall per family: " + ", ".join(f"{f} {c}" for f, c in dict(found["per_family"]).items()),  # type: ignore[call-overload]  # a dict built above
        f"ordinary texts held: {found['ordinary_held']:.1%} (target at most "
        f"{TARGET_ORDINARY_HELD:.0%}); by the rules {sum(v.rules for v in ordinary)}, by the "
        f"screener {sum(v.screener for v in ordinary)}",
    ]
    missed = [v for v in urgent if not v.both.urgent]
    result.lines.append(f"missed urgent texts (false negatives): {len(missed)}")
    result.lines += [
        f"  line {v.example.line} [{v.example.family}, screener "
        f"{v.both.probability if v.both.probability is not None else '-'}]: "
        f"{_one_line(v.example.text)}"
        for v in missed
    ]
    held = [v for v in ordinary if v.both.urgent]
    result.lines.append(f"ordinary texts held (false positives): {len(held)}")
    result.lines += [
        f"  line {v.example.line}: {_one_line(v.example.text)}  [held for: "
        f"{'; '.join(v.both.reasons)}]"
        for v in held
    ]


def blind_history(result: Result, path: Path = HISTORY) -> bool | None:
    """The recorded first runs on each hold-out; whether the last met the targets."""
    rounds = history(path)
    result.lines.append("-- blind history (the first run on each fresh hold-out)")
    if not rounds:
        result.lines.append("no blind run recorded yet")
        return None
    for entry in rounds:
        families: dict[str, str] = entry.get("per_family", {})
        result.lines.append(
            f"{entry['date']} {entry['set']} ({entry['texts']} texts, {entry['urgent']} urgent),"
            f" {entry['system']}: recall {entry['recall']:.3f}, ordinary held "
            f"{entry['ordinary_held']:.1%}"
            + (
                f"; per family {', '.join(f'{k} {v}' for k, v in families.items())}"
                if families
                else ""
            )
        )
    last = rounds[-1]
    return bool(
        float(last["recall"]) >= TARGET_RECALL
        and float(last["ordinary_held"]) <= TARGET_ORDINARY_HELD
    )


EVERYDAY_SEED = 2026


def everyday(result: Result) -> None:
    """The share of everyday questions held: every question the demo's composer writes for
    its topics (ordinary questions in the demo's mix of treatments and small talk, a few of
    them meant to be held). Not labelled, so no target: a gauge of what moderators would see
    in ordinary traffic, with each held title and why."""
    import random

    from curbside.demo.compose import QuestionComposer
    from curbside.demo.content.topics import TOPICS

    composer = QuestionComposer(random.Random(EVERYDAY_SEED))
    drafts = [composer.compose(topic) for topic in TOPICS for _ in range(topic.questions)]
    texts = [f"{d.title}\n{d.body}" for d in drafts]
    vectors = semantic.embed([semantic.prepare(d.title, d.body) for d in drafts])
    held = []
    for index, (draft, text) in enumerate(zip(drafts, texts, strict=True)):
        verdict = triage(text, vector=None if vectors is None else vectors[index])
        if verdict.urgent:
            held.append((draft.title, verdict.reasons))
    result.lines.append(
        f"-- everyday questions (the demo's composer, {len(drafts)} questions): held "
        f"{len(held)} ({_share(len(held), len(drafts)):.1%})"
    )
    result.lines += [f"  {title}  [held for: {'; '.join(reasons)}]" for title, reasons in held]


def _percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[math.ceil(share * len(ordered)) - 1]


def speed(result: Result) -> bool:
    """One triage given the question's embedding, against the embedding alone."""
    texts = [e.text for name in SETS[:2] for e in load(DATA / name)[0]]
    prepared = [semantic.prepare(t) for t in texts]
    vectors = semantic.embed(prepared[:8])  # warm the model and the screener
    triage(texts[0], vector=None if vectors is None else vectors[0])
    embed_ms, triage_ms = [], []
    for text, ready in zip(texts, prepared, strict=True):
        started = time.perf_counter()
        vector = semantic.embed_one(ready)
        middle = time.perf_counter()
        triage(text, vector=vector)
        embed_ms.append((middle - started) * 1000)
        triage_ms.append((time.perf_counter() - middle) * 1000)
    p95 = _percentile(triage_ms, 0.95)
    result.lines += [
        f"-- cost, {len(texts)} texts (median / p95 ms)",
        f"baseline: the embedding similar questions use: {_percentile(embed_ms, 0.5):.1f} / "
        f"{_percentile(embed_ms, 0.95):.1f}",
        f"triage beside it (rules and screener): {_percentile(triage_ms, 0.5):.1f} / {p95:.1f}"
        f" (target p95 at most {TARGET_P95_MS:.0f})",
    ]
    return p95 <= TARGET_P95_MS


PATHS = tuple(DATA / name for name in SETS)


def run(
    paths: tuple[Path, ...] = PATHS,
    record: Path = HISTORY,
    timed: bool = True,
) -> Result:
    """Every set, the blind history and (when `timed`) the cost. A hold-out with no recorded
    first run is marked so that its figure is recorded before anything changes for it."""
    result = Result(NAME)
    recorded = {str(entry["set"]) for entry in history(record)}
    for path in paths:
        fresh = path.name.startswith("triage_holdout_r") and path.name not in recorded
        measure(path, result, "hold-out, FIRST RUN: record it" if fresh else "development")
    blind = blind_history(result, record)
    if timed:
        everyday(result)
    fast = speed(result) if timed else True
    result.passed = None if blind is None else blind and fast
    return result


def main() -> int:
    import django

    django.setup()
    result = run()
    print(f"== {result.name}")
    for line in result.lines:
        print(line)
    verdicts = {None: "no verdict", True: "PASS", False: "FAIL"}
    print(verdicts[result.passed])
    return 0


if __name__ == "__main__":
    sys.exit(main())
