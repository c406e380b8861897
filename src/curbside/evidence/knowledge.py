"""The knowledge interface: the one read API over the evidence base.

The claim check, the on-label/off-label badge and the evidence panel read the evidence base
only through this module:

    kb = knowledge_base()                      # from the database; cached per process
    kb.products["botox"].indications           # frozen dataclasses (see evidence.facts)
    kb.approval("botox", "chronic_migraine")   # Approval(population="adults", year=2010, …)
    kb.match_conditions("my neck muscle spasms")   # [ConditionMatch(condition_id=
                                                   #   "cervical_dystonia", …)]
    kb.label_status("dysport", "masseter_jaw_slimming")   # "off-label"

A KnowledgeBase holds only displayed facts: low-confidence facts appear once a moderator has
confirmed them. It is immutable; knowledge_base() returns a new one after any change to the
evidence (loader, admin edit, confirmation), in every process, at the cost of one small query
per call. knowledge_base_from_files() builds the same thing straight from the data files,
without a database, for unit tests and benchmarks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from curbside.evidence.datafiles import DATA_DIR, read_evidence
from curbside.evidence.facts import (
    AdverseReaction,
    Approval,
    BoxedWarning,
    BoxedWarningVariant,
    Category,
    ClassFact,
    Condition,
    ConditionMatch,
    Contraindication,
    Dose,
    EvidenceData,
    Fact,
    Formulation,
    Indication,
    LabelChange,
    LexiconTerm,
    Misstatement,
    NotCovered,
    OffLabelUse,
    Product,
    ProductWarning,
    SafetyCommunication,
    Warning,
)
from curbside.evidence.matching import PhraseMatcher
from curbside.evidence.provenance import LOW, worst_confidence

__all__ = [
    "AdverseReaction",
    "Approval",
    "BoxedWarning",
    "BoxedWarningVariant",
    "Category",
    "ClassFact",
    "Condition",
    "ConditionMatch",
    "Contraindication",
    "Dose",
    "Formulation",
    "Indication",
    "KnowledgeBase",
    "LabelChange",
    "LabelStatus",
    "LexiconTerm",
    "Misstatement",
    "NotCovered",
    "OffLabelUse",
    "Product",
    "ProductWarning",
    "SafetyCommunication",
    "Warning",
    "build_knowledge",
    "knowledge_base",
    "knowledge_base_at",
    "knowledge_base_from_files",
    "label_status",
    "match_conditions",
    "match_products",
    "reset",
]

LabelStatus = Literal["on-label", "off-label", "unknown"]
ON_LABEL: LabelStatus = "on-label"
OFF_LABEL: LabelStatus = "off-label"
UNKNOWN: LabelStatus = "unknown"


@dataclass(frozen=True)
class _Alias:
    """A condition's clinical name, as a match target beside the lexicon's lay terms."""

    condition: Condition


@dataclass(frozen=True)
class KnowledgeBase:
    """Every displayed fact of the evidence base, with lookups and text matching.

    Empty (no products, no conditions) when no evidence has been loaded: callers then say
    that no label data is held.
    """

    version: str
    last_reviewed: date | None
    scope: str
    disclaimer: str
    class_terms: tuple[str, ...]
    products: dict[str, Product]  # id → product, in display order
    conditions: dict[str, Condition]  # id → condition
    approvals: dict[tuple[str, str], Approval]  # (product_id, condition_id) → approval
    boxed_warning: BoxedWarning | None
    contraindications: tuple[Contraindication, ...]  # common to every product
    warnings: dict[str, Warning]  # class warnings by id: "units_not_interchangeable", …
    off_label_uses: dict[str, OffLabelUse]
    lexicon: tuple[LexiconTerm, ...]  # one per lay phrase (conditions and off-label uses)
    misstatements: tuple[Misstatement, ...]
    not_covered: tuple[NotCovered, ...]
    # (product_id, condition_id) pairs whose approval is hidden awaiting confirmation:
    # label_status() answers "unknown" for them rather than "off-label".
    unconfirmed_approvals: frozenset[tuple[str, str]] = frozenset()
    filler_terms: tuple[str, ...] = ()  # words for the whole filler class
    filler_disclaimer: str = ""  # shown with a panel of fillers and other aesthetic drugs
    class_facts: dict[str, ClassFact] = field(default_factory=dict)
    safety_communications: tuple[SafetyCommunication, ...] = ()
    revision: str = field(default="", compare=False)
    _conditions_matcher: PhraseMatcher[LexiconTerm | _Alias] = field(
        init=False, compare=False, repr=False
    )
    _products_matcher: PhraseMatcher[tuple[str, ...]] = field(init=False, compare=False, repr=False)
    _class_matcher: PhraseMatcher[Category] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        conditions: list[tuple[str, LexiconTerm | _Alias]] = [
            (term.phrase, term) for term in self.lexicon
        ]
        for condition in self.conditions.values():
            conditions += [(alias, _Alias(condition)) for alias in condition.aliases]
        object.__setattr__(self, "_conditions_matcher", PhraseMatcher(conditions))
        object.__setattr__(self, "_products_matcher", PhraseMatcher(self.product_phrases()))
        classes: list[tuple[str, Category]] = [(term, "toxin") for term in self.class_terms]
        classes += [(term, "filler") for term in self.filler_terms]
        object.__setattr__(self, "_class_matcher", PhraseMatcher(classes))

    @property
    def is_empty(self) -> bool:
        return not self.products

    def product_phrases(self) -> list[tuple[str, tuple[str, ...]]]:
        """The names that point at products: each alias at its product, and a brand family's
        name ("Juvederm", "Restylane") at every product of the family, even where one product
        has it as its own name: written alone it usually means the family. Approval is per
        product: a claim about a family holds when one of its products holds it."""
        phrases = [(alias, (p.id,)) for p in self.products.values() for alias in p.aliases]
        return phrases + self.family_phrases()

    def family_phrases(self) -> list[tuple[str, tuple[str, ...]]]:
        families: dict[str, list[str]] = {}
        for product in self.products.values():
            if product.family:
                families.setdefault(product.family, []).append(product.id)
        return [(family, tuple(ids)) for family, ids in families.items() if len(ids) > 1]

    def category_of(self, condition_or_off_label_id: str) -> Category | None:
        """The category a condition or off-label use belongs to, or None if unknown."""
        if condition := self.conditions.get(condition_or_off_label_id):
            return condition.category
        if use := self.off_label_uses.get(condition_or_off_label_id):
            return use.category
        return None

    def restricted(self, categories: Iterable[Category]) -> KnowledgeBase:
        """The same base holding only the facts of some categories: what a reader that knows
        one class (the toxins' claim check) is given. Shares this base's revision."""
        keep = frozenset(categories)
        products = {i: p for i, p in self.products.items() if p.category in keep}
        conditions = {i: c for i, c in self.conditions.items() if c.category in keep}
        off_label = {i: u for i, u in self.off_label_uses.items() if u.category in keep}
        boxed = self.boxed_warning
        return KnowledgeBase(
            version=self.version,
            last_reviewed=self.last_reviewed,
            scope=self.scope,
            disclaimer=self.disclaimer if "toxin" in keep else self.filler_disclaimer,
            class_terms=self.class_terms if "toxin" in keep else (),
            products=products,
            conditions=conditions,
            approvals={k: a for k, a in self.approvals.items() if k[0] in products},
            boxed_warning=boxed if boxed and set(boxed.applies_to) & set(products) else None,
            contraindications=tuple(c for c in self.contraindications if c.category in keep),
            warnings={i: w for i, w in self.warnings.items() if w.category in keep},
            off_label_uses=off_label,
            lexicon=tuple(
                t
                for t in self.lexicon
                if (t.condition_id or t.off_label_id) in {*conditions, *off_label}
            ),
            misstatements=self.misstatements,
            not_covered=self.not_covered,
            unconfirmed_approvals=frozenset(
                k for k in self.unconfirmed_approvals if k[0] in products
            ),
            filler_terms=self.filler_terms if "filler" in keep else (),
            filler_disclaimer=self.filler_disclaimer,
            class_facts={i: f for i, f in self.class_facts.items() if f.category in keep},
            safety_communications=tuple(
                c for c in self.safety_communications if c.category in keep
            ),
            revision=self.revision,
        )

    def approval(self, product_id: str, condition_id: str) -> Approval | None:
        """The product's on-label approval for the condition, or None when its label does not
        cover it (or the approval is hidden awaiting confirmation)."""
        return self.approvals.get((product_id, condition_id))

    def approvals_for_condition(self, condition_id: str) -> tuple[Approval, ...]:
        """Every product's approval for the condition, in product display order."""
        return tuple(a for (_, c), a in self.approvals.items() if c == condition_id)

    def label_status(self, product_id: str, condition_or_off_label_id: str) -> LabelStatus:
        """Whether using the product for a condition or off-label use is on its US label.

        - a condition id: "on-label" when the product's label has an indication for it,
          "off-label" when it has none, "unknown" when that indication awaits confirmation;
        - an off-label use id: "off-label" when no label covers the use for any product;
          "unknown" for categories whose status depends on the product;
        - an unknown product or id: "unknown". Never guesses.

        Answers at the level of the condition: a labeled population (age, severity) is not
        checked; show Approval.population beside the badge.
        """
        if product_id not in self.products:
            return UNKNOWN
        target = condition_or_off_label_id
        if target in self.conditions:
            if (product_id, target) in self.approvals:
                return ON_LABEL
            if (product_id, target) in self.unconfirmed_approvals:
                return UNKNOWN
            return OFF_LABEL
        use = self.off_label_uses.get(target)
        if use is not None and use.applies_to_all_products:
            return OFF_LABEL
        return UNKNOWN

    def match_conditions(self, text: str) -> list[ConditionMatch]:
        """Conditions and off-label uses named in a text, via the lay-term lexicon, the
        off-label uses' lay terms and the conditions' clinical names.

        Case-insensitive, on word boundaries, longest phrase first ("squint lines" is crow's
        feet, not strabismus); short all-capital acronyms ("CD", "TMJ") match only in
        capitals. In text order; a phrase naming two conditions ("spasticity": upper and
        lower limb) gives one match for each; a span is reported once per target.
        """
        matches: list[ConditionMatch] = []
        seen: set[tuple[int, int, str]] = set()
        for found in self._conditions_matcher.find(text):
            target = found.target
            if isinstance(target, _Alias):
                match = ConditionMatch(
                    text=found.text,
                    start=found.start,
                    end=found.end,
                    phrase=found.phrase,
                    condition_id=target.condition.id,
                    off_label_id=None,
                    source=target.condition.source,
                )
            else:
                match = ConditionMatch(
                    text=found.text,
                    start=found.start,
                    end=found.end,
                    phrase=found.phrase,
                    condition_id=target.condition_id,
                    off_label_id=target.off_label_id,
                    caveat=target.caveat,
                    source=target.source,
                )
            key = (match.start, match.end, match.target_id)
            if key not in seen:
                seen.add(key)
                matches.append(match)
        return matches

    def match_products(self, text: str) -> list[Product]:
        """Products named in a text by brand, alias, nonproprietary name or a common
        misspelling, each once, in order of first mention. Longest name first: "Botox
        Cosmetic" is botox_cosmetic only, plain "Botox" the therapeutic label; a
        nonproprietary name shared by two labels ("onabotulinumtoxinA") gives both."""
        ids: list[str] = []
        for found in self._products_matcher.find(text):
            ids += [i for i in found.target if i not in ids]
        return [self.products[product_id] for product_id in ids]

    def mentions_class(self, text: str) -> bool:
        """Whether the text names a whole class ("botulinum toxin", "dermal filler")."""
        return bool(self._class_matcher.find(text))

    def classes_mentioned(self, text: str) -> tuple[Category, ...]:
        """The classes the text names as a whole, in order of first mention."""
        return tuple(dict.fromkeys(found.target for found in self._class_matcher.find(text)))

    def products_in(self, category: Category) -> tuple[Product, ...]:
        return tuple(p for p in self.products.values() if p.category == category)

    def conditions_for_treatment(self, treatment_slug: str) -> tuple[Condition, ...]:
        """The areas whose page is this treatment's ("lip-filler": lip augmentation…)."""
        return tuple(c for c in self.conditions.values() if treatment_slug in c.treatment_slugs)

    def products_for_treatment(self, treatment_slug: str) -> tuple[Product, ...]:
        """The products a treatment page shows (by qa.Treatment slug), in display order."""
        return tuple(p for p in self.products.values() if treatment_slug in p.treatment_slugs)

    def same_ingredient(self, product_id: str) -> tuple[Product, ...]:
        """Other labels of the same nonproprietary name (Botox ↔ Botox Cosmetic)."""
        product = self.products.get(product_id)
        if product is None or not product.nonproprietary_name:
            return ()
        return tuple(
            p
            for p in self.products.values()
            if p.id != product_id and p.nonproprietary_name == product.nonproprietary_name
        )

    def name_of(self, condition_or_off_label_id: str) -> str:
        """A display name for a condition (its short name) or off-label use; "" if unknown."""
        if condition := self.conditions.get(condition_or_off_label_id):
            return condition.short_name
        if use := self.off_label_uses.get(condition_or_off_label_id):
            return use.name
        return ""


# ------------------------------------------------------------------------------ building


def build_knowledge(
    data: EvidenceData,
    *,
    shown: Callable[[Fact], bool] = lambda fact: True,
    revision: str = "",
    unconfirmed_approvals: frozenset[tuple[str, str]] = frozenset(),
) -> KnowledgeBase:
    """A KnowledgeBase from evidence data, keeping the facts `shown` accepts (and dropping
    facts whose product or condition is not shown). `unconfirmed_approvals` adds
    (product_id, condition_id) pairs whose hidden indications are not in `data`."""
    conditions = {c.id: c for c in data.conditions if shown(c)}
    products: dict[str, Product] = {}
    approvals: dict[tuple[str, str], Approval] = {}
    unconfirmed: set[tuple[str, str]] = set(unconfirmed_approvals)

    def keep(fact: Fact, condition_id: str | None) -> bool:
        return shown(fact) and (condition_id is None or condition_id in conditions)

    for product in data.products:
        if not shown(product):
            continue
        indications = tuple(i for i in product.indications if keep(i, i.condition_id))
        unconfirmed |= {
            (product.id, i.condition_id)
            for i in product.indications
            if i.condition_id in conditions and not shown(i)
        }
        formulation = product.formulation
        products[product.id] = product.model_copy(
            update={
                "formulation": formulation if formulation and shown(formulation) else None,
                "indications": indications,
                "contraindications": tuple(c for c in product.contraindications if shown(c)),
                "warnings": tuple(w for w in product.warnings if shown(w)),
                "adverse_reactions": tuple(
                    r for r in product.adverse_reactions if keep(r, r.condition_id)
                ),
                "doses": tuple(d for d in product.doses if keep(d, d.condition_id)),
            }
        )
        for condition_id in dict.fromkeys(i.condition_id for i in indications):
            approvals[(product.id, condition_id)] = _approval(
                conditions[condition_id],
                product.id,
                (i for i in indications if i.condition_id == condition_id),
            )
    unconfirmed -= set(approvals)
    off_label_uses = {u.id: u for u in data.off_label_uses if shown(u)}
    lexicon = [
        LexiconTerm(
            phrase=phrase,
            condition_id=entry.condition_id,
            off_label_id=None,
            caveat=entry.caveat,
            **entry.provenance,
        )
        for entry in data.lexicon
        if shown(entry) and entry.condition_id in conditions
        for phrase in entry.phrases
    ]
    lexicon += [
        LexiconTerm(phrase=phrase, condition_id=None, off_label_id=use.id, **use.provenance)
        for use in off_label_uses.values()
        for phrase in use.lay_terms
    ]
    boxed = data.boxed_warning
    if boxed is not None and shown(boxed):
        order = {p.id: n for n, p in enumerate(data.products)}

        def in_order(ids: Iterable[str]) -> tuple[str, ...]:
            return tuple(sorted(ids, key=lambda i: (order.get(i, len(order)), i)))

        variants = tuple(
            v.model_copy(update={"products": in_order(v.products)})
            for v in boxed.variants
            if shown(v)
        )
        boxed = boxed.model_copy(
            update={"applies_to": in_order(boxed.applies_to), "variants": variants}
        )
    else:
        boxed = None
    return KnowledgeBase(
        version=data.base.version,
        last_reviewed=data.base.last_reviewed,
        scope=data.base.scope,
        disclaimer=data.base.disclaimer,
        class_terms=data.base.class_terms,
        products=products,
        conditions=conditions,
        approvals=approvals,
        boxed_warning=boxed,
        contraindications=tuple(c for c in data.contraindications if shown(c)),
        warnings={w.id: w for w in data.warnings if shown(w)},
        off_label_uses=off_label_uses,
        lexicon=tuple(lexicon),
        misstatements=tuple(m for m in data.misstatements if shown(m)),
        not_covered=tuple(n for n in data.not_covered if shown(n)),
        unconfirmed_approvals=frozenset(unconfirmed),
        filler_terms=data.base.filler_terms,
        filler_disclaimer=data.base.filler_disclaimer,
        class_facts={f.id: f for f in data.class_facts if shown(f)},
        safety_communications=tuple(c for c in data.safety_communications if shown(c)),
        revision=revision,
    )


def _approval(
    condition: Condition, product_id: str, all_indications: Iterable[Indication]
) -> Approval:
    indications = tuple(all_indications)
    sources = tuple(dict.fromkeys(s for i in indications for s in i.source))
    limitation = condition.limitation or next(
        (i.limitation for i in indications if i.limitation), ""
    )
    return Approval(
        product_id=product_id,
        condition_id=condition.id,
        population=condition.labeled_populations.get(product_id)
        or "; ".join(dict.fromkeys(i.population for i in indications)),
        year=min((i.year_approved for i in indications if i.year_approved), default=None),
        limitation=limitation,
        indications=indications,
        source=sources,
        confidence=worst_confidence(i.confidence for i in indications),
    )


def _not_low(fact: Fact) -> bool:
    return fact.confidence != LOW


# ------------------------------------------------------------------------------- caching

_EMPTY = KnowledgeBase(
    version="",
    last_reviewed=None,
    scope="",
    disclaimer="",
    class_terms=(),
    products={},
    conditions={},
    approvals={},
    boxed_warning=None,
    contraindications=(),
    warnings={},
    off_label_uses={},
    lexicon=(),
    misstatements=(),
    not_covered=(),
)
_cache: tuple[str, KnowledgeBase] | None = None
# Per (folder, include_low_confidence): the files' stamps and what was built from them.
_files_cache: dict[tuple[str, bool], tuple[list[tuple[str, int, int]], KnowledgeBase]] = {}


def knowledge_base() -> KnowledgeBase:
    """The displayed evidence in the database, as a KnowledgeBase.

    Cached per process and rebuilt when the evidence changes (the loader, an admin edit or a
    confirmation gives the base a new revision); checking costs one small query. An empty
    KnowledgeBase when no evidence has been loaded.
    """
    global _cache
    from curbside.evidence.models import EvidenceBase

    revision = EvidenceBase.objects.values_list("revision", flat=True).first()
    if revision is None:
        return _EMPTY
    cached = _cache
    if cached is not None and cached[0] == revision:
        return cached[1]
    from curbside.evidence.reading import evidence_from_database

    data, unconfirmed = evidence_from_database()
    kb = build_knowledge(data, revision=revision, unconfirmed_approvals=unconfirmed)
    _cache = (revision, kb)
    return kb


def knowledge_base_at(revision: str | None) -> KnowledgeBase:
    """knowledge_base() for a revision the caller has already read in one of its own queries
    (evidence.revision.with_evidence_revision): no query at all when this process's cache
    holds that revision, and the empty base for None (no evidence loaded)."""
    if revision is None:
        return _EMPTY
    cached = _cache
    if cached is not None and cached[0] == revision:
        return cached[1]
    return knowledge_base()


def knowledge_base_from_files(
    path: Path | str | None = None, *, include_low_confidence: bool = False
) -> KnowledgeBase:
    """The evidence straight from the data files (default: the packaged ones), no database.

    Equal to knowledge_base() after `curbside load-evidence` of the same files while no
    low-confidence fact is confirmed; with include_low_confidence=True, equal to it once all
    are confirmed. Raises EvidenceDataError on bad files. Cached per process by path and the
    files' modification times.
    """
    root = Path(path) if path is not None else DATA_DIR
    key = (str(root.resolve()), include_low_confidence)
    stamps = _file_stamps(root)
    cached = _files_cache.get(key)
    if cached is not None and cached[0] == stamps:
        return cached[1]
    data = read_evidence(root)
    kb = build_knowledge(data, shown=(lambda fact: True) if include_low_confidence else _not_low)
    _files_cache[key] = (stamps, kb)
    return kb


def _file_stamps(root: Path) -> list[tuple[str, int, int]]:
    if not root.is_dir():
        return []
    return sorted((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in root.rglob("*.yaml"))


def reset() -> None:
    """Forget the cached knowledge bases (tests that swap databases use this)."""
    global _cache
    _cache = None
    _files_cache.clear()


# ----------------------------------------------------------------- module-level shortcuts


def match_conditions(text: str) -> list[ConditionMatch]:
    """knowledge_base().match_conditions(text)."""
    return knowledge_base().match_conditions(text)


def match_products(text: str) -> list[Product]:
    """knowledge_base().match_products(text)."""
    return knowledge_base().match_products(text)


def label_status(product_id: str, condition_or_off_label_id: str) -> LabelStatus:
    """knowledge_base().label_status(product_id, condition_or_off_label_id)."""
    return knowledge_base().label_status(product_id, condition_or_off_label_id)
