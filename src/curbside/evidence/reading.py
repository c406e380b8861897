"""The displayed evidence in the database as EvidenceData, for knowledge.build_knowledge().

Reads every fact table once (a fixed number of queries whatever the size of the base), keeping
`.displayed()` rows only: a low-confidence fact is left out until a moderator confirms it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from curbside.evidence import facts
from curbside.evidence import models as m
from curbside.evidence.provenance import parse_rate, split_lines


def _provenance(row: m.Fact) -> dict[str, Any]:
    return {
        "source": row.sources,
        "confidence": row.confidence,
        "note": row.note,
        "field_sources": _field_sources(row.field_sources),
    }


def _field_sources(value: object) -> facts.FieldSources:
    if not isinstance(value, Mapping):
        return {}
    return {
        str(name): tuple(str(s) for s in entries)
        for name, entries in value.items()
        if isinstance(entries, list)
    }


def _later_changes(value: object) -> tuple[facts.LabelChange, ...]:
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


def evidence_from_database() -> tuple[facts.EvidenceData, frozenset[tuple[str, str]]]:
    """The displayed evidence, and the (product, condition) pairs whose only indications are
    hidden awaiting confirmation. Call only when an EvidenceBase row exists."""
    base = m.EvidenceBase.objects.get()
    conditions = list(m.Condition.objects.displayed())
    condition_keys = {c.pk: c.key for c in conditions}

    by_product: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for link in m.ProductTreatment.objects.select_related("product").order_by("treatment_slug"):
        by_product[link.product.key]["treatments"].append(link.treatment_slug)
    for formulation in m.Formulation.objects.displayed().select_related("product"):
        by_product[formulation.product.key]["formulation"].append(
            facts.Formulation(
                excipients=split_lines(formulation.excipients),
                contains_human_albumin=formulation.contains_human_albumin,
                **_provenance(formulation),
            )
        )
    for indication in m.Indication.objects.displayed().select_related("product", "condition"):
        by_product[indication.product.key]["indications"].append(
            facts.Indication(
                id=indication.key,
                product_id=indication.product.key,
                condition_id=indication.condition.key,
                label_wording=indication.label_wording,
                population=indication.population,
                year_approved=indication.year_approved,
                approval_date=indication.approval_date,
                limitation=indication.limitation,
                later_changes=_later_changes(indication.later_changes),
                **_provenance(indication),
            )
        )
    for item in (
        m.Contraindication.objects.displayed()
        .filter(product__isnull=False)
        .select_related("product")
    ):
        assert item.product is not None  # filtered above
        by_product[item.product.key]["contraindications"].append(
            facts.Contraindication(
                id=item.key, product_id=item.product.key, text=item.text, **_provenance(item)
            )
        )
    for warning in m.ProductWarning.objects.displayed().select_related("product", "warning"):
        by_product[warning.product.key]["warnings"].append(
            facts.ProductWarning(
                id=warning.key,
                product_id=warning.product.key,
                text=warning.text or (warning.warning.text if warning.warning else ""),
                class_warning=warning.warning is not None,
                **_provenance(warning),
            )
        )
    for reaction in m.AdverseReaction.objects.displayed().select_related("product", "condition"):
        by_product[reaction.product.key]["adverse_reactions"].append(
            facts.AdverseReaction(
                id=reaction.key,
                product_id=reaction.product.key,
                condition_id=reaction.condition.key,
                reaction=reaction.reaction,
                rate_percent=parse_rate(reaction.rate_percent),
                placebo_percent=parse_rate(reaction.placebo_percent),
                population=reaction.population,
                dose=reaction.dose,
                context=reaction.context,
                **_provenance(reaction),
            )
        )
    for dose in m.Dose.objects.displayed().select_related("product", "condition"):
        by_product[dose.product.key]["doses"].append(
            facts.Dose(
                id=dose.key,
                product_id=dose.product.key,
                condition_id=dose.condition.key if dose.condition else None,
                indication_label=dose.indication_label,
                population=dose.population,
                dose=dose.dose,
                interval=dose.interval,
                **_provenance(dose),
            )
        )

    products = []
    for product in m.Product.objects.displayed():
        parts = by_product[product.key]
        formulation_list = parts["formulation"]
        products.append(
            facts.Product(
                id=product.key,
                brand=product.brand,
                nonproprietary_name=product.nonproprietary_name,
                aliases=split_lines(product.aliases),
                serotype=product.serotype,
                manufacturer=product.manufacturer,
                initial_us_approval=product.initial_us_approval,
                label_reference=product.label_reference,
                treatment_slugs=tuple(parts["treatments"]),
                last_reviewed=product.last_reviewed,
                history_note=product.history_note,
                relationship_note=product.relationship_note,
                label_note=product.label_note,
                boxed_warning_note=product.boxed_warning_note,
                formulation=formulation_list[0] if formulation_list else None,
                indications=tuple(parts["indications"]),
                contraindications=tuple(parts["contraindications"]),
                warnings=tuple(parts["warnings"]),
                adverse_reactions=tuple(parts["adverse_reactions"]),
                doses=tuple(parts["doses"]),
                **_provenance(product),
            )
        )

    boxed_row = m.BoxedWarning.objects.displayed().prefetch_related("products").first()
    boxed_warning = None
    if boxed_row is not None:
        variants = m.BoxedWarningVariant.objects.displayed().filter(boxed_warning=boxed_row)
        boxed_warning = facts.BoxedWarning(
            id=boxed_row.key,
            title=boxed_row.title,
            year=boxed_row.year_required,
            summary=boxed_row.summary,
            symptoms=split_lines(boxed_row.symptoms),
            onset=boxed_row.onset,
            patient_note=boxed_row.patient_note,
            applies_to=tuple(
                p.key for p in sorted(boxed_row.products.all(), key=lambda p: (p.position, p.key))
            ),
            variants=tuple(
                facts.BoxedWarningVariant(
                    id=v.key,
                    products=tuple(
                        p.key for p in sorted(v.products.all(), key=lambda p: (p.position, p.key))
                    ),
                    **_provenance(v),
                )
                for v in variants.prefetch_related("products")
            ),
            **_provenance(boxed_row),
        )

    unconfirmed = frozenset(
        (product_key, condition_key)
        for product_key, condition_key in m.Indication.objects.awaiting_confirmation().values_list(
            "product__key", "condition__key"
        )
    )
    data = facts.EvidenceData(
        base=facts.BaseInfo(
            schema_version=base.schema_version,
            version=base.version,
            last_reviewed=base.last_reviewed,
            scope=base.scope,
            disclaimer=base.disclaimer,
            class_terms=split_lines(base.class_terms),
        ),
        conditions=tuple(
            facts.Condition(
                id=c.key,
                name=c.name,
                short_name=c.short_name,
                aliases=split_lines(c.aliases),
                limitation=c.limitation,
                labeled_populations=dict(c.labeled_populations or {}),
                **_provenance(c),
            )
            for c in conditions
        ),
        products=tuple(products),
        boxed_warning=boxed_warning,
        contraindications=tuple(
            facts.Contraindication(id=c.key, product_id=None, text=c.text, **_provenance(c))
            for c in m.Contraindication.objects.displayed().filter(product__isnull=True)
        ),
        warnings=tuple(
            facts.Warning(id=w.key, text=w.text, **_provenance(w))
            for w in m.ClassWarning.objects.displayed()
        ),
        off_label_uses=tuple(
            facts.OffLabelUse(
                id=u.key,
                name=u.name,
                lay_terms=split_lines(u.lay_terms),
                status=u.status,
                applies_to_all_products=u.applies_to_all_products,
                **_provenance(u),
            )
            for u in m.OffLabelUse.objects.displayed()
        ),
        lexicon=tuple(
            facts.LexiconEntry(
                id=e.key,
                condition_id=condition_keys.get(e.condition_id, ""),
                phrases=split_lines(e.phrases),
                caveat=e.caveat,
                **_provenance(e),
            )
            for e in m.LexiconEntry.objects.displayed()
        ),
        misstatements=tuple(
            facts.Misstatement(id=x.key, claim=x.claim, fact=x.fact, **_provenance(x))
            for x in m.Misstatement.objects.displayed()
        ),
        not_covered=tuple(
            facts.NotCovered(id=n.key, text=n.text, **_provenance(n))
            for n in m.NotCoveredItem.objects.displayed()
        ),
    )
    return data, unconfirmed
