"""What a treatment page's evidence panel (and GET /api/v1/treatments/{slug}/evidence) shows:
the label facts of every product mapped to the treatment, grouped for reading; on an area's
page (lip, cheek or under-eye filler, Kybella's fat under the chin), first the area itself:
which products are approved for it, since when and for whom, the warnings that matter there
and what is off-label there; and for fillers, the facts of the class and the FDA's safety
communications.

treatment_evidence() is a pure function over a KnowledgeBase. It holds displayed facts only
(the knowledge base leaves out low-confidence facts until a moderator confirms them), each
with its sources; the product's label_reference is the primary citation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from curbside.evidence.badges import approval_anchor, brand_name
from curbside.evidence.facts import CLASS_NOUNS, FieldSources
from curbside.evidence.knowledge import (
    AdverseReaction,
    Approval,
    BoxedWarning,
    BoxedWarningVariant,
    Category,
    ClassFact,
    Condition,
    Contraindication,
    Dose,
    Formulation,
    KnowledgeBase,
    OffLabelUse,
    Product,
    ProductWarning,
    SafetyCommunication,
    Warning,
)
from curbside.evidence.provenance import MEMORY

UNITS = "units_not_interchangeable"
ALBUMIN = "human_albumin"
SPREAD = "spread_of_toxin_effect"
VASCULAR = "vascular_occlusion"  # a filler injected into a blood vessel
# Shown first, outside the "more warnings" list.
KEY_WARNINGS = (UNITS, SPREAD, ALBUMIN, VASCULAR)


@dataclass(frozen=True)
class Provenance:
    """Sources gathered from several facts, shown the way one fact's are."""

    source: tuple[str, ...]
    confidence: str = ""

    @property
    def field_sources(self) -> FieldSources:
        """None: sources gathered from several facts qualify no single field."""
        return {}

    @property
    def urls(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s for s in self.source if s != MEMORY))

    @property
    def from_memory(self) -> bool:
        return MEMORY in self.source


@dataclass(frozen=True)
class ApprovedUse:
    condition: Condition
    approval: Approval

    @property
    def anchor(self) -> str:
        return approval_anchor(self.approval.product_id, self.condition.id)

    @property
    def provenance(self) -> Provenance:
        """The indications' sources, "memory" included where a field (the year) rests on it."""
        return _approval_provenance(self.approval)


@dataclass(frozen=True)
class ReactionGroup:
    """The common adverse reactions reported for one indication."""

    product_id: str
    condition: Condition
    reactions: tuple[AdverseReaction, ...]

    @property
    def anchor(self) -> str:
        return f"side-effects-{self.product_id}-{self.condition.id}".replace("_", "-")


@dataclass(frozen=True)
class DoseGroup:
    """Typical doses for one indication, or the rules that hold for all of them."""

    title: str
    condition_id: str | None
    doses: tuple[Dose, ...]


@dataclass(frozen=True)
class ProductBoxedWarning:
    """The class boxed warning as one product's label carries it."""

    warning: BoxedWarning
    note: str  # what this label's version adds
    note_source: tuple[str, ...]
    variants: tuple[BoxedWarningVariant, ...]

    @property
    def provenance(self) -> Provenance:
        """The warning's sources and its fields', this label's note's and its variants'."""
        warning = self.warning
        fields = [s for entries in warning.field_sources.values() for s in entries]
        variants = [s for v in self.variants for s in v.source]
        return Provenance(
            source=(*warning.source, *self.note_source, *variants, *fields),
            confidence=warning.confidence,
        )


@dataclass(frozen=True)
class ProductEvidence:
    product: Product
    brand: str
    approved_uses: tuple[ApprovedUse, ...]
    boxed_warning: ProductBoxedWarning | None
    contraindications: tuple[Contraindication, ...]
    units_warning: ProductWarning | Warning | None  # always stated beside the doses
    key_warnings: tuple[ProductWarning, ...]
    more_warnings: tuple[ProductWarning, ...]
    formulation: Formulation | None
    reaction_groups: tuple[ReactionGroup, ...]
    dose_groups: tuple[DoseGroup, ...]
    same_ingredient: tuple[tuple[Product, str], ...]  # (product, its brand as written)
    reversibility: ClassFact | None = None  # whether, and how, its effect can be undone

    @property
    def anchor(self) -> str:
        return f"evidence-{self.product.id}".replace("_", "-")

    @property
    def is_device(self) -> bool:
        return self.product.pathway == "PMA"

    @property
    def reaction_count(self) -> int:
        return sum(len(g.reactions) for g in self.reaction_groups)

    @property
    def sources(self) -> tuple[str, ...]:
        """Every public page the displayed facts were confirmed on (the provenance list)."""
        facts: list[tuple[str, ...]] = [self.product.source]
        facts += [u.approval.source for u in self.approved_uses]
        facts += [c.source for c in self.contraindications]
        facts += [w.source for w in (*self.key_warnings, *self.more_warnings)]
        facts += [r.source for g in self.reaction_groups for r in g.reactions]
        facts += [d.source for g in self.dose_groups for d in g.doses]
        if self.formulation is not None:
            facts.append(self.formulation.source)
        if self.reversibility is not None:
            facts.append(self.reversibility.source)
        facts += list(self.product.field_sources.values())
        urls = (entry for source in facts for entry in source if entry.startswith("http"))
        return tuple(dict.fromkeys(urls))


@dataclass(frozen=True)
class AreaApproval:
    """One product's approval for an area, as the area's table shows it."""

    product: Product
    brand: str
    approval: Approval
    on_page: bool  # whether the product's own record is on this page

    @property
    def anchor(self) -> str:
        return approval_anchor(self.product.id, self.approval.condition_id)

    @property
    def provenance(self) -> Provenance:
        return _approval_provenance(self.approval)


@dataclass(frozen=True)
class AreaEvidence:
    """An area (a label condition) with a page of its own: who is approved for it, what to
    watch for there, and what is off-label there."""

    condition: Condition
    approvals: tuple[AreaApproval, ...]  # by year of approval
    warnings: tuple[Warning | ClassFact, ...]  # those that matter in this area
    off_label_uses: tuple[OffLabelUse, ...]  # asked about beside this area
    class_noun: str  # "filler"

    @property
    def anchor(self) -> str:
        return f"area-{self.condition.id}".replace("_", "-")


@dataclass(frozen=True)
class TreatmentEvidence:
    treatment_slug: str
    products: tuple[ProductEvidence, ...]
    off_label_uses: tuple[OffLabelUse, ...]  # uses no US label covers, for any product
    last_reviewed: date | None
    version: str
    scope: str
    disclaimer: str
    loaded: bool  # whether any evidence is loaded at all
    areas: tuple[AreaEvidence, ...] = ()
    class_facts: tuple[ClassFact, ...] = ()  # of the products' classes (fillers)
    safety_communications: tuple[SafetyCommunication, ...] = ()
    categories: tuple[Category, ...] = ()  # of the products shown

    @property
    def covered(self) -> bool:
        return bool(self.products or self.areas)

    @property
    def devices(self) -> bool:
        """Whether the panel shows devices (fillers), whose labels are not prescribing
        information but a Directions for Use."""
        return any(p.is_device for p in self.products)

    @property
    def class_noun(self) -> str:
        return CLASS_NOUNS[self.categories[0]] if len(self.categories) == 1 else "product"


def treatment_evidence(kb: KnowledgeBase, treatment_slug: str) -> TreatmentEvidence:
    """The panel for a treatment page: its areas, if it is an area's page, then every
    product mapped to it, in display order."""
    shown = kb.products_for_treatment(treatment_slug)
    products = tuple(_product(kb, p) for p in shown)
    conditions = kb.conditions_for_treatment(treatment_slug)
    categories = tuple(
        dict.fromkeys([*(p.category for p in shown), *(c.category for c in conditions)])
    )
    areas = tuple(_area(kb, c, {p.id for p in shown}) for c in conditions)
    reviewed = [p.product.last_reviewed for p in products]
    if kb.last_reviewed is not None:
        reviewed.append(kb.last_reviewed)
    toxins = not categories or "toxin" in categories
    return TreatmentEvidence(
        treatment_slug=treatment_slug,
        products=products,
        off_label_uses=tuple(
            u
            for u in kb.off_label_uses.values()
            if u.applies_to_all_products
            and (u.category in categories or not categories)
            # A drug of its own (Kybella, Latisse): only the uses asked about beside its areas.
            and (u.category != "drug" or any(c.id in u.areas for c in conditions))
        ),
        # The oldest review of anything shown: the page is only as fresh as its stalest part.
        last_reviewed=min(reviewed) if reviewed else None,
        version=kb.version,
        scope=kb.scope,
        disclaimer=kb.disclaimer if toxins else (kb.filler_disclaimer or kb.disclaimer),
        loaded=not kb.is_empty,
        areas=areas,
        class_facts=tuple(
            f
            for f in kb.class_facts.values()
            if f.category in categories and f.category != "toxin" and f.topic != "reversibility"
        ),
        safety_communications=tuple(
            c for c in kb.safety_communications if c.category in categories
        ),
        categories=categories,
    )


def _approval_provenance(approval: Approval) -> Provenance:
    """An approval's indications' sources, "memory" included where a field (the year) rests
    on it."""
    indications = approval.indications
    memory = [MEMORY] if any(i.from_memory for i in indications) else []
    entries = [s for i in indications for s in i.source] + memory
    return Provenance(tuple(entries), approval.confidence)


def _area(kb: KnowledgeBase, condition: Condition, on_page: set[str]) -> AreaEvidence:
    approvals = sorted(
        kb.approvals_for_condition(condition.id), key=lambda a: (a.year or 9999, a.product_id)
    )
    # What to watch for here: the class warnings its products carry (a blood vessel blocked
    # by filler, above all) and the class facts said to matter in this area.
    warning_ids = dict.fromkeys(
        w.id
        for a in approvals
        for w in kb.products[a.product_id].warnings
        if w.class_warning and w.id in KEY_WARNINGS
    )
    warnings: list[Warning | ClassFact] = [kb.warnings[w] for w in warning_ids if w in kb.warnings]
    warnings += [f for f in kb.class_facts.values() if condition.id in f.areas]
    return AreaEvidence(
        condition=condition,
        approvals=tuple(
            AreaApproval(
                product=kb.products[a.product_id],
                brand=brand_name(kb.products[a.product_id]),
                approval=a,
                on_page=a.product_id in on_page,
            )
            for a in approvals
        ),
        warnings=tuple(warnings),
        off_label_uses=tuple(u for u in kb.off_label_uses.values() if condition.id in u.areas),
        class_noun=CLASS_NOUNS[condition.category],
    )


def _product(kb: KnowledgeBase, product: Product) -> ProductEvidence:
    approved = tuple(
        ApprovedUse(condition=kb.conditions[condition_id], approval=approval)
        for (product_id, condition_id), approval in sorted(
            ((key, a) for key, a in kb.approvals.items() if key[0] == product.id),
            key=lambda item: (item[1].year or 9999, item[1].condition_id),
        )
    )
    warnings = {w.id: w for w in product.warnings}
    units = warnings.get(UNITS) or (kb.warnings.get(UNITS) if product.category == "toxin" else None)
    class_contraindications = tuple(
        c for c in kb.contraindications if c.category == product.category
    )
    return ProductEvidence(
        product=product,
        brand=brand_name(product),
        approved_uses=approved,
        boxed_warning=_boxed_warning(kb, product),
        contraindications=product.contraindications or class_contraindications,
        units_warning=units,
        key_warnings=tuple(warnings[w] for w in KEY_WARNINGS if w in warnings),
        more_warnings=tuple(w for w in product.warnings if w.id not in KEY_WARNINGS),
        formulation=product.formulation,
        reaction_groups=_reaction_groups(kb, product, approved),
        dose_groups=_dose_groups(kb, product, approved),
        same_ingredient=tuple((p, brand_name(p)) for p in kb.same_ingredient(product.id)),
        reversibility=kb.class_facts.get(product.reversibility),
    )


def _boxed_warning(kb: KnowledgeBase, product: Product) -> ProductBoxedWarning | None:
    boxed = kb.boxed_warning
    if boxed is None or product.id not in boxed.applies_to:
        return None
    return ProductBoxedWarning(
        warning=boxed,
        note=product.boxed_warning_note,
        note_source=product.field_sources.get("boxed_warning", ()),
        variants=tuple(v for v in boxed.variants if product.id in v.products),
    )


def _condition_order(approved: tuple[ApprovedUse, ...]) -> dict[str, int]:
    return {use.condition.id: n for n, use in enumerate(approved)}


def _reaction_groups(
    kb: KnowledgeBase, product: Product, approved: tuple[ApprovedUse, ...]
) -> tuple[ReactionGroup, ...]:
    order = _condition_order(approved)
    by_condition: dict[str, list[AdverseReaction]] = {}
    for reaction in product.adverse_reactions:
        by_condition.setdefault(reaction.condition_id, []).append(reaction)
    return tuple(
        ReactionGroup(
            product_id=product.id, condition=kb.conditions[condition_id], reactions=tuple(reactions)
        )
        for condition_id, reactions in sorted(
            by_condition.items(), key=lambda item: (order.get(item[0], len(order)), item[0])
        )
        if condition_id in kb.conditions
    )


def _dose_groups(
    kb: KnowledgeBase, product: Product, approved: tuple[ApprovedUse, ...]
) -> tuple[DoseGroup, ...]:
    order = _condition_order(approved)
    general = tuple(d for d in product.doses if d.condition_id is None)
    by_condition: dict[str, list[Dose]] = {}
    for dose in product.doses:
        if dose.condition_id is not None and dose.condition_id in kb.conditions:
            by_condition.setdefault(dose.condition_id, []).append(dose)
    groups = [
        DoseGroup(
            title=kb.conditions[condition_id].short_name,
            condition_id=condition_id,
            doses=tuple(doses),
        )
        for condition_id, doses in sorted(
            by_condition.items(), key=lambda item: (order.get(item[0], len(order)), item[0])
        )
    ]
    by_label: dict[str, list[Dose]] = {}
    for dose in general:
        by_label.setdefault(dose.indication_label, []).append(dose)
    rules = [
        DoseGroup(title=_capitalised(label) or "Every use", condition_id=None, doses=tuple(doses))
        for label, doses in by_label.items()
    ]
    return (*rules, *groups)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
