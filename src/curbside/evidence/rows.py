"""The facts in the database: which table holds each kind, and the one mapping between a fact
and its row, both ways, by the kinds' definitions in evidence.facts.

A field is stored in the model field of its name (or the column its `Named` marker gives):
`id` in `key`; a product or condition id as a foreign key to that row; a tuple of product ids
as a many-to-many relation; a list of texts one a line; a rate as text; label changes as JSON;
the facts a fact holds (a product's indications) in their own table, pointing at its row.
services.evidence_load() writes rows this way and reading.evidence_from_database() reads them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from django.db import models
from django.db.models import Q

from curbside.evidence import facts
from curbside.evidence import models as m
from curbside.evidence.facts import ADDED, CONDITION, PARENT, RATE, Kind, Spec, specs
from curbside.evidence.provenance import join_lines, parse_rate, rate_text, split_lines

# Rows already written or read, by model and key: what foreign keys point at.
Refs = Mapping[type[models.Model], Mapping[str, models.Model]]
Identity = tuple[str, str]  # (the key of the row holding it, or ""; its own key)


@dataclass(frozen=True)
class Table:
    """The rows of one kind of fact, and where those facts sit in EvidenceData."""

    kind: type[facts.Fact]
    model: type[m.Fact]
    place: str  # the field holding them: of EvidenceData, or of the holding kind
    label: str  # the rows, in messages: "class warnings"
    where: str  # one row, in messages: "base.yaml: warnings (id {id!r})"
    parent: str = ""  # the foreign key to the row of the fact that holds them
    scope: Q = field(default_factory=Q)  # which of the model's rows are this table's
    key: str = ""  # the key of every row, for a kind without an id (one a parent)
    # Rows under a parent gone from the files are left to be deleted with it, uncounted.
    within_parents: bool = False

    def identity(self, row: Any) -> Identity:
        parent = getattr(row, self.parent).key if self.parent else ""
        return parent, "" if self.key else row.key

    def related(self) -> list[str]:
        """The foreign keys to other evidence rows, to read with the row."""
        return [
            f.name
            for f in self.model._meta.concrete_fields
            if f.is_relation and f.related_model in _EVIDENCE_MODELS
        ]

    def many(self) -> list[str]:
        return [f.name for f in self.model._meta.many_to_many]


def _product_facts(kind: type[facts.Fact], model: type[m.Fact], place: str, label: str) -> Table:
    """A list of a product's facts, in the product's data file under its key there."""
    key = next(s.key for s in specs(facts.Product) if s.name == place)
    where = f"products/{{parent}}.yaml: {key} (id {{id!r}})"
    return Table(kind, model, place, label, where, parent="product")


# In the order they are written (what a row points at first) and checked for removal.
TABLES: tuple[Table, ...] = (
    Table(facts.Condition, m.Condition, "conditions", "conditions.yaml",
          "conditions.yaml: condition {id!r}"),
    Table(facts.Product, m.Product, "products", "products", "products/{id}.yaml"),
    Table(facts.Formulation, m.Formulation, "formulation", "formulations",
          "products/{parent}.yaml: formulation", parent="product", key="formulation"),
    Table(facts.Warning, m.ClassWarning, "warnings", "class warnings",
          "base.yaml: warnings (id {id!r})"),
    Table(facts.Contraindication, m.Contraindication, "contraindications",
          "class contraindications", "base.yaml: contraindications (id {id!r})",
          scope=Q(product__isnull=True)),
    Table(facts.BoxedWarning, m.BoxedWarning, "boxed_warning", "boxed warnings",
          "base.yaml: boxed_warning"),
    Table(facts.BoxedWarningVariant, m.BoxedWarningVariant, "variants",
          "boxed warning variants", "base.yaml: boxed_warning variants (id {id!r})",
          parent="boxed_warning", within_parents=True),
    _product_facts(facts.Indication, m.Indication, "indications", "indications"),
    replace(
        _product_facts(facts.Contraindication, m.Contraindication, "contraindications",
                       "product contraindications"),
        scope=Q(product__isnull=False),
    ),
    _product_facts(facts.ProductWarning, m.ProductWarning, "warnings", "product warnings"),
    _product_facts(facts.AdverseReaction, m.AdverseReaction, "adverse_reactions",
                   "adverse reactions"),
    _product_facts(facts.Dose, m.Dose, "doses", "doses"),
    Table(facts.OffLabelUse, m.OffLabelUse, "off_label_uses", "off-label uses",
          "off_label.yaml: off_label_uses (id {id!r})"),
    Table(facts.LexiconEntry, m.LexiconEntry, "lexicon", "lexicon entries",
          "lexicon.yaml: lexicon (id {id!r})"),
    Table(facts.Misstatement, m.Misstatement, "misstatements", "misstatements",
          "misstatements.yaml: misstatements (id {id!r})"),
    Table(facts.NotCovered, m.NotCoveredItem, "not_covered", "not-covered items",
          "base.yaml: not_covered (id {id!r})"),
    Table(facts.ClassFact, m.ClassFact, "class_facts", "class facts",
          "classes.yaml: class_facts (id {id!r})"),
    Table(facts.SafetyCommunication, m.SafetyCommunication, "safety_communications",
          "safety communications", "classes.yaml: safety_communications (id {id!r})"),
)  # fmt: skip

_EVIDENCE_MODELS = {table.model for table in TABLES}


def parent_table(table: Table) -> Table:
    """The table of the facts that hold this table's."""
    model = table.model._meta.get_field(table.parent).related_model
    return next(t for t in TABLES if t.model is model and not t.parent)


def fact_id(fact: Kind) -> str:
    return str(vars(fact).get("id", ""))


def listed(value: object) -> tuple[Any, ...]:
    """A field holding facts, as a tuple: none, one, or its tuple."""
    if value is None:
        return ()
    return value if isinstance(value, tuple) else (value,)


def facts_in(table: Table, data: facts.EvidenceData) -> Iterator[tuple[str, int, facts.Fact]]:
    """(the holding fact's id or "", the position in its list, the fact) for every fact of
    the table in the files' data, in their order."""
    holders: Iterator[tuple[str, Any]] = iter([("", data)])
    if table.parent:
        holders = ((fact_id(f), f) for _, _, f in facts_in(parent_table(table), data))
    for holder_id, holder in holders:
        for position, fact in enumerate(listed(getattr(holder, table.place))):
            yield holder_id, position, fact


# ------------------------------------------------------------------------- fact → row


@dataclass
class Stored:
    """A fact as its row stores it."""

    values: dict[str, Any]  # model field → value (a row, for a foreign key)
    many: dict[str, list[models.Model]] = field(default_factory=dict)  # many-to-many
    extra: dict[str, Any] = field(default_factory=dict)  # stored elsewhere (treatments)
    unfingerprinted: frozenset[str] = frozenset()  # ADDED fields at their default

    def fingerprint(self) -> str:
        """Of the content the files gave the row: an unchanged file leaves the row alone."""
        payload = {
            name: _plain(value)
            for name, value in self.values.items()
            if name not in self.unfingerprinted
        }
        payload |= {name: [row.key for row in rows] for name, rows in self.many.items()}  # type: ignore[attr-defined]  # evidence rows have a key
        text = json.dumps(payload | self.extra, sort_keys=True, default=str)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _plain(value: object) -> object:
    if isinstance(value, models.Model):
        return getattr(value, "key", value.pk)
    return value


def stored(fact: Kind, refs: Refs, **values: Any) -> Stored:
    """How the row of a fact (or the base's row, of its BaseInfo) stores it; `values` adds
    fields that are not the fact's (its parent row, its key)."""
    model = _MODELS[type(fact)]
    result = Stored(values=dict(values))
    rule = _RULES.get(type(fact))
    for spec in specs(type(fact)):
        if _holds_facts(spec):
            continue  # in a table of its own
        if rule is None or spec.name not in rule.fields:
            _store(result, model, spec, getattr(fact, spec.name), refs)
    if isinstance(fact, facts.Fact):
        result.values |= _provenance_columns(fact)
    if rule is not None:
        rule.store(fact, refs, result)
    return result


def _store(result: Stored, model: type[models.Model], spec: Spec, value: Any, refs: Refs) -> None:
    name = column(spec)
    target = model._meta.get_field(name)
    if target.many_to_many:
        result.many[name] = [refs[target.related_model][key] for key in value]  # type: ignore[index]  # a model
    elif target.is_relation:
        result.values[name] = None if value is None else refs[target.related_model][value]  # type: ignore[index]  # a model
    else:
        result.values[name] = _to_column(spec, value)
    if spec.has(ADDED) and value == spec.default:
        result.unfingerprinted |= {name}


def text_columns(model: type[models.Model]) -> list[str]:
    """The key and the columns of the model's kind's texts (not its links to other rows):
    what the admin searches, for kinds with nothing else worth searching."""
    kind = next(t.kind for t in TABLES if t.model is model)
    texts = [s for s in specs(kind) if s.type in (str, tuple[str, ...]) and s.nested is None]
    return ["key", *(column(s) for s in texts if s.name != "id" and not _linked(s))]


def _linked(spec: Spec) -> bool:
    return spec.has(PARENT) or spec.has(CONDITION)


def column(spec: Spec) -> str:
    """The model field storing the field."""
    if spec.name == "id":
        return "key"
    if _linked(spec):
        return spec.name.removesuffix("_id")
    return spec.column


def _to_column(spec: Spec, value: Any) -> Any:
    if spec.has(RATE):
        return rate_text(value)
    if spec.nested is not None:
        return [item.model_dump(mode="json") for item in value]
    if spec.many:
        return join_lines(value)
    return dict(value) if isinstance(value, dict) else value


def _provenance_columns(fact: facts.Fact) -> dict[str, Any]:
    return {
        "source": join_lines(fact.source),
        "confidence": fact.confidence,
        "note": fact.note,
        "field_sources": {name: list(entries) for name, entries in fact.field_sources.items()},
    }


# ------------------------------------------------------------------------- row → fact


@dataclass(frozen=True)
class Held:
    """What a row's fact holds that is read from other rows: its table's facts by field,
    and a product's treatment slugs."""

    by_field: Mapping[str, tuple[facts.Fact, ...]] = field(default_factory=dict)
    treatments: tuple[str, ...] = ()


def read(kind: type[facts.Fact], row: Any, held: Held) -> dict[str, Any]:
    """The fields of the fact a row stores (its provenance included)."""
    rule = _RULES.get(kind)
    values = {
        spec.name: _read(spec, row, held)
        for spec in specs(kind)
        if rule is None or spec.name not in rule.fields
    }
    values |= {
        "source": row.sources,
        "confidence": row.confidence,
        "note": row.note,
        "field_sources": _field_sources(row.field_sources),
    }
    return values | (rule.read(row, held) if rule is not None else {})


def read_base(row: m.EvidenceBase) -> facts.BaseInfo:
    return facts.BaseInfo(**{s.name: _read(s, row, Held()) for s in specs(facts.BaseInfo)})


def holding(kind: type[Kind], held: Held) -> dict[str, Any]:
    """The kind's fields that hold facts of other tables, from those read."""
    return {spec.name: _held(spec, held) for spec in specs(kind) if _holds_facts(spec)}


def _holds_facts(spec: Spec) -> bool:
    return spec.nested is not None and issubclass(spec.nested, facts.Fact)


def _held(spec: Spec, held: Held) -> Any:
    items = held.by_field.get(spec.name, ())
    if spec.many:
        return items
    return items[0] if items else None


def _read(spec: Spec, row: Any, held: Held) -> Any:
    if _holds_facts(spec):
        return _held(spec, held)
    value = getattr(row, column(spec))
    if isinstance(value, models.Manager):
        return tuple(r.key for r in sorted(value.all(), key=lambda r: (r.position, r.key)))
    if isinstance(value, models.Model):
        return value.key  # type: ignore[attr-defined]  # evidence rows have a key
    return _from_column(spec, value)


def _from_column(spec: Spec, value: Any) -> Any:
    if spec.has(RATE):
        return parse_rate(value)
    if spec.nested is not None:
        return _label_changes(value)
    if spec.many:
        return split_lines(value)
    return dict(value or {}) if spec.type == dict[str, str] else value


def _field_sources(value: object) -> facts.FieldSources:
    if not isinstance(value, Mapping):
        return {}
    return {
        str(name): tuple(str(s) for s in entries)
        for name, entries in value.items()
        if isinstance(entries, list)
    }


def _label_changes(value: object) -> tuple[facts.LabelChange, ...]:
    """Label changes stored as JSON (perhaps edited in the admin): the well-formed ones."""
    if not isinstance(value, list):
        return ()
    return tuple(
        facts.LabelChange(
            year=int(item["year"]),
            change=str(item["change"]),
            source=tuple(str(s) for s in item.get("source", ())),
        )
        for item in value
        if isinstance(item, dict) and "year" in item and "change" in item
    )


# ---------------------------------------------------- what the kinds' types cannot say


@dataclass(frozen=True)
class _Rule:
    fields: frozenset[str]  # the kind's fields the rule stores and reads back
    store: Callable[[Any, Refs, Stored], None]
    read: Callable[[Any, Held], dict[str, Any]]


def _store_warning(fact: facts.ProductWarning, refs: Refs, result: Stored) -> None:
    """A product's warning points at the class warning it carries; its text is stored only
    where the product words it otherwise."""
    class_warnings = refs.get(m.ClassWarning, {})
    class_warning = class_warnings.get(fact.id) if fact.class_warning else None
    same = class_warning is not None and fact.text == getattr(class_warning, "text", None)
    result.values |= {"warning": class_warning, "text": "" if same else fact.text}


def _read_warning(row: m.ProductWarning, held: Held) -> dict[str, Any]:
    text = row.text or (row.warning.text if row.warning else "")
    return {"text": text, "class_warning": row.warning is not None}


def _store_treatments(fact: facts.Product, refs: Refs, result: Stored) -> None:
    result.extra["treatments"] = list(fact.treatment_slugs)


_RULES: dict[type[Kind], _Rule] = {
    facts.ProductWarning: _Rule(
        frozenset({"text", "class_warning"}), _store_warning, _read_warning
    ),
    facts.Product: _Rule(
        frozenset({"treatment_slugs"}),
        _store_treatments,
        lambda row, held: {"treatment_slugs": held.treatments},
    ),
}
_MODELS: dict[type[Kind], type[models.Model]] = {
    facts.BaseInfo: m.EvidenceBase,
    **{t.kind: t.model for t in TABLES},
}
