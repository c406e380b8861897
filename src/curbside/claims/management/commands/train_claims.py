from __future__ import annotations

from typing import Any

from curbside.claims import training
from curbside.claims.learned import MANIFEST
from curbside.lib.training_command import TrainingCommand


class Command(TrainingCommand):
    help = (
        "Train the claim check's learned reader from the corpus in "
        "src/curbside/claims/data/corpus/ and write its weights and manifest beside it (about "
        "six minutes on two cores; deterministic)."
    )
    what = "the learned reader"
    manifest = MANIFEST

    def run_training(self) -> dict[str, Any]:
        return training.train()

    def comparison(self) -> list[str]:
        return training.compare()
