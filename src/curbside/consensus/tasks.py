from __future__ import annotations

from django_tasks import task


@task()
def summarize_question(*, question_id: int) -> int:
    """Make the question's summary again from its live answers; returns how many points it
    has (0 without a summary)."""
    from curbside.consensus.services import question_summarize

    summary = question_summarize(question_id=question_id)
    return 0 if summary is None else len(summary.points)


@task()
def summarize_answer_question(*, answer_id: int) -> int:
    """An answer was written, edited or removed: summarise its question again."""
    from curbside.qa.models import Answer

    question_id = Answer.objects.filter(pk=answer_id).values_list("question_id", flat=True).first()
    if question_id is None:
        return 0
    return summarize_question.call(question_id=question_id)
