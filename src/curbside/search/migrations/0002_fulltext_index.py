"""The full-text index of SearchDocument, per engine.

SQLite: an FTS5 table `search_fts` (title, body, extra) with SearchDocument as its external
content, keyed by SearchDocument.id; search.indexing keeps it in step with the rows (no
triggers), and its snippet()/highlight() read the text from SearchDocument.

PostgreSQL: `search_vector`, a stored generated tsvector column (title weight A, body B,
extra C) with a GIN index: it can never disagree with the row it is computed from.
"""

from __future__ import annotations

from typing import Any

from django.db import migrations

SQLITE_FORWARD = [
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        title, body, extra,
        content='search_searchdocument', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2'
    )""",
    "INSERT INTO search_fts(search_fts) VALUES('rebuild')",
]
SQLITE_BACKWARD = ["DROP TABLE IF EXISTS search_fts"]

POSTGRESQL_FORWARD = [
    """ALTER TABLE search_searchdocument ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (
            setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
            || setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'B')
            || setweight(to_tsvector('english'::regconfig, coalesce(extra, '')), 'C')
        ) STORED""",
    "CREATE INDEX search_document_vector ON search_searchdocument USING GIN (search_vector)",
]
POSTGRESQL_BACKWARD = [
    "DROP INDEX IF EXISTS search_document_vector",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS search_vector",
]


def _run(statements: dict[str, list[str]]) -> Any:
    def run(apps: Any, schema_editor: Any) -> None:
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRESQL_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRESQL_BACKWARD}),
        ),
    ]
