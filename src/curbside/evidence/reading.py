"""The displayed evidence in the database as EvidenceData, for knowledge.build_knowledge().

Reads every fact table once (a fixed number of queries whatever the size of the base), keeping
`.displayed()` rows only: a low-confidence fact is left out until a moderator confirms it.
Each row becomes its fact by the one mapping of evidence.rows.
"""

from __future__ import annotations

from collections import defaultdict

from curbside.evidence import facts
from curbside.evidence import models as m
from curbside.evidence.rows import TABLES, Held, Table, holding, parent_table, read, read_base

# Facts read so far, by the table holding them and the primary key of their parent row.
_Read = dict[Table, dict[int | None, list[facts.Fact]]]


def evidence_from_database() -> tuple[facts.EvidenceData, frozenset[tuple[str, str]]]:
    """The displayed evidence, and the (product, condition) pairs whose only indications are
    hidden awaiting confirmation. Call only when an EvidenceBase row exists."""
    base = read_base(m.EvidenceBase.objects.get())
    treatments: dict[int, list[str]] = defaultdict(list)
    links = m.ProductTreatment.objects.order_by("treatment_slug")
    for product_pk, slug in links.values_list("product_id", "treatment_slug"):
        treatments[product_pk].append(slug)
    done: _Read = {}
    for table in reversed(TABLES):  # what a fact holds before the fact
        done[table] = _facts(table, done, treatments)
    top = Held(by_field={t.place: tuple(done[t][None]) for t in TABLES if not t.parent})
    return facts.EvidenceData(base=base, **holding(facts.EvidenceData, top)), _unconfirmed()


def _facts(
    table: Table, done: _Read, treatments: dict[int, list[str]]
) -> dict[int | None, list[facts.Fact]]:
    """The table's displayed facts, by the primary key of the row holding them."""
    rows = table.model.objects.displayed().filter(table.scope)
    rows = rows.select_related(*table.related()).prefetch_related(*table.many())
    held_tables = [t for t in done if t.parent and parent_table(t) is table]
    by_parent: dict[int | None, list[facts.Fact]] = defaultdict(list)
    for row in rows:
        held = Held(
            by_field={t.place: tuple(done[t][row.pk]) for t in held_tables},
            treatments=tuple(treatments.get(row.pk, ())),
        )
        parent_pk = getattr(row, f"{table.parent}_id") if table.parent else None
        by_parent[parent_pk].append(table.kind(**read(table.kind, row, held)))
    return by_parent


def _unconfirmed() -> frozenset[tuple[str, str]]:
    pairs = m.Indication.objects.awaiting_confirmation().values_list(
        "product__key", "condition__key"
    )
    return frozenset((product_key, condition_key) for product_key, condition_key in pairs)
