from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from curbside.qa.importing import ImportReport, questions_import


class Command(BaseCommand):
    help = (
        'Import questions from JSON Lines: {"title", "body", "treatment"?, '
        '"answers"?: [{"doctor", "headline", "body"}]} on each line.'
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="a .jsonl file, or - for standard input")
        parser.add_argument("--quiet", action="store_true", help="no progress bar")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if str(path) != "-" and not path.is_file():
            raise CommandError(f"{path}: no such file.")
        try:
            text = self.stdin_text() if str(path) == "-" else path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise CommandError(f"{path}: not UTF-8 text ({exc.reason}).") from exc
        lines = text.splitlines()
        report = ImportReport()
        bar = tqdm(total=len(lines), unit="line", disable=options["quiet"], file=self.stderr)
        for _, report in questions_import(lines):  # noqa: B007  # the last report is read below
            bar.update(1)
        bar.close()
        for error in report.errors:
            self.stderr.write(error)
        for line in report.held_lines:
            self.stdout.write(line)
        self.stdout.write(
            f"Imported {report.questions:,} question(s) and {report.answers:,} answer(s); "
            f"{len(report.errors):,} line(s) rejected."
        )
        if report.held:
            self.stdout.write(
                f"{report.held:,} question(s) held by emergency triage for a moderator, not "
                f"published; their {report.answers_skipped:,} answer(s) were not imported."
            )
        if report.errors:
            raise CommandError(f"{len(report.errors)} line(s) could not be imported; see above.")

    def stdin_text(self) -> str:
        import sys

        return sys.stdin.read()
