"""Emergency triage measured on two labelled sets: `bench/data/triage_eval.jsonl` (the
development set: the rules were corrected after their first run on it, so its figures are
optimistic) and `bench/data/triage_holdout.jsonl` (written afterwards by someone who saw neither
the set nor the rules, measured without changing a rule: the honest figures, and the verdict).

One JSON object a line: {"text": …, "urgent": true|false, "why": …}. Every text goes through
`curbside.triage.rules.triage` exactly as a new question's title and body do (with no treatment
kinds: the set has text only). Printed: recall on urgent texts, the share of ordinary texts
held, precision, and every miss with its text. Targets (issue 5): recall 1.0 on urgent texts,
at most 5% of ordinary questions held. The set measures the rules; it is not their spec.

`python bench/triage_eval.py` runs it alone, without Django.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.harness import Result, labelled_sets  # noqa: E402  # after the path set-up above
from curbside.triage.rules import triage  # noqa: E402

DATA = ROOT / "bench" / "data" / "triage_eval.jsonl"
HOLDOUT = ROOT / "bench" / "data" / "triage_holdout.jsonl"
NAME = "triage_eval: emergency triage on the labelled sets"
TARGET_RECALL = 1.0
TARGET_ORDINARY_HELD = 0.05


@dataclass(frozen=True)
class Example:
    line: int
    text: str
    urgent: bool
    why: str


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
        examples.append(
            Example(number, record["text"], record["urgent"], str(record.get("why", "")))
        )
    return examples, problems


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def measure(path: Path, result: Result) -> bool | None:
    """Add the figures of one set to `result`; whether it met the targets (None: no set)."""
    result.lines.append(f"-- {_shown(path)}")
    if not path.is_file():
        result.lines.append(f"SKIPPED: {_shown(path)} does not exist yet.")
        return None
    examples, problems = load(path)
    result.lines += [f"unreadable {p}" for p in problems]
    if not examples:
        result.lines.append(f"SKIPPED: no labelled examples in {_shown(path)}.")
        return None
    started = time.perf_counter()
    verdicts = [(example, triage(example.text)) for example in examples]
    elapsed_ms = (time.perf_counter() - started) * 1000
    urgent = [(e, r) for e, r in verdicts if e.urgent]
    ordinary = [(e, r) for e, r in verdicts if not e.urgent]
    missed = [(e, r) for e, r in urgent if not r.urgent]
    held = [(e, r) for e, r in ordinary if r.urgent]
    caught = len(urgent) - len(missed)
    recall = _share(caught, len(urgent))
    held_share = _share(len(held), len(ordinary))
    precision = _share(caught, caught + len(held))
    result.lines += [
        f"examples: {len(examples)} ({len(urgent)} urgent, {len(ordinary)} ordinary), "
        f"{elapsed_ms / len(examples):.2f} ms a text",
        f"recall on urgent texts: {recall:.3f} ({caught}/{len(urgent)}; target "
        f"{TARGET_RECALL:.1f})",
        f"ordinary texts held: {held_share:.1%} ({len(held)}/{len(ordinary)}; target at most "
        f"{TARGET_ORDINARY_HELD:.0%})",
        f"precision of holds: {precision:.3f} ({caught}/{caught + len(held)})",
    ]
    result.lines.append(f"missed urgent texts (false negatives): {len(missed)}")
    result.lines += [
        f"  line {e.line}: {_one_line(e.text)}" + (f"  [why: {e.why}]" if e.why else "")
        for e, _ in missed
    ]
    result.lines.append(f"ordinary texts held (false positives): {len(held)}")
    result.lines += [
        f"  line {e.line}: {_one_line(e.text)}  [held for: {', '.join(r.reasons)}]" for e, r in held
    ]
    return (
        not problems
        and bool(urgent)
        and bool(ordinary)
        and recall >= TARGET_RECALL
        and held_share <= TARGET_ORDINARY_HELD
    )


def run(path: Path = DATA, holdout: Path = HOLDOUT) -> Result:
    """Both sets; the verdict is the hold-out set's when there is one."""
    return labelled_sets(NAME, measure, path, holdout)


def main() -> int:
    result = run()
    print(f"== {result.name}")
    for line in result.lines:
        print(line)
    verdicts = {None: "no verdict", True: "PASS", False: "FAIL"}
    print(verdicts[result.passed])
    return 0


if __name__ == "__main__":
    sys.exit(main())
