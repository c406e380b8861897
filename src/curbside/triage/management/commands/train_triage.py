from __future__ import annotations

from typing import Any

from curbside.lib.training_command import TrainingCommand
from curbside.triage import training
from curbside.triage.screener import MANIFEST


class Command(TrainingCommand):
    help = (
        "Train the triage screener from the corpus in src/curbside/triage/data/corpus/ and "
        "write its weights and manifest beside it (about a minute on two cores; deterministic)."
    )
    what = "the screener"
    manifest = MANIFEST

    def run_training(self) -> dict[str, Any]:
        return training.train()

    def comparison(self) -> list[str]:
        return training.compare()
