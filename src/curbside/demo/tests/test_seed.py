from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import Count

from curbside.catalogue.models import Treatment
from curbside.demo.synthetic import questions_seed, render_fast, seed_sample_texts
from curbside.lib.text import render_markdown
from curbside.providers.models import Physician
from curbside.qa.models import Answer, Question, QuestionStatus

pytestmark = pytest.mark.django_db


def _seed(*args: str) -> str:
    out = io.StringIO()
    call_command("seed", *args, "--quiet", "--no-index", stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_it_seeds_an_empty_database() -> None:
    out = _seed("--questions", "25", "--answers-per-question", "3")
    assert "Seeded 25 question(s) and 75 answer(s)" in out
    assert "curbside reindex" in out
    assert Treatment.objects.exists() and Physician.objects.verified().exists()
    rows = Question.objects.annotate(
        n_treatments=Count("treatments", distinct=True), n_answers=Count("answers", distinct=True)
    ).values("status", "n_treatments", "n_answers", "answer_count", "body_html", "slug")
    assert len(rows) == 25
    for row in rows:
        assert row["status"] == QuestionStatus.PUBLISHED
        assert row["n_treatments"] >= 1
        assert row["body_html"].startswith("<p>") and row["slug"]
        assert row["answer_count"] == row["n_answers"] == 3
    assert not Question.objects.filter(last_answered_at__isnull=True).exists()
    answer = Answer.objects.select_related("physician").first()
    assert answer is not None and answer.physician.is_verified and answer.body_html


def test_it_uses_the_existing_directory(botox: Treatment, physician: Physician) -> None:
    report = questions_seed(questions=7, answers_per_question=5)
    assert report.created_treatments == report.created_physicians == 0
    assert report.questions == 7 and report.answers == 7  # one physician to answer
    assert set(Question.objects.values_list("treatments", flat=True)) == {botox.pk}


def test_it_is_deterministic_with_a_seed() -> None:
    first = questions_seed(questions=10, seed=7)
    titles = list(Question.objects.filter(pk__in=first.question_ids).values_list("title", "body"))
    Question.objects.all().delete()
    second = questions_seed(questions=10, seed=7)
    again = list(Question.objects.filter(pk__in=second.question_ids).values_list("title", "body"))
    assert titles == again


def test_the_fast_renderer_matches_render_markdown() -> None:
    for text in seed_sample_texts(300, seed=11):
        assert render_fast(text) == render_markdown(text)


def test_bad_counts_are_refused() -> None:
    with pytest.raises(CommandError):
        _seed("--questions", "-1")


def test_it_rebuilds_the_full_text_index() -> None:
    from curbside.search.documents import DocumentKind, SearchDocument

    out = io.StringIO()
    call_command("seed", "--questions", "5", "--quiet", stdout=out, stderr=io.StringIO())
    assert "full-text index rebuilt" in out.getvalue()
    questions = SearchDocument.objects.filter(kind=DocumentKind.QUESTION)
    assert set(questions.values_list("object_id", flat=True)) == set(
        Question.objects.values_list("pk", flat=True)
    )
