from __future__ import annotations

from django_tasks import task


@task()
def consultation_request_notify_practice(*, consultation_id: int) -> int:
    from curbside.practices.models import ConsultationRequest
    from curbside.practices.services import consultation_request_notify

    consultation = (
        ConsultationRequest.objects.select_related("practice").filter(pk=consultation_id).first()
    )
    if consultation is None:
        return 0
    return consultation_request_notify(consultation=consultation)
