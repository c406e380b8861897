from __future__ import annotations

from django_tasks import task


@task()
def embed_question(*, question_id: int) -> bool:
    """Store the question's embedding for similar-question search; False when skipped."""
    from curbside.search.vectors import question_embed

    return question_embed(question_id=question_id)
