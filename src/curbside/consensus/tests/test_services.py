"""The summary as the site keeps it: made in the background when answers are written, edited or
removed and when their flags change, shown on the question page and in the API against the live
answers, never with a flagged sentence. Uses the real sentence-embedding model."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from curbside.claims.models import ClaimCheck
from curbside.claims.services import claim_flag_dismiss
from curbside.conftest import client_for
from curbside.consensus.models import AnswerSentences, QuestionSummary
from curbside.consensus.reading import summary_view
from curbside.consensus.services import question_summarize
from curbside.providers.tests.factories import PhysicianFactory
from curbside.qa import services as qa
from curbside.qa.models import Answer, Question
from curbside.qa.tests.factories import QuestionFactory
from curbside.search import semantic

pytestmark = pytest.mark.django_db

RARE = [
    "A true allergy to botulinum toxin is extremely rare, so most patients never have one.",
    "Genuine allergic reactions to botulinum toxin are extremely rare in practice.",
    "An allergy to the toxin itself is very rare indeed.",
]
ELSE = [
    "Your neurologist will choose the muscles by examining how your head turns and tilts.",
    "Physical therapy alongside the injections often helps the result last longer.",
    "Bring a list of every medicine you take to the first visit, including supplements.",
]
SAFE = "Botox is completely safe and has no side effects at all."


def _answer(question: Question, body: str, **physician: Any) -> Answer:
    return qa.answer_create(
        physician=PhysicianFactory(**physician),
        question=question,
        headline="About your allergies and the injections",
        body=body,
    )


@pytest.fixture
def question() -> Question:
    return QuestionFactory(
        title="Botox for neck spasms when I have many allergies: is it safe to try?",
        body="I have cervical dystonia and allergies to penicillin and latex. Is Botox risky?",
    )


@pytest.fixture
def answered(question: Question) -> tuple[Question, list[Answer]]:
    names = [("Hana", "Okafor"), ("Leo", "Brandt"), ("Mira", "Castellanos")]
    answers = [
        _answer(question, f"{rare} {other}", first_name=first, last_name=last)
        for rare, other, (first, last) in zip(RARE, ELSE, names, strict=True)
    ]
    return question, answers


def _summary(question: Question) -> QuestionSummary | None:
    return QuestionSummary.objects.filter(question=question).first()


def test_the_third_answer_makes_a_summary_of_the_point_all_three_make(question):
    for rare, other in zip(RARE[:2], ELSE[:2], strict=True):
        _answer(question, f"{rare} {other}")
        assert _summary(question) is None  # under three answers there is nothing to summarise
    _answer(question, f"{RARE[2]} {ELSE[2]}")
    summary = _summary(question)
    assert summary is not None and summary.answers == 3
    [point] = summary.points
    assert point["count"] == 3 and point["point"] in RARE
    assert len(set(point["answer_ids"])) == 3


def test_the_page_shows_it_above_the_answers_with_the_names_and_the_note(client: Client, answered):
    question, answers = answered
    html = client.get(question.get_absolute_url()).content.decode()
    section = html[html.index('id="consensus"') : html.index('id="answers"')]
    assert "Where the doctors agree" in section
    assert "not itself medical advice" in section
    assert "3 of 3 doctors" in section
    for answer in answers:
        assert answer.physician.display_name in section
        assert f'href="#answer-{answer.pk}"' in section


def test_the_api_carries_the_same_summary(client: Client, answered):
    question, answers = answered
    data = client.get(f"/api/v1/questions/{question.pk}").json()
    consensus = data["consensus"]
    assert consensus["answers"] == 3 and "not itself medical advice" in consensus["note"]
    [point] = consensus["points"]
    assert point["count"] == 3 and point["point"] in RARE
    assert sorted(point["physicians"]) == sorted(a.physician.slug for a in answers)
    assert consensus["differences"] == []


def test_a_question_under_three_answers_has_none_in_the_api_or_the_page(client, question):
    _answer(question, f"{RARE[0]} {ELSE[0]}")
    assert client.get(f"/api/v1/questions/{question.pk}").json()["consensus"] is None
    assert 'id="consensus"' not in client.get(question.get_absolute_url()).content.decode()


def test_removing_an_answer_takes_it_out_of_the_summary(client, answered, moderator):
    question, answers = answered
    qa.answer_remove(answer=answers[0], moderator=moderator, reason="Duplicate of another answer.")
    assert _summary(question) is None  # two answers left
    html = client.get(question.get_absolute_url()).content.decode()
    assert 'id="consensus"' not in html


def test_an_answer_removed_before_the_summary_is_made_again_is_not_shown(answered, moderator):
    question, answers = answered
    summary = _summary(question)
    Answer.objects.filter(pk=answers[0].pk).update(removed_at=answers[0].created_at)
    live = list(Answer.objects.live().filter(question=question).select_related("physician"))
    view = summary_view(summary, live)
    assert view is not None
    [point] = view.points
    assert point.count == 2 and answers[0].physician.slug not in point.as_dict()["physicians"]
    assert point.point in RARE[1:]  # in a live physician's own words


def test_an_edit_that_drops_the_point_is_reflected(answered):
    question, answers = answered
    diary = "Keep a diary of your symptoms between visits to share with your neurologist."
    qa.answer_edit(answer=answers[2], headline=answers[2].headline, body=f"{ELSE[2]} {diary}")
    [point] = _summary(question).points
    assert point["count"] == 2 and answers[2].pk not in point["answer_ids"]


def test_a_sentence_the_claim_check_flags_is_never_a_point_until_a_moderator_dismisses_it(
    question, moderator
):
    for other in ELSE:
        _answer(question, f"{SAFE} {other}")
    flags = ClaimCheck.objects.shown_to_readers().filter(answer__question=question)
    assert flags.count() == 3  # the claim check flags all three
    points = _summary(question).points
    assert all("completely safe" not in p["point"] for p in points)
    for check in flags:
        claim_flag_dismiss(check=check, moderator=moderator, reason="Checked: context is fine.")
    points = _summary(question).points
    assert any("completely safe" in p["point"] and p["count"] == 3 for p in points)


def test_a_question_that_is_not_public_has_no_summary(answered):
    question, _ = answered
    Question.objects.filter(pk=question.pk).update(status="held")
    assert question_summarize(question_id=question.pk) is None
    assert _summary(question) is None


def test_unchanged_answers_are_not_embedded_again(answered, monkeypatch):
    question, answers = answered
    embedded: list[list[str]] = []
    real = semantic.embed

    def counting(texts: list[str]):
        embedded.append(texts)
        return real(texts)

    monkeypatch.setattr(semantic, "embed", counting)
    question_summarize(question_id=question.pk)
    assert embedded == []
    qa.answer_edit(answer=answers[1], headline=answers[1].headline, body=RARE[1] + " " + ELSE[0])
    assert (
        len(embedded) == 1
        and embedded[0] == AnswerSentences.objects.get(answer=answers[1]).sentences
    )


def test_without_the_model_the_stored_summary_stays(answered, monkeypatch):
    question, answers = answered
    monkeypatch.setattr(semantic, "embed", lambda texts: None)
    qa.answer_edit(answer=answers[1], headline=answers[1].headline, body=ELSE[0] + " " + ELSE[1])
    assert _summary(question).points[0]["count"] == 3


def test_the_summary_costs_a_visitor_no_query(client: Client, answered):
    question, _ = answered
    other = QuestionFactory()
    counts = []
    for url in (question.get_absolute_url(), other.get_absolute_url()):
        client.get(url)  # fill the cache
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_the_command_prints_a_summary_and_refuses_a_missing_question(answered, capsys):
    question, _ = answered
    QuestionSummary.objects.all().delete()
    call_command("summarize_questions", "--all")
    assert _summary(question) is not None
    call_command("summarize_questions", str(question.pk))
    assert '"count": 3' in capsys.readouterr().out
    with pytest.raises(CommandError, match="No question"):
        call_command("summarize_questions", "999999")


def test_moderators_read_the_summaries_in_the_admin_and_can_have_one_made_again(
    answered, moderator
):
    question, _ = answered
    QuestionSummary.objects.filter(question=question).update(data={}, answers=0)
    client = client_for(moderator)
    listing = client.get("/admin/consensus/questionsummary/")
    assert listing.status_code == 200 and question.title[:40] in listing.content.decode()
    response = client.post(
        "/admin/consensus/questionsummary/",
        {"action": "summarize_again", "_selected_action": [question.pk]},
    )
    assert response.status_code == 302
    assert _summary(question).points[0]["count"] == 3
    # Nobody edits or deletes one by hand.
    assert client.post(f"/admin/consensus/questionsummary/{question.pk}/delete/").status_code == 403


@pytest.mark.parametrize("who", ["patient", "physician", "staff"])
def test_no_one_else_sees_them_in_the_admin(who, request, answered):
    user = request.getfixturevalue(who)
    user = getattr(user, "user", user)
    response = client_for(user).get("/admin/consensus/questionsummary/")
    assert response.status_code in (302, 403)
