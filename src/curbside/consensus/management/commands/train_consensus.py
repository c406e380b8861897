from __future__ import annotations

from typing import Any

from curbside.consensus import training
from curbside.consensus.judge import MANIFEST
from curbside.lib.training_command import TrainingCommand


class Command(TrainingCommand):
    help = (
        "Train the summary's same-point judge from the labelled questions in "
        "src/curbside/consensus/data/corpus/ and write its weights and manifest beside them "
        "(about two minutes on two cores, most of it embedding the sentences; deterministic)."
    )
    what = "the same-point judge"
    manifest = MANIFEST

    def run_training(self) -> dict[str, Any]:
        return training.train()

    def comparison(self) -> list[str]:
        return training.compare()
