"""Reading and validating the evidence base's data files (src/curbside/evidence/data/).

Layout (schema_version 1), every file a YAML mapping with `schema_version: 1`:

- base.yaml: version, last_reviewed, scope, disclaimer, class_terms, `products` (the product
  ids in display order; each has products/<id>.yaml), boxed_warning (with variants),
  contraindications and warnings common to every product, not_covered.
- conditions.yaml: conditions (id, name, short_name, aliases, labeled_populations, limitation).
- products/<id>.yaml: product (identity, aliases, label_reference, treatments, last_reviewed,
  formulation, boxed_warning, indications, contraindications, warnings, adverse_reactions,
  dosing).
- off_label.yaml: off_label_uses. lexicon.yaml: lexicon. misstatements.yaml: misstatements.
- classes.yaml (optional): class_facts and safety_communications, each of one `category`
  (toxin, filler or drug); a product's `reversibility` names a class fact of topic
  reversibility.

Products, conditions, off-label uses and class-wide warnings and contraindications carry a
`category` (default toxin): a toxin has a serotype, a filler or other drug has none, and a
condition is approved for products of its own category only.

An entry's keys are its kind's fields as evidence.facts defines them (under the name a
`Named` marker gives, where one does); the rules below add what a type cannot say. Every fact
has `source` (a URL, a list of URLs, or "memory"), `confidence` where any part rests on
memory, an optional `note`, and `<field>_source` keys qualifying single fields.
read_evidence() checks all of it and raises EvidenceDataError naming the file and the entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Literal, TypeVar, get_args, get_origin

import yaml

from curbside.evidence.entries import ID, Entry, EvidenceDataError
from curbside.evidence.facts import (
    COMPUTED,
    CONDITION,
    PARENT,
    RATE,
    YEAR,
    BaseInfo,
    BoxedWarning,
    BoxedWarningVariant,
    ClassFact,
    Condition,
    Contraindication,
    Dose,
    EvidenceData,
    Fact,
    Formulation,
    Kind,
    LexiconEntry,
    Misstatement,
    NotCovered,
    OffLabelUse,
    Product,
    ProductWarning,
    SafetyCommunication,
    Spec,
    Warning,
    specs,
)
from curbside.evidence.provenance import source_problem

__all__ = ["DATA_DIR", "SCHEMA_VERSION", "EvidenceDataError", "read_evidence"]

SCHEMA_VERSION = 1
DATA_DIR = Path(__file__).resolve().parent / "data"

_SLUG = re.compile(r"[a-z0-9-]+\Z")
_K = TypeVar("_K", bound=Kind)
_Values = dict[str, Any]


@dataclass(frozen=True)
class _Context:
    """What an entry is checked against: the files read before it, and the file it is in."""

    conditions: frozenset[str] = frozenset()
    class_warnings: Mapping[str, str] = field(default_factory=dict)
    products: tuple[str, ...] = ()  # base.yaml's, in display order
    product_id: str | None = None  # the product whose file holds the entry
    reversibility: frozenset[str] = frozenset()  # class facts a product may point at


def _unique(entry: Entry, ids: list[str], what: str) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            entry.fail(f"two {what} have the id {item!r}")
        seen.add(item)


def _open(root: Path, name: str) -> Entry:
    path = root / name
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506  # a safe loader
    except FileNotFoundError:
        raise EvidenceDataError(f"{name}: file not found in {root}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise EvidenceDataError(f"{name}: cannot be read ({exc})") from exc
    except yaml.YAMLError as exc:
        raise EvidenceDataError(f"{name}: not valid YAML ({exc})") from exc
    entry = Entry(data, name)
    if entry.integer("schema_version") != SCHEMA_VERSION:
        entry.fail(f"schema_version must be {SCHEMA_VERSION}")
    return entry


_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_evidence(path: Path | str | None = None) -> EvidenceData:
    """Every fact in the data files under `path` (default: the packaged data), hidden
    low-confidence ones included. Raises EvidenceDataError on the first problem."""
    root = Path(path) if path is not None else DATA_DIR
    if not root.is_dir():
        raise EvidenceDataError(f"{root}: not a directory of evidence data files")
    base_file = _open(root, "base.yaml")
    base = _read(BaseInfo, base_file, _Context(), schema_version=SCHEMA_VERSION, finish=False)
    context = _Context(products=_product_ids(base_file))
    warnings = _many(base_file, "warnings", Warning, context)
    contraindications = _many(base_file, "contraindications", Contraindication, context)
    not_covered = _many(base_file, "not_covered", NotCovered, context)
    boxed_entry = base_file.child("boxed_warning")
    boxed_warning = _read(BoxedWarning, boxed_entry, context)
    base_file.finish()

    conditions = _file(root, "conditions.yaml", "conditions", Condition, context)
    context = replace(
        context,
        conditions=frozenset(c.id for c in conditions),
        class_warnings={w.id: w.text for w in warnings},
    )
    class_facts, communications = _classes(root, context)
    context = replace(
        context, reversibility=frozenset(f.id for f in class_facts if f.topic == "reversibility")
    )
    products = _products(root, base_file, context)
    _check_labeled_populations(conditions, products)
    if unknown := set(boxed_warning.applies_to) - set(context.products):
        boxed_entry.fail(f"'applies_to' names unknown product(s) {sorted(unknown)}")

    return EvidenceData(
        base=base,
        conditions=conditions,
        products=products,
        boxed_warning=boxed_warning,
        contraindications=contraindications,
        warnings=warnings,
        off_label_uses=_file(root, "off_label.yaml", "off_label_uses", OffLabelUse, context),
        lexicon=_file(root, "lexicon.yaml", "lexicon", LexiconEntry, context),
        misstatements=_file(root, "misstatements.yaml", "misstatements", Misstatement, context),
        not_covered=not_covered,
        class_facts=class_facts,
        safety_communications=communications,
    )


def _classes(
    root: Path, context: _Context
) -> tuple[tuple[ClassFact, ...], tuple[SafetyCommunication, ...]]:
    """classes.yaml's class facts and safety communications; none when there is no file."""
    if not (root / "classes.yaml").is_file():
        return (), ()
    file = _open(root, "classes.yaml")
    class_facts = _many(file, "class_facts", ClassFact, context)
    communications = _many(file, "safety_communications", SafetyCommunication, context)
    file.finish()
    return class_facts, communications


def _product_ids(base_file: Entry) -> tuple[str, ...]:
    """base.yaml's `products`: the ids of the products, each with its file."""
    product_ids = base_file.texts("products", required=True)
    for product_id in product_ids:
        if not ID.match(product_id):
            base_file.fail(f"'products': {product_id!r} is not an id")
    return product_ids


def _file(root: Path, name: str, key: str, kind: type[_K], context: _Context) -> tuple[_K, ...]:
    """A file holding one list of facts."""
    file = _open(root, name)
    items = _many(file, key, kind, context)
    file.finish()
    return items


def _products(root: Path, base_file: Entry, context: _Context) -> tuple[Product, ...]:
    """The products in base.yaml's order (its `products`), each from its own file."""
    products = tuple(_product(root, product_id, context) for product_id in context.products)
    files = sorted(p.stem for p in (root / "products").glob("*.yaml"))
    if extra := [name for name in files if name not in context.products]:
        base_file.fail(f"products/{extra[0]}.yaml is not listed in 'products'")
    return products


def _product(root: Path, product_id: str, context: _Context) -> Product:
    file = _open(root, f"products/{product_id}.yaml")
    product = _read(Product, file.child("product"), replace(context, product_id=product_id))
    file.finish()
    return product


# ------------------------------------------------------------------- one entry, by its kind


def _read(
    kind: type[_K], entry: Entry, context: _Context, *, finish: bool = True, **given: Any
) -> _K:
    """The entry as a fact of the kind: each field read as its type says (the fields in
    `given` aside), then the provenance, then the kind's own rule; unknown keys refused."""
    values = {
        spec.name: _value(entry, spec, context)
        for spec in specs(kind)
        if spec.name not in given and not spec.has(COMPUTED)
    }
    if issubclass(kind, Fact):
        values.update(entry.provenance())
    values = _RULES.get(kind, _no_rule)(entry, {**values, **given}, context)
    if finish:
        entry.finish()
    return kind(**values)


def _many(
    entry: Entry, key: str, kind: type[_K], context: _Context, *, required: bool = True
) -> tuple[_K, ...]:
    items = tuple(_read(kind, item, context) for item in entry.entries(key, required=required))
    if issubclass(kind, Fact):
        _unique(entry, [vars(item)["id"] for item in items], kind.plural)
    return items


def _value(entry: Entry, spec: Spec, context: _Context) -> Any:
    if spec.has(PARENT):
        return context.product_id
    if spec.has(CONDITION):
        return _condition(entry, spec, context)
    if spec.has(YEAR):
        # "year_approved: null" where the source gives no year: shown as not confirmed.
        return entry.year(spec.key, required=spec.type is int)
    if spec.has(RATE):
        return entry.rate(spec.key)
    if spec.nested is not None and spec.many:
        return _many(entry, spec.key, spec.nested, context, required=spec.required)
    if spec.nested is not None:
        if not spec.required and entry.data.get(spec.key) is None:
            return spec.default
        return _read(spec.nested, entry.child(spec.key), context)
    if spec.name in _BY_NAME:
        return _BY_NAME[spec.name](entry, spec.key)
    if get_origin(spec.type) is Literal:
        return _choice(entry, spec)
    return _BY_TYPE[spec.type](entry, spec)


_BY_NAME: dict[str, Callable[[Entry, str], Any]] = {
    "id": Entry.identifier,
    "source": Entry.sources,  # a label change's: one or more URLs, or "memory"
}
_BY_TYPE: dict[object, Callable[[Entry, Spec], Any]] = {
    str: lambda entry, spec: entry.text(spec.key, required=spec.required),
    bool: lambda entry, spec: entry.boolean(spec.key),
    date: lambda entry, spec: entry.day(spec.key),
    tuple[str, ...]: lambda entry, spec: entry.texts(spec.key, required=spec.required),
    dict[str, str]: lambda entry, spec: entry.mapping(spec.key),
}


def _choice(entry: Entry, spec: Spec) -> str:
    value = entry.text(spec.key, required=spec.required) or spec.default
    choices: tuple[str, ...] = get_args(spec.type)
    if value not in choices:
        entry.fail(f"'{spec.key}' must be one of {', '.join(choices)}, got {value!r}")
    return str(value)


def _condition(entry: Entry, spec: Spec, context: _Context) -> str | None:
    value = entry.text(spec.key, required=spec.required)
    if not value:
        return None
    if value not in context.conditions:
        entry.fail(f"'{spec.key}' {value!r} is not a condition in conditions.yaml")
    return value


# ---------------------------------------------------- what the kinds' types cannot say


def _no_rule(entry: Entry, values: _Values, context: _Context) -> _Values:
    return values


def _product_rule(entry: Entry, values: _Values, context: _Context) -> _Values:
    if values["id"] != context.product_id:
        entry.fail(f"'id' must be {context.product_id!r}, as the file name says")
    for slug in values["treatment_slugs"]:
        if not _SLUG.match(slug):
            entry.fail(f"'treatments': {slug!r} is not a treatment slug")
    if source_problem(values["label_reference"]) or values["label_reference"] == "memory":
        entry.fail(
            "'label_reference' must be the URL of the prescribing information (for a device, "
            "its FDA premarket approval record)"
        )
    toxin = values["category"] == "toxin"
    note = ""
    sources: tuple[str, ...] = ()
    if toxin or entry.data.get("boxed_warning") is not None:
        boxed = entry.child("boxed_warning")  # every toxin carries the class boxed warning
        note, sources = boxed.text("note", required=False), boxed.sources()
        boxed.finish()
    if toxin and values["serotype"] not in {"A", "B"}:
        entry.fail(f"'serotype' must be A or B, got {values['serotype']!r}")
    if not toxin and values["serotype"]:
        entry.fail("only a toxin has a 'serotype'")
    if values["reversibility"] and values["reversibility"] not in context.reversibility:
        entry.fail(
            f"'reversibility' {values['reversibility']!r} is not a class fact of topic "
            "reversibility in classes.yaml"
        )
    field_sources = {**values["field_sources"], **({"boxed_warning": sources} if sources else {})}
    treatment_slugs = tuple(sorted(values["treatment_slugs"]))
    return {
        **values,
        "boxed_warning_note": note,
        "field_sources": field_sources,
        "treatment_slugs": treatment_slugs,
    }


def _condition_rule(entry: Entry, values: _Values, context: _Context) -> _Values:
    for slug in values["treatment_slugs"]:
        if not _SLUG.match(slug):
            entry.fail(f"'treatments': {slug!r} is not a treatment slug")
    return values


def _areas_rule(entry: Entry, values: _Values, context: _Context) -> _Values:
    if unknown := set(values["areas"]) - context.conditions:
        entry.fail(f"'areas' names unknown condition(s) {sorted(unknown)}")
    return values


def _formulation_rule(entry: Entry, values: _Values, context: _Context) -> _Values:
    albumin = any("albumin" in e.lower() for e in values["excipients"])
    if values["contains_human_albumin"] != albumin:
        entry.fail("'contains_human_albumin' disagrees with the excipients")
    return values


def _warning_rule(entry: Entry, values: _Values, context: _Context) -> _Values:
    """A product's warning: a class warning of base.yaml (its text unless the product words
    it otherwise), or the product's own, with its text."""
    warning_id, own_text = values["id"], values["text"]
    if not own_text and warning_id not in context.class_warnings:
        entry.fail(f"{warning_id!r} is not a class warning in base.yaml; give its 'text'")
    text = own_text or context.class_warnings[warning_id]
    return {**values, "text": text, "class_warning": warning_id in context.class_warnings}


def _variant_rule(entry: Entry, values: _Values, context: _Context) -> _Values:
    if unknown := set(values["products"]) - set(context.products):
        entry.fail(f"'products' names unknown product(s) {sorted(unknown)}")
    if not values["note"]:
        entry.fail("'note' is required")
    return values


def _dose_rule(entry: Entry, values: _Values, context: _Context) -> _Values:
    if not values["dose"] and not values["interval"]:
        entry.fail("give 'dose', 'interval' or both")
    return values


_RULES: dict[type[Kind], Callable[[Entry, _Values, _Context], _Values]] = {
    Product: _product_rule,
    Condition: _condition_rule,
    ClassFact: _areas_rule,
    OffLabelUse: _areas_rule,
    Formulation: _formulation_rule,
    ProductWarning: _warning_rule,
    BoxedWarningVariant: _variant_rule,
    Dose: _dose_rule,
}


def _check_labeled_populations(
    conditions: tuple[Condition, ...], products: tuple[Product, ...]
) -> None:
    """conditions.yaml's on-label products must be exactly the products with an indication
    for the condition, so the badge and the panel can never disagree."""
    for condition in conditions:
        where = f"conditions.yaml: condition {condition.id!r}"
        named = set(condition.labeled_populations)
        if unknown := named - {p.id for p in products}:
            raise EvidenceDataError(f"{where}: unknown product(s) {sorted(unknown)}")
        with_indication = {p.id for p in products if p.indications_for(condition.id)}
        if other := sorted(
            p.id for p in products if p.id in with_indication and p.category != condition.category
        ):
            raise EvidenceDataError(
                f"{where}: a {condition.category} condition, but {other} are not"
            )
        if named != with_indication:
            raise EvidenceDataError(
                f"{where}: labeled_populations names {sorted(named)} but the products with an "
                f"indication for it are {sorted(with_indication)}"
            )
