"""Every new question is triaged before it is published: on the ask page, through
POST /api/v1/questions and by import."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client

from curbside.accounts.services import api_token_create
from curbside.accounts.tests.factories import UserFactory
from curbside.conftest import client_for
from curbside.notifications.models import Kind, Notification
from curbside.qa.models import Answer, Question, QuestionStatus
from curbside.qa.services import question_ask, question_create
from curbside.search.documents import SearchDocument
from curbside.triage.models import TriageHold

pytestmark = pytest.mark.django_db

URGENT_TITLE = "Can't swallow properly after Botox"
URGENT_BODY = "Since my Botox yesterday I can't swallow properly and my breathing feels weak."
ORDINARY_BODY = "I have several allergies and read that non-cosmetic use is riskier."


def _ask(client: Client, botox, body: str = URGENT_BODY, title: str = URGENT_TITLE):
    return client.post("/ask/", {"title": title, "body": body, "treatments": [botox.pk]})


def test_an_urgent_question_is_held_and_the_asker_sees_the_emergency_notice(
    patient, botox, moderator
):
    client = client_for(patient)
    response = _ask(client, botox)
    question = Question.objects.get()
    assert response.status_code == 302 and response["Location"] == question.get_absolute_url()
    assert question.status == QuestionStatus.HELD
    hold = TriageHold.objects.get(question=question)
    assert hold.reasons == ["trouble breathing", "trouble swallowing"] and hold.is_open
    page = client.get(response["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    assert 'role="alert"' in html and "Get emergency care now" in html
    assert "trouble swallowing" in html and "trouble breathing" in html
    assert 'Call <a href="tel:911">911</a> or go to the nearest emergency department now' in html
    assert "held" in html and "not published" in html
    assert "Your question is posted" not in html


def test_an_ordinary_question_is_published_without_a_notice(patient, botox, moderator):
    client = client_for(patient)
    response = _ask(client, botox, body=ORDINARY_BODY, title="Can I start Botox at a low dose?")
    question = Question.objects.get()
    assert question.status == QuestionStatus.PUBLISHED
    assert not TriageHold.objects.exists() and not Notification.objects.exists()
    html = client.get(response["Location"]).content.decode()
    assert "Your question is posted" in html and "Get emergency care now" not in html


def test_the_notice_page_escapes_what_the_asker_wrote(patient, botox):
    title = 'Swallowing & "breathing" after Botox, dose < 20 units'
    question = question_ask(author=patient, title=title, body=URGENT_BODY, treatments=[botox])
    html = client_for(patient).get(question.get_absolute_url()).content.decode()
    assert "Get emergency care now" in html
    assert "dose &lt; 20 units" in html and "dose < 20 units" not in html


def test_a_held_question_is_hidden_from_everyone_but_its_asker_and_moderators(
    cast, patient, botox, client: Client
):
    question = question_ask(
        author=patient, title=URGENT_TITLE, body=URGENT_BODY, treatments=[botox]
    )
    url = question.get_absolute_url()
    other_patient = UserFactory(email="other@example.com", public_name="OtherOwl-9")
    for user in [None, other_patient, cast["verified_physician"], cast["practice_staff"]]:
        assert client_for(user).get(url).status_code == 404
        assert client_for(user).get(f"/api/v1/questions/{question.pk}").status_code == 404
    assert client_for(patient).get(url).status_code == 200
    moderator_page = client_for(cast["moderator"]).get(url).content.decode()
    assert "Held by emergency triage" in moderator_page
    assert "Get emergency care now" not in moderator_page  # that notice is for the asker
    # Lists, search, the API list and the sitemap leave it out; physicians cannot answer it.
    for path in ["/", "/treatments/botox/", "/search/?q=swallow", "/sitemap.xml"]:
        assert URGENT_TITLE not in client.get(path).content.decode(), path
    assert client.get("/api/v1/questions").json()["count"] == 0
    assert not SearchDocument.objects.exists()
    assert (
        client_for(cast["verified_physician"]).get(f"/questions/{question.pk}/answer/").status_code
        == 404
    )


def test_moderators_are_notified_in_the_app_and_by_email(patient, botox, moderator):
    UserFactory(role="moderator", email="gone@example.com", public_name="Gone-1", is_active=False)
    question = question_ask(
        author=patient, title=URGENT_TITLE, body=URGENT_BODY, treatments=[botox]
    )
    hold = question.triage_hold
    [notice] = Notification.objects.all()
    assert notice.user == moderator and notice.kind == Kind.TRIAGE
    assert "trouble swallowing" in notice.title and notice.url.endswith(f"#triage-hold-{hold.pk}")
    [email] = [m for m in mail.outbox if m.to == [moderator.email]]
    assert URGENT_TITLE in email.subject
    assert "- trouble swallowing" in email.body and f"#triage-hold-{hold.pk}" in email.body
    assert "List-Unsubscribe" in email.extra_headers
    assert not [m for m in mail.outbox if m.to == [patient.email]]


def test_the_question_treatment_counts_as_the_treatment_a_symptom_followed(patient, botox):
    body = "Since Tuesday I can't swallow properly and liquids come out of my nose."
    question = question_ask(
        author=patient, title="Trouble eating since Tuesday", body=body, treatments=[botox]
    )
    assert question.status == QuestionStatus.HELD


def _post(client: Client, body: object, **headers: str):
    return client.post(
        "/api/v1/questions", json.dumps(body), content_type="application/json", **headers
    )


def test_the_api_returns_the_held_status_and_the_triage_result(patient, botox, moderator):
    _, raw = api_token_create(user=patient, name="test")
    auth = {"HTTP_AUTHORIZATION": f"Bearer {raw}"}
    body = {"title": URGENT_TITLE, "body": URGENT_BODY, "treatments": ["botox"]}
    response = _post(Client(), body, **auth)
    assert response.status_code == 201
    data = response.json()
    assert data["status"] == "held"
    assert data["triage"]["urgent"] is True
    assert data["triage"]["reasons"] == ["trouble breathing", "trouble swallowing"]
    assert data["triage"]["families"] == ["toxin_spread"]
    assert "911" in data["triage"]["advice"]
    assert Question.objects.get().status == QuestionStatus.HELD
    ordinary = {"title": "A low Botox dose?", "body": ORDINARY_BODY, "treatments": ["botox"]}
    data = _post(Client(), ordinary, **auth).json()
    assert data["status"] == "published"
    assert data["triage"] == {
        "urgent": False,
        "reasons": [],
        "families": [],
        "advice": data["triage"]["advice"],
    }
    assert "can miss things" in data["triage"]["advice"]


def _import(tmp_path: Path, records: list[dict[str, object]]) -> str:
    path = tmp_path / "q.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    out = io.StringIO()
    call_command("import_questions", str(path), "--quiet", stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_import_triages_and_reports_held_questions(tmp_path: Path, botox, physician, moderator):
    answer = {
        "doctor": physician.slug,
        "headline": "See a doctor today",
        "body": "Trouble swallowing after a toxin injection needs to be seen in person, today.",
    }
    out = _import(
        tmp_path,
        [
            {"title": "Teeth grinding", "body": "Does Botox help bruxism?", "treatment": "botox"},
            {
                "title": "Swallowing after Botox",
                "body": "I got Botox in my neck three days ago and now I can't swallow.",
                "treatment": "botox",
                "answers": [answer],
            },
        ],
    )
    assert "Imported 2 question(s) and 0 answer(s)" in out
    assert "line 2: held by triage (trouble swallowing)" in out
    assert (
        "1 question(s) held by emergency triage" in out and "1 answer(s) were not imported" in out
    )
    held = Question.objects.get(title="Swallowing after Botox")
    assert held.status == QuestionStatus.HELD and held.author is None
    assert Question.objects.get(title="Teeth grinding").status == QuestionStatus.PUBLISHED
    assert not Answer.objects.exists()
    assert Notification.objects.filter(user=moderator, kind=Kind.TRIAGE).count() == 1


def test_question_create_without_an_author_holds_too(botox):
    question = question_create(
        author=None,
        title="Seeing double",
        body="Seeing double since my Botox on Monday.",
        treatments=[botox],
        strict=False,
    )
    assert question.status == QuestionStatus.HELD
    assert question.triage_hold.reasons == ["double vision"]
