"""The question and answer admin store through the qa services."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from curbside.audit.models import AuditEntry
from curbside.conftest import client_for
from curbside.qa.models import Answer, AnswerRevision, Question
from curbside.qa.services import answer_remove
from curbside.qa.tests.factories import AnswerFactory

pytestmark = pytest.mark.django_db


def test_an_admin_edit_of_an_answer_keeps_a_revision(admin_client):
    answer = AnswerFactory()
    old = answer.body
    url = f"/admin/qa/answer/{answer.pk}/change/"
    body = "Most people see the effect fade between **three and four** months."
    response = admin_client.post(
        url,
        {
            "headline": answer.headline,
            "body": body,
            "revisions-TOTAL_FORMS": 0,
            "revisions-INITIAL_FORMS": 0,
        },
    )
    assert response.status_code == 302
    answer.refresh_from_db()
    assert "<strong>three and four</strong>" in answer.body_html
    assert AnswerRevision.objects.get(answer=answer).body == old


def test_the_admin_removes_answers_on_the_record(admin_client):
    answer = AnswerFactory()
    Question.objects.filter(pk=answer.question_id).update(answer_count=1)
    response = admin_client.post(
        "/admin/qa/answer/", {"action": "remove_answers", "_selected_action": [answer.pk]}
    )
    assert response.status_code == 302
    answer.refresh_from_db()
    assert answer.removed_at is not None
    assert Question.objects.get(pk=answer.question_id).answer_count == 0
    assert AuditEntry.objects.get(action="answer.remove").target_id == answer.pk
    page = client_for(None).get(answer.question.get_absolute_url())
    assert answer.headline not in page.content.decode()


def test_only_moderators_remove_answers(patient, moderator):
    answer = AnswerFactory()
    with pytest.raises(ValidationError):
        answer_remove(answer=answer, moderator=patient, reason="Spam.")
    answer_remove(answer=answer, moderator=moderator, reason="Spam.")
    with pytest.raises(ValidationError, match="already"):
        answer_remove(answer=Answer.objects.get(pk=answer.pk), moderator=moderator, reason="x")
