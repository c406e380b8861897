"""Every write to the evidence base: loading the data files, confirming low-confidence facts,
and marking the evidence changed so every process rebuilds its knowledge base."""

from __future__ import annotations

import uuid
from collections import defaultdict
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
from curbside.audit.services import audit_record
from curbside.evidence import facts, rows
from curbside.evidence import models as m
from curbside.evidence.datafiles import EvidenceDataError, read_evidence
from curbside.evidence.signals import evidence_revised

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


class _Writer:
    """Upserts rows by identity: an unchanged file leaves a row (its admin edits and its
    confirmation) alone; changed content overwrites the row and clears its confirmation."""

    def __init__(self, summary: EvidenceLoadSummary) -> None:
        self.summary = summary
        self.stale: list[tuple[str, list[models.Model]]] = []
        # Rows written, by model and key: what later rows point at.
        self.refs: dict[type[models.Model], dict[str, models.Model]] = defaultdict(dict)

    def table(self, table: rows.Table, data: facts.EvidenceData) -> None:
        """Every fact of the table in the files, written; its rows no longer there, noted."""
        existing = self._existing(table, data)
        for parent_key, position, fact in rows.facts_in(table, data):
            key = table.key or rows.fact_id(fact)
            parent = {table.parent: self._parent(table, parent_key)} if table.parent else {}
            row, written = self.put(
                table.model,
                existing,
                (parent_key, "" if table.key else key),
                rows.stored(fact, self.refs, key=key, **parent),
                where=table.where.format(id=key, parent=parent_key),
                position=position,
            )
            if not table.parent:
                self.refs[table.model][key] = row
            if written and isinstance(fact, facts.Product):
                _link_treatments(row, fact.treatment_slugs)
        self.leftovers(table.label, existing)

    def _existing(self, table: rows.Table, data: facts.EvidenceData) -> dict[Any, m.Fact]:
        queryset = table.model._default_manager.filter(table.scope)
        if table.parent:
            queryset = queryset.select_related(table.parent)
        if table.within_parents:
            held = rows.facts_in(rows.parent_table(table), data)
            keys = [rows.fact_id(fact) for _, _, fact in held]
            queryset = queryset.filter(**{f"{table.parent}__key__in": keys})
        return {table.identity(row): row for row in queryset}

    def _parent(self, table: rows.Table, key: str) -> models.Model:
        return self.refs[rows.parent_table(table).model][key]

    def put(
        self,
        model: type[_R],
        existing: dict[Any, _R],
        identity: Any,
        stored: rows.Stored,
        *,
        where: str,
        position: int = 0,
    ) -> tuple[_R, bool]:
        """The row for `identity`, created or brought up to date; and whether it was written."""
        fingerprint = stored.fingerprint()
        row = existing.pop(identity, None)
        if row is not None and getattr(row, "file_fingerprint", "") == fingerprint:
            if getattr(row, "position", position) != position:
                setattr(row, "position", position)  # noqa: B010  # not every model has it
                row.save(update_fields=["position"])
            self.summary.unchanged += 1
            return row, False
        if row is None:
            row = model(**stored.values)
            self.summary.created += 1
        else:
            for name, value in stored.values.items():
                setattr(row, name, value)
            self.summary.updated += 1
        if isinstance(row, m.Fact):
            row.position = position
            row.confirmed_by = None
            row.confirmed_at = None
        setattr(row, "file_fingerprint", fingerprint)  # noqa: B010  # Fact and EvidenceBase
        _check(row, where)
        row.save()
        for name, related in stored.many.items():
            getattr(row, name).set(related)
        return row, True

    def leftovers(self, label: str, existing: dict[Any, _R]) -> None:
        """Rows the files no longer hold (admin-added rows, without a fingerprint, stay)."""
        stale: list[models.Model] = [
            row for row in existing.values() if getattr(row, "file_fingerprint", "")
        ]
        self.stale.append((label, stale))

    def remove_stale(self) -> None:
        for label, stale in reversed(self.stale):
            for row in stale:
                try:
                    row.delete()
                except ProtectedError as exc:
                    raise EvidenceDataError(
                        f"{label}: {row} is no longer in the files, but facts added in the admin "
                        f"still point at it ({len(exc.protected_objects)}); edit or remove them "
                        "first"
                    ) from exc
                self.summary.removed += 1


def _check(row: models.Model, where: str) -> None:
    try:
        row.clean_fields()
    except ValidationError as exc:
        problems = "; ".join(f"{k}: {' '.join(v)}" for k, v in exc.message_dict.items())
        raise EvidenceDataError(f"{where}: {problems}") from exc


def _link_treatments(row: models.Model, slugs: tuple[str, ...]) -> None:
    """The treatment pages showing a product, as its data file lists them."""
    assert isinstance(row, m.Product)  # the products table's rows
    row.treatment_links.exclude(treatment_slug__in=slugs).delete()
    for slug in slugs:
        m.ProductTreatment.objects.get_or_create(product=row, treatment_slug=slug)


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
    summary.facts = _counts(data)
    with transaction.atomic():
        writer = _Writer(summary)
        _write_base(writer, data.base)
        for table in rows.TABLES:
            writer.table(table, data)
        writer.remove_stale()
        if summary.changed:
            evidence_changed()
        summary.awaiting_confirmation = sum(
            model.objects.awaiting_confirmation().count() for model in m.FACT_MODELS
        )
    return summary


def _counts(data: facts.EvidenceData) -> dict[str, int]:
    """How many facts of each kind the files hold, as the loader reports them."""
    products = data.products
    return {
        "products": len(products),
        "conditions": len(data.conditions),
        "indications": sum(len(p.indications) for p in products),
        "adverse reactions": sum(len(p.adverse_reactions) for p in products),
        "doses": sum(len(p.doses) for p in products),
        "warnings": len(data.warnings) + sum(len(p.warnings) for p in products),
        "contraindications": len(data.contraindications)
        + sum(len(p.contraindications) for p in products),
        "off-label uses": len(data.off_label_uses),
        "lexicon phrases": sum(len(e.phrases) for e in data.lexicon)
        + sum(len(u.lay_terms) for u in data.off_label_uses),
        "misstatements": len(data.misstatements),
        "class facts": len(data.class_facts),
        "safety communications": len(data.safety_communications),
    }


def _write_base(writer: _Writer, base: facts.BaseInfo) -> None:
    existing = {("", row.key): row for row in m.EvidenceBase.objects.all()}
    row, _ = writer.put(
        m.EvidenceBase,
        existing,
        ("", "default"),
        rows.stored(base, writer.refs, key="default"),
        where="base.yaml",
    )
    row.loaded_at = timezone.now()
    if not row.revision:
        row.revision = uuid.uuid4().hex
    row.save(update_fields=["loaded_at", "revision"])


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
