"""Who may do what: every role against every Q&A, moderation and API action, both ways.
Allowed roles must succeed; everyone else is refused and nothing is saved."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.test import Client

from curbside.accounts.models import User
from curbside.audit.models import AuditEntry
from curbside.conftest import client_for
from curbside.providers.models import Physician
from curbside.qa.models import Agreement, Answer, HelpfulVote, Question, QuestionFollow
from curbside.qa.tests.factories import AnswerFactory

pytestmark = pytest.mark.django_db

ROLES = [
    "visitor",
    "patient",
    "pending_physician",
    "verified_physician",
    "practice_staff",
    "moderator",
]
ANSWER_TEXT = {
    "headline": "Allergy is rare",
    "body": "A true allergy to the toxin is very rare; tell your injector about past reactions.",
}


@dataclass
class World:
    question: Question
    other_answer: Answer
    pending: Physician


@pytest.fixture
def world(
    cast, question: Question, other_physician: Physician, pending_physician: Physician
) -> World:
    return World(
        question=question,
        other_answer=AnswerFactory(question=question, physician=other_physician),
        pending=pending_physician,
    )


def _ask(c: Client, w: World) -> int:
    return c.post(
        "/ask/",
        {
            "title": "Does Dysport spread more than Botox?",
            "body": "I read that it diffuses further; is that true for the forehead?",
            "treatments": [w.question.treatments.first().pk],
        },
    ).status_code


def _answer(c: Client, w: World) -> int:
    return c.post(f"/questions/{w.question.pk}/answer/", ANSWER_TEXT).status_code


def _answer_form(c: Client, w: World) -> int:
    return c.get(f"/questions/{w.question.pk}/answer/").status_code


def _helpful(c: Client, w: World) -> int:
    return c.post(f"/answers/{w.other_answer.pk}/helpful/", {"helpful": "1"}).status_code


def _agree(c: Client, w: World) -> int:
    return c.post(f"/answers/{w.other_answer.pk}/agree/", {"agree": "1"}).status_code


def _follow(c: Client, w: World) -> int:
    return c.post(f"/questions/{w.question.pk}/follow/", {"follow": "1"}).status_code


def _edit_other(c: Client, w: World) -> int:
    return c.post(f"/answers/{w.other_answer.pk}/edit/", ANSWER_TEXT).status_code


def _queue(c: Client, w: World) -> int:
    return c.get("/queue/").status_code


def _moderation(c: Client, w: World) -> int:
    return c.get("/moderation/").status_code


def _verify(c: Client, w: World) -> int:
    return c.post(
        f"/moderation/physicians/{w.pending.pk}/verification/", {"decision": "verify"}
    ).status_code


def _api_ask(c: Client, w: World) -> int:
    body = {
        "title": "Is Xeomin albumin-free?",
        "body": "I react to some blood products and want to know.",
        "treatments": ["botox"],
    }
    return c.post(
        "/api/v1/questions", json.dumps(body), content_type="application/json"
    ).status_code


def _api_answer(c: Client, w: World) -> int:
    return c.post(
        f"/api/v1/questions/{w.question.pk}/answers",
        json.dumps(ANSWER_TEXT),
        content_type="application/json",
    ).status_code


def _saved(model: type, **filters: object) -> Callable[[], int]:
    return lambda: model.objects.filter(**filters).count()  # type: ignore[attr-defined]


# action: (do it, roles allowed, status when allowed, what it saves)
MATRIX = {
    "ask": (_ask, {"patient"}, 302, lambda: Question.objects.count()),
    "answer_form": (_answer_form, {"verified_physician"}, 200, None),
    "answer": (_answer, {"verified_physician"}, 302, lambda: Answer.objects.count()),
    "helpful": (_helpful, {"patient"}, 302, lambda: HelpfulVote.objects.count()),
    "agree": (_agree, {"verified_physician"}, 302, lambda: Agreement.objects.count()),
    "follow": (
        _follow,
        {"patient", "pending_physician", "verified_physician", "practice_staff", "moderator"},
        302,
        lambda: QuestionFollow.objects.count(),
    ),
    "edit_someone_elses_answer": (
        _edit_other,
        set(),
        0,
        lambda: Answer.objects.filter(headline=ANSWER_TEXT["headline"]).count(),
    ),
    "queue": (_queue, {"verified_physician"}, 200, None),
    "moderation": (_moderation, {"moderator"}, 200, None),
    "verify_physician": (_verify, {"moderator"}, 302, lambda: AuditEntry.objects.count()),
    "api_ask": (_api_ask, {"patient"}, 201, lambda: Question.objects.count()),
    "api_answer": (_api_answer, {"verified_physician"}, 201, lambda: Answer.objects.count()),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", list(MATRIX))
def test_it_allows_exactly_the_right_roles(
    action: str, role: str, cast: dict[str, User | None], world: World
):
    do, allowed, ok_status, saved = MATRIX[action]
    before = saved() if saved else 0
    status = do(client_for(cast[role]), world)
    after = saved() if saved else 0
    if role in allowed:
        assert status == ok_status, f"{role} should be able to {action}"
        if saved:
            assert after > before
    else:
        refused = (
            {401}
            if action.startswith("api_") and role == "visitor"
            else {302}
            if role == "visitor"
            else {403, 404}
        )
        assert status in refused, f"{role} must not {action} (got {status})"
        assert after == before, f"{role} was refused {action} but something was saved"


def test_visitors_are_sent_to_sign_in(world: World):
    response = Client().get("/ask/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_a_pending_physician_is_told_why(cast, world: World):
    response = client_for(cast["pending_physician"]).get(f"/questions/{world.question.pk}/answer/")
    assert response.status_code == 403
    assert "waiting for verification" in response.content.decode()


def test_a_physician_edits_only_their_own_answer(physician: Physician, world: World):
    mine = AnswerFactory(question=world.question, physician=physician)
    c = client_for(physician.user)
    assert c.get(f"/answers/{mine.pk}/edit/").status_code == 200
    assert c.get(f"/answers/{world.other_answer.pk}/edit/").status_code == 404


def test_a_physician_cannot_agree_with_themself(world: World):
    c = client_for(world.other_answer.physician.user)
    c.post(f"/answers/{world.other_answer.pk}/agree/", {"agree": "1"})
    assert Agreement.objects.count() == 0


def test_an_unverified_patient_cannot_ask(unverified_patient: User, world: World):
    before = Question.objects.count()
    assert _ask(client_for(unverified_patient), world) == 400
    assert Question.objects.count() == before
