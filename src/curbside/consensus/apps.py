from __future__ import annotations

from django.apps import AppConfig


class ConsensusConfig(AppConfig):
    name = "curbside.consensus"
    label = "consensus"
    verbose_name = "Where physicians agree"

    def ready(self) -> None:
        from curbside.claims.signals import answer_flags_changed
        from curbside.qa.signals import answer_written

        answer_written.connect(_answer, dispatch_uid="consensus-answer")
        answer_flags_changed.connect(_flags, dispatch_uid="consensus-answer-flags")


# The summary is made in the background: it embeds the answer's sentences, which takes longer
# than a request should wait. The task is enqueued inside the writer's transaction, so it exists
# only if the answer does.


def _answer(sender: object, *, answer_id: int, **kwargs: object) -> None:
    from curbside.consensus.tasks import summarize_answer_question

    summarize_answer_question.enqueue(answer_id=answer_id)


def _flags(sender: object, *, question_id: int, **kwargs: object) -> None:
    from curbside.consensus.tasks import summarize_question

    summarize_question.enqueue(question_id=question_id)
