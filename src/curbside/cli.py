"""The `curbside` console script: every manage.py command, plus hyphenated aliases."""

from __future__ import annotations

import os
import sys

ALIASES = {
    "import-questions": "import_questions",
    "check-claims": "check_claims",
    "locate-physicians": "locate_physicians",
    "load-evidence": "load_evidence",
    "train-triage": "train_triage",
    "train-claims": "train_claims",
    "train-consensus": "train_consensus",
    "summarize-questions": "summarize_questions",
}


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "curbside.settings")
    args = list(sys.argv if argv is None else argv)
    args[0] = "curbside"
    if len(args) > 1:
        args[1] = ALIASES.get(args[1], args[1])
    from django.core.management import execute_from_command_line

    execute_from_command_line(args)


if __name__ == "__main__":
    main()
