"""Word counts (search.terms), the distinctive words the similar-question ranker asks the
full-text index for, and the rank window of question searches."""

from __future__ import annotations

from typing import Any

import pytest

from curbside.catalogue.models import Treatment
from curbside.qa.tests.factories import QuestionFactory
from curbside.search import fulltext, hybrid
from curbside.search.indexing import document_upsert_question, documents_rebuild
from curbside.search.terms import QuestionWord, distinctive_words


def _indexed(title: str, body: str = "") -> int:
    question = QuestionFactory(title=title, body=body or title)
    document_upsert_question(question.pk)
    return int(question.pk)


def _count(word: str) -> int:
    return QuestionWord.objects.filter(word=word).values_list("questions", flat=True).first() or 0


@pytest.mark.django_db
def test_a_new_question_document_counts_its_words_once() -> None:
    _indexed("Masseter Botox and chewing", "Chewing feels weak after masseter injections.")
    _indexed("Masseter slimming cost")
    assert _count("masseter") == 2
    assert _count("chewing") == 1
    # Plural "s" is dropped, as the synonym keys drop it.
    assert _count("injection") == 1
    # Re-indexing an unchanged question adds nothing.
    question_id = _indexed("Dystonia question")
    document_upsert_question(question_id)
    assert _count("dystonia") == 1


@pytest.mark.django_db
def test_a_rebuild_makes_the_counts_exact_again() -> None:
    _indexed("Masseter one")
    _indexed("Masseter two")
    QuestionWord.objects.filter(word="masseter").update(questions=40)
    QuestionWord.objects.create(word="stale", questions=9)
    documents_rebuild()
    assert _count("masseter") == 2
    assert not QuestionWord.objects.filter(word="stale").exists()


@pytest.mark.django_db
def test_distinctive_words_skips_words_that_would_overspend_the_budget() -> None:
    QuestionWord.objects.bulk_create(
        [
            QuestionWord(word="botox", questions=900),
            QuestionWord(word="neck", questions=300),
            QuestionWord(word="dystonia", questions=20),
        ]
    )
    words = ["botox", "neck", "dystonia", "torticollis"]
    # In text order; an unknown word costs nothing; a word that would overspend is skipped.
    assert distinctive_words(words, budget=400, limit=10) == ["neck", "dystonia", "torticollis"]
    assert distinctive_words(words, budget=50, limit=10) == ["dystonia", "torticollis"]
    assert distinctive_words(words, budget=5000, limit=2) == ["botox", "neck"]
    assert distinctive_words(["botox"], budget=100, limit=10) == []


@pytest.mark.django_db
def test_the_lexical_side_abstains_when_every_word_is_common(monkeypatch: Any) -> None:
    target = _indexed("Torticollis and Botox", "Torticollis since spring.")
    monkeypatch.setattr(hybrid, "LEXICAL_POSTINGS", 0)
    QuestionWord.objects.filter(word="botox").update(questions=5)
    # "torticollis" (1 question) doesn't fit a budget of 0 either: nothing to ask.
    assert hybrid.lexical_candidates("botox torticollis") == []
    monkeypatch.setattr(hybrid, "LEXICAL_POSTINGS", 1)
    assert hybrid._lexical_query("botox torticollis") == "torticollis"
    assert [qid for qid, _ in hybrid.lexical_candidates("botox torticollis") or []] == [target]
    # No content word at all: the side has nothing to say, as before.
    assert hybrid.lexical_candidates("can I do it?") is None


@pytest.mark.django_db
def test_question_search_ranks_the_newest_matches_when_there_are_too_many(
    monkeypatch: Any, botox: Treatment
) -> None:
    old_best = _indexed("Masseter masseter masseter", "Masseter masseter.")
    newer = [_indexed(f"Masseter question {n}", "About jaw slimming.") for n in range(3)]
    assert fulltext.question_ids_matching("masseter", 10)[0][0] == old_best
    monkeypatch.setattr(fulltext, "RANK_WINDOW", 3)
    found = [qid for qid, _ in fulltext.question_ids_matching("masseter", 10)]
    assert sorted(found) == sorted(newer)
    assert fulltext.question_ids_matching("masseter", 0) == []
    assert fulltext.question_ids_matching('"', 10) == []


@pytest.mark.django_db
def test_question_search_widens_its_range_until_it_holds_the_window(
    monkeypatch: Any, botox: Treatment
) -> None:
    # Matches spread through the table, the newest questions holding none: however the range
    # is sized and widened, the result is the newest RANK_WINDOW matches, ranked.
    old = [_indexed(f"Masseter question {n}", "About jaw slimming.") for n in range(4)]
    newer = [_indexed(f"Forehead question {n}", "About lines.") for n in range(6)]
    best = _indexed("Masseter masseter masseter", "Masseter masseter.")
    newest = [_indexed(f"Brow question {n}", "About brows.") for n in range(8)]
    assert newer and newest
    monkeypatch.setattr(fulltext, "RANK_WINDOW", 3)
    # A first range holding `best` and the brow questions only (question ids are consecutive
    # here), then widened from the one match it held.
    monkeypatch.setattr(fulltext, "FIRST_SPAN", newest[-1] - best)
    monkeypatch.setattr(fulltext.terms, "matches_at_most", lambda groups: 10**9)
    found = [qid for qid, _ in fulltext.question_ids_matching("masseter", 10)]
    assert found[0] == best
    assert sorted(found) == sorted([best, *old[-2:]])
    found = [qid for qid, _ in fulltext.question_ids_matching("masseter jaw", 10)]
    assert sorted(found) == old[-3:]
    assert fulltext.question_ids_matching("nothingmatches", 10) == []
