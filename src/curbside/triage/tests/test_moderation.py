"""The moderation queue's "Held by triage" section: release (publish) or keep removed."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from curbside.accounts.tests.factories import UserFactory
from curbside.audit.models import AuditEntry
from curbside.conftest import client_for
from curbside.qa.models import Question, QuestionStatus
from curbside.qa.services import answer_create, question_ask
from curbside.search.documents import SearchDocument
from curbside.triage.models import Resolution, TriageHold
from curbside.triage.services import triage_hold_release

pytestmark = pytest.mark.django_db

BODY = "Since my Botox yesterday I can't swallow properly, and drinks go down the wrong way < 1 h."


@pytest.fixture
def held(patient, botox) -> Question:
    return question_ask(
        author=patient, title="Swallowing after Botox", body=BODY, treatments=[botox]
    )


def _resolve(client: Client, hold: TriageHold, **data: str):
    return client.post(f"/moderation/triage/{hold.pk}/", data)


def test_the_queue_lists_held_questions_with_their_reasons(held, moderator):
    html = client_for(moderator).get("/moderation/").content.decode()
    assert "Held by triage (1)" in html
    assert f'id="triage-hold-{held.triage_hold.pk}"' in html
    assert "Swallowing after Botox" in html and "trouble swallowing" in html
    assert "wrong way &lt; 1 h" in html  # the asker's text, escaped


def test_the_queue_query_count_does_not_grow_with_the_holds(
    patient, botox, moderator, django_assert_max_num_queries
):
    client = client_for(moderator)
    question_ask(author=patient, title="Swallowing after Botox", body=BODY, treatments=[botox])
    with django_assert_max_num_queries(20) as one:
        client.get("/moderation/")
    for n in range(4):
        question_ask(
            author=patient, title=f"Swallowing {n} after Botox", body=BODY, treatments=[botox]
        )
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert "Held by triage (5)" in client.get("/moderation/").content.decode()


def test_a_moderator_releases_a_question_into_the_normal_flow(held, moderator, physician, client):
    hold = held.triage_hold
    response = _resolve(client_for(moderator), hold, decision="release", reason="Seen in the ER.")
    assert response.status_code == 302 and response["Location"] == "/moderation/"
    held.refresh_from_db()
    hold.refresh_from_db()
    assert held.status == QuestionStatus.PUBLISHED
    assert hold.resolution == Resolution.RELEASED and hold.resolved_by == moderator
    assert hold.resolved_at is not None and hold.note == "Seen in the ER."
    entry = AuditEntry.objects.get()
    assert entry.action == "triage.released" and entry.actor == moderator
    assert entry.target_id == held.pk and entry.reason == "Seen in the ER."
    assert client.get(held.get_absolute_url()).status_code == 200
    assert SearchDocument.objects.filter(object_id=held.pk).exists()
    answer_create(
        physician=physician,
        question=held,
        headline="Get checked in person",
        body="Swallowing trouble after a toxin injection should be examined the same day.",
    )
    assert "Held by triage (0)" in client_for(moderator).get("/moderation/").content.decode()


def test_a_moderator_keeps_a_question_removed_with_a_reason(held, moderator, patient):
    hold = held.triage_hold
    client = client_for(moderator)
    response = _resolve(client, hold, decision="remove", reason="")
    assert response.status_code == 400 and "Say why the question is kept removed" in response.text
    assert TriageHold.objects.get().is_open
    response = _resolve(client, hold, decision="remove", reason="Emergency, not a question.")
    assert response.status_code == 302
    held.refresh_from_db()
    assert held.status == QuestionStatus.REMOVED
    assert AuditEntry.objects.get().action == "triage.removed"
    assert client_for(patient).get(held.get_absolute_url()).status_code == 404
    # Resolved holds leave the queue and cannot be resolved again.
    assert _resolve(client, hold, decision="release").status_code == 404


@pytest.mark.parametrize(
    "data", [{}, {"decision": "publish"}, {"decision": "release", "reason": "x" * 1001}]
)
def test_bad_decisions_are_refused(held, moderator, data):
    response = _resolve(client_for(moderator), held.triage_hold, **data)
    assert response.status_code == 400
    assert TriageHold.objects.get().is_open


def test_only_moderators_may_resolve(held, cast):
    hold = held.triage_hold
    anonymous = _resolve(Client(), hold, decision="release")
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/accounts/login/")
    for role in ["patient", "pending_physician", "verified_physician", "practice_staff"]:
        assert _resolve(client_for(cast[role]), hold, decision="release").status_code == 403, role
        assert client_for(cast[role]).get("/moderation/").status_code == 403, role
    assert Client().get("/moderation/").status_code == 302
    held.refresh_from_db()
    assert held.status == QuestionStatus.HELD and not AuditEntry.objects.exists()
    assert client_for(cast["moderator"]).get("/moderation/").status_code == 200
    assert client_for(cast["moderator"]).get(f"/moderation/triage/{hold.pk}/").status_code == 405


def test_the_first_decision_stands(held, moderator):
    other = UserFactory(role="moderator", email="mod2@example.com", public_name="Moderator-2")
    hold = held.triage_hold
    triage_hold_release(hold=hold, moderator=moderator)
    stale = TriageHold.objects.get(pk=hold.pk)
    stale.resolved_at = None  # as another moderator's page saw it
    with pytest.raises(ValidationError, match="already resolved"):
        triage_hold_release(hold=stale, moderator=other)


def test_the_asker_is_told_when_their_question_is_released(held, moderator, patient):
    from django.core import mail

    from curbside.notifications.models import Kind, Notification

    mail.outbox.clear()
    _resolve(client_for(moderator), held.triage_hold, decision="release")
    notice = Notification.objects.get(user=patient)
    assert notice.kind == Kind.RELEASED and notice.url == held.get_absolute_url()
    assert "Your question was published" in notice.title
    [email] = [m for m in mail.outbox if m.to == [patient.email]]
    assert "Swallowing after Botox" in email.subject + email.body
    assert f"http://testserver{held.get_absolute_url()}" in email.body
    assert "call 911" in email.body
    assert "Your question was published" in client_for(patient).get("/notifications/").text


def test_the_asker_is_not_told_when_it_is_kept_removed(held, moderator, patient):
    from curbside.notifications.models import Notification

    _resolve(client_for(moderator), held.triage_hold, decision="remove", reason="Emergency.")
    assert not Notification.objects.filter(user=patient).exists()


def test_the_question_admin_cannot_publish_a_held_question(held, moderator):
    moderator.is_staff = True
    moderator.save(update_fields=["is_staff"])
    client = client_for(moderator)
    url = f"/admin/qa/question/{held.pk}/change/"
    page = client.get(url)
    assert page.status_code == 200 and 'name="status"' not in page.text
    response = client.post(
        url, {"title": "Swallowing after Botox (edited)", "body": BODY, "status": "published"}
    )
    assert response.status_code == 302
    held.refresh_from_db()
    assert held.status == QuestionStatus.HELD and held.title.endswith("(edited)")
    entry = AuditEntry.objects.get()
    assert entry.action == "question.edit" and entry.actor == moderator
    assert client.get("/admin/qa/question/add/").status_code == 403
