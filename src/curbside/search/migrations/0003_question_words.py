"""Question-only full-text index and per-word question counts (search.terms).

SQLite: `search_question_fts`, an FTS5 table over the question documents alone (the same
external content as `search_fts`), so question searches never rank answers only to drop them.
PostgreSQL: a partial GIN index of the question documents' tsvector, for the same reason.
Both are filled here from the documents already stored, and so are the word counts.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.db import migrations, models

SQLITE_FORWARD = [
    """CREATE VIRTUAL TABLE search_question_fts USING fts5(
        title, body, extra,
        content='search_searchdocument', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2'
    )""",
    """INSERT INTO search_question_fts(rowid, title, body, extra)
        SELECT id, title, body, extra FROM search_searchdocument WHERE kind = 'question'""",
]
SQLITE_BACKWARD = ["DROP TABLE IF EXISTS search_question_fts"]
POSTGRESQL_FORWARD = [
    "CREATE INDEX search_question_vector ON search_searchdocument USING GIN (search_vector) "
    "WHERE kind = 'question'",
]
POSTGRESQL_BACKWARD = ["DROP INDEX IF EXISTS search_question_vector"]


def _run(statements: dict[str, list[str]]) -> Any:
    def run(apps: Any, schema_editor: Any) -> None:
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


def _count_words(apps: Any, schema_editor: Any) -> None:
    from curbside.search.terms import normalised_words

    document = apps.get_model("search", "SearchDocument")
    word = apps.get_model("search", "QuestionWord")
    counts: Counter[str] = Counter()
    alias = schema_editor.connection.alias  # the database being migrated, not the default
    rows = document.objects.using(alias).filter(kind="question").values_list("title", "body", "extra")
    for title, body, extra in rows.iterator(chunk_size=2000):
        counts.update(normalised_words(f"{title}\n{body}\n{extra}"))
    word.objects.using(alias).bulk_create(
        [word(word=w, questions=n) for w, n in counts.items()], batch_size=2000
    )


class Migration(migrations.Migration):
    dependencies = [("search", "0002_fulltext_index")]

    operations = [
        migrations.CreateModel(
            name="QuestionWord",
            fields=[
                ("word", models.CharField(max_length=60, primary_key=True, serialize=False)),
                ("questions", models.PositiveIntegerField(default=0)),
            ],
        ),
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRESQL_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRESQL_BACKWARD}),
        ),
        migrations.RunPython(_count_words, migrations.RunPython.noop),
    ]
