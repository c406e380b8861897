"""bench/triage_eval.py: figures per set and family, misses, blind history and verdict, on
small labelled files of its own."""

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


def _round(recall: float, held: float) -> dict[str, object]:
    return {
        "round": 1,
        "date": "2026-12-01",
        "set": "triage_holdout_r1.jsonl",
        "texts": 3,
        "urgent": 2,
        "system": "rules",
        "recall": recall,
        "ordinary_held": held,
        "per_family": {"toxin_spread": "2/2"},
    }


def test_it_skips_clearly_without_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.jsonl"
    result = _bench().run((missing,), tmp_path / "history.json", timed=False)
    assert result.passed is None
    assert result.lines[0] == f"-- {missing} (development)"
    assert result.lines[1] == f"SKIPPED: {missing} does not exist."
    assert "no blind run recorded yet" in result.lines


def test_it_reports_recall_per_family_held_share_and_every_miss(tmp_path: Path) -> None:
    rows = [
        {
            "text": "Since my Botox yesterday I can't swallow.",
            "urgent": True,
            "family": "toxin_spread",
        },
        {
            "text": "My lip turned white an hour after filler.",
            "urgent": True,
            "family": "filler_occlusion",
        },
        # Mislabelled on purpose, so that the bench must show a miss.
        {"text": "How much does Botox cost in Denver?", "urgent": True, "family": "chest_stroke"},
        {"text": "How long does Botox last?", "urgent": False},
        {"text": "I can't breathe and my throat is closing.", "urgent": False},
    ]
    result = _bench().run((_write(tmp_path / "set.jsonl", rows),), tmp_path / "h.json", timed=False)
    text = "\n".join(result.lines)
    assert "recall on urgent texts: 0.667 (target 1.0)" in text
    assert "chest_stroke 0/1, filler_occlusion 1/1, toxin_spread 1/1" in text
    assert "ordinary texts held: 50.0%" in text
    assert "line 3 [chest_stroke, screener " in text and "How much does Botox cost in" in text
    assert "line 5: I can't breathe and my throat is closing.  [held for:" in text


def test_a_hold_out_without_a_recorded_first_run_says_so(tmp_path: Path) -> None:
    rows = [{"text": "How long does Botox last?", "urgent": False}]
    fresh = _write(tmp_path / "triage_holdout_r9.jsonl", rows)
    result = _bench().run((fresh,), tmp_path / "h.json", timed=False)
    assert result.lines[0] == f"-- {fresh} (hold-out, FIRST RUN: record it)"


def test_the_verdict_is_the_last_blind_figure(tmp_path: Path) -> None:
    rows = [{"text": "How long does Botox last?", "urgent": False}]
    sets = (_write(tmp_path / "dev.jsonl", rows),)
    record = tmp_path / "history.json"
    bench = _bench()
    record.write_text(json.dumps([_round(0.9, 0.0), _round(1.0, 0.04)]))
    passed = bench.run(sets, record, timed=False)
    assert passed.passed is True
    assert any("recall 1.000, ordinary held 4.0%" in line for line in passed.lines)
    record.write_text(json.dumps([_round(1.0, 0.0), _round(1.0, 0.06)]))
    assert bench.run(sets, record, timed=False).passed is False


def test_it_names_unreadable_lines(tmp_path: Path) -> None:
    rows: list[object] = [
        "{oops",
        {"text": "x"},
        {"text": "How long does Botox last?", "urgent": False},
    ]
    result = _bench().run((_write(tmp_path / "bad.jsonl", rows),), tmp_path / "h.json", timed=False)
    assert "unreadable line 1: not valid JSON" in result.lines[1]
    assert 'unreadable line 2: needs "text"' in result.lines[2]
