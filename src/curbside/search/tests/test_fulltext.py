from __future__ import annotations

import re

import pytest

from curbside.catalogue.models import Treatment
from curbside.providers.models import Physician
from curbside.qa.models import Question, QuestionStatus
from curbside.qa.tests.factories import AnswerFactory, QuestionFactory
from curbside.search import fulltext, synonyms
from curbside.search.documents import DocumentKind, SearchDocument
from curbside.search.fulltext import fts5_match, parse_query, pg_tsquery
from curbside.search.indexing import document_upsert_question

HOSTILE = [
    "",
    '"',
    '"""',
    '"unclosed phrase',
    'botox"',
    "((botox",
    "botox)",
    "*",
    "bot*",
    "title:botox",
    "body : botox",
    "NEAR(botox dysport)",
    "NEAR/2",
    "botox AND OR NOT dysport",
    "OR",
    "OR OR OR",
    "-",
    "--botox",
    '-""',
    "^botox",
    "botox + dysport",
    "{title body}: botox",
    "'; DROP TABLE search_searchdocument; --",
    "\\",
    "%s %% %(x)s",
    "botox & | ! <-> dysport",
    "a:* & b",
    "ボトックス 注射",
    "émigré naïve façade",
    "😀 🔥 botox",
    "\u202eevil",
    "\ue000marker\ue001",
    "x" * 1000,
    "botox " * 300,
    "!@#$%^&*()_+=[]{}|;:',.<>?/~`",
    "the and of",
]


def _syntax_only(match: str) -> str:
    """What is left of an FTS5 MATCH expression once its quoted strings are taken out."""
    return re.sub(r'"(?:[^"]|"")*"', "", match)


@pytest.mark.parametrize("text", HOSTILE)
def test_it_parses_hostile_text_into_quoted_terms_only(text: str) -> None:
    parsed = parse_query(text)
    if parsed:
        assert re.fullmatch(r"[()\sANDORT]*", _syntax_only(fts5_match(parsed)))
        sql, params = pg_tsquery(parsed)
        assert "%s" in sql
        assert all(isinstance(p, str) for p in params)


@pytest.mark.django_db
@pytest.mark.parametrize("text", HOSTILE)
def test_it_searches_hostile_text_without_error(text: str, question: Question) -> None:
    document_upsert_question(question.pk)
    results = list(SearchDocument.objects.search(text, snippets=True))
    assert all(isinstance(d.rank, float) for d in results)
    assert fulltext.question_ids_matching(text, 5) is not None


def test_it_parses_words_phrases_exclusions_and_or() -> None:
    parsed = parse_query('swelling "after injection" -bruise tired OR sleepy')
    assert parsed.groups == (
        (("swelling",),),
        (("after", "injection"),),
        (("tired",), ("sleepy",)),
    )
    assert parsed.excluded == (("bruise",),)


def test_it_drops_stop_words_but_not_inside_phrases() -> None:
    assert parse_query("how long does the swelling last").groups == (
        (("long",),),
        (("swelling",),),
        (("last",),),
    )
    assert parse_query('"the 11"').groups == ((("the", "11"),),)
    assert not parse_query("the and of")


def test_it_expands_synonyms_to_one_group() -> None:
    parsed = parse_query("Botox for neck spasms")
    # Matched as one concept token each; highlighted as every phrase they stand for.
    botox, neck = parsed.groups
    assert botox == tuple((t,) for t in synonyms.query_tokens(("botox",)))
    assert neck == tuple((t,) for t in synonyms.query_tokens(("neck", "spasms")))
    shown_botox, shown_neck = parsed.highlighted
    assert ("onabotulinumtoxina",) in shown_botox
    assert ("cervical", "dystonia") in shown_neck
    assert "cervical dystonia" in parsed.added
    assert '"cervical dystonia"' in fts5_match(parsed, highlight=True)
    assert "dystonia" not in fts5_match(parsed)


@pytest.mark.django_db
def test_a_synonym_finds_documents_that_use_another_term_of_its_group() -> None:
    label = _question("Cervical dystonia treatment interval")
    lay = _question("Wry neck and toxin", "My doctor calls it torticollis.")
    _question("Neck lift recovery")
    found = {d.object_id for d in SearchDocument.objects.search("neck spasms")}
    assert found == {label.pk, lay.pk}
    # The snippet highlights the words the document uses, and never shows a token.
    (document,) = SearchDocument.objects.search("neck spasms", snippets=True).filter(
        object_id=label.pk
    )
    # FTS5 marks the phrase, PostgreSQL each of its words.
    assert "<mark>Cervical" in document.title_html and "dystonia</mark>" in document.title_html
    assert re.sub("</?mark>", "", document.title_html) == "Cervical dystonia treatment interval"
    assert synonyms.TOKEN_PREFIX not in document.snippet + document.title_html


def test_it_matches_the_longest_synonym_term() -> None:
    parsed = parse_query("Botox Cosmetic")
    (group,) = parsed.highlighted
    assert group[0] == ("botox", "cosmetic")
    assert parsed.groups == (tuple((t,) for t in synonyms.query_tokens(("botox", "cosmetic"))),)


def test_only_exclusions_find_nothing() -> None:
    assert not parse_query("-botox")


def _question(title: str, body: str = "A question about something else entirely.") -> Question:
    question = QuestionFactory(title=title, body=body)
    document_upsert_question(question.pk)
    return question


def _question_ids(q: str) -> list[int]:
    return [pk for pk, _ in fulltext.question_ids_matching(q, 10)]


@pytest.mark.django_db
def test_it_finds_brand_by_nonproprietary_name() -> None:
    frown = _question("Botox for frown lines")
    _question("Filler for under-eye hollows")
    assert _question_ids("onabotulinumtoxinA") == [frown.pk]
    assert _question_ids("11s") == [frown.pk]


@pytest.mark.django_db
def test_it_finds_label_terms_by_lay_terms() -> None:
    dystonia = _question("Cervical dystonia treatment every three months")
    assert _question_ids("neck spasms") == [dystonia.pk]
    sweating = _question("Excessive sweating under my arms")
    assert _question_ids("hyperhidrosis") == [sweating.pk]


@pytest.mark.django_db
def test_it_ranks_title_above_body_above_answers(physician: Physician) -> None:
    in_answer = _question("Question with an answer mentioning it")
    AnswerFactory(question=in_answer, physician=physician, body="Masseter injections can help.")
    document_upsert_question(in_answer.pk)
    in_body = _question("Question with a body mentioning it", body="I asked about masseter.")
    in_title = _question("Masseter question")
    assert _question_ids("masseter") == [in_title.pk, in_body.pk, in_answer.pk]
    ranks = [rank for _, rank in fulltext.question_ids_matching("masseter", 10)]
    assert ranks == sorted(ranks, reverse=True)
    assert all(isinstance(rank, float) for rank in ranks)


@pytest.mark.django_db
def test_it_excludes_and_ors() -> None:
    dysport = _question("Dysport for crow's feet")
    xeomin = _question("Xeomin for crow's feet")
    assert _question_ids("crows feet -xeomin") == [dysport.pk]
    assert set(_question_ids("dysport OR xeomin")) == {dysport.pk, xeomin.pk}
    assert set(_question_ids("lateral canthal lines")) == {dysport.pk, xeomin.pk}


@pytest.mark.django_db
def test_it_escapes_snippets_except_its_marks() -> None:
    _question(
        "<b>Masseter</b> & jaw",
        body="I read <script>alert('x')</script> that masseter injections slim the jaw.",
    )
    (document,) = SearchDocument.objects.search("masseter", snippets=True)
    assert "<mark>masseter</mark>" in document.snippet.lower()
    # FTS5 keeps the tags as text (escaped); PostgreSQL's ts_headline drops them.
    assert "<script" not in document.snippet
    assert "alert(&#x27;x&#x27;)" in document.snippet
    assert "<b>" not in document.title_html
    assert "<mark>Masseter</mark>" in document.title_html
    assert "&amp; jaw" in document.title_html


@pytest.mark.django_db
def test_it_snippets_the_answers_when_only_they_match(physician: Physician) -> None:
    question = _question("Question about something")
    AnswerFactory(question=question, physician=physician, body="Consider a masseter injection.")
    document_upsert_question(question.pk)
    document = SearchDocument.objects.search("masseter", snippets=True).get(
        kind=DocumentKind.QUESTION
    )
    assert "<mark>masseter</mark>" in document.snippet.lower()


@pytest.mark.django_db
def test_search_questions_queryset_is_published_questions_best_first(botox: Treatment) -> None:
    in_title = _question("Masseter question")
    in_body = _question("Other question", body="Masseter injection worries.")
    held = _question("Masseter question held")
    Question.objects.filter(pk=held.pk).update(status=QuestionStatus.HELD)
    found = list(fulltext.search_questions_queryset("masseter"))
    assert found == [in_title, in_body]
    assert found[0].search_rank > found[1].search_rank
    assert not fulltext.search_questions_queryset("").exists()
