from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm

from curbside.qa.models import Question
from curbside.search import semantic
from curbside.search.vectors import EMBED_BATCH, neighbourhoods_rebuild, questions_embed


class Command(BaseCommand):
    help = (
        "Rebuild the search indexes: the embedding of every published question (only those "
        "whose text changed, unless --force), every embedding's neighbourhood (the hubness "
        "correction of similar-question scores) and the full-text documents."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--force", action="store_true", help="Re-embed every question, changed or not."
        )
        parser.add_argument("--quiet", action="store_true", help="No progress bar.")

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.monotonic()
        self._fulltext()
        if semantic.get_model() is None:
            self.stderr.write("Embeddings: skipped, the model could not be loaded (see the log).")
        else:
            self._embeddings(force=options["force"], quiet=options["quiet"])
        self.stdout.write(f"Done in {time.monotonic() - started:.1f} s.")

    def _fulltext(self) -> None:
        try:
            from curbside.search.indexing import documents_rebuild
        except ImportError:
            self.stdout.write("Full-text documents: not available in this version.")
            return
        began = time.monotonic()
        counts = documents_rebuild()
        summary = ", ".join(f"{n} {kind}" for kind, n in counts.items())
        self.stdout.write(f"Full-text documents: {summary} in {time.monotonic() - began:.1f} s.")

    def _embeddings(self, *, force: bool, quiet: bool) -> None:
        began = time.monotonic()
        questions = Question.objects.published().order_by("pk").only("pk", "title", "body")
        total = questions.count()
        computed = 0
        bar = tqdm(total=total, unit="question", disable=quiet, file=self.stderr)
        batch: list[Question] = []
        for question in questions.iterator(chunk_size=EMBED_BATCH * 8):
            batch.append(question)
            if len(batch) == EMBED_BATCH:
                computed += questions_embed(batch, force=force, neighbourhoods=False)
                bar.update(len(batch))
                batch = []
        if batch:
            computed += questions_embed(batch, force=force, neighbourhoods=False)
            bar.update(len(batch))
        bar.close()
        self.stdout.write(
            f"Embeddings: {computed} computed, {total - computed} unchanged, of {total} "
            f"published questions, in {time.monotonic() - began:.1f} s."
        )
        began = time.monotonic()
        bar = tqdm(total=total, unit="question", disable=quiet, file=self.stderr)
        stored = neighbourhoods_rebuild(bar.update)
        bar.close()
        self.stdout.write(
            f"Neighbourhoods (hubness correction): {stored} computed in "
            f"{time.monotonic() - began:.1f} s."
        )
