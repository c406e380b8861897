"""The evidence facts, each kind defined once: what the knowledge interface hands out, what the
data files hold (datafiles.py reads them by these definitions), and what the database rows
hold (rows.py maps them both ways, by the same definitions).

Every fact carries its provenance: `source` (URLs, or "memory" where no public page confirmed
it), `confidence` ("" / "high" / "medium" / "low"), a provenance `note`, and `field_sources`
(sources that qualify one field, e.g. {"year": ("memory",)}). Notes are provenance for editors
and moderators, not text for readers. Cite a product's `label_reference` as the primary source
of a label fact on pages; the per-fact sources say where the fact was confirmed.

Ids are the stable keys of the data files (src/curbside/evidence/data/): products "botox",
"botox_cosmetic", "dysport", "xeomin", "jeuveau", "daxxify", "letybo", "myobloc"; conditions
such as "cervical_dystonia", "chronic_migraine", "glabellar_lines"; off-label uses such as
"masseter_jaw_slimming".

A field's type says how it is read and stored (text, a year, a list of texts kept one a line
in the database, facts of another kind held inside this one); the markers below say the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Annotated, Any, ClassVar, Literal, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field

from curbside.evidence.provenance import MEMORY, rate_text

FieldSources = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Marker:
    """What a field's type does not say about reading it from the files or storing it."""

    name: str


YEAR = Marker("a year, 1900 to 2100")
RATE = Marker("a percent: a number, text for ranges or several arms, or None; text in a row")
CONDITION = Marker("a condition's id, checked against conditions.yaml; a foreign key in a row")
PARENT = Marker("the id of the product whose file holds the fact; a foreign key in a row")
COMPUTED = Marker("worked out by a rule of datafiles.py, not read under its own key")
# Left out of a row's fingerprint while at its default, so that adding a field to a kind
# does not count every stored row as changed (which would drop moderators' confirmations).
ADDED = Marker("added after the data files' schema 1")


@dataclass(frozen=True)
class Named:
    """The field's names in the data files and in the database, where they are not its own."""

    key: str = ""
    column: str = ""


Year = Annotated[int, YEAR]
Rate = Annotated[float | str | None, RATE]
ProductId = Annotated[str, PARENT]
ConditionId = Annotated[str, CONDITION]

# How the FDA approved a product: a biologics licence (every botulinum toxin), a new-drug
# application (a drug such as deoxycholic acid), or premarket approval of a device (dermal
# fillers, approved area by area).
Pathway = Literal["BLA", "NDA", "PMA"]

# The kind of product a fact belongs to: the botulinum toxins (one class, one boxed warning),
# the dermal fillers (devices, approved area by area), or another aesthetic drug (Kybella,
# Latisse) that is a class of its own. A class-wide fact holds for one category only.
Category = Literal["toxin", "filler", "drug"]
CATEGORIES: tuple[Category, ...] = get_args(Category)
# A category's name in sentences: "Off-label for every filler".
CLASS_NOUNS: dict[str, str] = {"toxin": "botulinum toxin", "filler": "filler", "drug": "product"}


class Kind(BaseModel):
    """A frozen value defined once: read from the data files, stored in rows, handed out."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Fact(Kind):
    # The kind's plural noun in messages: "two adverse reactions have the id …".
    plural: ClassVar[str] = ""

    source: tuple[str, ...]
    confidence: str = ""
    note: str = ""
    field_sources: FieldSources = Field(default_factory=dict)

    @property
    def urls(self) -> tuple[str, ...]:
        """The source entries that are links (without "memory")."""
        return tuple(entry for entry in self.source if entry != MEMORY)

    @property
    def from_memory(self) -> bool:
        """Whether any part of the fact rests on memory rather than a public page."""
        return MEMORY in self.source or any(
            MEMORY in entries for entries in self.field_sources.values()
        )

    @property
    def provenance(self) -> dict[str, Any]:
        """source, confidence, note and field_sources, to give another fact the same."""
        return {name: getattr(self, name) for name in PROVENANCE}


PROVENANCE = tuple(Fact.model_fields)


class Condition(Fact):
    plural = "conditions"

    id: str
    name: str  # as the labels describe it
    short_name: str  # for display: "Cervical dystonia"
    aliases: tuple[str, ...] = ()  # clinical names matched in text
    limitation: str = ""
    # Product id → the population the current label names. Order not significant.
    labeled_populations: dict[str, str] = Field(default_factory=dict)
    category: Annotated[Category, ADDED] = "toxin"
    # qa.Treatment slugs of the area pages that show every product approved for it (a
    # filler's "Lip filler" page shows the lip approvals of every filler).
    treatment_slugs: Annotated[tuple[str, ...], Named("treatments", "treatments"), ADDED] = ()


class ProductFact(Fact):
    """A fact of one product's label, in that product's data file."""

    id: str
    product_id: ProductId


class ConditionFact(ProductFact):
    """A fact of one product's label about one condition."""

    condition_id: ConditionId


class LabelChange(Kind):
    year: Year
    change: str
    source: tuple[str, ...]


class Indication(ConditionFact):
    """One approval event on a product's label."""

    plural = "indications"

    label_wording: str
    population: str
    year_approved: Annotated[int | None, YEAR]  # None where no source gives the year
    approval_date: str = ""
    limitation: str = ""
    later_changes: tuple[LabelChange, ...] = ()


class Approval(Fact):
    """A product's on-label use for one condition, summarised over its indications: the
    population the current label names, the year first approved, any limitation."""

    product_id: str
    condition_id: str
    population: str
    year: int | None  # first approval for this condition; None where no year is sourced
    limitation: str
    indications: tuple[Indication, ...]


def _percent(rate: float | str | None) -> str:
    """A rate for display: "19%" for a number, a string rate as written (its figures are
    percents), or "" when no rate is held."""
    if rate is None:
        return ""
    if isinstance(rate, float):
        return f"{rate_text(rate)}%"
    return rate


class AdverseReaction(ConditionFact):
    plural = "adverse reactions"

    reaction: str
    # Percent: a number, a string for ranges or several arms ("3-10 (each)"), or None when
    # the label's list was confirmed but not the rate.
    rate_percent: Rate = None
    placebo_percent: Rate = None
    population: str = ""
    dose: str = ""
    context: str = ""  # e.g. "single trial, not the US label table"

    @property
    def rate_display(self) -> str:
        return _percent(self.rate_percent)

    @property
    def placebo_display(self) -> str:
        return _percent(self.placebo_percent)


class Dose(ProductFact):
    plural = "doses"

    # None for product-wide rules and combined areas
    condition_id: Annotated[str | None, CONDITION] = None
    indication_label: str = ""  # e.g. "upper facial lines together", "all indications"
    population: str = ""
    dose: str = ""
    interval: str = ""


class Contraindication(Fact):
    plural = "contraindications"

    id: str
    product_id: Annotated[str | None, PARENT]  # None: common to every product of the category
    text: str
    category: Annotated[Category, ADDED] = "toxin"  # of a class-wide one


class Warning(Fact):
    """A class-wide warning, e.g. "units_not_interchangeable", "human_albumin"."""

    plural = "warnings"

    id: str
    text: str
    category: Annotated[Category, ADDED] = "toxin"


class ClassFact(Fact):
    """A fact that holds for a whole category: fillers are devices approved by PMA, none is
    approved for the body, hyaluronidase (off-label) dissolves only hyaluronic acid."""

    plural = "class facts"

    id: str
    category: Category
    topic: Literal["regulation", "reversibility", "side_effects", "history"]
    text: str
    caveat: str = ""
    areas: tuple[str, ...] = ()  # condition ids of the areas where it matters most


class SafetyCommunication(Fact):
    """A dated FDA safety communication or class labelling change."""

    plural = "safety communications"

    id: str
    category: Category
    date: str  # "2015-05-28", or a range as the source gives it
    title: str
    summary: str = ""


class ProductWarning(ProductFact):
    """A warning on one label. `id` is the class warning's id when `class_warning` is True;
    `text` is always filled (the product's own wording, else the class warning's)."""

    plural = "warnings"

    text: str = ""  # in the files, only where the product words it otherwise
    class_warning: Annotated[bool, COMPUTED] = False  # whether base.yaml has one of this id


class Formulation(Fact):
    excipients: tuple[str, ...]
    contains_human_albumin: bool


class BoxedWarningVariant(Fact):
    plural = "variants"

    id: str
    products: tuple[str, ...]


class BoxedWarning(Fact):
    id: str
    title: str
    year: Annotated[
        Year, Named("year_required", "year_required")
    ]  # the year it was required (2009)
    summary: str
    symptoms: tuple[str, ...]
    onset: str = ""
    patient_note: str = ""
    applies_to: Annotated[tuple[str, ...], Named(column="products")]
    variants: tuple[BoxedWarningVariant, ...]


class Product(Fact):
    id: str
    brand: str
    nonproprietary_name: str = ""  # "onabotulinumtoxinA"; a device has none
    aliases: tuple[str, ...]  # brand spellings, generic names, common misspellings
    serotype: str = ""  # "A" or "B" for a toxin; "" otherwise
    manufacturer: str = ""
    initial_us_approval: Annotated[int | None, YEAR]
    label_reference: str  # the current prescribing information: cite this on pages
    # qa.Treatment slugs whose pages show this product
    treatment_slugs: Annotated[tuple[str, ...], Named("treatments", "treatments")] = ()
    last_reviewed: date
    pathway: Annotated[Pathway, ADDED] = "BLA"
    category: Annotated[Category, ADDED] = "toxin"
    family: Annotated[str, ADDED] = ""  # a brand family ("juvederm"): never one approval
    material: Annotated[str, ADDED] = ""  # what a device or drug is made of
    pma_number: Annotated[str, ADDED] = ""  # a device's premarket approval file
    duration: Annotated[str, ADDED] = ""  # how long a device's effect lasts, per its sources
    effectiveness: Annotated[str, ADDED] = ""  # trial or company figures, not the label's
    reversibility: Annotated[str, ADDED] = ""  # the id of a class fact (topic reversibility)
    history_note: str = ""
    relationship_note: str = ""
    label_note: str = ""
    # What this product's boxed warning adds to the class one (the files' boxed_warning.note).
    boxed_warning_note: Annotated[str, COMPUTED] = ""
    formulation: Formulation | None = None
    indications: tuple[Indication, ...]
    contraindications: tuple[Contraindication, ...]  # this label's own list
    warnings: tuple[ProductWarning, ...]
    adverse_reactions: tuple[AdverseReaction, ...]
    doses: Annotated[tuple[Dose, ...], Named(key="dosing")]

    @property
    def contains_human_albumin(self) -> bool | None:
        return None if self.formulation is None else self.formulation.contains_human_albumin

    def indications_for(self, condition_id: str) -> tuple[Indication, ...]:
        return tuple(i for i in self.indications if i.condition_id == condition_id)

    def adverse_reactions_for(self, condition_id: str) -> tuple[AdverseReaction, ...]:
        return tuple(r for r in self.adverse_reactions if r.condition_id == condition_id)

    def doses_for(self, condition_id: str) -> tuple[Dose, ...]:
        return tuple(d for d in self.doses if d.condition_id == condition_id)

    def warning(self, warning_id: str) -> ProductWarning | None:
        return next((w for w in self.warnings if w.id == warning_id), None)


class OffLabelUse(Fact):
    plural = "off-label uses"

    id: str
    name: str
    lay_terms: tuple[str, ...] = ()
    status: str  # "off-label", "off-label (investigational)", …
    category: Annotated[Category, ADDED] = "toxin"
    # Condition ids of the areas it is asked about beside (under-eye filler with another
    # product: the tear-trough area).
    areas: Annotated[tuple[str, ...], ADDED] = ()
    # True: no US label covers it for any product. False: a category whose status depends on
    # the product (label_status() answers "unknown" for it).
    applies_to_all_products: bool


class LexiconEntry(Fact):
    """As in the data files: lay phrases for one condition."""

    plural = "lexicon entries"

    id: str
    condition_id: ConditionId
    phrases: tuple[str, ...]
    caveat: str = ""


class LexiconTerm(Fact):
    """One lay phrase and what it names: a condition or an off-label use (exactly one)."""

    phrase: str
    condition_id: str | None
    off_label_id: str | None
    caveat: str = ""  # when the phrase often means something else


class Misstatement(Fact):
    plural = "misstatements"

    id: str
    claim: str
    fact: str


class NotCovered(Fact):
    plural = "not_covered items"

    id: str
    text: str


@dataclass(frozen=True)
class ConditionMatch:
    """A phrase found in a text that names a condition or an off-label use.

    `text` is the phrase as written, at text[start:end]; `phrase` is the lexicon phrase or
    condition alias it matched. Exactly one of condition_id / off_label_id is set.
    """

    text: str
    start: int
    end: int
    phrase: str
    condition_id: str | None
    off_label_id: str | None
    caveat: str = ""
    source: tuple[str, ...] = ()

    @property
    def target_id(self) -> str:
        """The condition or off-label id: what label_status() takes."""
        return self.condition_id or self.off_label_id or ""

    @property
    def is_off_label_use(self) -> bool:
        return self.off_label_id is not None


class BaseInfo(Kind):
    """The data set as a whole."""

    schema_version: int
    version: str
    last_reviewed: date
    scope: str
    disclaimer: str
    class_terms: tuple[str, ...] = ()
    # Words for the whole filler class ("dermal filler", "HA filler"), and the disclaimer shown
    # with a panel of fillers and other aesthetic drugs.
    filler_terms: Annotated[tuple[str, ...], ADDED] = ()
    filler_disclaimer: Annotated[str, ADDED] = ""


class EvidenceData(Kind):
    """Every fact of the evidence base, hidden ones included, as the data files (or the
    database) hold it; knowledge.build_knowledge() turns it into a KnowledgeBase."""

    base: BaseInfo
    conditions: tuple[Condition, ...]
    products: tuple[Product, ...]
    boxed_warning: BoxedWarning | None
    contraindications: tuple[Contraindication, ...]  # class-wide
    warnings: tuple[Warning, ...]  # class-wide
    off_label_uses: tuple[OffLabelUse, ...]
    lexicon: tuple[LexiconEntry, ...]
    misstatements: tuple[Misstatement, ...]
    not_covered: tuple[NotCovered, ...]
    class_facts: tuple[ClassFact, ...] = ()
    safety_communications: tuple[SafetyCommunication, ...] = ()


# ------------------------------------------------------------------ reading the definitions


@dataclass(frozen=True)
class Spec:
    """One field of a kind, as the data files and the rows mapping read its definition."""

    name: str
    key: str  # its name in the data files
    column: str  # its name in the database
    type: Any  # the annotation, markers removed
    required: bool  # in the data files: required unless the kind gives it a default
    default: Any
    markers: frozenset[Marker]
    nested: type[Kind] | None  # the kind of the facts held in this field, if any
    many: bool  # a tuple of values (or of nested facts), rather than one

    def has(self, marker: Marker) -> bool:
        return marker in self.markers


@cache
def specs(kind: type[Kind]) -> tuple[Spec, ...]:
    """The kind's own fields (provenance aside), in the order they are declared."""
    return tuple(
        _spec(name, info.annotation, info.metadata, info.is_required(), info.default)
        for name, info in kind.model_fields.items()
        if not (issubclass(kind, Fact) and name in PROVENANCE)
    )


def _spec(name: str, annotation: Any, metadata: list[Any], required: bool, default: Any) -> Spec:
    many = get_origin(annotation) is tuple
    inner = get_args(annotation)[0] if many else annotation
    inner = next((a for a in get_args(inner) if a is not type(None)), inner)
    named = next((m for m in metadata if isinstance(m, Named)), Named())
    return Spec(
        name=name,
        key=named.key or name,
        column=named.column or name,
        type=annotation,
        required=required,
        default=default,
        markers=frozenset(m for m in metadata if isinstance(m, Marker)),
        nested=inner if isinstance(inner, type) and issubclass(inner, Kind) else None,
        many=many,
    )
