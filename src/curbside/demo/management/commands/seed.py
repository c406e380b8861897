from __future__ import annotations

import importlib
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from curbside.demo.synthetic import questions_seed


def search_documents_rebuild() -> str:
    """Rebuild the full-text documents, when the search app provides it; says what it did."""
    # Imported by name: the search app is built alongside this command and may lack it.
    try:
        documents_rebuild = importlib.import_module("curbside.search.indexing").documents_rebuild
    except (ImportError, AttributeError) as exc:
        return f"full-text index not rebuilt ({exc}); run `curbside reindex`."
    started = time.perf_counter()
    documents_rebuild()
    return f"full-text index rebuilt in {time.perf_counter() - started:.1f} s."


class Command(BaseCommand):
    help = (
        "Synthetic questions and answers at scale, for benchmarks: composed from the demo "
        "text banks, written in batches. Embeddings are not computed: run `curbside reindex`."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--questions", type=int, required=True, help="how many questions")
        parser.add_argument(
            "--answers-per-question",
            type=int,
            default=2,
            help="answers on each question, from distinct verified physicians (default 2)",
        )
        parser.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
        parser.add_argument(
            "--no-index", action="store_true", help="leave the full-text index alone"
        )
        parser.add_argument("--quiet", action="store_true", help="no progress bar")

    def handle(self, *args: Any, **options: Any) -> None:
        total: int = options["questions"]
        per_question: int = options["answers_per_question"]
        if total < 0 or per_question < 0:
            raise CommandError("--questions and --answers-per-question must be 0 or more.")
        started = time.perf_counter()
        bar = tqdm(total=total, unit="question", disable=options["quiet"], file=self.stderr)
        report = questions_seed(
            questions=total,
            answers_per_question=per_question,
            seed=options["seed"],
            progress=bar.update,
        )
        bar.close()
        elapsed = time.perf_counter() - started
        if report.created_treatments or report.created_physicians:
            self.stdout.write(
                f"Created {report.created_treatments} treatment(s) and "
                f"{report.created_physicians} verified physician(s) first."
            )
        self.stdout.write(
            f"Seeded {report.questions:,} question(s) and {report.answers:,} answer(s) "
            f"in {elapsed:.1f} s."
        )
        if not options["no_index"] and report.questions:
            self.stdout.write(search_documents_rebuild())
        self.stdout.write("Embeddings are not computed by seed: run `curbside reindex`.")
