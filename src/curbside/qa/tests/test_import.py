from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from curbside.qa.models import Answer, Question

pytestmark = pytest.mark.django_db


def _run(tmp_path: Path, lines: list[str]) -> tuple[str, str]:
    path = tmp_path / "q.jsonl"
    path.write_text("\n".join(lines) + "\n")
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_questions", str(path), "--quiet", stdout=out, stderr=err)
    except CommandError as exc:
        err.write(str(exc))
    return out.getvalue(), err.getvalue()


def test_it_imports_questions_with_answers(tmp_path: Path, botox, physician):
    good = {
        "title": "Does Botox help teeth grinding?",
        "body": "My dentist mentioned it.",
        "treatment": "Botox",
        "answers": [
            {
                "doctor": physician.slug,
                "headline": "It is used off-label",
                "body": "Masseter injections for bruxism are off-label; discuss with your dentist and physician.",
            }
        ],
    }
    plain = {"title": "Short?", "body": "Tiny."}
    out, err = _run(tmp_path, [json.dumps(good), json.dumps(plain)])
    assert "Imported 2 question(s) and 1 answer(s)" in out and err == ""
    assert Question.objects.count() == 2 and Answer.objects.get().physician == physician
    assert Question.objects.get(title="Short?").author is None


def test_bad_lines_are_named_and_leave_nothing_behind(tmp_path: Path, botox, physician):
    lines = [
        "{not json",
        json.dumps({"title": "No body"}),
        json.dumps({"title": "Unknown", "body": "x", "treatment": "unobtainium"}),
        json.dumps(
            {
                "title": "Bad answer",
                "body": "x",
                "answers": [{"doctor": "dr-nobody", "headline": "h", "body": "b"}],
            }
        ),
        json.dumps({"title": "<b>html</b>", "body": "x"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "Fine", "body": "A good line."}),
    ]
    out, err = _run(tmp_path, lines)
    for n in range(1, 7):
        assert f"line {n}:" in err
    assert "line 7" not in err
    assert "unknown or ambiguous doctor 'dr-nobody'" in err
    assert "Imported 1 question(s)" in out and "6 line(s) rejected" in out
    assert list(Question.objects.values_list("title", flat=True)) == ["Fine"]
    assert Answer.objects.count() == 0


def test_a_missing_file_is_a_clear_error(tmp_path: Path, db):
    with pytest.raises(CommandError, match="no such file"):
        call_command("import_questions", str(tmp_path / "nope.jsonl"))
