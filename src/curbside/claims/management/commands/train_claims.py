from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from curbside.claims import training
from curbside.claims.learned import MANIFEST


class Command(BaseCommand):
    help = (
        "Train the claim check's learned reader from the corpus in "
        "src/curbside/claims/data/corpus/ and write its weights and manifest beside it (about "
        "a minute on two cores; deterministic)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--compare",
            action="store_true",
            help="print leave-one-writer-out figures for the options instead of training",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            if options["compare"]:
                for line in training.compare():
                    self.stdout.write(line)
                return
            meta = training.train()
        except (RuntimeError, ValueError) as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(json.dumps(meta, indent=2))
        self.stdout.write(self.style.SUCCESS(f"Wrote the learned reader and {MANIFEST}."))
