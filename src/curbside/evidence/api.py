"""GET /api/v1/treatments/{slug}/evidence: a treatment page's evidence panel as JSON."""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from django.conf import settings
from django.http import HttpRequest
from ninja import Field, Router, Schema

from curbside.evidence.facts import Fact
from curbside.evidence.knowledge import knowledge_base_at
from curbside.evidence.panel import ProductEvidence, Provenance, TreatmentEvidence
from curbside.evidence.panel import treatment_evidence as build_treatment_evidence
from curbside.evidence.revision import revision_of, with_evidence_revision
from curbside.qa import access
from curbside.qa.models import Treatment

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
    year_approved: int


class ApprovedUseOut(SourcesOut):
    condition_id: str = Field(description="Use as `condition` when asking a question.")
    condition: str
    condition_name: str = Field(description="The condition as the labels describe it.")
    population: str
    year: int = Field(description="The year this use was first approved for this product.")
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


class ProductOut(SourcesOut):
    id: str
    brand: str
    nonproprietary_name: str
    serotype: str
    manufacturer: str
    initial_us_approval: int | None
    label_reference: str = Field(description="The current prescribing information: cite it.")
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


class TreatmentEvidenceOut(Schema):
    treatment: TreatmentOut
    covered: bool = Field(description="Whether the evidence base holds label data for it.")
    message: str = Field(description="Says so plainly when it holds none.")
    products: list[ProductOut]
    off_label_uses: list[OffLabelUseOut] = Field(
        description="Uses patients ask about that no US label covers, for any product."
    )
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


class _Sources(TypedDict):
    source: list[str]
    confidence: str
    field_sources: dict[str, list[str]]


def _sources(fact: Fact | Provenance) -> _Sources:
    fields = fact.field_sources if isinstance(fact, Fact) else {}
    return {
        "source": list(fact.source),
        "confidence": fact.confidence,
        "field_sources": {name: list(entries) for name, entries in fields.items()},
    }


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
        products=[_product_out(p) for p in evidence.products],
        off_label_uses=[
            OffLabelUseOut(id=u.id, name=u.name, status=u.status, **_sources(u))
            for u in evidence.off_label_uses
        ],
        last_reviewed=evidence.last_reviewed,
        version=evidence.version,
        disclaimer=evidence.disclaimer,
    )


def _product_out(p: ProductEvidence) -> ProductOut:
    product = p.product
    boxed = p.boxed_warning
    formulation = p.formulation
    return ProductOut(
        id=product.id,
        brand=p.brand,
        nonproprietary_name=product.nonproprietary_name,
        serotype=product.serotype,
        manufacturer=product.manufacturer,
        initial_us_approval=product.initial_us_approval,
        label_reference=product.label_reference,
        last_reviewed=product.last_reviewed,
        units_note=p.units_warning.text if p.units_warning else "",
        approved_uses=[
            ApprovedUseOut(
                condition_id=use.condition.id,
                condition=use.condition.short_name,
                condition_name=use.condition.name,
                population=use.approval.population,
                year=use.approval.year,
                limitation=use.approval.limitation,
                indications=[
                    IndicationOut(
                        label_wording=i.label_wording,
                        population=i.population,
                        year_approved=i.year_approved,
                        **_sources(i),
                    )
                    for i in use.approval.indications
                ],
                **_sources(use.provenance),
            )
            for use in p.approved_uses
        ],
        boxed_warning=None
        if boxed is None
        else BoxedWarningOut(
            title=boxed.warning.title,
            year=boxed.warning.year,
            summary=boxed.warning.summary,
            symptoms=list(boxed.warning.symptoms),
            onset=boxed.warning.onset,
            label_notes=[n for n in (boxed.note, *(v.note for v in boxed.variants)) if n],
            **_sources(boxed.provenance),
        ),
        contraindications=[
            TextFactOut(id=c.id, text=c.text, **_sources(c)) for c in p.contraindications
        ],
        warnings=[
            TextFactOut(id=w.id, text=w.text, **_sources(w))
            for w in (*p.key_warnings, *p.more_warnings)
        ],
        formulation=None
        if formulation is None
        else FormulationOut(
            contains_human_albumin=formulation.contains_human_albumin,
            excipients=list(formulation.excipients),
            **_sources(formulation),
        ),
        adverse_reactions=[
            AdverseReactionOut(
                condition_id=group.condition.id,
                condition=group.condition.short_name,
                reaction=r.reaction,
                rate_percent=r.rate_percent,
                placebo_percent=r.placebo_percent,
                population=r.population,
                dose=r.dose,
                context=r.context,
                **_sources(r),
            )
            for group in p.reaction_groups
            for r in group.reactions
        ],
        doses=[
            DoseOut(
                condition_id=d.condition_id,
                indication=group.title,
                population=d.population,
                dose=d.dose,
                interval=d.interval,
                **_sources(d),
            )
            for group in p.dose_groups
            for d in group.doses
        ],
        **_sources(product),
    )
