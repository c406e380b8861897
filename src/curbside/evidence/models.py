"""The evidence base in the database: regulatory facts for botulinum toxin products, each with
its source and confidence. Rows come from the versioned files in evidence/data/ (the loader
upserts them by their stable `key`) and moderators edit them in the admin.

Display code reads them through evidence.knowledge, which keeps only `.displayed()` facts:
a low-confidence fact stays hidden until a moderator confirms it.
"""

from __future__ import annotations

from typing import Any, TypeVar, get_args

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from curbside.evidence.facts import Category, Pathway
from curbside.evidence.provenance import (
    LOW,
    MEMORY,
    rests_on_memory,
    source_problem,
    split_lines,
)

_key_validator = RegexValidator(
    r"\A[a-z0-9_]+\Z", "Use lower-case letters, digits and underscores (a stable id)."
)


class Confidence(models.TextChoices):
    NONE = "", "—"
    HIGH = "high", "High"
    MEDIUM = "medium", "Medium"
    LOW = "low", "Low (hidden until confirmed)"


def _category(
    help_text: str = "The kind of product the fact is about.",
) -> models.CharField[str, str]:
    return models.CharField(
        max_length=8,
        choices=[(c, c) for c in get_args(Category)],
        default="toxin",
        help_text=help_text,
    )


_F = TypeVar("_F", bound=models.Model)
_M = TypeVar("_M", bound=models.Model)


class FactQuerySet(models.QuerySet[_F]):
    def displayed(self) -> FactQuerySet[_F]:
        """What readers may see: every fact except low-confidence ones not yet confirmed."""
        return self.exclude(confidence=LOW, confirmed_at__isnull=True)

    def awaiting_confirmation(self) -> FactQuerySet[_F]:
        """Low-confidence facts no moderator has confirmed yet."""
        return self.filter(confidence=LOW, confirmed_at__isnull=True)


def _unique_key(*within: str) -> list[models.BaseConstraint]:
    """One row a key (within a product, say): "evidence_condition_key" and so on."""
    return [models.UniqueConstraint(fields=[*within, "key"], name="%(app_label)s_%(class)s_key")]


class Fact(models.Model):
    """What every evidence fact carries: a stable key, its provenance, and the moderator
    confirmation a low-confidence fact needs before it is displayed."""

    key = models.CharField(
        max_length=80,
        validators=[_key_validator],
        help_text="Stable id from the data files; the loader matches rows by it.",
    )
    source = models.TextField(
        help_text="One per line: the URL of a public page that states this fact, or the word "
        "'memory' where no public page confirmed it."
    )
    confidence = models.CharField(
        max_length=6,
        choices=Confidence.choices,
        blank=True,
        help_text="Required when any part rests on memory. Low-confidence facts are not "
        "displayed until a moderator confirms them.",
    )
    note = models.TextField(blank=True, help_text="Provenance note: what is unconfirmed, and why.")
    field_sources = models.JSONField(
        default=dict,
        blank=True,
        help_text='Sources of single fields, e.g. {"year": ["memory"]}.',
    )
    position = models.PositiveIntegerField(default=0, help_text="Order within its list.")
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    confirmed_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Fingerprint of the data-file content last loaded into this row: an unchanged file leaves
    # the row (and any admin edit or confirmation) alone. Blank for rows added in the admin.
    file_fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    objects = FactQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["position", "key"]
        constraints = _unique_key()

    @property
    def sources(self) -> tuple[str, ...]:
        return split_lines(self.source)

    @property
    def awaiting_confirmation(self) -> bool:
        return self.confidence == LOW and self.confirmed_at is None

    @property
    def is_displayed(self) -> bool:
        return not self.awaiting_confirmation

    def clean(self) -> None:
        super().clean()
        errors: dict[str, list[str]] = {}
        sources = self.sources
        if not sources:
            errors.setdefault("source", []).append("Give at least one source.")
        for entry in sources:
            if problem := source_problem(entry):
                errors.setdefault("source", []).append(f"{problem[0].upper()}{problem[1:]}.")
        field_sources = self.field_sources
        if not isinstance(field_sources, dict) or not all(
            isinstance(name, str)
            and isinstance(entries, list)
            and entries
            and all(isinstance(e, str) and source_problem(e) is None for e in entries)
            for name, entries in field_sources.items()
        ):
            errors.setdefault("field_sources", []).append(
                "A mapping of field name to a non-empty list of URLs or 'memory'."
            )
        elif rests_on_memory(sources, field_sources) and not self.confidence:
            errors.setdefault("confidence", []).append(
                f"Part of this fact rests on '{MEMORY}': say how confident it is."
            )
        if errors:
            raise ValidationError(errors)


class EvidenceBase(models.Model):
    """The data set as a whole: its version, review date, disclaimer, and the revision token
    that tells every process when its cached knowledge base is stale."""

    key = models.CharField(max_length=20, default="default", unique=True, editable=False)
    schema_version = models.PositiveSmallIntegerField()
    version = models.CharField(max_length=40, help_text="Version of the data files.")
    last_reviewed = models.DateField(help_text="When the whole base was last checked.")
    scope = models.TextField()
    disclaimer = models.TextField(help_text="Shown with every evidence panel.")
    class_terms = models.TextField(
        blank=True, help_text="One per line: words for the whole class (botulinum toxin…)."
    )
    filler_terms = models.TextField(
        blank=True, help_text="One per line: words for the whole filler class (dermal filler…)."
    )
    filler_disclaimer = models.TextField(
        blank=True, help_text="Shown with a panel of fillers and other aesthetic drugs."
    )
    # A new random token on every change (loader, admin edit, confirmation); knowledge.py
    # compares it to decide whether its per-process cache is current.
    revision = models.CharField(max_length=32, blank=True, editable=False)
    loaded_at = models.DateTimeField(null=True, blank=True, editable=False)
    file_fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "evidence base"
        verbose_name_plural = "evidence base"

    def __str__(self) -> str:
        return f"Evidence base v{self.version} (reviewed {self.last_reviewed:%Y-%m-%d})"


class Condition(Fact):
    """A canonical label condition; indications, reactions and the lexicon point at it."""

    name = models.TextField(help_text="The condition as the labels describe it.")
    short_name = models.CharField(max_length=80, help_text="For display: 'Cervical dystonia'.")
    aliases = models.TextField(blank=True, help_text="One per line: clinical names to match.")
    limitation = models.TextField(blank=True)
    labeled_populations = models.JSONField(
        default=dict, blank=True, help_text='Product key → labeled population: {"botox": "adults"}.'
    )
    category = _category()
    treatments = models.TextField(
        blank=True,
        help_text="One per line: treatment slugs of the area pages that show every product "
        "approved for it (lip-filler).",
    )

    def __str__(self) -> str:
        return self.short_name or self.key


class Product(Fact):
    """One US product with its own label: a botulinum toxin, a dermal filler (a device,
    approved by PMA) or another aesthetic drug."""

    brand = models.CharField(max_length=60)
    nonproprietary_name = models.CharField(
        max_length=80, blank=True, help_text="A drug's; a device has none."
    )
    aliases = models.TextField(
        blank=True, help_text="One per line: brand spellings and generic names to match."
    )
    serotype = models.CharField(
        max_length=1, choices=[("A", "A"), ("B", "B")], blank=True, help_text="Toxins only."
    )
    category = _category("A toxin, a filler, or another aesthetic drug.")
    family = models.CharField(
        max_length=40, blank=True, help_text="A brand family (juvederm): never one approval."
    )
    material = models.TextField(blank=True)
    pma_number = models.CharField(max_length=40, blank=True, help_text="Devices only.")
    duration = models.TextField(blank=True)
    effectiveness = models.TextField(
        blank=True, help_text="Trial or company figures, kept apart from the label's facts."
    )
    reversibility = models.CharField(
        max_length=80, blank=True, help_text="The key of a class fact about reversing it."
    )
    pathway = models.CharField(
        max_length=3,
        choices=[(pathway, pathway) for pathway in get_args(Pathway)],
        default="BLA",
        help_text="How the FDA approved it: BLA (a biologic: every botulinum toxin), NDA (a "
        "drug) or PMA (a device, such as a dermal filler).",
    )
    manufacturer = models.CharField(max_length=200, blank=True)
    initial_us_approval = models.PositiveSmallIntegerField(null=True, blank=True)
    label_reference = models.URLField(
        max_length=300, help_text="The current prescribing information: cite this on pages."
    )
    history_note = models.TextField(blank=True)
    relationship_note = models.TextField(blank=True)
    label_note = models.TextField(blank=True)
    boxed_warning_note = models.TextField(
        blank=True, help_text="What this product's boxed warning adds to the class warning."
    )
    last_reviewed = models.DateField(help_text="When this product's facts were last checked.")

    def __str__(self) -> str:
        return self.brand


class ProductTreatment(models.Model):
    """Which treatment pages (qa.Treatment slugs) show a product. By slug, so the evidence
    base loads before, and independently of, the treatments."""

    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="treatment_links")
    treatment_slug = models.SlugField(max_length=60, db_index=True)

    class Meta:
        ordering = ["product", "treatment_slug"]
        constraints = [
            models.UniqueConstraint(
                fields=["product", "treatment_slug"], name="evidence_product_treatment_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.product} → {self.treatment_slug}"


def _on_label(related_name: str) -> models.ForeignKey[Product, Product]:
    """The product whose label states the fact: its facts go when it goes."""
    return models.ForeignKey(Product, on_delete=models.CASCADE, related_name=related_name)


def _about(related_name: str) -> models.ForeignKey[Condition, Condition]:
    """The condition a fact is about: kept while any fact points at it."""
    return models.ForeignKey(Condition, on_delete=models.PROTECT, related_name=related_name)


def _optional(
    to: type[_M], related_name: str, help_text: str, *, on_delete: Any = models.PROTECT
) -> models.ForeignKey[_M | None, _M | None]:
    return models.ForeignKey(
        to,
        null=True,
        blank=True,
        on_delete=on_delete,
        related_name=related_name,
        help_text=help_text,
    )


class ProductFact(Fact):
    """A fact of one product's label (each model has its own `product`, for its related
    name): its key is unique within the product."""

    class Meta(Fact.Meta):
        abstract = True
        constraints = _unique_key("product")


class Formulation(Fact):
    product = models.OneToOneField(Product, on_delete=models.CASCADE, related_name="formulation")
    excipients = models.TextField(help_text="One per line.")
    contains_human_albumin = models.BooleanField()

    class Meta(Fact.Meta):
        constraints = []  # one a product, by its product

    def __str__(self) -> str:
        return f"{self.product}: formulation"


class BoxedWarning(Fact):
    """The class boxed warning (2009, distant spread of toxin effect)."""

    title = models.CharField(max_length=120)
    year_required = models.PositiveSmallIntegerField()
    summary = models.TextField()
    symptoms = models.TextField(help_text="One per line.")
    onset = models.CharField(max_length=120, blank=True)
    patient_note = models.TextField(blank=True)
    products = models.ManyToManyField(Product, related_name="boxed_warnings", blank=True)

    def __str__(self) -> str:
        return f"{self.title} ({self.year_required})"


class BoxedWarningVariant(Fact):
    """What some products' versions of the boxed warning add."""

    boxed_warning = models.ForeignKey(
        BoxedWarning, on_delete=models.CASCADE, related_name="variants"
    )
    note = models.TextField()  # required here, unlike Fact.note
    products = models.ManyToManyField(Product, related_name="boxed_warning_variants", blank=True)

    class Meta(Fact.Meta):
        constraints = _unique_key("boxed_warning")

    def __str__(self) -> str:
        return f"Boxed warning variant: {self.key}"


class Contraindication(Fact):
    """A contraindication of one product, or of the whole class when product is empty."""

    product = _optional(
        Product,
        "contraindications",
        "Empty for contraindications common to every product.",
        on_delete=models.CASCADE,
    )
    text = models.TextField()
    category = _category("Of a class-wide contraindication.")

    class Meta(Fact.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["product", "key"], name="evidence_contraindication_key"
            ),
            models.UniqueConstraint(
                fields=["key"],
                condition=Q(product__isnull=True),
                name="evidence_class_contraindication_key",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.product or 'All products'}: {self.key} (contraindication)"


class ClassWarning(Fact):
    """A class-wide warning (units not interchangeable, human albumin…)."""

    text = models.TextField()
    category = _category()

    def __str__(self) -> str:
        return f"{self.key} (class warning)"


class ProductWarning(ProductFact):
    """A warning on one product's label: a class warning it carries (with its own source), or
    a product-specific one with its own text."""

    product = _on_label("warnings")
    warning = _optional(
        ClassWarning, "product_warnings", "The class warning this refers to, if any."
    )
    text = models.TextField(blank=True, help_text="Empty to use the class warning's text.")

    def __str__(self) -> str:
        return f"{self.product}: {self.key} (warning)"

    def clean(self) -> None:
        super().clean()
        if not self.text.strip() and self.warning_id is None:
            raise ValidationError({"text": "Give the text, or choose the class warning."})


class Indication(ProductFact):
    """An approved use on one product's label: condition, population, year."""

    product = _on_label("indications")
    condition = _about("indications")
    label_wording = models.TextField(help_text="The indication as this label words it.")
    population = models.CharField(max_length=200)
    year_approved = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Empty where no source gives the year."
    )
    approval_date = models.CharField(max_length=200, blank=True)
    limitation = models.TextField(blank=True)
    later_changes = models.JSONField(
        default=list, blank=True, help_text='[{"year": 2021, "change": "…", "source": ["…"]}]'
    )

    def __str__(self) -> str:
        return f"{self.product}: {self.key} ({self.year_approved})"


class AdverseReaction(ProductFact):
    """A common adverse reaction for one indication, with its rate where confirmed."""

    product = _on_label("adverse_reactions")
    condition = _about("adverse_reactions")
    population = models.CharField(max_length=120, blank=True)
    reaction = models.TextField()
    rate_percent = models.CharField(
        max_length=120,
        blank=True,
        help_text="Percent: a number, or text for ranges and several arms; empty when the "
        "label's rate is not confirmed.",
    )
    placebo_percent = models.CharField(max_length=60, blank=True)
    dose = models.CharField(max_length=80, blank=True)
    context = models.TextField(blank=True, help_text="E.g. a single trial, not the label table.")

    def __str__(self) -> str:
        return f"{self.product}: {self.key} (adverse reaction)"


class Dose(ProductFact):
    """A typical dose for one indication, or a product-wide dosing rule."""

    product = _on_label("doses")
    condition = _optional(Condition, "doses", "Empty for product-wide rules or combined areas.")
    indication_label = models.CharField(
        max_length=120, blank=True, help_text="For rows without one condition."
    )
    population = models.CharField(max_length=120, blank=True)
    dose = models.TextField(blank=True)
    interval = models.TextField(blank=True)

    def __str__(self) -> str:
        return f"{self.product}: {self.key} (dose)"

    def clean(self) -> None:
        super().clean()
        if not self.dose.strip() and not self.interval.strip():
            raise ValidationError({"dose": "Give the dose, the interval, or both."})


class OffLabelUse(Fact):
    """A use patients ask about that no US label covers (or a pattern of off-label use)."""

    name = models.TextField()
    lay_terms = models.TextField(blank=True, help_text="One per line: phrases to match.")
    status = models.CharField(max_length=300)
    category = _category()
    areas = models.TextField(blank=True, help_text="One per line: condition keys.")
    applies_to_all_products = models.BooleanField(
        default=True,
        help_text="Off-label for every product. Untick for categories whose status depends on "
        "the product; those answer 'unknown' by id.",
    )

    def __str__(self) -> str:
        return f"{self.key} (off-label)"


class LexiconEntry(Fact):
    """Lay phrases that name a label condition ("neck spasms" → cervical dystonia)."""

    condition = _about("lexicon")
    phrases = models.TextField(help_text="One per line. All-capital acronyms match in capitals.")
    caveat = models.TextField(blank=True, help_text="When the phrase often means something else.")

    class Meta(Fact.Meta):
        verbose_name_plural = "lexicon entries"

    def __str__(self) -> str:
        return f"{self.key} (lexicon)"


class Misstatement(Fact):
    """A claim often seen in answers and articles, with the fact that settles it."""

    claim = models.TextField()
    fact = models.TextField()

    def __str__(self) -> str:
        return f"{self.key} (misstatement)"


class ClassFact(Fact):
    """A fact that holds for a whole category (fillers are devices approved by PMA)."""

    category = _category()
    topic = models.CharField(
        max_length=20,
        choices=[(t, t) for t in ("regulation", "reversibility", "side_effects", "history")],
    )
    text = models.TextField()
    caveat = models.TextField(blank=True)
    areas = models.TextField(blank=True, help_text="One per line: condition keys.")

    def __str__(self) -> str:
        return f"{self.key} (class fact)"


class SafetyCommunication(Fact):
    """A dated FDA safety communication or class labelling change."""

    category = _category()
    date = models.CharField(max_length=40, help_text="2015-05-28, or a range as sourced.")
    title = models.TextField()
    summary = models.TextField(blank=True)

    class Meta(Fact.Meta):
        ordering = ["position", "date"]
        constraints = _unique_key()

    def __str__(self) -> str:
        return f"{self.date}: {self.title[:60]}"


class NotCoveredItem(Fact):
    """A known gap: pending products, label changes after the sources."""

    text = models.TextField()

    class Meta(Fact.Meta):
        verbose_name = "not-covered item"
        constraints = [models.UniqueConstraint(fields=["key"], name="evidence_notcovered_key")]

    def __str__(self) -> str:
        return f"{self.key} (not covered)"


# Every fact model, in the order the loader writes them (dependencies first).
FACT_MODELS: tuple[type[Fact], ...] = (
    Condition,
    Product,
    Formulation,
    ClassWarning,
    Contraindication,
    BoxedWarning,
    BoxedWarningVariant,
    ProductWarning,
    Indication,
    AdverseReaction,
    Dose,
    OffLabelUse,
    LexiconEntry,
    Misstatement,
    NotCoveredItem,
    ClassFact,
    SafetyCommunication,
)
