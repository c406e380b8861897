"""Documents carry concept tokens for their synonym terms (search.synonyms): rebuild the stored
documents, the full-text index and the word counts, when there are any. Search documents are
derived data, so this rebuilds them with the current indexing code."""

from __future__ import annotations

from typing import Any

from django.db import migrations


def _rebuild(apps: Any, schema_editor: Any) -> None:
    # The indexing code writes to the default database: another one being migrated (a
    # benchmark's second database) is left to its own `curbside reindex`.
    alias = schema_editor.connection.alias
    if alias != "default" or not apps.get_model("search", "SearchDocument").objects.exists():
        return
    from curbside.search.indexing import documents_rebuild

    documents_rebuild()


class Migration(migrations.Migration):
    dependencies = [("search", "0003_question_words")]

    operations = [migrations.RunPython(_rebuild, migrations.RunPython.noop)]
