from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from curbside.claims.services import TEXT_MAX, claim_checks_refresh_all, claims_check


class Command(BaseCommand):
    help = (
        "Check a text's claims about botulinum toxin products against the evidence base and "
        "print [{sentence, verdict, fact, source, kind, words}] as JSON. FILE is a path, or - "
        "for stdin. With --all, check the stored answers and articles again instead (after an "
        "upgrade of the checker)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "file", metavar="FILE", nargs="?", help="the text to check, or - for stdin"
        )
        parser.add_argument(
            "--all",
            action="store_true",
            help="check every live answer and article again where the text, the evidence base "
            "or the checker changed since its last check",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["all"]:
            flagged = claim_checks_refresh_all()
            self.stdout.write(f"Checked the stored answers and articles: {flagged} flagged.")
            return
        if not options["file"]:
            raise CommandError("Give a FILE to check (or - for stdin), or --all.")
        text = self._read(options["file"])
        if len(text) > TEXT_MAX * 10:
            raise CommandError(f"The text is too long to check ({len(text):,} characters).")
        verdicts = [v.as_dict() for v in claims_check(text=text)]
        self.stdout.write(json.dumps(verdicts, indent=2, ensure_ascii=False))

    def _read(self, name: str) -> str:
        if name == "-":
            return sys.stdin.read()
        path = Path(name)
        if not path.exists():
            raise CommandError(f"No such file: {name}")
        if not path.is_file():
            raise CommandError(f"Not a file: {name}")
        try:
            return path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise CommandError(f"{name} is not UTF-8 text.") from exc
        except OSError as exc:
            raise CommandError(f"Cannot read {name}: {exc.strerror}") from exc
