"""The claim check measured on two labelled sets: `bench/data/claims_eval.jsonl` (the
development set: the rules were corrected after their first run on it, so its figures are
optimistic) and `bench/data/claims_holdout.jsonl` (written afterwards by someone who saw neither
the set nor the rules, measured without changing a rule for it: the verdict).

One JSON object a line: {"sentence": …, "verdict": "contradicts" | "overstates" |
"consistent" | "neutral", "product": …, "topic": …, "why": …}. Each sentence goes through
`curbside.claims.rules.check_text` with the packaged evidence base (read from its files, as
`knowledge_base_from_files()` gives it), exactly as an answer's text would. A sentence with no
checkable claim gets "neutral". A flag is "contradicts" or "overstates".

Printed: precision and recall of flags (a flag of the other kind still counts as a flag), the
agreement on each verdict, the confusion of verdicts, and every miss with its sentence.
Targets (issue 5): flag precision at least 0.95, recall at least 0.85. The set measures the
rules; it is not their spec.

`python bench/claims_eval.py` runs it alone, without Django.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.harness import Result, labelled_sets  # noqa: E402  # after the path set-up above
from curbside.claims.rules import FLAGS, SEVERITY, check_text  # noqa: E402
from curbside.evidence.knowledge import knowledge_base_from_files  # noqa: E402

DATA = ROOT / "bench" / "data" / "claims_eval.jsonl"
HOLDOUT = ROOT / "bench" / "data" / "claims_holdout.jsonl"
NAME = "claims_eval: claim check on the labelled sets"
TARGET_PRECISION = 0.95
TARGET_RECALL = 0.85
NEUTRAL = "neutral"
VERDICTS = ("contradicts", "overstates", "consistent", NEUTRAL)


@dataclass(frozen=True)
class Example:
    line: int
    sentence: str
    verdict: str
    product: str
    topic: str
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
            or not isinstance(record.get("sentence"), str)
            or record.get("verdict") not in VERDICTS
        ):
            problems.append(
                f'line {number}: needs "sentence" (a string) and "verdict" (one of '
                f"{', '.join(VERDICTS)})"
            )
            continue
        examples.append(
            Example(
                line=number,
                sentence=record["sentence"],
                verdict=record["verdict"],
                product=str(record.get("product") or ""),
                topic=str(record.get("topic") or ""),
                why=str(record.get("why") or ""),
            )
        )
    return examples, problems


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _is_flag(verdict: str) -> bool:
    return verdict in FLAGS


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
    kb = knowledge_base_from_files()
    started = time.perf_counter()
    predicted: list[tuple[Example, str, str]] = []  # example, verdict, fact
    for example in examples:
        verdicts = check_text(example.sentence, kb)
        worst = max(verdicts, key=lambda v: SEVERITY[v.verdict], default=None)
        predicted.append(
            (example, worst.verdict if worst else NEUTRAL, worst.fact if worst else "")
        )
    elapsed_ms = (time.perf_counter() - started) * 1000

    expected_flags = [p for p in predicted if _is_flag(p[0].verdict)]
    raised = [p for p in predicted if _is_flag(p[1])]
    caught = [p for p in expected_flags if _is_flag(p[1])]
    wrong_flags = [p for p in raised if not _is_flag(p[0].verdict)]
    missed = [p for p in expected_flags if not _is_flag(p[1])]
    precision = _share(len(raised) - len(wrong_flags), len(raised))
    recall = _share(len(caught), len(expected_flags))
    counts = Counter(e.verdict for e in examples)
    result.lines += [
        f"examples: {len(examples)} ("
        + ", ".join(f"{counts[v]} {v}" for v in VERDICTS)
        + f"), {elapsed_ms / len(examples):.2f} ms a sentence",
        f"flag precision: {precision:.3f} ({len(raised) - len(wrong_flags)}/{len(raised)}; "
        f"target {TARGET_PRECISION:.2f})",
        f"flag recall: {recall:.3f} ({len(caught)}/{len(expected_flags)}; target "
        f"{TARGET_RECALL:.2f})",
        f"exact verdicts: {sum(p[1] == p[0].verdict for p in predicted)}/{len(predicted)}",
        "confusion (rows: expected, columns: predicted):",
        "  " + " " * 12 + "".join(f"{v:>13}" for v in VERDICTS),
    ]
    confusion = Counter((p[0].verdict, p[1]) for p in predicted)
    for expected in VERDICTS:
        row = "".join(f"{confusion[(expected, got)]:>13}" for got in VERDICTS)
        result.lines.append(f"  {expected:<12}{row}")

    def listed(title: str, rows: list[tuple[Example, str, str]]) -> None:
        result.lines.append(f"{title}: {len(rows)}")
        for example, got, fact in rows:
            line = (
                f"  line {example.line} [{example.verdict} → {got}]: {_one_line(example.sentence)}"
            )
            if example.why:
                line += f"  [why: {_one_line(example.why)}]"
            if fact and got != example.verdict:
                line += f"  [fact given: {_one_line(fact)}]"
            result.lines.append(line)

    listed("missed flags (false negatives)", missed)
    listed("wrong flags (false positives)", wrong_flags)
    listed(
        "flags of the other kind",
        [p for p in caught if p[1] != p[0].verdict],
    )
    listed(
        "other disagreements (consistent / neutral)",
        [
            p
            for p in predicted
            if not _is_flag(p[0].verdict) and not _is_flag(p[1]) and p[1] != p[0].verdict
        ],
    )
    return (
        not problems
        and bool(expected_flags)
        and precision >= TARGET_PRECISION
        and recall >= TARGET_RECALL
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
