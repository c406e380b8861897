"""The evidence facts as plain, frozen values: what the knowledge interface hands out.

Every fact carries its provenance: `source` (URLs, or "memory" where no public page confirmed
it), `confidence` ("" / "high" / "medium" / "low"), a provenance `note`, and `field_sources`
(sources that qualify one field, e.g. {"year": ("memory",)}). Notes are provenance for editors
and moderators, not text for readers. Cite a product's `label_reference` as the primary source
of a label fact on pages; the per-fact sources say where the fact was confirmed.

Ids are the stable keys of the data files (src/curbside/evidence/data/): products "botox",
"botox_cosmetic", "dysport", "xeomin", "jeuveau", "daxxify", "letybo", "myobloc"; conditions
such as "cervical_dystonia", "chronic_migraine", "glabellar_lines"; off-label uses such as
"masseter_jaw_slimming".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from curbside.evidence.provenance import MEMORY, rate_text

FieldSources = dict[str, tuple[str, ...]]


@dataclass(frozen=True, kw_only=True)
class Fact:
    source: tuple[str, ...]
    confidence: str = ""
    note: str = ""
    field_sources: FieldSources = field(default_factory=dict)

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


@dataclass(frozen=True, kw_only=True)
class Condition(Fact):
    id: str
    name: str  # as the labels describe it
    short_name: str  # for display: "Cervical dystonia"
    aliases: tuple[str, ...] = ()  # clinical names matched in text
    limitation: str = ""
    # Product id → the population the current label names. Order not significant.
    labeled_populations: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class LabelChange:
    year: int
    change: str
    source: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Indication(Fact):
    """One approval event on a product's label."""

    id: str
    product_id: str
    condition_id: str
    label_wording: str
    population: str
    year_approved: int
    approval_date: str = ""
    limitation: str = ""
    later_changes: tuple[LabelChange, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Approval(Fact):
    """A product's on-label use for one condition, summarised over its indications: the
    population the current label names, the year first approved, any limitation."""

    product_id: str
    condition_id: str
    population: str
    year: int  # first approval for this condition
    limitation: str
    indications: tuple[Indication, ...]


@dataclass(frozen=True, kw_only=True)
class AdverseReaction(Fact):
    id: str
    product_id: str
    condition_id: str
    reaction: str
    # Percent: a number, a string for ranges or several arms ("3-10 (each)"), or None when
    # the label's list was confirmed but not the rate.
    rate_percent: float | str | None
    placebo_percent: float | str | None = None
    population: str = ""
    dose: str = ""
    context: str = ""  # e.g. "single trial, not the US label table"

    @property
    def rate_display(self) -> str:
        """The rate for display: "19%" for a number, a string rate as written (its figures
        are percents), or "" when no rate is held."""
        if self.rate_percent is None:
            return ""
        if isinstance(self.rate_percent, float):
            return f"{rate_text(self.rate_percent)}%"
        return self.rate_percent

    @property
    def placebo_display(self) -> str:
        if self.placebo_percent is None:
            return ""
        if isinstance(self.placebo_percent, float):
            return f"{rate_text(self.placebo_percent)}%"
        return self.placebo_percent


@dataclass(frozen=True, kw_only=True)
class Dose(Fact):
    id: str
    product_id: str
    condition_id: str | None  # None for product-wide rules and combined areas
    indication_label: str = ""  # e.g. "upper facial lines together", "all indications"
    population: str = ""
    dose: str = ""
    interval: str = ""


@dataclass(frozen=True, kw_only=True)
class Contraindication(Fact):
    id: str
    product_id: str | None  # None: common to every product
    text: str


@dataclass(frozen=True, kw_only=True)
class Warning(Fact):
    """A class-wide warning, e.g. "units_not_interchangeable", "human_albumin"."""

    id: str
    text: str


@dataclass(frozen=True, kw_only=True)
class ProductWarning(Fact):
    """A warning on one label. `id` is the class warning's id when `class_warning` is True;
    `text` is always filled (the product's own wording, else the class warning's)."""

    id: str
    product_id: str
    text: str
    class_warning: bool


@dataclass(frozen=True, kw_only=True)
class Formulation(Fact):
    excipients: tuple[str, ...]
    contains_human_albumin: bool


@dataclass(frozen=True, kw_only=True)
class BoxedWarningVariant(Fact):
    id: str
    products: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class BoxedWarning(Fact):
    id: str
    title: str
    year: int  # the year the boxed warning was required (2009)
    summary: str
    symptoms: tuple[str, ...]
    onset: str
    patient_note: str
    applies_to: tuple[str, ...]
    variants: tuple[BoxedWarningVariant, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Product(Fact):
    id: str
    brand: str
    nonproprietary_name: str  # "onabotulinumtoxinA"
    aliases: tuple[str, ...]  # brand spellings, generic names, common misspellings
    serotype: str  # "A" or "B"
    manufacturer: str
    initial_us_approval: int | None
    label_reference: str  # the current prescribing information: cite this on pages
    treatment_slugs: tuple[str, ...]  # qa.Treatment slugs whose pages show this product
    last_reviewed: date
    history_note: str = ""
    relationship_note: str = ""
    label_note: str = ""
    boxed_warning_note: str = ""  # what this product's boxed warning adds to the class one
    formulation: Formulation | None = None
    indications: tuple[Indication, ...] = ()
    contraindications: tuple[Contraindication, ...] = ()  # this label's own list
    warnings: tuple[ProductWarning, ...] = ()
    adverse_reactions: tuple[AdverseReaction, ...] = ()
    doses: tuple[Dose, ...] = ()

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


@dataclass(frozen=True, kw_only=True)
class OffLabelUse(Fact):
    id: str
    name: str
    lay_terms: tuple[str, ...]
    status: str  # "off-label", "off-label (investigational)", …
    # True: no US label covers it for any product. False: a category whose status depends on
    # the product (label_status() answers "unknown" for it).
    applies_to_all_products: bool = True


@dataclass(frozen=True, kw_only=True)
class LexiconEntry(Fact):
    """As in the data files: lay phrases for one condition."""

    id: str
    condition_id: str
    phrases: tuple[str, ...]
    caveat: str = ""


@dataclass(frozen=True, kw_only=True)
class LexiconTerm(Fact):
    """One lay phrase and what it names: a condition or an off-label use (exactly one)."""

    phrase: str
    condition_id: str | None
    off_label_id: str | None
    caveat: str = ""  # when the phrase often means something else


@dataclass(frozen=True, kw_only=True)
class Misstatement(Fact):
    id: str
    claim: str
    fact: str


@dataclass(frozen=True, kw_only=True)
class NotCovered(Fact):
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


@dataclass(frozen=True)
class BaseInfo:
    """The data set as a whole."""

    schema_version: int
    version: str
    last_reviewed: date
    scope: str
    disclaimer: str
    class_terms: tuple[str, ...]


@dataclass(frozen=True)
class EvidenceData:
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
