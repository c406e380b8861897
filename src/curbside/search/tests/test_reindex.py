"""`curbside reindex`: embeddings for every published question, only changed ones again."""

from __future__ import annotations

from collections.abc import Iterator
from io import StringIO
from types import SimpleNamespace

import pytest
from django.core.management import call_command

from curbside.qa.models import Question
from curbside.qa.tests.factories import QuestionFactory
from curbside.search import vectors
from curbside.search.embeddings import QuestionEmbedding

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_index() -> Iterator[None]:
    vectors.reset()
    yield
    vectors.reset()


def _reindex(*args: str) -> str:
    out = StringIO()
    call_command("reindex", "--quiet", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_it_embeds_published_questions_and_then_only_changed_ones():
    published = QuestionFactory.create_batch(3)
    held = QuestionFactory(status="held")
    output = _reindex()
    assert "Embeddings: 3 computed, 0 unchanged, of 3 published" in output
    assert "Neighbourhoods (hubness correction): 3 computed" in output
    assert None not in set(QuestionEmbedding.objects.values_list("neighbourhood", flat=True))
    assert set(QuestionEmbedding.objects.values_list("question_id", flat=True)) == {
        q.pk for q in published
    }
    assert held.pk not in set(QuestionEmbedding.objects.values_list("question_id", flat=True))
    Question.objects.filter(pk=published[0].pk).update(title="Lip filler lumps after a week?")
    assert "Embeddings: 1 computed, 2 unchanged" in _reindex()
    assert "Embeddings: 3 computed" in _reindex("--force")


def test_the_migration_computes_neighbourhoods_for_stored_embeddings():
    from importlib import import_module

    from django.apps import apps
    from django.db import connection

    questions = QuestionFactory.create_batch(3)
    for question in questions:
        vectors.question_embed(question_id=question.pk)
    QuestionEmbedding.objects.update(neighbourhood=None)
    migration = import_module("curbside.search.migrations.0005_neighbourhood")
    migration._compute(apps, SimpleNamespace(connection=connection))  # what it reads of it
    assert None not in set(QuestionEmbedding.objects.values_list("neighbourhood", flat=True))
