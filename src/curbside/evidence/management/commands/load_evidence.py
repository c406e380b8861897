from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from curbside.evidence.datafiles import DATA_DIR, EvidenceDataError
from curbside.evidence.services import evidence_load


class Command(BaseCommand):
    help = (
        "Validate the evidence base's data files and load them into the database "
        "(idempotent; keeps moderator confirmations of unchanged facts)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--path",
            type=Path,
            default=DATA_DIR,
            help="folder of evidence data files (default: the packaged evidence/data)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            summary = evidence_load(path=options["path"])
        except EvidenceDataError as exc:
            raise CommandError(f"Evidence not loaded: {exc}") from exc
        for line in summary.lines():
            self.stdout.write(line)
