"""The shape every `curbside train-…` command shares: train from a corpus and write the files
and their manifest, or with --compare print the leave-one-writer-out figures of the options."""

from __future__ import annotations

import json
from abc import abstractmethod
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser


class TrainingCommand(BaseCommand):
    what: str  # what is written: "the triage screener"
    manifest: Path

    @abstractmethod
    def run_training(self) -> dict[str, Any]:
        """Train and write the files; the manifest written."""

    @abstractmethod
    def comparison(self) -> list[str]:
        """The figures of the options, a line each."""

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--compare",
            action="store_true",
            help="print leave-one-writer-out figures for the options instead of training",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            if options["compare"]:
                for line in self.comparison():
                    self.stdout.write(line)
                return
            meta = self.run_training()
        except (RuntimeError, ValueError) as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(json.dumps(meta, indent=2))
        self.stdout.write(self.style.SUCCESS(f"Wrote {self.what} and {self.manifest}."))
