"""Every write to the evidence base: loading the data files, confirming low-confidence facts,
and marking the evidence changed so every process rebuilds its knowledge base."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import ProtectedError
from django.utils import timezone

from curbside.accounts.models import User
from curbside.evidence import facts
from curbside.evidence import models as m
from curbside.evidence.datafiles import EvidenceDataError, read_evidence
from curbside.evidence.provenance import join_lines, rate_text
from curbside.evidence.signals import evidence_revised
from curbside.moderation.services import audit_record

_R = TypeVar("_R", bound=models.Model)


def evidence_changed() -> None:
    """Give the evidence base a new revision, so every process's cached knowledge base is
    rebuilt on its next read. Call after any write to evidence rows."""
    m.EvidenceBase.objects.update(revision=uuid.uuid4().hex, updated_at=timezone.now())
    transaction.on_commit(lambda: evidence_revised.send(sender=m.EvidenceBase))


@dataclass
class EvidenceLoadSummary:
    """What evidence_load() found in the files and did to the database."""

    version: str
    last_reviewed: date
    facts: dict[str, int] = field(default_factory=dict)  # kind → how many the files hold
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    awaiting_confirmation: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.removed)

    def lines(self) -> list[str]:
        held = ", ".join(f"{n:,} {kind}" for kind, n in self.facts.items())
        return [
            f"Evidence base version {self.version}, last reviewed {self.last_reviewed:%Y-%m-%d}.",
            f"Files hold {held}.",
            f"{self.created:,} created, {self.updated:,} updated, {self.unchanged:,} unchanged, "
            f"{self.removed:,} removed.",
            f"{self.awaiting_confirmation:,} low-confidence fact(s) are hidden until a moderator "
            "confirms them in the admin.",
        ]


def _fingerprint(content: dict[str, Any]) -> str:
    def plain(value: object) -> object:
        if isinstance(value, models.Model):
            return getattr(value, "key", value.pk)
        return value

    payload = {name: plain(value) for name, value in content.items()}
    return hashlib.sha256(
        json.dumps(payload, sort_keys=True, default=str).encode("utf-8")
    ).hexdigest()


def _fact_values(fact: facts.Fact) -> dict[str, Any]:
    return {
        "source": join_lines(fact.source),
        "confidence": fact.confidence,
        "note": fact.note,
        "field_sources": {name: list(entries) for name, entries in fact.field_sources.items()},
    }


class _Writer:
    """Upserts rows by identity: an unchanged file leaves a row (its admin edits and its
    confirmation) alone; changed content overwrites the row and clears its confirmation."""

    def __init__(self, summary: EvidenceLoadSummary) -> None:
        self.summary = summary
        self.stale: list[tuple[str, list[models.Model]]] = []

    def existing(self, queryset: models.QuerySet[_R], identity: Any) -> dict[Any, _R]:
        return {identity(row): row for row in queryset}

    def put(
        self,
        model: type[_R],
        existing: dict[Any, _R],
        identity: Any,
        values: dict[str, Any],
        *,
        where: str,
        position: int = 0,
        m2m: dict[str, list[m.Product]] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> tuple[_R, bool]:
        """The row for `identity`, created or brought up to date; and whether it was written."""
        fingerprint = _fingerprint(
            {**values, **{k: [p.key for p in v] for k, v in (m2m or {}).items()}, **(extra or {})}
        )
        row = existing.pop(identity, None)
        if row is not None and getattr(row, "file_fingerprint", "") == fingerprint:
            if getattr(row, "position", position) != position:
                setattr(row, "position", position)  # noqa: B010  # not every model has it
                row.save(update_fields=["position"])
            self.summary.unchanged += 1
            return row, False
        if row is None:
            row = model(**values)
            self.summary.created += 1
        else:
            for name, value in values.items():
                setattr(row, name, value)
            self.summary.updated += 1
        if isinstance(row, m.Fact):
            row.position = position
            row.confirmed_by = None
            row.confirmed_at = None
        setattr(row, "file_fingerprint", fingerprint)  # noqa: B010  # Fact and EvidenceBase
        try:
            row.clean_fields()
        except ValidationError as exc:
            problems = "; ".join(f"{k}: {' '.join(v)}" for k, v in exc.message_dict.items())
            raise EvidenceDataError(f"{where}: {problems}") from exc
        row.save()
        for name, products in (m2m or {}).items():
            getattr(row, name).set(products)
        return row, True

    def leftovers(self, label: str, existing: dict[Any, _R]) -> None:
        """Rows the files no longer hold (admin-added rows, without a fingerprint, stay)."""
        stale: list[models.Model] = [
            row for row in existing.values() if getattr(row, "file_fingerprint", "")
        ]
        self.stale.append((label, stale))

    def remove_stale(self) -> None:
        for label, rows in reversed(self.stale):
            for row in rows:
                try:
                    row.delete()
                except ProtectedError as exc:
                    raise EvidenceDataError(
                        f"{label}: {row} is no longer in the files, but facts added in the admin "
                        f"still point at it ({len(exc.protected_objects)}); edit or remove them "
                        "first"
                    ) from exc
                self.summary.removed += 1


def evidence_load(*, path: Path | str | None = None) -> EvidenceLoadSummary:
    """Validate the evidence data files (default: the packaged ones) and upsert every fact by
    its stable id, in one transaction: bad files raise EvidenceDataError naming the file and
    entry, and leave the database as it was.

    Idempotent: a second run of the same files writes nothing. Facts whose file content
    changed are overwritten and lose their moderator confirmation; unchanged facts keep it
    (and keep any admin edit). Facts removed from the files are deleted.
    """
    data = read_evidence(path)
    summary = EvidenceLoadSummary(version=data.base.version, last_reviewed=data.base.last_reviewed)
    summary.facts = {
        "products": len(data.products),
        "conditions": len(data.conditions),
        "indications": sum(len(p.indications) for p in data.products),
        "adverse reactions": sum(len(p.adverse_reactions) for p in data.products),
        "doses": sum(len(p.doses) for p in data.products),
        "warnings": len(data.warnings) + sum(len(p.warnings) for p in data.products),
        "contraindications": len(data.contraindications)
        + sum(len(p.contraindications) for p in data.products),
        "off-label uses": len(data.off_label_uses),
        "lexicon phrases": sum(len(e.phrases) for e in data.lexicon)
        + sum(len(u.lay_terms) for u in data.off_label_uses),
        "misstatements": len(data.misstatements),
    }
    with transaction.atomic():
        writer = _Writer(summary)
        _write_base(writer, data.base)
        conditions = _write_conditions(writer, data.conditions)
        products = _write_products(writer, data.products)
        class_warnings = _write_class_facts(writer, data, products)
        _write_product_facts(writer, data.products, products, conditions, class_warnings)
        _write_lists(writer, data, conditions)
        writer.remove_stale()
        if summary.changed:
            evidence_changed()
        summary.awaiting_confirmation = sum(
            model.objects.awaiting_confirmation().count() for model in m.FACT_MODELS
        )
    return summary


def _write_base(writer: _Writer, base: facts.BaseInfo) -> None:
    existing = writer.existing(m.EvidenceBase.objects.all(), lambda row: row.key)
    row, _ = writer.put(
        m.EvidenceBase,
        existing,
        "default",
        {
            "key": "default",
            "schema_version": base.schema_version,
            "version": base.version,
            "last_reviewed": base.last_reviewed,
            "scope": base.scope,
            "disclaimer": base.disclaimer,
            "class_terms": join_lines(base.class_terms),
        },
        where="base.yaml",
    )
    row.loaded_at = timezone.now()
    if not row.revision:
        row.revision = uuid.uuid4().hex
    row.save(update_fields=["loaded_at", "revision"])


def _write_conditions(
    writer: _Writer, conditions: tuple[facts.Condition, ...]
) -> dict[str, m.Condition]:
    existing = writer.existing(m.Condition.objects.all(), lambda row: row.key)
    rows = {}
    for position, c in enumerate(conditions):
        rows[c.id], _ = writer.put(
            m.Condition,
            existing,
            c.id,
            {
                "key": c.id,
                "name": c.name,
                "short_name": c.short_name,
                "aliases": join_lines(c.aliases),
                "limitation": c.limitation,
                "labeled_populations": dict(c.labeled_populations),
                **_fact_values(c),
            },
            where=f"conditions.yaml: condition {c.id!r}",
            position=position,
        )
    writer.leftovers("conditions.yaml", existing)
    return rows


def _write_products(writer: _Writer, products: tuple[facts.Product, ...]) -> dict[str, m.Product]:
    existing = writer.existing(m.Product.objects.all(), lambda row: row.key)
    formulations = writer.existing(m.Formulation.objects.select_related("product"), _product_key)
    rows = {}
    for position, p in enumerate(products):
        where = f"products/{p.id}.yaml"
        row, written = writer.put(
            m.Product,
            existing,
            p.id,
            {
                "key": p.id,
                "brand": p.brand,
                "nonproprietary_name": p.nonproprietary_name,
                "aliases": join_lines(p.aliases),
                "serotype": p.serotype,
                "manufacturer": p.manufacturer,
                "initial_us_approval": p.initial_us_approval,
                "label_reference": p.label_reference,
                "history_note": p.history_note,
                "relationship_note": p.relationship_note,
                "label_note": p.label_note,
                "boxed_warning_note": p.boxed_warning_note,
                "last_reviewed": p.last_reviewed,
                **_fact_values(p),
            },
            where=where,
            position=position,
            extra={"treatments": list(p.treatment_slugs)},
        )
        if written:
            row.treatment_links.exclude(treatment_slug__in=p.treatment_slugs).delete()
            for slug in p.treatment_slugs:
                m.ProductTreatment.objects.get_or_create(product=row, treatment_slug=slug)
        rows[p.id] = row
        if p.formulation is not None:
            writer.put(
                m.Formulation,
                formulations,
                p.id,
                {
                    "product": row,
                    "key": "formulation",
                    "excipients": join_lines(p.formulation.excipients),
                    "contains_human_albumin": p.formulation.contains_human_albumin,
                    **_fact_values(p.formulation),
                },
                where=f"{where}: formulation",
            )
    writer.leftovers("products", existing)
    writer.leftovers("formulations", formulations)
    return rows


def _product_key(row: Any) -> Any:
    return row.product.key


def _product_fact_key(row: Any) -> tuple[str, str]:
    return (row.product.key, row.key)


def _write_class_facts(
    writer: _Writer, data: facts.EvidenceData, products: dict[str, m.Product]
) -> dict[str, m.ClassWarning]:
    warnings = writer.existing(m.ClassWarning.objects.all(), lambda row: row.key)
    class_warnings = {}
    for position, w in enumerate(data.warnings):
        class_warnings[w.id], _ = writer.put(
            m.ClassWarning,
            warnings,
            w.id,
            {"key": w.id, "text": w.text, **_fact_values(w)},
            where=f"base.yaml: warnings (id {w.id!r})",
            position=position,
        )
    writer.leftovers("class warnings", warnings)

    contraindications = writer.existing(
        m.Contraindication.objects.filter(product__isnull=True), lambda row: row.key
    )
    for position, c in enumerate(data.contraindications):
        writer.put(
            m.Contraindication,
            contraindications,
            c.id,
            {"product": None, "key": c.id, "text": c.text, **_fact_values(c)},
            where=f"base.yaml: contraindications (id {c.id!r})",
            position=position,
        )
    writer.leftovers("class contraindications", contraindications)

    boxed = data.boxed_warning
    boxed_rows = writer.existing(m.BoxedWarning.objects.all(), lambda row: row.key)
    if boxed is not None:
        boxed_row, _ = writer.put(
            m.BoxedWarning,
            boxed_rows,
            boxed.id,
            {
                "key": boxed.id,
                "title": boxed.title,
                "year_required": boxed.year,
                "summary": boxed.summary,
                "symptoms": join_lines(boxed.symptoms),
                "onset": boxed.onset,
                "patient_note": boxed.patient_note,
                **_fact_values(boxed),
            },
            where="base.yaml: boxed_warning",
            m2m={"products": [products[p] for p in boxed.applies_to]},
        )
        variants = writer.existing(boxed_row.variants.all(), lambda row: row.key)
        for position, v in enumerate(boxed.variants):
            writer.put(
                m.BoxedWarningVariant,
                variants,
                v.id,
                {"boxed_warning": boxed_row, "key": v.id, **_fact_values(v)},
                where=f"base.yaml: boxed_warning variants (id {v.id!r})",
                position=position,
                m2m={"products": [products[p] for p in v.products]},
            )
        writer.leftovers("boxed warning variants", variants)
    writer.leftovers("boxed warnings", boxed_rows)
    return class_warnings


def _write_product_facts(
    writer: _Writer,
    data_products: tuple[facts.Product, ...],
    products: dict[str, m.Product],
    conditions: dict[str, m.Condition],
    class_warnings: dict[str, m.ClassWarning],
) -> None:
    def rows(model: type[_R]) -> dict[Any, _R]:
        queryset = model._default_manager.select_related("product")
        if model is m.Contraindication:
            queryset = queryset.filter(product__isnull=False)
        return writer.existing(queryset, _product_fact_key)

    indications = rows(m.Indication)
    contraindications = rows(m.Contraindication)
    warnings = rows(m.ProductWarning)
    reactions = rows(m.AdverseReaction)
    doses = rows(m.Dose)
    for p in data_products:
        product = products[p.id]
        where = f"products/{p.id}.yaml"
        for n, i in enumerate(p.indications):
            writer.put(
                m.Indication,
                indications,
                (p.id, i.id),
                {
                    "product": product,
                    "condition": conditions[i.condition_id],
                    "key": i.id,
                    "label_wording": i.label_wording,
                    "population": i.population,
                    "year_approved": i.year_approved,
                    "approval_date": i.approval_date,
                    "limitation": i.limitation,
                    "later_changes": [
                        {"year": c.year, "change": c.change, "source": list(c.source)}
                        for c in i.later_changes
                    ],
                    **_fact_values(i),
                },
                where=f"{where}: indications (id {i.id!r})",
                position=n,
            )
        for n, c in enumerate(p.contraindications):
            writer.put(
                m.Contraindication,
                contraindications,
                (p.id, c.id),
                {"product": product, "key": c.id, "text": c.text, **_fact_values(c)},
                where=f"{where}: contraindications (id {c.id!r})",
                position=n,
            )
        for n, w in enumerate(p.warnings):
            class_warning = class_warnings.get(w.id) if w.class_warning else None
            own_text = "" if class_warning and w.text == class_warning.text else w.text
            writer.put(
                m.ProductWarning,
                warnings,
                (p.id, w.id),
                {
                    "product": product,
                    "warning": class_warning,
                    "key": w.id,
                    "text": own_text,
                    **_fact_values(w),
                },
                where=f"{where}: warnings (id {w.id!r})",
                position=n,
            )
        for n, r in enumerate(p.adverse_reactions):
            writer.put(
                m.AdverseReaction,
                reactions,
                (p.id, r.id),
                {
                    "product": product,
                    "condition": conditions[r.condition_id],
                    "key": r.id,
                    "population": r.population,
                    "reaction": r.reaction,
                    "rate_percent": rate_text(r.rate_percent),
                    "placebo_percent": rate_text(r.placebo_percent),
                    "dose": r.dose,
                    "context": r.context,
                    **_fact_values(r),
                },
                where=f"{where}: adverse_reactions (id {r.id!r})",
                position=n,
            )
        for n, d in enumerate(p.doses):
            writer.put(
                m.Dose,
                doses,
                (p.id, d.id),
                {
                    "product": product,
                    "condition": conditions[d.condition_id] if d.condition_id else None,
                    "key": d.id,
                    "indication_label": d.indication_label,
                    "population": d.population,
                    "dose": d.dose,
                    "interval": d.interval,
                    **_fact_values(d),
                },
                where=f"{where}: dosing (id {d.id!r})",
                position=n,
            )
    writer.leftovers("indications", indications)
    writer.leftovers("product contraindications", contraindications)
    writer.leftovers("product warnings", warnings)
    writer.leftovers("adverse reactions", reactions)
    writer.leftovers("doses", doses)


def _write_lists(
    writer: _Writer, data: facts.EvidenceData, conditions: dict[str, m.Condition]
) -> None:
    uses = writer.existing(m.OffLabelUse.objects.all(), lambda row: row.key)
    for n, u in enumerate(data.off_label_uses):
        writer.put(
            m.OffLabelUse,
            uses,
            u.id,
            {
                "key": u.id,
                "name": u.name,
                "lay_terms": join_lines(u.lay_terms),
                "status": u.status,
                "applies_to_all_products": u.applies_to_all_products,
                **_fact_values(u),
            },
            where=f"off_label.yaml: off_label_uses (id {u.id!r})",
            position=n,
        )
    writer.leftovers("off-label uses", uses)
    lexicon = writer.existing(m.LexiconEntry.objects.all(), lambda row: row.key)
    for n, e in enumerate(data.lexicon):
        writer.put(
            m.LexiconEntry,
            lexicon,
            e.id,
            {
                "key": e.id,
                "condition": conditions[e.condition_id],
                "phrases": join_lines(e.phrases),
                "caveat": e.caveat,
                **_fact_values(e),
            },
            where=f"lexicon.yaml: lexicon (id {e.id!r})",
            position=n,
        )
    writer.leftovers("lexicon entries", lexicon)
    misstatements = writer.existing(m.Misstatement.objects.all(), lambda row: row.key)
    for n, x in enumerate(data.misstatements):
        writer.put(
            m.Misstatement,
            misstatements,
            x.id,
            {"key": x.id, "claim": x.claim, "fact": x.fact, **_fact_values(x)},
            where=f"misstatements.yaml: misstatements (id {x.id!r})",
            position=n,
        )
    writer.leftovers("misstatements", misstatements)
    not_covered = writer.existing(m.NotCoveredItem.objects.all(), lambda row: row.key)
    for n, item in enumerate(data.not_covered):
        writer.put(
            m.NotCoveredItem,
            not_covered,
            item.id,
            {"key": item.id, "text": item.text, **_fact_values(item)},
            where=f"base.yaml: not_covered (id {item.id!r})",
            position=n,
        )
    writer.leftovers("not-covered items", not_covered)


def evidence_confirm(*, facts: Iterable[m.Fact], moderator: User, reason: str = "") -> int:
    """Confirm low-confidence facts after checking them against the current label, so they
    are displayed. Records who and when, and writes one audit row per fact. Facts that are
    not awaiting confirmation are skipped. Returns how many were confirmed."""
    if not moderator.is_moderator:
        raise PermissionDenied("Only moderators can confirm evidence.")
    confirmed = 0
    now = timezone.now()
    with transaction.atomic():
        for fact in facts:
            if not fact.awaiting_confirmation:
                continue
            fact.confirmed_by = moderator
            fact.confirmed_at = now
            fact.save(update_fields=["confirmed_by", "confirmed_at", "updated_at"])
            audit_record(
                actor=moderator,
                action="evidence.confirm",
                target=fact,
                reason=reason or "Checked against the current prescribing information.",
            )
            confirmed += 1
        if confirmed:
            evidence_changed()
    return confirmed
