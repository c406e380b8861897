"""The vector index and the stored embeddings: search order, refresh, and the embedding task."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from django.utils import timezone

from curbside.qa.models import Question
from curbside.qa.tests.factories import QuestionFactory
from curbside.search import semantic, vectors
from curbside.search.embeddings import QuestionEmbedding
from curbside.search.tasks import embed_question


@pytest.fixture(autouse=True)
def _fresh_index(monkeypatch) -> Iterator[None]:
    # Test databases reuse ids, so no index may outlive its test; and check the table each time.
    monkeypatch.setattr(vectors, "REFRESH_SECONDS", 0.0)
    vectors.reset()
    yield
    vectors.reset()


def _unit(*values: float) -> np.ndarray:
    v = np.zeros(semantic.DIMENSIONS, dtype=np.float32)
    v[: len(values)] = values
    return v / np.linalg.norm(v)


def test_it_returns_the_nearest_first():
    index = vectors.NumpyIndex.from_rows(
        [
            (7, semantic.to_bytes(_unit(1, 0)), None),
            (8, semantic.to_bytes(_unit(1, 1)), None),
            (9, semantic.to_bytes(_unit(0, 1)), None),
        ]
    )
    hits = index.search(_unit(1, 0.1), 2)
    assert [qid for qid, _ in hits] == [7, 8]
    assert hits[0][1] == pytest.approx(float(_unit(1, 0) @ _unit(1, 0.1)))
    assert [qid for qid, _ in index.search(_unit(0, 1), 10)] == [9, 8, 7]
    assert vectors.NumpyIndex.from_rows([]).search(_unit(1), 5) == []


def test_upsert_replaces_and_adds_without_touching_the_old_index():
    old = vectors.NumpyIndex.from_rows([(1, semantic.to_bytes(_unit(1, 0)), None)])
    new = old.upsert(
        [(1, semantic.to_bytes(_unit(0, 1)), None), (2, semantic.to_bytes(_unit(1, 0)), None)]
    )
    assert [qid for qid, _ in new.search(_unit(1, 0), 1)] == [2]
    assert [qid for qid, _ in old.search(_unit(1, 0), 5)] == [1]
    assert set(new.vectors_for([1, 2, 3])) == {1, 2}


def _store(question: Question, vector: np.ndarray) -> None:
    QuestionEmbedding.objects.update_or_create(
        question=question,
        defaults={
            "model_name": semantic.model_name(),
            "vector": semantic.to_bytes(vector),
            "text_hash": "x",
            "updated_at": timezone.now(),
        },
    )


def test_the_process_index_follows_the_table(db):
    a, b = QuestionFactory(), QuestionFactory()
    _store(a, _unit(1, 0))
    assert [qid for qid, _ in vectors.current_index().search(_unit(1, 0), 5)] == [a.pk]
    _store(b, _unit(1, 0.05))  # added
    assert len(vectors.current_index()) == 2
    _store(a, _unit(0, 1))  # edited
    assert vectors.current_index().search(_unit(1, 0), 1)[0][0] == b.pk
    b.delete()  # deleted: the embedding row goes with it
    assert [qid for qid, _ in vectors.current_index().search(_unit(1, 0), 5)] == [a.pk]


def test_it_checks_the_table_at_most_every_few_seconds(db, monkeypatch, django_assert_num_queries):
    monkeypatch.setattr(vectors, "REFRESH_SECONDS", 60.0)
    _store(QuestionFactory(), _unit(1))
    vectors.current_index()
    with django_assert_num_queries(0):
        vectors.current_index()


def test_the_task_embeds_a_question_and_again_only_when_its_text_changes(db):
    question = QuestionFactory(title="Can Botox help my neck spasms?", body="They hurt at night.")
    assert embed_question.enqueue(question_id=question.pk).return_value is True
    stored = QuestionEmbedding.objects.get(question=question)
    assert stored.model_name == semantic.model_name()
    vector = semantic.from_bytes(stored.vector)
    assert vector.shape == (semantic.DIMENSIONS,)
    assert np.linalg.norm(vector) == pytest.approx(1.0, abs=1e-5)

    assert embed_question.enqueue(question_id=question.pk).return_value is False
    assert QuestionEmbedding.objects.get(question=question).updated_at == stored.updated_at

    Question.objects.filter(pk=question.pk).update(title="Does lip filler swelling go down?")
    assert embed_question.enqueue(question_id=question.pk).return_value is True
    edited = QuestionEmbedding.objects.get(question=question)
    assert edited.text_hash != stored.text_hash
    assert float(semantic.from_bytes(edited.vector) @ vector) < 0.9

    assert embed_question.enqueue(question_id=999_999).return_value is False


def test_a_question_close_to_many_others_is_demoted():
    # Both are as close to the query; the first sits near many questions (a hub), the second
    # near few: the correction puts the second first, half the difference from the mean each.
    query = _unit(1, 0, 0)
    hub = (1, semantic.to_bytes(_unit(1, 1, 0)), 0.9)
    loner = (2, semantic.to_bytes(_unit(1, 0, 1)), 0.3)
    unknown = (3, semantic.to_bytes(_unit(0, 1, 1)), None)
    index = vectors.NumpyIndex.from_rows([hub, loner, unknown])
    cosine = float(_unit(1, 1, 0) @ query)
    hits = index.search(query, 3)
    assert [qid for qid, _ in hits] == [2, 1, 3]
    assert dict(hits)[2] == pytest.approx(cosine + 0.15)
    assert dict(hits)[1] == pytest.approx(cosine - 0.15)
    assert dict(hits)[3] == pytest.approx(0.0)  # no neighbourhood yet: the plain cosine
    assert index.similarities(query, [1, 2, 99]) == pytest.approx({1: hits[1][1], 2: hits[0][1]})


def test_neighbourhoods_are_the_mean_cosine_to_the_nearest_others(monkeypatch):
    monkeypatch.setattr(vectors, "NEIGHBOURS", 2)
    rows = [
        (n, semantic.to_bytes(v), None)
        for n, v in enumerate([_unit(1, 0), _unit(1, 0.1), _unit(1, 0.3), _unit(0, 1)], start=1)
    ]
    index = vectors.NumpyIndex.from_rows(rows)
    found = index.neighbours_of([1, 4])
    expected = (float(_unit(1, 0) @ _unit(1, 0.1)) + float(_unit(1, 0) @ _unit(1, 0.3))) / 2
    assert found[1][0] == pytest.approx(expected)
    assert sorted(found[1][1]) == [2, 3]
    assert sorted(found[4][1]) == [2, 3]
    assert vectors.NumpyIndex.from_rows(rows[:1]).neighbours_of([1])[1][1] == []


def test_embedding_a_question_updates_its_neighbours_neighbourhoods(db):
    first = QuestionFactory(title="Can Botox help my neck spasms?", body="They hurt at night.")
    vectors.question_embed(question_id=first.pk)
    assert QuestionEmbedding.objects.get(question=first).neighbourhood is None  # alone
    second = QuestionFactory(title="Botox for a twisting neck?", body="Cervical dystonia.")
    vectors.question_embed(question_id=second.pk)
    stored = dict(QuestionEmbedding.objects.values_list("question_id", "neighbourhood"))
    cosine = float(
        vectors.current_index().vectors_for([first.pk])[first.pk]
        @ vectors.current_index().vectors_for([second.pk])[second.pk]
    )
    assert stored == {first.pk: pytest.approx(cosine), second.pk: pytest.approx(cosine)}
