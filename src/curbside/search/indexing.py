"""Keeping SearchDocument and the engine's full-text index current.

Services call these after a write (inside their transaction or after it): questions and
answers, articles and physicians each have one `document_upsert_*` that reads the object,
decides whether it is public, and writes or removes its document. On SQLite the FTS5 table
`search_fts` (migration 0002) is kept in step here, in the same transaction, not by triggers;
on PostgreSQL the tsvector column is generated from the row itself.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Prefetch
from django.utils import timezone

from curbside.articles.models import Article
from curbside.lib.text import markdown_plain
from curbside.providers.models import Physician, specialty_label
from curbside.qa.models import Answer, Question, QuestionStatus
from curbside.search import synonyms, terms
from curbside.search.documents import DocumentKind, SearchDocument

REBUILD_BATCH = 500
# The highlight markers of search.fulltext, which must never come from indexed text.
_MARKERS_RE = re.compile(r"[\ue000\ue001]")


@dataclass(frozen=True)
class Fields:
    title: str
    body: str
    extra: str
    url: str


def _text(*parts: str) -> str:
    return _MARKERS_RE.sub("", "\n".join(part for part in parts if part))


def with_concepts(fields: Fields) -> Fields:
    """The fields with, on a last line of each, the concept tokens of the synonym terms it
    contains (search.synonyms): a query for a synonym matches the token. Display code strips
    them (`synonyms.strip_tokens`)."""

    def tagged(text: str) -> str:
        tokens = synonyms.document_tokens(text)
        return f"{text}\n{tokens}" if tokens else text

    return Fields(tagged(fields.title), tagged(fields.body), tagged(fields.extra), fields.url)


def _question_text(document: SearchDocument) -> str:
    return f"{document.title}\n{document.body}\n{document.extra}"


def _uses_fts5() -> bool:
    return connection.vendor == "sqlite"


# ---------------------------------------------------------------------------------------------
# What each kind's document says
# ---------------------------------------------------------------------------------------------


def question_fields(question: Question, answers: Iterable[Answer]) -> Fields:
    treatments = ", ".join(t.name for t in question.treatments.all())
    return Fields(
        title=_text(question.title, treatments),
        body=_text(markdown_plain(question.body)),
        extra=_text(*(f"{a.headline}\n{markdown_plain(a.body)}" for a in answers)),
        url=question.get_absolute_url(),
    )


def answer_fields(answer: Answer, question: Question) -> Fields:
    return Fields(
        title=_text(answer.headline, question.title),
        body=_text(markdown_plain(answer.body)),
        extra=_text(answer.physician.display_name),
        url=f"{question.get_absolute_url()}#answer-{answer.pk}",
    )


def article_fields(article: Article) -> Fields:
    treatments = ", ".join(t.name for t in article.treatments.all())
    return Fields(
        title=_text(article.title, treatments),
        body=_text(article.summary, markdown_plain(article.body)),
        extra=_text(article.byline),
        url=article.get_absolute_url(),
    )


def physician_fields(physician: Physician) -> Fields:
    practice = physician.practice.name if physician.practice else ""
    treatments = ", ".join(t.name for t in physician.treatments.all())
    return Fields(
        title=_text(physician.display_name, specialty_label(physician.specialty)),
        body=_text(physician.bio, f"{physician.city}, {physician.state}", practice, treatments),
        extra="",
        url=physician.get_absolute_url(),
    )


# ---------------------------------------------------------------------------------------------
# Writing one document
# ---------------------------------------------------------------------------------------------


def _fts_write(command: str, document: SearchDocument) -> None:
    """Add the document's text to the FTS5 index, or ("delete") take that text out of it.
    Question documents are also in `search_question_fts` (migration 0003), the index that
    question-only searches read."""
    tables = ["search_fts"]
    if document.kind == DocumentKind.QUESTION:
        tables.append("search_question_fts")
    values: list[int | str] = [document.pk, document.title, document.body, document.extra]
    with connection.cursor() as cursor:
        for table in tables:
            if command == "delete":
                cursor.execute(
                    f"INSERT INTO {table}({table}, rowid, title, body, extra) "
                    "VALUES('delete', %s, %s, %s, %s)",
                    values,
                )
            else:
                cursor.execute(
                    f"INSERT INTO {table}(rowid, title, body, extra) VALUES(%s, %s, %s, %s)",
                    values,
                )


def document_store(kind: str, object_id: int, fields: Fields) -> SearchDocument:
    """Write the document of (kind, object_id), index included; a no-op when unchanged."""
    fields = with_concepts(fields)
    with transaction.atomic():
        document = SearchDocument.objects.filter(kind=kind, object_id=object_id).first()
        if document is None:
            document = SearchDocument.objects.create(
                kind=kind,
                object_id=object_id,
                title=fields.title,
                body=fields.body,
                extra=fields.extra,
                url=fields.url,
            )
            if kind == DocumentKind.QUESTION:
                terms.words_count([_question_text(document)])
        else:
            stored = Fields(document.title, document.body, document.extra, document.url)
            if stored == fields:
                return document
            if _uses_fts5():
                _fts_write("delete", document)
            document.title, document.body = fields.title, fields.body
            document.extra, document.url = fields.extra, fields.url
            document.updated_at = timezone.now()
            document.save(update_fields=["title", "body", "extra", "url", "updated_at"])
        if _uses_fts5():
            _fts_write("insert", document)
    return document


def documents_delete(kind: str, object_ids: Iterable[int]) -> int:
    """Remove the documents of these objects, index included. Returns how many there were."""
    with transaction.atomic():
        documents = list(SearchDocument.objects.filter(kind=kind, object_id__in=list(object_ids)))
        if _uses_fts5():
            for document in documents:
                _fts_write("delete", document)
        SearchDocument.objects.filter(pk__in=[d.pk for d in documents]).delete()
    return len(documents)


def document_delete(kind: str, object_id: int) -> bool:
    """Remove one object's document (after a hard delete, say). True when there was one."""
    return documents_delete(kind, [object_id]) > 0


# ---------------------------------------------------------------------------------------------
# The entry points services call
# ---------------------------------------------------------------------------------------------


def document_upsert_question(question_id: int) -> bool:
    """Index a question with its live answers (its document's `extra`), and each live answer's
    own document; a question that isn't published loses its document and its answers'.
    Call after any change to a question, its status, treatments or answers. True when
    indexed."""
    with transaction.atomic():
        question = (
            Question.objects.filter(pk=question_id)
            .prefetch_related(
                "treatments",
                Prefetch("answers", queryset=Answer.objects.select_related("physician")),
            )
            .first()
        )
        answers = list(question.answers.all()) if question else []
        live = [a for a in answers if a.removed_at is None]
        if question is None or question.status != QuestionStatus.PUBLISHED:
            documents_delete(DocumentKind.ANSWER, [a.pk for a in answers])
            document_delete(DocumentKind.QUESTION, question_id)
            return False
        document_store(DocumentKind.QUESTION, question.pk, question_fields(question, live))
        for answer in live:
            document_store(DocumentKind.ANSWER, answer.pk, answer_fields(answer, question))
        documents_delete(DocumentKind.ANSWER, [a.pk for a in answers if a.removed_at is not None])
    return True


def document_upsert_answer(answer_id: int) -> bool:
    """Index an answer (removed: unindex it) and refresh its question's document, which
    includes its answers. True when the answer is indexed."""
    question_id = Answer.objects.filter(pk=answer_id).values_list("question_id", flat=True).first()
    if question_id is None:
        document_delete(DocumentKind.ANSWER, answer_id)
        return False
    document_upsert_question(question_id)
    return SearchDocument.objects.filter(kind=DocumentKind.ANSWER, object_id=answer_id).exists()


def document_upsert_article(article_id: int) -> bool:
    """Index a published article; any other state removes its document."""
    article = (
        Article.objects.published()
        .filter(pk=article_id)
        .with_byline()
        .prefetch_related("treatments")
        .first()
    )
    if article is None:
        document_delete(DocumentKind.ARTICLE, article_id)
        return False
    document_store(DocumentKind.ARTICLE, article.pk, article_fields(article))
    return True


def document_upsert_physician(physician_id: int) -> bool:
    """Index a verified physician's profile; pending, rejected or inactive ones are removed."""
    physician = (
        Physician.objects.verified()
        .filter(pk=physician_id)
        .select_related("practice")
        .prefetch_related("treatments")
        .first()
    )
    if physician is None:
        document_delete(DocumentKind.PHYSICIAN, physician_id)
        return False
    document_store(DocumentKind.PHYSICIAN, physician.pk, physician_fields(physician))
    return True


# ---------------------------------------------------------------------------------------------
# Rebuilding everything
# ---------------------------------------------------------------------------------------------


def _all_documents(batch: int) -> Iterator[SearchDocument]:
    questions = Question.objects.published().prefetch_related(
        "treatments",
        Prefetch("answers", queryset=Answer.objects.live(), to_attr="indexed_answers"),
    )
    for question in questions.order_by("pk").iterator(chunk_size=batch):
        fields = question_fields(question, question.__dict__["indexed_answers"])
        yield SearchDocument(
            kind=DocumentKind.QUESTION, object_id=question.pk, **vars(with_concepts(fields))
        )
    answers = (
        Answer.objects.live()
        .filter(question__status=QuestionStatus.PUBLISHED)
        .select_related("question", "physician")
    )
    for answer in answers.order_by("pk").iterator(chunk_size=batch):
        fields = answer_fields(answer, answer.question)
        yield SearchDocument(
            kind=DocumentKind.ANSWER, object_id=answer.pk, **vars(with_concepts(fields))
        )
    articles = Article.objects.published().with_byline().prefetch_related("treatments")
    for article in articles.order_by("pk").iterator(chunk_size=batch):
        fields = article_fields(article)
        yield SearchDocument(
            kind=DocumentKind.ARTICLE, object_id=article.pk, **vars(with_concepts(fields))
        )
    physicians = (
        Physician.objects.verified().select_related("practice").prefetch_related("treatments")
    )
    for physician in physicians.order_by("pk").iterator(chunk_size=batch):
        fields = physician_fields(physician)
        yield SearchDocument(
            kind=DocumentKind.PHYSICIAN, object_id=physician.pk, **vars(with_concepts(fields))
        )


def documents_rebuild(*, batch: int = REBUILD_BATCH) -> dict[str, int]:
    """Replace every document and the whole index from the current objects, `batch` rows at a
    time; returns how many documents of each kind (for `curbside reindex`)."""
    counts = dict.fromkeys(DocumentKind.values, 0)
    words: Counter[str] = Counter()
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        pending: list[SearchDocument] = []
        for document in _all_documents(batch):
            counts[document.kind] += 1
            if document.kind == DocumentKind.QUESTION:
                words.update(terms.normalised_words(_question_text(document)))
            pending.append(document)
            if len(pending) >= batch:
                SearchDocument.objects.bulk_create(pending)
                pending = []
        SearchDocument.objects.bulk_create(pending)
        if _uses_fts5():
            with connection.cursor() as cursor:
                cursor.execute("INSERT INTO search_fts(search_fts) VALUES('rebuild')")
                # Not 'rebuild': that would index every document of the content table.
                cursor.execute(
                    "INSERT INTO search_question_fts(search_question_fts) VALUES('delete-all')"
                )
                cursor.execute(
                    "INSERT INTO search_question_fts(rowid, title, body, extra) "
                    "SELECT id, title, body, extra FROM search_searchdocument WHERE kind = %s",
                    [DocumentKind.QUESTION],
                )
        terms.words_replace(words)
    return counts
