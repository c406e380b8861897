from __future__ import annotations

from django_tasks import task


@task()
def answer_notify_followers(*, answer_id: int) -> int:
    from curbside.qa.models import Answer
    from curbside.qa.services import answer_followers_notify

    answer = Answer.objects.select_related("question", "physician").filter(pk=answer_id).first()
    if answer is None:
        return 0
    return answer_followers_notify(answer=answer)
