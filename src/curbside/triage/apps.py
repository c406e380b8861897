from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from django.apps import AppConfig

if TYPE_CHECKING:
    from curbside.catalogue.models import Treatment
    from curbside.qa.models import Question


class TriageConfig(AppConfig):
    name = "curbside.triage"
    label = "triage"
    verbose_name = "Emergency triage"

    def ready(self) -> None:
        from curbside.qa.signals import question_created

        question_created.connect(_screen, dispatch_uid="triage-new-question")


def _screen(
    sender: object, *, question: Question, treatments: Sequence[Treatment], **kwargs: object
) -> None:
    from curbside.triage.services import question_screen

    question_screen(question=question, treatments=treatments)
