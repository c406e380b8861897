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

Every fact has `source` (a URL, a list of URLs, or "memory"), `confidence` where any part
rests on memory, an optional `note`, and `<field>_source` keys qualifying single fields.
read_evidence() checks all of it and raises EvidenceDataError naming the file and the entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from curbside.evidence.entries import ID, Entry, EvidenceDataError
from curbside.evidence.facts import (
    AdverseReaction,
    BaseInfo,
    BoxedWarning,
    BoxedWarningVariant,
    Condition,
    Contraindication,
    Dose,
    EvidenceData,
    Formulation,
    Indication,
    LabelChange,
    LexiconEntry,
    Misstatement,
    NotCovered,
    OffLabelUse,
    Product,
    ProductWarning,
    Warning,
)
from curbside.evidence.provenance import source_problem

__all__ = ["DATA_DIR", "SCHEMA_VERSION", "EvidenceDataError", "read_evidence"]

SCHEMA_VERSION = 1
DATA_DIR = Path(__file__).resolve().parent / "data"

_SLUG = re.compile(r"[a-z0-9-]+\Z")


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
    base = BaseInfo(
        schema_version=SCHEMA_VERSION,
        version=base_file.text("version"),
        last_reviewed=base_file.day("last_reviewed"),
        scope=base_file.text("scope"),
        disclaimer=base_file.text("disclaimer"),
        class_terms=base_file.texts("class_terms"),
    )
    product_ids = base_file.texts("products", required=True)
    for product_id in product_ids:
        if not ID.match(product_id):
            base_file.fail(f"'products': {product_id!r} is not an id")
    warnings = tuple(_class_warning(e) for e in base_file.entries("warnings"))
    _unique(base_file, [w.id for w in warnings], "warnings")
    contraindications = tuple(
        _contraindication(e, None) for e in base_file.entries("contraindications")
    )
    _unique(base_file, [c.id for c in contraindications], "contraindications")
    not_covered = tuple(
        NotCovered(id=e.identifier(), text=e.text("text"), **e.provenance())
        for e in _finished(base_file.entries("not_covered"))
    )
    _unique(base_file, [n.id for n in not_covered], "not_covered items")
    boxed_entry = base_file.child("boxed_warning")
    boxed_warning = _boxed_warning(boxed_entry, set(product_ids))
    base_file.finish()

    conditions_file = _open(root, "conditions.yaml")
    conditions = tuple(_condition(e) for e in conditions_file.entries("conditions"))
    _unique(conditions_file, [c.id for c in conditions], "conditions")
    conditions_file.finish()
    condition_ids = {c.id for c in conditions}

    class_warning_text = {w.id: w.text for w in warnings}
    products = tuple(
        _product(root, product_id, condition_ids, class_warning_text) for product_id in product_ids
    )
    extra = sorted(
        p.stem for p in (root / "products").glob("*.yaml") if p.stem not in set(product_ids)
    )
    if extra:
        base_file.fail(f"products/{extra[0]}.yaml is not listed in 'products'")
    _check_labeled_populations(conditions, products, set(product_ids))
    unknown_applies = set(boxed_warning.applies_to) - set(product_ids)
    if unknown_applies:
        boxed_entry.fail(f"'applies_to' names unknown product(s) {sorted(unknown_applies)}")

    off_label_file = _open(root, "off_label.yaml")
    off_label_uses = tuple(_off_label(e) for e in off_label_file.entries("off_label_uses"))
    _unique(off_label_file, [u.id for u in off_label_uses], "off-label uses")
    off_label_file.finish()

    lexicon_file = _open(root, "lexicon.yaml")
    lexicon = tuple(_lexicon(e, condition_ids) for e in lexicon_file.entries("lexicon"))
    _unique(lexicon_file, [x.id for x in lexicon], "lexicon entries")
    lexicon_file.finish()

    misstatements_file = _open(root, "misstatements.yaml")
    misstatements = tuple(
        Misstatement(
            id=e.identifier(), claim=e.text("claim"), fact=e.text("fact"), **e.provenance()
        )
        for e in _finished(misstatements_file.entries("misstatements"))
    )
    _unique(misstatements_file, [m.id for m in misstatements], "misstatements")
    misstatements_file.finish()

    return EvidenceData(
        base=base,
        conditions=conditions,
        products=products,
        boxed_warning=boxed_warning,
        contraindications=contraindications,
        warnings=warnings,
        off_label_uses=off_label_uses,
        lexicon=lexicon,
        misstatements=misstatements,
        not_covered=not_covered,
    )


def _finished(entries: Iterator[Entry]) -> Iterator[Entry]:
    """Yield each entry, then check it had no unknown keys once the caller has read it."""
    for entry in entries:
        yield entry
        entry.finish()


def _class_warning(entry: Entry) -> Warning:
    warning = Warning(id=entry.identifier(), text=entry.text("text"), **entry.provenance())
    entry.finish()
    return warning


def _contraindication(entry: Entry, product_id: str | None) -> Contraindication:
    item = Contraindication(
        id=entry.identifier(), product_id=product_id, text=entry.text("text"), **entry.provenance()
    )
    entry.finish()
    return item


def _boxed_warning(entry: Entry, product_ids: set[str]) -> BoxedWarning:
    variants = []
    for item in entry.entries("variants"):
        variant = BoxedWarningVariant(
            id=item.identifier(),
            products=item.texts("products", required=True),
            **item.provenance(),
        )
        if unknown := set(variant.products) - product_ids:
            item.fail(f"'products' names unknown product(s) {sorted(unknown)}")
        if not variant.note:
            item.fail("'note' is required")
        item.finish()
        variants.append(variant)
    _unique(entry, [v.id for v in variants], "variants")
    warning = BoxedWarning(
        id=entry.identifier(),
        title=entry.text("title"),
        year=entry.year("year_required"),
        summary=entry.text("summary"),
        symptoms=entry.texts("symptoms", required=True),
        onset=entry.text("onset", required=False),
        patient_note=entry.text("patient_note", required=False),
        applies_to=entry.texts("applies_to", required=True),
        variants=tuple(variants),
        **entry.provenance(),
    )
    entry.finish()
    return warning


def _condition(entry: Entry) -> Condition:
    condition = Condition(
        id=entry.identifier(),
        name=entry.text("name"),
        short_name=entry.text("short_name"),
        aliases=entry.texts("aliases"),
        limitation=entry.text("limitation", required=False),
        labeled_populations=entry.mapping("labeled_populations"),
        **entry.provenance(),
    )
    entry.finish()
    return condition


def _product(
    root: Path, product_id: str, condition_ids: set[str], class_warnings: dict[str, str]
) -> Product:
    name = f"products/{product_id}.yaml"
    file = _open(root, name)
    entry = file.child("product")
    if entry.identifier() != product_id:
        entry.fail(f"'id' must be {product_id!r}, as the file name says")

    def condition(item: Entry, *, required: bool = True) -> str | None:
        value = item.text("condition_id", required=required)
        if not value:
            return None
        if value not in condition_ids:
            item.fail(f"'condition_id' {value!r} is not a condition in conditions.yaml")
        return value

    treatments = entry.texts("treatments")
    for slug in treatments:
        if not _SLUG.match(slug):
            entry.fail(f"'treatments': {slug!r} is not a treatment slug")
    label_reference = entry.text("label_reference")
    if source_problem(label_reference) or label_reference == "memory":
        entry.fail("'label_reference' must be the URL of the prescribing information")
    formulation_entry = entry.child("formulation")
    formulation = Formulation(
        excipients=formulation_entry.texts("excipients", required=True),
        contains_human_albumin=formulation_entry.boolean("contains_human_albumin"),
        **formulation_entry.provenance(),
    )
    if formulation.contains_human_albumin != any(
        "albumin" in e.lower() for e in formulation.excipients
    ):
        formulation_entry.fail("'contains_human_albumin' disagrees with the excipients")
    formulation_entry.finish()
    boxed = entry.child("boxed_warning")
    boxed_note = boxed.text("note", required=False)
    boxed_source = boxed.sources()
    boxed.finish()

    indications = []
    for item in entry.entries("indications"):
        changes = []
        for change in item.entries("later_changes", required=False):
            changes.append(
                LabelChange(
                    year=change.year("year"), change=change.text("change"), source=change.sources()
                )
            )
            change.finish()
        indications.append(
            Indication(
                id=item.identifier(),
                product_id=product_id,
                condition_id=condition(item) or "",
                label_wording=item.text("label_wording"),
                population=item.text("population"),
                year_approved=item.year("year_approved"),
                approval_date=item.text("approval_date", required=False),
                limitation=item.text("limitation", required=False),
                later_changes=tuple(changes),
                **item.provenance(),
            )
        )
        item.finish()
    _unique(entry, [i.id for i in indications], "indications")
    contraindications = tuple(
        _contraindication(item, product_id) for item in entry.entries("contraindications")
    )
    _unique(entry, [c.id for c in contraindications], "contraindications")
    warnings = []
    for item in entry.entries("warnings"):
        warning_id = item.identifier()
        own_text = item.text("text", required=False)
        if not own_text and warning_id not in class_warnings:
            item.fail(f"{warning_id!r} is not a class warning in base.yaml; give its 'text'")
        warnings.append(
            ProductWarning(
                id=warning_id,
                product_id=product_id,
                text=own_text or class_warnings[warning_id],
                class_warning=warning_id in class_warnings,
                **item.provenance(),
            )
        )
        item.finish()
    _unique(entry, [w.id for w in warnings], "warnings")
    reactions = []
    for item in entry.entries("adverse_reactions"):
        reactions.append(
            AdverseReaction(
                id=item.identifier(),
                product_id=product_id,
                condition_id=condition(item) or "",
                reaction=item.text("reaction"),
                rate_percent=item.rate("rate_percent"),
                placebo_percent=item.rate("placebo_percent"),
                population=item.text("population", required=False),
                dose=item.text("dose", required=False),
                context=item.text("context", required=False),
                **item.provenance(),
            )
        )
        item.finish()
    _unique(entry, [r.id for r in reactions], "adverse reactions")
    doses = []
    for item in entry.entries("dosing"):
        dose = Dose(
            id=item.identifier(),
            product_id=product_id,
            condition_id=condition(item, required=False),
            indication_label=item.text("indication_label", required=False),
            population=item.text("population", required=False),
            dose=item.text("dose", required=False),
            interval=item.text("interval", required=False),
            **item.provenance(),
        )
        if not dose.dose and not dose.interval:
            item.fail("give 'dose', 'interval' or both")
        item.finish()
        doses.append(dose)
    _unique(entry, [d.id for d in doses], "doses")

    product = Product(
        id=product_id,
        brand=entry.text("brand"),
        nonproprietary_name=entry.text("nonproprietary_name"),
        aliases=entry.texts("aliases", required=True),
        serotype=entry.text("serotype"),
        manufacturer=entry.text("manufacturer", required=False),
        initial_us_approval=entry.year("initial_us_approval"),
        label_reference=label_reference,
        treatment_slugs=tuple(sorted(treatments)),
        last_reviewed=entry.day("last_reviewed"),
        history_note=entry.text("history_note", required=False),
        relationship_note=entry.text("relationship_note", required=False),
        label_note=entry.text("label_note", required=False),
        boxed_warning_note=boxed_note,
        formulation=formulation,
        indications=tuple(indications),
        contraindications=contraindications,
        warnings=tuple(warnings),
        adverse_reactions=tuple(reactions),
        doses=tuple(doses),
        **_with_field_source(entry.provenance(), "boxed_warning", boxed_source),
    )
    if product.serotype not in {"A", "B"}:
        entry.fail(f"'serotype' must be A or B, got {product.serotype!r}")
    entry.finish()
    file.finish()
    return product


def _with_field_source(
    provenance: dict[str, Any], field: str, sources: tuple[str, ...]
) -> dict[str, Any]:
    return {**provenance, "field_sources": {**provenance["field_sources"], field: sources}}


def _check_labeled_populations(
    conditions: tuple[Condition, ...], products: tuple[Product, ...], product_ids: set[str]
) -> None:
    """conditions.yaml's on-label products must be exactly the products with an indication
    for the condition, so the badge and the panel can never disagree."""
    for condition in conditions:
        where = f"conditions.yaml: condition {condition.id!r}"
        named = set(condition.labeled_populations)
        if unknown := named - product_ids:
            raise EvidenceDataError(f"{where}: unknown product(s) {sorted(unknown)}")
        with_indication = {p.id for p in products if p.indications_for(condition.id)}
        if named != with_indication:
            raise EvidenceDataError(
                f"{where}: labeled_populations names {sorted(named)} but the products with an "
                f"indication for it are {sorted(with_indication)}"
            )


def _off_label(entry: Entry) -> OffLabelUse:
    use = OffLabelUse(
        id=entry.identifier(),
        name=entry.text("name"),
        lay_terms=entry.texts("lay_terms"),
        status=entry.text("status"),
        applies_to_all_products=entry.boolean("applies_to_all_products"),
        **entry.provenance(),
    )
    entry.finish()
    return use


def _lexicon(entry: Entry, condition_ids: set[str]) -> LexiconEntry:
    condition_id = entry.text("condition_id")
    if condition_id not in condition_ids:
        entry.fail(f"'condition_id' {condition_id!r} is not a condition in conditions.yaml")
    item = LexiconEntry(
        id=entry.identifier(),
        condition_id=condition_id,
        phrases=entry.texts("phrases", required=True),
        caveat=entry.text("caveat", required=False),
        **entry.provenance(),
    )
    entry.finish()
    return item
