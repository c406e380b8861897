"""Similar questions ranked by meaning, with the full-text side standing in when there is no
semantic side; and the fusion of the two rankings that /search/ uses."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from curbside.qa.models import Question
from curbside.qa.tests.factories import QuestionFactory
from curbside.search import fulltext, hybrid, semantic, vectors

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_index(monkeypatch) -> Iterator[None]:
    monkeypatch.setattr(vectors, "REFRESH_SECONDS", 0.0)
    vectors.reset()
    yield
    vectors.reset()


@pytest.fixture
def lexical(monkeypatch) -> list[tuple[int, float]]:
    """What the full-text side answers, whatever the query (the engine is tested with it)."""
    answer: list[tuple[int, float]] = []
    monkeypatch.setattr(hybrid, "_lexical_source", lambda: lambda q, limit: answer[:limit])
    return answer


@pytest.fixture
def no_model(settings) -> Iterator[None]:
    saved = (semantic._model, semantic._failed)
    semantic._model, semantic._failed = None, False
    settings.CURBSIDE_EMBEDDING_MODEL = "/nonexistent/curbside-test-model"
    yield
    semantic._model, semantic._failed = saved


def _embedded(title: str, body: str = "Any advice welcome.", **kwargs) -> Question:
    question = QuestionFactory(title=title, body=body, **kwargs)
    vectors.question_embed(question_id=question.pk)
    return question


@pytest.fixture
def questions() -> dict[str, Question]:
    return {
        "dystonia": _embedded(
            "Is botulinum toxin used for cervical dystonia?",
            "My neurologist mentioned injections for the involuntary contractions in my neck.",
        ),
        "lips": _embedded("How long does lip filler swelling last?", "Day three, still puffy."),
        "peel": _embedded("Can I have a chemical peel in summer?", "I burn easily."),
    }


def test_rrf_puts_what_both_sides_found_first():
    fused = hybrid.rrf([[1, 2, 3], [3, 4]])
    assert max(fused, key=fused.__getitem__) == 3
    assert hybrid.rrf([[5], [5]])[5] == pytest.approx(1.0)
    assert hybrid.rrf([[], []]) == {}


def test_fuse_blends_in_the_cosine_and_stays_in_0_1():
    ranked = hybrid.fuse([1, 2], [2, 3], {1: 0.2, 2: 0.9, 3: 0.8})
    assert [qid for qid, _ in ranked] == [2, 3, 1]
    assert all(0.0 <= score <= 1.0 for _, score in ranked)
    assert [s for _, s in ranked] == sorted((s for _, s in ranked), reverse=True)
    # no semantic side: the normalised RRF itself
    assert hybrid.fuse([4, 5], None, {}) == [(4, pytest.approx(1.0)), (5, pytest.approx(61 / 62))]
    # a semantic side that found nothing halves the lexical credit
    assert hybrid.fuse([4], [], {}) == [(4, pytest.approx(0.4 * 0.5))]


def test_the_lexical_query_keeps_content_words_only():
    assert hybrid._lexical_query("Can I get Botox for my neck, after all?") == "botox OR neck"


def test_it_finds_a_paraphrase_that_shares_no_keyword(questions, lexical):
    found = hybrid.similar_questions("Do shots help painful spasms in my neck?", limit=2)
    assert found[0].id == questions["dystonia"].pk
    assert found[0].url == questions["dystonia"].get_absolute_url()
    assert 0.0 < found[-1].score <= found[0].score <= 1.0


def test_with_a_model_words_in_common_do_not_outrank_meaning(questions, lexical):
    # The full-text side would put the peel question first: it is not asked.
    lexical.extend([(questions["peel"].pk, 3.0), (questions["lips"].pk, 1.0)])
    found = hybrid.similar_questions("puffy lips after filler: how many days?", limit=3)
    assert found[0].id == questions["lips"].pk
    assert [s.score for s in found] == sorted((s.score for s in found), reverse=True)


def test_before_any_vector_is_stored_it_answers_lexically(lexical):
    a, b = QuestionFactory(), QuestionFactory()
    lexical.extend([(b.pk, 2.0), (a.pk, 1.0)])
    assert [s.id for s in hybrid.similar_questions("neck spasms and botox")] == [b.pk, a.pk]


def test_search_questions_fuses_the_full_text_ranking_with_meaning(questions, monkeypatch):
    monkeypatch.setattr(hybrid, "question_ids_matching", lambda parsed, limit: [])
    # No word in common with any question, so only the semantic side can find one.
    parsed = fulltext.parse_query("injections for a twisting neck")
    ranked = hybrid.search_questions("injections for a twisting neck", parsed, 10)
    assert ranked[0][0] == questions["dystonia"].pk
    assert all(0.0 < score <= 1.0 for _, score in ranked)
    monkeypatch.setattr(
        hybrid, "question_ids_matching", lambda parsed, limit: [(questions["peel"].pk, 1.0)]
    )
    both = dict(hybrid.search_questions("chemical peel", fulltext.parse_query("chemical peel"), 10))
    assert max(both, key=both.__getitem__) == questions["peel"].pk


def test_it_leaves_out_the_question_itself_and_unpublished_ones(questions, lexical):
    Question.objects.filter(pk=questions["lips"].pk).update(status="held")
    found = hybrid.similar_to_question(questions["dystonia"], limit=5)
    ids = {s.id for s in found}
    assert questions["dystonia"].pk not in ids
    assert questions["lips"].pk not in ids
    assert questions["peel"].pk in ids


def test_without_a_model_it_answers_lexically_and_logs_once(no_model, lexical, caplog):
    a, b = QuestionFactory(), QuestionFactory()
    lexical.extend([(b.pk, 2.0), (a.pk, 1.0)])
    with caplog.at_level(logging.WARNING):
        first = hybrid.similar_questions("neck spasms and botox")
        second = hybrid.similar_questions("neck spasms and botox again")
    assert [s.id for s in first] == [b.pk, a.pk] == [s.id for s in second]
    assert all(0.0 < s.score <= 1.0 for s in first)
    warnings = [r for r in caplog.records if r.name == "curbside.search.semantic"]
    assert len(warnings) == 1


def test_without_full_text_it_answers_semantically(questions, monkeypatch):
    monkeypatch.setattr(hybrid, "_lexical_source", lambda: None)
    assert hybrid.similar_questions("neck spasm injections", limit=1)[0].id == (
        questions["dystonia"].pk
    )


def test_a_failing_full_text_side_is_logged_not_raised(no_model, monkeypatch, caplog):
    def broken(q: str, limit: int) -> list[tuple[int, float]]:
        raise RuntimeError("fts table missing")

    QuestionFactory(title="Neck spasm injections")
    monkeypatch.setattr(hybrid, "_lexical_source", lambda: broken)
    assert hybrid.similar_questions("neck spasm injections", limit=1) == []
    assert "Full-text candidates failed" in caplog.text
