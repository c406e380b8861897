from __future__ import annotations

import pytest
from django.db import connection
from django.utils import timezone

from curbside.articles.models import Article, ArticleStatus
from curbside.articles.tests.factories import ArticleFactory
from curbside.catalogue.models import Treatment
from curbside.providers.models import Physician, VerificationStatus
from curbside.qa.models import Answer, Question, QuestionStatus
from curbside.qa.tests.factories import AnswerFactory
from curbside.search import synonyms
from curbside.search.documents import DocumentKind, SearchDocument
from curbside.search.indexing import (
    document_delete,
    document_upsert_answer,
    document_upsert_article,
    document_upsert_physician,
    document_upsert_question,
    documents_rebuild,
)

pytestmark = pytest.mark.django_db


def _found(q: str, kind: str) -> list[int]:
    return list(
        SearchDocument.objects.search(q).filter(kind=kind).values_list("object_id", flat=True)
    )


def test_it_indexes_a_question_with_its_treatments(question: Question) -> None:
    assert document_upsert_question(question.pk)
    document = SearchDocument.objects.get(kind=DocumentKind.QUESTION, object_id=question.pk)
    title, treatments, tokens = document.title.split("\n")
    assert (title, treatments) == (question.title, "Botox")
    # Concept tokens of its synonym terms (Botox, the toxin class, neck spasms), not shown.
    assert tokens.split() == sorted(tokens.split()) and len(tokens.split()) == 3
    assert synonyms.strip_tokens(document.title) == f"{question.title}\nBotox"
    assert document.url == question.get_absolute_url()
    assert _found("allergy", DocumentKind.QUESTION) == [question.pk]


def test_it_reindexes_an_edited_question(question: Question) -> None:
    document_upsert_question(question.pk)
    Question.objects.filter(pk=question.pk).update(title="Dysport and bruising")
    document_upsert_question(question.pk)
    assert _found("allergy", DocumentKind.QUESTION) == []
    assert _found("bruising", DocumentKind.QUESTION) == [question.pk]
    assert SearchDocument.objects.count() == 1


def test_it_unindexes_a_question_that_is_no_longer_published(
    answered_question: Question,
) -> None:
    document_upsert_question(answered_question.pk)
    assert SearchDocument.objects.count() == 2  # the question and its answer
    Question.objects.filter(pk=answered_question.pk).update(status=QuestionStatus.HELD)
    assert not document_upsert_question(answered_question.pk)
    assert not SearchDocument.objects.exists()
    assert _found("allergy", DocumentKind.QUESTION) == []


def test_it_indexes_answers_and_their_question(question: Question, physician: Physician) -> None:
    document_upsert_question(question.pk)
    answer = AnswerFactory(
        question=question, physician=physician, headline="Test dose", body="A tiny test dose."
    )
    assert document_upsert_answer(answer.pk)
    assert _found("tiny", DocumentKind.ANSWER) == [answer.pk]
    assert _found("tiny", DocumentKind.QUESTION) == [question.pk]
    document = SearchDocument.objects.get(kind=DocumentKind.ANSWER, object_id=answer.pk)
    assert synonyms.strip_tokens(document.title).startswith(f"Test dose\n{question.title}")
    assert document.url.endswith(f"#answer-{answer.pk}")

    Answer.objects.filter(pk=answer.pk).update(body="A sub-therapeutic dose wastes money.")
    document_upsert_answer(answer.pk)
    assert _found("tiny", DocumentKind.ANSWER) == []
    assert _found("money", DocumentKind.QUESTION) == [question.pk]

    Answer.objects.filter(pk=answer.pk).update(removed_at=timezone.now())
    assert not document_upsert_answer(answer.pk)
    assert _found("money", DocumentKind.ANSWER) == []
    assert _found("money", DocumentKind.QUESTION) == []


def test_it_unindexes_a_deleted_answer(answered_question: Question) -> None:
    document_upsert_question(answered_question.pk)
    answer = answered_question.answers.get()
    answer_id = answer.pk
    answer.delete()
    assert not document_upsert_answer(answer_id)
    document_upsert_question(answered_question.pk)
    assert not SearchDocument.objects.filter(kind=DocumentKind.ANSWER).exists()
    assert _found("neurologist", DocumentKind.QUESTION) == []


def test_it_indexes_published_articles_only(botox: Treatment) -> None:
    article = ArticleFactory(title="Planning your first session", status=ArticleStatus.DRAFT)
    assert not document_upsert_article(article.pk)
    Article.objects.filter(pk=article.pk).update(status=ArticleStatus.PUBLISHED)
    article.treatments.set([botox])
    assert document_upsert_article(article.pk)
    assert _found("onabotulinumtoxinA", DocumentKind.ARTICLE) == [article.pk]
    Article.objects.filter(pk=article.pk).update(status=ArticleStatus.REMOVED)
    assert not document_upsert_article(article.pk)
    assert _found("planning", DocumentKind.ARTICLE) == []


def test_it_indexes_verified_physicians_only(pending_physician: Physician) -> None:
    assert not document_upsert_physician(pending_physician.pk)
    Physician.objects.filter(pk=pending_physician.pk).update(status=VerificationStatus.VERIFIED)
    assert document_upsert_physician(pending_physician.pk)
    document = SearchDocument.objects.get(kind=DocumentKind.PHYSICIAN)
    assert document.title.startswith("Dr. Pia Moreno, MD\nDermatologist")
    assert "Denver, CO" in document.body
    assert _found("moreno dermatologist denver", DocumentKind.PHYSICIAN) == [pending_physician.pk]
    Physician.objects.filter(pk=pending_physician.pk).update(status=VerificationStatus.REJECTED)
    assert not document_upsert_physician(pending_physician.pk)
    assert _found("moreno", DocumentKind.PHYSICIAN) == []


def test_document_delete_removes_it_from_the_index(question: Question) -> None:
    document_upsert_question(question.pk)
    assert document_delete(DocumentKind.QUESTION, question.pk)
    assert not document_delete(DocumentKind.QUESTION, question.pk)
    assert _found("allergy", DocumentKind.QUESTION) == []


def test_an_unchanged_object_writes_nothing(question: Question) -> None:
    document_upsert_question(question.pk)
    before = SearchDocument.objects.get().updated_at
    document_upsert_question(question.pk)
    assert SearchDocument.objects.get().updated_at == before


def test_rebuild_reproduces_the_documents_and_the_index(
    answered_question: Question, physician: Physician, pending_physician: Physician
) -> None:
    document_upsert_question(answered_question.pk)
    document_upsert_article(ArticleFactory(physician=physician).pk)
    document_upsert_physician(physician.pk)
    document_upsert_physician(pending_physician.pk)
    fields = ("kind", "object_id", "title", "body", "extra", "url")
    documents = set(SearchDocument.objects.values_list(*fields))
    searches = ["allergy", "neurologist", "swallowing", "ruiz", "onabotulinumtoxinA"]

    def results() -> dict[str, list[tuple[str, int]]]:
        return {
            q: list(SearchDocument.objects.search(q).values_list("kind", "object_id"))
            for q in searches
        }

    before = results()
    assert all(before.values())

    counts = documents_rebuild(batch=2)

    assert counts == {"question": 1, "answer": 1, "article": 1, "physician": 1}
    assert set(SearchDocument.objects.values_list(*fields)) == documents
    assert results() == before


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the FTS5 table is SQLite's")
def test_the_fts5_index_agrees_with_its_content(question: Question) -> None:
    document_upsert_question(question.pk)
    Question.objects.filter(pk=question.pk).update(title="Edited title about dysport")
    document_upsert_question(question.pk)
    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO search_fts(search_fts) VALUES('integrity-check')")
