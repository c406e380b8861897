"""qa's writes tell the apps above it through qa.signals, inside the writer's transaction
(docs/architecture.md): what a receiver writes commits or rolls back with the question."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.core.exceptions import ValidationError

from curbside.qa import services
from curbside.qa.models import Question, QuestionStatus
from curbside.qa.signals import answer_written, question_created, question_written
from curbside.search.models import DocumentKind, SearchDocument


@pytest.fixture
def heard() -> Iterator[list[tuple[str, dict[str, object]]]]:
    calls: list[tuple[str, dict[str, object]]] = []

    def listen(name: str):  # type: ignore[no-untyped-def]
        def receiver(sender: object, **kwargs: object) -> None:
            calls.append((name, kwargs))

        return receiver

    receivers = {
        question_created: listen("created"),
        question_written: listen("written"),
        answer_written: listen("answer"),
    }
    for signal, receiver in receivers.items():
        signal.connect(receiver, weak=False, dispatch_uid=f"test-{id(receiver)}")
    yield calls
    for signal, receiver in receivers.items():
        signal.disconnect(dispatch_uid=f"test-{id(receiver)}")


def test_asking_sends_created_then_written(patient, botox, heard):
    question = services.question_ask(
        author=patient,
        title="How long does Botox last for frown lines?",
        body="My first treatment was two months ago and it is already wearing off.",
        treatments=[botox],
    )
    assert [name for name, _ in heard] == ["created", "written"]
    assert heard[0][1]["question"] == question and heard[0][1]["treatments"] == [botox]
    assert heard[1][1] == {"question_id": question.pk, "signal": question_written}
    # search's receiver indexed it in the same transaction
    assert SearchDocument.objects.filter(kind=DocumentKind.QUESTION, object_id=question.pk).exists()


def test_a_failing_receiver_rolls_the_question_back(patient, botox):
    def refuse(sender: object, **kwargs: object) -> None:
        raise ValidationError("refused by a receiver")

    question_created.connect(refuse, weak=False, dispatch_uid="test-refuse")
    try:
        with pytest.raises(ValidationError):
            services.question_ask(
                author=patient,
                title="Is it safe to get Botox while breastfeeding?",
                body="My baby is four months old and I would like to treat my forehead lines.",
                treatments=[botox],
            )
    finally:
        question_created.disconnect(dispatch_uid="test-refuse")
    assert not Question.objects.exists()


def test_triage_holds_an_emergency_before_it_is_committed(patient, botox):
    question = services.question_ask(
        author=patient,
        title="Trouble swallowing and breathing after Botox",
        body="Since my neck injections yesterday I can barely swallow and I feel short of breath.",
        treatments=[botox],
    )
    stored = Question.objects.get(pk=question.pk)
    assert stored.status == QuestionStatus.HELD and stored.triage_hold.reasons


def test_an_answer_is_announced(question, physician, heard):
    answer = services.answer_create(
        physician=physician,
        question=question,
        headline="Usually 3–4 months",
        body="Most people see the effect fade between three and four months after treatment.",
    )
    assert heard == [("answer", {"answer_id": answer.pk, "signal": answer_written})]
