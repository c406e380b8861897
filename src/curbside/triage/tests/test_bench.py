"""bench/triage_eval.py: figures, misses and verdict on a small labelled file of its own."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[4] / "bench" / "triage_eval.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("triage_eval_under_test", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _write(path: Path, rows: list[object]) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")
    return path


def test_it_skips_clearly_without_the_file(tmp_path: Path) -> None:
    result = _bench().run(tmp_path / "missing.jsonl", tmp_path / "missing.jsonl")
    assert result.passed is None
    assert result.lines[0] == f"-- {tmp_path / 'missing.jsonl'}"
    assert result.lines[1].startswith("SKIPPED:") and "missing.jsonl" in result.lines[1]


def test_it_reports_recall_held_share_precision_and_every_miss(tmp_path: Path) -> None:
    rows = [
        {"text": "Since my Botox yesterday I can't swallow.", "urgent": True, "why": "dysphagia"},
        {"text": "My lip turned white an hour after filler.", "urgent": True, "why": "blanching"},
        {"text": "I feel a bit off today.", "urgent": True, "why": "vague on purpose"},
        {"text": "How long does Botox last?", "urgent": False, "why": "ordinary"},
        {
            "text": "I can't breathe and my throat is closing.",
            "urgent": False,
            "why": "mislabelled",
        },
    ]
    result = _bench().run(_write(tmp_path / "set.jsonl", rows), tmp_path / "no-holdout.jsonl")
    text = "\n".join(result.lines)
    assert "recall on urgent texts: 0.667 (2/3" in text
    assert "ordinary texts held: 50.0% (1/2" in text
    assert "precision of holds: 0.667 (2/3)" in text
    assert "line 3: I feel a bit off today.  [why: vague on purpose]" in text
    assert "line 5: I can't breathe and my throat is closing." in text
    assert result.passed is False


def test_the_verdict_is_the_holdout_sets_when_there_is_one(tmp_path: Path) -> None:
    good = [
        {"text": "Since my Botox yesterday I can't swallow.", "urgent": True},
        {"text": "How long does Botox last?", "urgent": False},
    ]
    bad = [*good, {"text": "I feel a bit off today.", "urgent": True}]
    bench = _bench()
    development, holdout = _write(tmp_path / "dev.jsonl", bad), _write(tmp_path / "ho.jsonl", good)
    result = bench.run(development, holdout)
    assert result.passed is True
    assert [line for line in result.lines if line.startswith("-- ")] == [
        f"-- {development}",
        f"-- {holdout}",
    ]


def test_it_passes_on_target_and_names_unreadable_lines(tmp_path: Path) -> None:
    rows: list[object] = [
        {"text": "Since my Botox yesterday I can't swallow.", "urgent": True},
        {"text": "How long does Botox last?", "urgent": False},
    ]
    bench = _bench()
    assert bench.run(_write(tmp_path / "good.jsonl", rows), tmp_path / "none.jsonl").passed is True
    result = bench.run(
        _write(tmp_path / "bad.jsonl", [*rows, "{oops", {"text": "x"}]), tmp_path / "none.jsonl"
    )
    assert "unreadable line 3: not valid JSON" in result.lines[1]
    assert 'unreadable line 4: needs "text"' in result.lines[2]
    assert result.passed is False
