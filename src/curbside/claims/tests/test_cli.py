"""`curbside check-claims FILE`: the same list as the API, as JSON."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from curbside.cli import ALIASES

TEXT = "Botox is not approved for migraine.\n\nDysport is approved for cervical dystonia.\n"


def _run(*args: str) -> list[dict[str, str]]:
    out = io.StringIO()
    call_command("check_claims", *args, stdout=out)
    return json.loads(out.getvalue())  # type: ignore[no-any-return]


def test_it_prints_the_verdicts_of_a_file(db, tmp_path: Path):
    path = tmp_path / "answer.md"
    path.write_text(TEXT, encoding="utf-8")
    verdicts = _run(str(path))
    assert [(v["sentence"], v["verdict"]) for v in verdicts] == [
        ("Botox is not approved for migraine.", "contradicts"),
        ("Dysport is approved for cervical dystonia.", "consistent"),
    ]
    assert set(verdicts[0]) == {"sentence", "verdict", "fact", "source", "kind", "words"}
    assert verdicts[0]["source"].startswith("https://dailymed.nlm.nih.gov/")


def test_a_dash_reads_stdin(db, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("Botox has no black box warning."))
    assert [v["verdict"] for v in _run("-")] == ["contradicts"]


def test_a_text_without_claims_prints_an_empty_list(db, tmp_path: Path):
    path = tmp_path / "note.txt"
    path.write_text("Thanks for your question.", encoding="utf-8")
    assert _run(str(path)) == []


def test_a_missing_file_is_a_clear_error(db, tmp_path: Path):
    with pytest.raises(CommandError, match="No such file"):
        call_command("check_claims", str(tmp_path / "missing.txt"))
    with pytest.raises(CommandError, match="Not a file"):
        call_command("check_claims", str(tmp_path))
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"\xff\xfe\x00\x81")
    with pytest.raises(CommandError, match="not UTF-8"):
        call_command("check_claims", str(binary))


def test_the_console_script_has_the_alias(db, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    from curbside.cli import main

    assert ALIASES["check-claims"] == "check_claims"
    path = tmp_path / "answer.md"
    path.write_text(TEXT, encoding="utf-8")
    main(["curbside", "check-claims", str(path)])
    assert json.loads(capsys.readouterr().out)[0]["verdict"] == "contradicts"
    with pytest.raises(SystemExit) as exited:
        main(["curbside", "check-claims", str(tmp_path / "missing.txt")])
    assert exited.value.code != 0
    assert "No such file" in capsys.readouterr().err
