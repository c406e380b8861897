"""GET /api/v1/treatments/{slug}/evidence: a treatment page's evidence panel as JSON."""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

from django.conf import settings
from django.http import HttpRequest
from ninja import Field, Router, Schema

from curbside.catalogue import access
from curbside.catalogue.models import Treatment
from curbside.evidence.knowledge import knowledge_base_at
from curbside.evidence.panel import (
    ApprovedUse,
    AreaEvidence,
    ProductBoxedWarning,
    ProductEvidence,
    Provenance,
    TreatmentEvidence,
)
from curbside.evidence.panel import treatment_evidence as build_treatment_evidence
from curbside.evidence.revision import revision_of, with_evidence_revision

router = Router(tags=["evidence"])


class SourcesOut(Schema):
    source: list[str] = Field(
        description="Where the fact was confirmed: public URLs, or 'memory' where it rests "
        "partly on the editors' knowledge and no public page confirmed it yet."
    )
    confidence: str = Field(
        description="'high' or 'medium' for facts resting partly on memory; '' otherwise. "
        "Low-confidence facts are not published until a moderator confirms them."
    )
    field_sources: dict[str, list[str]] = Field(
        description="Sources of single fields where they differ, e.g. {'year': ['memory']}."
    )


class TreatmentOut(Schema):
    slug: str
    name: str
    url: str


class IndicationOut(SourcesOut):
    label_wording: str
    population: str
    year_approved: int | None


class ApprovedUseOut(SourcesOut):
    condition_id: str = Field(description="Use as `condition` when asking a question.")
    condition: str
    condition_name: str = Field(description="The condition as the labels describe it.")
    population: str
    year: int | None = Field(
        description="The year this use was first approved for this product; null where no "
        "source gives it."
    )
    limitation: str
    indications: list[IndicationOut]


class BoxedWarningOut(SourcesOut):
    title: str
    year: int = Field(description="The year the boxed warning was required.")
    summary: str
    symptoms: list[str]
    onset: str
    label_notes: list[str] = Field(description="What this product's version of it adds.")


class TextFactOut(SourcesOut):
    id: str
    text: str


class AdverseReactionOut(SourcesOut):
    condition_id: str
    condition: str
    reaction: str
    rate_percent: float | str | None = Field(
        description="Percent of patients: a number, text for ranges or several study arms, "
        "or null when the label's rate is not held."
    )
    placebo_percent: float | str | None
    population: str
    dose: str
    context: str = Field(description="E.g. from a single trial rather than the label table.")


class DoseOut(SourcesOut):
    condition_id: str | None = Field(description="Null for rules that hold for every use.")
    indication: str
    population: str
    dose: str
    interval: str


class FormulationOut(SourcesOut):
    contains_human_albumin: bool
    excipients: list[str]


class ClassFactOut(SourcesOut):
    id: str
    topic: str = Field(description="regulation, reversibility, side_effects or history.")
    text: str
    caveat: str


class ProductOut(SourcesOut):
    id: str
    brand: str
    category: str = Field(description="toxin, filler (a device) or drug.")
    pathway: str = Field(description="How the FDA approved it: BLA, NDA or PMA (a device).")
    nonproprietary_name: str
    serotype: str = Field(description="A or B for a toxin; empty otherwise.")
    family: str = Field(description="A brand family; an approval never covers the family.")
    material: str
    pma_number: str = Field(description="A device's premarket approval file.")
    duration: str
    effectiveness: str = Field(description="Trial or company figures, not the label's.")
    reversibility: ClassFactOut | None
    manufacturer: str
    initial_us_approval: int | None
    label_reference: str = Field(
        description="The current prescribing information, or a device's FDA premarket "
        "approval record: cite it."
    )
    last_reviewed: date
    units_note: str = Field(description="Units of one product do not convert to another's.")
    approved_uses: list[ApprovedUseOut]
    boxed_warning: BoxedWarningOut | None
    contraindications: list[TextFactOut]
    warnings: list[TextFactOut]
    formulation: FormulationOut | None
    adverse_reactions: list[AdverseReactionOut]
    doses: list[DoseOut]


class OffLabelUseOut(SourcesOut):
    id: str = Field(description="Use as `condition` when asking a question.")
    name: str
    status: str


class AreaApprovalOut(SourcesOut):
    product_id: str
    brand: str
    population: str
    year: int | None = Field(description="Null where no source gives it.")
    limitation: str


class AreaOut(Schema):
    condition_id: str = Field(description="Use as `condition` when asking a question.")
    name: str
    label_name: str
    limitation: str
    approvals: list[AreaApprovalOut] = Field(
        description="The products approved for this area, by year; any other is off-label."
    )
    warnings: list[TextFactOut] = Field(description="What matters most in this area.")
    off_label_uses: list[OffLabelUseOut]


class SafetyCommunicationOut(SourcesOut):
    id: str
    date: str
    title: str
    summary: str


class TreatmentEvidenceOut(Schema):
    treatment: TreatmentOut
    covered: bool = Field(description="Whether the evidence base holds label data for it.")
    message: str = Field(description="Says so plainly when it holds none.")
    areas: list[AreaOut] = Field(
        description="On an area's page (lip filler): the area's approvals, warnings and "
        "off-label uses."
    )
    products: list[ProductOut]
    off_label_uses: list[OffLabelUseOut] = Field(
        description="Uses patients ask about that no US label covers, for any product."
    )
    class_facts: list[ClassFactOut] = Field(description="Facts of the whole class (fillers).")
    safety_communications: list[SafetyCommunicationOut]
    last_reviewed: date | None
    version: str
    disclaimer: str


@router.get(
    "/{slug}/evidence",
    response=TreatmentEvidenceOut,
    summary="The label facts for a treatment, with their sources",
)
def treatment_evidence(request: HttpRequest, slug: str) -> TreatmentEvidenceOut:
    treatment = access.get_treatment_for_view(slug, with_evidence_revision(Treatment.objects.all()))
    evidence = build_treatment_evidence(knowledge_base_at(revision_of(treatment)), treatment.slug)
    return _treatment_out(treatment, evidence)


_S = TypeVar("_S", bound=Schema)


def _out(schema: type[_S], fact: object, /, **given: Any) -> _S:
    """The schema's fields read from the fact's of the same names (copied straight), but for
    those given."""
    values = {name: getattr(fact, name) for name in schema.model_fields if name not in given}
    return schema.model_validate(values | given)


def _sources(provenance: Provenance) -> dict[str, Any]:
    return {name: getattr(provenance, name) for name in SourcesOut.model_fields}


def _treatment_out(treatment: Treatment, evidence: TreatmentEvidence) -> TreatmentEvidenceOut:
    if evidence.covered:
        message = ""
    elif evidence.loaded:
        message = (
            f"No label data is held for {treatment.name}: the evidence base covers "
            f"{evidence.scope}."
        )
    else:
        message = f"No label data is held for {treatment.name}: no evidence base is loaded."
    return TreatmentEvidenceOut(
        treatment=TreatmentOut(
            slug=treatment.slug,
            name=treatment.name,
            url=settings.SITE_URL + treatment.get_absolute_url(),
        ),
        covered=evidence.covered,
        message=message,
        areas=[_area_out(a) for a in evidence.areas],
        products=[_product_out(p) for p in evidence.products],
        off_label_uses=[_out(OffLabelUseOut, u) for u in evidence.off_label_uses],
        class_facts=[_out(ClassFactOut, f) for f in evidence.class_facts],
        safety_communications=[
            _out(SafetyCommunicationOut, c) for c in evidence.safety_communications
        ],
        last_reviewed=evidence.last_reviewed,
        version=evidence.version,
        disclaimer=evidence.disclaimer,
    )


def _product_out(p: ProductEvidence) -> ProductOut:
    boxed, formulation = p.boxed_warning, p.formulation
    return _out(
        ProductOut,
        p.product,
        brand=p.brand,
        units_note=p.units_warning.text if p.units_warning else "",
        reversibility=None if p.reversibility is None else _out(ClassFactOut, p.reversibility),
        approved_uses=[_approved_use_out(use) for use in p.approved_uses],
        boxed_warning=None if boxed is None else _boxed_warning_out(boxed),
        contraindications=[_out(TextFactOut, c) for c in p.contraindications],
        warnings=[_out(TextFactOut, w) for w in (*p.key_warnings, *p.more_warnings)],
        formulation=None if formulation is None else _out(FormulationOut, formulation),
        adverse_reactions=[
            _out(AdverseReactionOut, r, condition=group.condition.short_name)
            for group in p.reaction_groups
            for r in group.reactions
        ],
        doses=[
            _out(DoseOut, d, indication=group.title) for group in p.dose_groups for d in group.doses
        ],
    )


def _area_out(area: AreaEvidence) -> AreaOut:
    condition = area.condition
    return AreaOut(
        condition_id=condition.id,
        name=condition.short_name,
        label_name=condition.name,
        limitation=condition.limitation,
        approvals=[
            _out(
                AreaApprovalOut,
                a.approval,
                brand=a.brand,
                **_sources(a.provenance),
            )
            for a in area.approvals
        ],
        warnings=[_out(TextFactOut, w) for w in area.warnings],
        off_label_uses=[_out(OffLabelUseOut, u) for u in area.off_label_uses],
    )


def _approved_use_out(use: ApprovedUse) -> ApprovedUseOut:
    return _out(
        ApprovedUseOut,
        use.approval,
        condition=use.condition.short_name,
        condition_name=use.condition.name,
        indications=[_out(IndicationOut, i) for i in use.approval.indications],
        **_sources(use.provenance),
    )


def _boxed_warning_out(boxed: ProductBoxedWarning) -> BoxedWarningOut:
    notes = [n for n in (boxed.note, *(v.note for v in boxed.variants)) if n]
    return _out(BoxedWarningOut, boxed.warning, label_notes=notes, **_sources(boxed.provenance))
