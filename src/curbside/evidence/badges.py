"""The on-label / off-label badge of a question, and the asker's "What is it for?" choice.

question_badge() is a pure function over a KnowledgeBase: from the question's text, its
treatments and the use the asker chose, it finds the covered product(s) the question is about
and the condition (or off-label use) it is for, and says whether that use is on the products'
US labels. It never guesses: when the use, or the product, cannot be told, the badge says the
label status is unknown; when the question is about no covered product there is no badge.

Botox and Botox Cosmetic are two labels of one ingredient (onabotulinumtoxinA): a question
about "Botox for frown lines" is on-label under the Botox Cosmetic label, and the badge names
the label that covers the use.

Products and uses are paired by category: a question about lip filler on the Botox page is
about fillers, not about Botox's label. Fillers are approved product by product and area by
area, so a question about an area that names no product ("lip filler") depends on the
product, and the badge names the products approved for it; a use no filler is approved for
("liquid rhinoplasty") is "Off-label for every filler".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from curbside.evidence.facts import CLASS_NOUNS
from curbside.evidence.knowledge import (
    OFF_LABEL,
    ON_LABEL,
    UNKNOWN,
    Approval,
    KnowledgeBase,
    LabelStatus,
    Product,
)
from curbside.lib.text import lower_first

BadgeStatus = Literal["on-label", "off-label", "mixed", "unknown"]

_SHOUTED = re.compile(r"\b[A-Z]{4,}\b")

LABELS: dict[BadgeStatus, str] = {
    "on-label": "On-label",
    "off-label": "Off-label",
    "mixed": "Depends on the product",
    "unknown": "Label status unknown",
}


@dataclass(frozen=True)
class Use:
    """A condition or an off-label use the question is about."""

    id: str
    name: str
    is_condition: bool  # a label condition (else an off-label use)


@dataclass(frozen=True)
class LabelEntry:
    """What one product's label says about one use."""

    product_id: str
    brand: str
    use: Use
    status: LabelStatus
    # The label that decides: the product's own, or another label of the same ingredient
    # (Botox asked about for frown lines: Botox Cosmetic).
    label_product_id: str
    label_brand: str
    approval: Approval | None  # the approval, when on-label
    treatment_slug: str  # the treatment page holding that label's evidence panel, or ""

    @property
    def anchor(self) -> str:
        """The evidence panel's anchor for this approved use, or the panel's own."""
        if self.approval is not None:
            return approval_anchor(self.label_product_id, self.use.id)
        return "evidence"

    @property
    def detail(self) -> str:
        """ "Botox Cosmetic (since 2002)", or just the brand when not approved."""
        if self.approval is None:
            return self.label_brand
        if self.approval.year is None:
            return f"{self.label_brand} (year not confirmed)"
        return f"{self.label_brand} (since {self.approval.year})"


@dataclass(frozen=True)
class Badge:
    status: BadgeStatus
    entries: tuple[LabelEntry, ...]  # one per label and use, in product order
    uses: tuple[Use, ...]
    from_choice: bool  # the use is the asker's choice, not read from the text
    matched: tuple[str, ...]  # the phrases that named the use, as written
    caveats: tuple[str, ...]  # the lexicon's warnings for those phrases
    class_only: bool  # no product named, only "botulinum toxin" and the like
    reason: str  # why the status is unknown ("" otherwise)
    class_noun: str = ""  # the products' class in words: "filler"

    @property
    def label(self) -> str:
        """ "Off-label for every filler" for a use no label of the class covers."""
        if (
            self.status == OFF_LABEL
            and self.class_noun == "filler"
            and self.uses
            and not any(u.is_condition for u in self.uses)
        ):
            return f"Off-label for every {self.class_noun}"
        return LABELS[self.status]

    @property
    def brands(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.label_brand for e in self.entries))

    @property
    def headline(self) -> str:
        """ "Botox for cervical dystonia"; the brands alone when a use's name is long (the
        off-label uses'), "" when no use was recognised."""
        if not self.brands:
            return ""
        brands = _and(list(self.brands))
        if self.class_noun and (self.class_only or len(self.brands) > 3):
            # "Fillers for lip augmentation": the summary names the approved ones.
            brands = f"{self.class_noun[:1].upper()}{self.class_noun[1:]}s"
        if self.uses and all(u.is_condition for u in self.uses):
            return f"{brands} for {_names(self.uses)}"
        return brands

    @property
    def link(self) -> tuple[str, str] | None:
        """(treatment slug, anchor) of the evidence panel to read more, or None."""
        linked = [e for e in self.entries if e.treatment_slug]
        if not linked:
            return None
        on_label = [e for e in linked if e.approval is not None]
        first = on_label[0] if len(on_label) == 1 and len(linked) <= 2 else linked[0]
        return first.treatment_slug, first.anchor

    @property
    def summary(self) -> str:
        """One or two plain sentences saying what the labels say."""
        if self.status == "unknown":
            return self.reason
        sentences = []
        for use in self.uses:
            entries = [e for e in self.entries if e.use == use]
            on = [e.detail for e in entries if e.status == ON_LABEL]
            off = [e.label_brand for e in entries if e.status == OFF_LABEL]
            if on:
                labels = "label" if len(on) == 1 else "labels"
                sentences.append(f"{use.name} is an approved use on the {labels} of {_and(on)}.")
            if off and not use.is_condition:
                sentences.append(f"No US label covers {lower_first(use.name)}.")
            elif off and on and self.class_noun == "filler":
                sentences.append(
                    f"Any other filler used for {lower_first(use.name)} is used off-label."
                )
            elif off:
                labels = "label" if len(off) == 1 else "labels"
                sentences.append(
                    f"{use.name} is not an approved use on the {labels} of {_and(off)}."
                )
        return " ".join(sentences)


def brand_name(product: Product) -> str:
    """The brand as readers write it: "Botox Cosmetic" for the label's "BOTOX Cosmetic"."""
    return _SHOUTED.sub(lambda m: m.group().capitalize(), product.brand)


def approval_anchor(product_id: str, condition_id: str) -> str:
    """The id of an approved use's row in the evidence panel."""
    return f"evidence-{product_id}-{condition_id}".replace("_", "-")


def question_badge(
    kb: KnowledgeBase,
    *,
    title: str,
    body: str,
    treatment_slugs: tuple[str, ...] | list[str] = (),
    choice: str = "",
) -> Badge | None:
    """The badge for a question, or None when it is about no covered product or names no use.

    The products: those of the question's treatments and those its text names; failing both,
    every product when the text names the class ("botulinum toxin"). The use: the asker's
    choice when there is one (it wins over the text), else the conditions and off-label uses
    the lexicon finds in the title and body.
    """
    text = f"{title}\n{body}"
    products, class_only = _products(kb, text, treatment_slugs)
    if not products:
        return None
    categories = {p.category for p in products}
    matched: tuple[str, ...] = ()
    caveats: tuple[str, ...] = ()
    if choice:
        name = kb.name_of(choice)
        if not name:
            return _unknown(
                "The use the asker chose is not in the evidence base now, so we can't say "
                "whether it is on the label.",
                from_choice=True,
                class_only=class_only,
            )
        uses: tuple[Use, ...] = (Use(id=choice, name=name, is_condition=choice in kb.conditions),)
    else:
        found = kb.match_conditions(text)
        if not found:
            # A question that names no use (a bruise, breastfeeding, the cost) has no label
            # status to show: "unknown" on every such question would only be noise.
            return None
        ids = list(dict.fromkeys(m.target_id for m in found))
        # Uses of the products' categories only ("lip filler" asked about on the Botox page
        # is about fillers), and the products of the uses' categories.
        ids = [i for i in ids if kb.category_of(i) in categories and not _not_a_use(kb, i)]
        if not ids:
            return None
        products = tuple(p for p in products if p.category in {kb.category_of(i) for i in ids})
        found = [m for m in found if m.target_id in ids]
        uses = tuple(Use(id=i, name=kb.name_of(i), is_condition=i in kb.conditions) for i in ids)
        matched = tuple(dict.fromkeys(m.text for m in found))
        caveats = tuple(dict.fromkeys(m.caveat for m in found if m.caveat))

    entries = _entries(kb, products, uses)
    statuses = {e.status for e in entries}
    kinds = {p.category for p in products}
    noun = CLASS_NOUNS[next(iter(kinds))] if len(kinds) == 1 else ""

    def badge(status: BadgeStatus, reason: str = "") -> Badge:
        return Badge(
            status=status,
            entries=entries,
            uses=uses,
            from_choice=bool(choice),
            matched=matched,
            caveats=caveats,
            class_only=class_only,
            reason=reason,
            class_noun=noun,
        )

    if UNKNOWN in statuses:
        return badge(
            "unknown",
            f"Whether {_names(uses)} is on the label depends "
            "on details the evidence base does not settle here (some facts await "
            "confirmation by our editors).",
        )
    if len(statuses) == 1:
        return badge(ON_LABEL if ON_LABEL in statuses else OFF_LABEL)
    on = _and(list(dict.fromkeys(e.label_brand for e in entries if e.status == ON_LABEL)))
    if len(uses) > 1:
        return badge(
            "unknown",
            f"The question mentions more than one use ({_names(uses)})"
            ", and their label status differs.",
        )
    if class_only and kinds != {"filler"}:
        # Fillers are approved one product at a time: a question about an area that names no
        # product depends on the product, and the badge names those approved for it.
        return badge(
            "unknown",
            f"The question doesn't name a product, and {lower_first(uses[0].name)} is on the "
            f"labels of some products only ({on}).",
        )
    return badge("mixed")


def _products(
    kb: KnowledgeBase, text: str, treatment_slugs: tuple[str, ...] | list[str]
) -> tuple[tuple[Product, ...], bool]:
    found: dict[str, Product] = {}
    for slug in treatment_slugs:
        for product in kb.products_for_treatment(slug):
            found.setdefault(product.id, product)
    named = kb.match_products(text)
    if found and not named and all(p.category == "filler" for p in found.values()):
        # A filler area's page names the fillers approved for it; a question there that names
        # no product may be about any filler.
        return kb.products_in("filler"), False
    for product in named:
        found.setdefault(product.id, product)
    if found:
        order = list(kb.products)
        return tuple(sorted(found.values(), key=lambda p: order.index(p.id))), False
    if classes := kb.classes_mentioned(text):
        return tuple(p for p in kb.products.values() if p.category in classes), True
    # A use that only fillers are sold for, and none is approved for ("liquid rhinoplasty",
    # "hyaluron pen"), needs no product named: it is off-label for every filler.
    for match in kb.match_conditions(text):
        use = kb.off_label_uses.get(match.off_label_id or "")
        if use is not None and use.applies_to_all_products and use.category == "filler":
            return kb.products_in("filler"), True
    return (), False


def _entries(
    kb: KnowledgeBase, products: tuple[Product, ...], uses: tuple[Use, ...]
) -> tuple[LabelEntry, ...]:
    entries: dict[tuple[str, str], LabelEntry] = {}
    for use in uses:
        for product in products:
            status, label = _status(kb, product, use)
            entry = LabelEntry(
                product_id=product.id,
                brand=brand_name(product),
                use=use,
                status=status,
                label_product_id=label.id,
                label_brand=brand_name(label),
                approval=kb.approval(label.id, use.id) if status == ON_LABEL else None,
                treatment_slug=label.treatment_slugs[0] if label.treatment_slugs else "",
            )
            # Botox and Botox Cosmetic asked about together come out as one label.
            entries.setdefault((label.id, use.id), entry)
    return tuple(entries.values())


def _status(kb: KnowledgeBase, product: Product, use: Use) -> tuple[LabelStatus, Product]:
    """The product's label status for the use, looking at the other labels of the same
    ingredient for a label condition its own label lacks."""
    status = kb.label_status(product.id, use.id)
    if status != OFF_LABEL or not use.is_condition:
        return status, product
    others = kb.same_ingredient(product.id)
    for other in others:
        if kb.label_status(other.id, use.id) == ON_LABEL:
            return ON_LABEL, other
    if any(kb.label_status(other.id, use.id) == UNKNOWN for other in others):
        return UNKNOWN, product
    return OFF_LABEL, product


def _not_a_use(kb: KnowledgeBase, use_id: str) -> bool:
    """A filler category that is not a use of one product ("dissolving filler" is a use of
    hyaluronidase; a "liquid facelift" is several areas): no label status to show."""
    use = kb.off_label_uses.get(use_id)
    return use is not None and use.category == "filler" and not use.applies_to_all_products


def _unknown(reason: str, *, from_choice: bool = False, class_only: bool = False) -> Badge:
    return Badge(
        status="unknown",
        entries=(),
        uses=(),
        from_choice=from_choice,
        matched=(),
        caveats=(),
        class_only=class_only,
        reason=reason,
    )


def _and(items: list[str]) -> str:
    if len(items) <= 2:
        return " and ".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def _names(uses: tuple[Use, ...]) -> str:
    return _and([lower_first(u.name) for u in uses])


# ------------------------------------------------------------------ the asker's choice


def use_choices(kb: KnowledgeBase) -> list[tuple[str, list[tuple[str, str]]]]:
    """The "What is it for?" options, grouped: the label conditions, then the off-label uses
    that no label covers (the categories whose status depends on the product are left out:
    an asker cannot pick those)."""
    conditions = sorted(((c.id, c.short_name) for c in kb.conditions.values()), key=_by_name)
    uses = sorted(
        ((u.id, u.name) for u in kb.off_label_uses.values() if u.applies_to_all_products),
        key=_by_name,
    )
    groups = []
    if conditions:
        groups.append(("Uses approved on at least one US label", conditions))
    if uses:
        groups.append(("Uses no US label covers (off-label)", uses))
    return groups


def use_treatments(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """For each "What is it for?" option, the treatments (catalogue slugs) it belongs with: a
    condition, those whose products carry it on their label; an off-label use, those of every
    product of its class (a filler's off-label use goes with the filler pages). The ask page
    shows only the options of the treatments the asker ticked."""
    found: dict[str, frozenset[str]] = {}
    for _, options in use_choices(kb):
        for key, _ in options:
            if key in kb.conditions:
                found[key] = frozenset(
                    slug
                    for product in kb.products.values()
                    if kb.label_status(product.id, key) == ON_LABEL
                    for slug in product.treatment_slugs
                )
            else:
                category = kb.off_label_uses[key].category
                found[key] = frozenset(
                    slug
                    for product in kb.products.values()
                    if product.category == category
                    for slug in product.treatment_slugs
                )
    return found


def use_problem(kb: KnowledgeBase, value: str) -> str | None:
    """Why `value` is not a use an asker may choose, or None when it is."""
    if any(value == key for _, options in use_choices(kb) for key, _ in options):
        return None
    if kb.is_empty:
        return "No evidence base is loaded, so a use cannot be chosen; leave it empty."
    return (
        f"Unknown use {value!r}: give a condition id such as 'cervical_dystonia' or an "
        "off-label use id such as 'masseter_jaw_slimming' (the ids in GET "
        "/api/v1/treatments/{slug}/evidence), or leave it empty when unsure."
    )


def _by_name(item: tuple[str, str]) -> str:
    return item[1].lower()
