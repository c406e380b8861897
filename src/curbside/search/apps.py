from __future__ import annotations

from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "curbside.search"
    label = "search"

    def ready(self) -> None:
        from curbside.articles.signals import article_written
        from curbside.providers.signals import physician_changed
        from curbside.qa.signals import answer_written, question_written

        question_written.connect(_question, dispatch_uid="search-question")
        answer_written.connect(_answer, dispatch_uid="search-answer")
        article_written.connect(_article, dispatch_uid="search-article")
        physician_changed.connect(_physician, dispatch_uid="search-physician")


# The receivers index inside the writer's transaction (the index is a table of ours, written
# with the row) and enqueue what is slow: a question's embedding.


def _question(sender: object, *, question_id: int, **kwargs: object) -> None:
    from curbside.search import indexing
    from curbside.search.tasks import embed_question

    indexing.document_upsert_question(question_id)
    embed_question.enqueue(question_id=question_id)


def _answer(sender: object, *, answer_id: int, **kwargs: object) -> None:
    from curbside.search import indexing

    indexing.document_upsert_answer(answer_id)


def _article(sender: object, *, article_id: int, **kwargs: object) -> None:
    from curbside.search import indexing

    indexing.document_upsert_article(article_id)


def _physician(sender: object, *, physician_id: int, **kwargs: object) -> None:
    from curbside.search import indexing

    indexing.document_upsert_physician(physician_id)
