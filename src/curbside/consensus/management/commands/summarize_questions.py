from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from curbside.consensus.reading import summary_of, summary_view
from curbside.consensus.services import question_summarize, summaries_refresh_all
from curbside.qa.models import Question


class Command(BaseCommand):
    help = (
        "Summarise where the physicians agree on a question (QUESTION_ID) and print the summary "
        "as the API gives it, or with --all every question with three or more answers (after "
        "an upgrade, or to fill summaries the worker has not made yet)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("question_id", nargs="?", type=int, metavar="QUESTION_ID")
        parser.add_argument("--all", action="store_true", help="summarise every question again")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["all"]:
            made = summaries_refresh_all()
            self.stdout.write(f"Summarised the questions: {made} have a summary.")
            return
        if options["question_id"] is None:
            raise CommandError("Give a QUESTION_ID, or --all.")
        if not Question.objects.filter(pk=options["question_id"]).exists():
            raise CommandError(f"No question {options['question_id']}.")
        question_summarize(question_id=options["question_id"])
        question = (
            Question.objects.for_page().select_related("consensus").get(pk=options["question_id"])
        )
        view = summary_view(summary_of(question), question.page_answers)
        if view is None:
            self.stdout.write("No summary: it needs three answers with a point two of them make.")
            return
        self.stdout.write(json.dumps(view.as_dict(), indent=2, ensure_ascii=False, default=str))
