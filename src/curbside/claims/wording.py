"""The facts an evidence note states, in plain words, from the evidence base.

Every sentence here is built from the knowledge base's values (names, years, populations,
warnings); `claims/data/topics.yaml` only says how to name a condition or use in a sentence.
Each function returns the fact with its source: the product's current prescribing
information (`label_reference`) where a product is concerned, and the fact's own sources as
provenance.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from curbside.claims.language import topics
from curbside.evidence.facts import CLASS_NOUNS, Dose
from curbside.evidence.knowledge import Approval, KnowledgeBase, Product


@dataclass(frozen=True)
class Fact:
    text: str
    source: str  # the link a reader follows
    provenance: tuple[str, ...] = ()  # where the fact was confirmed


def name(product: Product) -> str:
    """The name readers know: "Botox", "Botox Cosmetic", "Dysport"."""
    return product.aliases[0] if product.aliases else product.brand


def condition_phrase(kb: KnowledgeBase, condition_id: str) -> str:
    phrase = topics().condition_phrases.get(condition_id)
    if phrase:
        return phrase
    short = kb.name_of(condition_id)
    return short[:1].lower() + short[1:] if short else condition_id.replace("_", " ")


def use_phrase(kb: KnowledgeBase, use_id: str) -> str:
    return topics().off_label_phrases.get(use_id) or kb.name_of(use_id) or use_id


def population_phrase(population: str) -> str:
    """ "adults" → "in adults"; "12 years and older" → "in patients 12 years and older"."""
    plain = re.sub(r"\s*\([^)]*\)", "", population).strip()
    if not plain:
        return ""
    if re.match(r"\d", plain):
        return f"in patients {plain}"
    if plain.lower().startswith("adults") and ";" not in plain:
        return f"in {plain}"
    if re.match(r"(?:over|older than) \d", plain.lower()) and ";" not in plain:
        return f"in adults {plain}"
    return f"(labeled for {plain})"


def class_noun(kb: KnowledgeBase, use_id: str) -> str:
    """The class a condition or use belongs to, in words: "botulinum toxin", "filler"."""
    return CLASS_NOUNS.get(kb.category_of(use_id) or "toxin", "product")


def _no_label(kb: KnowledgeBase, use_id: str) -> str:
    """ "No US botulinum toxin label", "No US filler label", "No US label"."""
    noun = class_noun(kb, use_id)
    return "No US label" if noun == "product" else f"No US {noun} label"


def since(year: int | None) -> str:
    """ "since 2015"; "(the year is not confirmed)" where no source gives it."""
    return f"since {year}" if year is not None else "(the year is not confirmed)"


def _join(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def _urls(entries: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(e for e in entries if e.startswith(("http://", "https://"))))


def approved_list(kb: KnowledgeBase, approvals: Iterable[Approval]) -> str:
    """ "Botox Cosmetic (since 2002), Dysport (since 2009) and Xeomin (since 2011)"."""
    return _join([f"{name(kb.products[a.product_id])} ({since(a.year)})" for a in approvals])


def approval(kb: KnowledgeBase, approved: Approval, *, named: str | None = None) -> Fact:
    """<Product> has been FDA-approved for <condition> <population> since <year>. When the text
    named a sibling label ("Botox" for a cosmetic use), the note says which label holds it."""
    product = kb.products[approved.product_id]
    who = name(product)
    if named and named != product.id and named in kb.products and product.nonproprietary_name:
        who += (
            f" ({product.nonproprietary_name}, the same ingredient as {name(kb.products[named])})"
        )
    population = population_phrase(approved.population)
    where = f" {population}" if population else ""
    text = (
        f"{who} has been FDA-approved for {condition_phrase(kb, approved.condition_id)}"
        f"{where} {since(approved.year)}."
    )
    return Fact(text, product.label_reference, _urls(approved.source))


def not_approved(kb: KnowledgeBase, product_id: str, condition_id: str) -> Fact:
    """<Product> is not FDA-approved for <condition>; who is."""
    product = kb.products[product_id]
    phrase = condition_phrase(kb, condition_id)
    approvals = kb.approvals_for_condition(condition_id)
    if not approvals:
        text = f"{_no_label(kb, condition_id)} includes {phrase}; it is an off-label use."
    elif len(approvals) == 1:
        only = approvals[0]
        population = population_phrase(only.population)
        text = (
            f"{name(product)} is not FDA-approved for {phrase}; among "
            f"{class_noun(kb, condition_id)}s only "
            f"{name(kb.products[only.product_id])} is{', ' + population if population else ''}"
            f" {since(only.year)}."
        )
    else:
        text = (
            f"{name(product)} is not FDA-approved for {phrase}; the products approved for it "
            f"are {approved_list(kb, approvals)}."
        )
    provenance = _urls(s for a in approvals for s in a.source)
    return Fact(text, product.label_reference, provenance)


def off_label(kb: KnowledgeBase, use_id: str, *, product_id: str | None = None) -> Fact:
    use = kb.off_label_uses[use_id]
    if use.category == "toxin":
        text = f"{_no_label(kb, use_id)} includes {use_phrase(kb, use_id)}; it is an off-label use."
    else:  # the status says how the FDA sees it: "not approved; FDA recommends against"
        phrase = use_phrase(kb, use_id)
        text = f"{_no_label(kb, use_id)} includes {phrase[:1].lower()}{phrase[1:]}: {use.status}."
    urls = _urls(use.source)
    source = kb.products[product_id].label_reference if product_id else (urls[0] if urls else "")
    return Fact(text, source, urls)


def several_approved(kb: KnowledgeBase, condition_id: str) -> Fact:
    """For claims that one product, or none, holds an approval several hold."""
    approvals = kb.approvals_for_condition(condition_id)
    if len(approvals) == 1:
        return approval(kb, approvals[0])
    phrase = condition_phrase(kb, condition_id)
    first = kb.products[approvals[0].product_id]
    text = (
        f"Several {class_noun(kb, condition_id)}s are FDA-approved for {phrase}: "
        f"{approved_list(kb, approvals)}."
    )
    return Fact(text, first.label_reference, _urls(s for a in approvals for s in a.source))


def not_every(kb: KnowledgeBase, condition_id: str) -> Fact:
    """For claims that every toxin holds an approval only some hold."""
    approvals = kb.approvals_for_condition(condition_id)
    phrase = condition_phrase(kb, condition_id)
    text = (
        f"Not every {class_noun(kb, condition_id)} is FDA-approved for {phrase}; the products "
        "approved for it "
        f"are {approved_list(kb, approvals)}."
    )
    first = kb.products[approvals[0].product_id]
    return Fact(text, first.label_reference, _urls(s for a in approvals for s in a.source))


def label_uses(kb: KnowledgeBase, approvals: Sequence[Approval], product_id: str) -> Fact:
    """For "only approved for X" when the label has more uses of the same kind."""
    product = kb.products[approvals[0].product_id]
    uses = _join([f"{condition_phrase(kb, a.condition_id)} ({since(a.year)})" for a in approvals])
    text = f"{name(product)} is FDA-approved for {uses}."
    return Fact(text, product.label_reference, _urls(s for a in approvals for s in a.source))


def first_approval(kb: KnowledgeBase, product_id: str) -> Fact:
    product = kb.products[product_id]
    year = product.initial_us_approval or min(
        (i.year_approved for i in product.indications if i.year_approved), default=None
    )
    if product.initial_us_approval is None and year is not None:
        first = min((i for i in product.indications if i.year_approved == year), key=lambda i: i.id)
        text = (
            f"{name(product)} was first approved by the FDA in {year}, for "
            f"{condition_phrase(kb, first.condition_id)}."
        )
        return Fact(text, product.label_reference, _urls(first.source))
    text = f"{name(product)} was first approved by the FDA in {year}."
    return Fact(text, product.label_reference, _urls(product.source))


def boxed_warning(kb: KnowledgeBase, product_id: str | None) -> Fact | None:
    boxed = kb.boxed_warning
    if boxed is None:
        return None
    if product_id is not None and product_id in boxed.applies_to:
        product = kb.products[product_id]
        who = f"every botulinum toxin product, {name(product)} included,"
        source = product.label_reference
    else:
        who = "every US botulinum toxin product"
        urls = _urls(boxed.source)
        source = urls[0] if urls else ""
    text = (
        f"Since {boxed.year} {who} has carried a boxed warning that the toxin's effect can "
        "spread beyond the injection site, causing swallowing and breathing problems that can "
        "be life-threatening."
    )
    return Fact(text, source, _urls(boxed.source))


# The warnings that answer "completely safe" for a product without a boxed warning: a
# filler's blood-vessel warning, Kybella's nerve and swallowing warnings.
SERIOUS_WARNINGS = ("vascular_occlusion", "marginal_mandibular_nerve_injury", "dysphagia")


def serious_warning(kb: KnowledgeBase, product_id: str | None) -> Fact | None:
    """The serious risk a product's label (or its class's) warns of, for claims of absolute
    safety where no boxed warning settles them."""
    own = warning_of(kb, product_id, SERIOUS_WARNINGS) if product_id is not None else None
    return own or warning_of(kb, None, SERIOUS_WARNINGS)


def material(kb: KnowledgeBase, product_id: str) -> Fact | None:
    """What a device (or drug) is made of, as its sources give it."""
    product = kb.products[product_id]
    if not product.material:
        return None
    urls = _urls(product.field_sources.get("material", product.source))
    return Fact(f"{name(product)} is {product.material}.", product.label_reference, urls)


def warning_of(
    kb: KnowledgeBase, product_id: str | None, warning_ids: Sequence[str]
) -> Fact | None:
    """The named product's warning among `warning_ids` (or, for the class, the class
    warning of the first id)."""
    if product_id is not None:
        product = kb.products[product_id]
        found = next((w for w in product.warnings if w.id in warning_ids), None)
        if found is None:
            return None
        return Fact(
            f"The {name(product)} label warns: {found.text}",
            product.label_reference,
            _urls(found.source),
        )
    warning = next((kb.warnings[w] for w in warning_ids if w in kb.warnings), None)
    if warning is None:
        return None
    urls = _urls(warning.source)
    return Fact(f"Filler labels warn: {warning.text}", urls[0] if urls else "", urls)


def class_fact(kb: KnowledgeBase, fact_id: str, *, product_id: str | None = None) -> Fact | None:
    """A fact of a whole class ("most fillers are absorbable"), cited from its sources, or
    from the named product's label."""
    fact = kb.class_facts.get(fact_id)
    if fact is None:
        return None
    urls = _urls(fact.source)
    source = kb.products[product_id].label_reference if product_id else (urls[0] if urls else "")
    return Fact(fact.text, source, urls)


def units(kb: KnowledgeBase, product_id: str | None) -> Fact | None:
    warning = kb.warnings.get("units_not_interchangeable")
    if warning is None:
        return None
    urls = _urls(warning.source)
    source = kb.products[product_id].label_reference if product_id else (urls[0] if urls else "")
    return Fact(warning.text, source, urls)


def off_label_studied(kb: KnowledgeBase, product_id: str | None) -> Fact | None:
    """For "off-label means untested": off-label uses the base records as studied."""
    studied = [
        use
        for use in kb.off_label_uses.values()
        if use.note and re.search(r"\b(?:trials?|studied|study|studies)\b", use.note)
    ]
    if not studied:
        return None
    examples = _join([use_phrase(kb, u.id) for u in studied])
    text = (
        "Off-label means a use is not on a product's US label, not that it is untested: "
        f"some off-label uses, such as {examples}, have been studied in clinical trials."
    )
    urls = _urls(s for u in studied for s in u.source)
    source = kb.products[product_id].label_reference if product_id else (urls[0] if urls else "")
    return Fact(text, source, urls)


def formulation(kb: KnowledgeBase, product_id: str) -> Fact | None:
    """What the product's vial holds besides the toxin, as its label lists it."""
    product = kb.products[product_id]
    if product.formulation is None:
        return None
    excipients = _join(list(product.formulation.excipients))
    text = f"Besides the toxin, {name(product)} contains {excipients}, according to its label."
    if product.formulation.note:
        text += f" {product.formulation.note}"
    return Fact(text, product.label_reference, _urls(product.formulation.source))


def caution(
    kb: KnowledgeBase,
    product_id: str,
    kind: str,
    warning_ids: Sequence[str],
    contraindication_words: Sequence[str],
) -> Fact | None:
    """A warning or contraindication on the product's label."""
    product = kb.products[product_id]
    if kind == "warning":
        found = next((w for w in product.warnings if w.id in warning_ids), None)
        if found is not None:
            text = f"{name(product)}'s label warns: {found.text}"
            return Fact(text, product.label_reference, _urls(found.source))
        common = next((kb.warnings[w] for w in warning_ids if w in kb.warnings), None)
        if common is None:
            return None
        text = f"The botulinum toxin labels warn: {common.text}"
        return Fact(text, product.label_reference, _urls(common.source))
    matching = [
        c
        for c in (*product.contraindications, *kb.contraindications)
        if any(word in c.text.lower() for word in contraindication_words)
    ]
    if not matching:
        return None
    listed = _join(list(dict.fromkeys(c.text.rstrip(".") for c in product.contraindications)))
    chosen = matching[0].text.rstrip(".")
    text = (
        f"{name(product)}'s label rules out its use with: {chosen.lower()}."
        if contraindication_words != ("",)
        else f"{name(product)}'s label lists contraindications: {listed.lower()}."
    )
    return Fact(text, product.label_reference, _urls(matching[0].source))


def boxed_content(kb: KnowledgeBase, product_id: str | None) -> Fact | None:
    """What the boxed warning says: when, how serious, who is at risk."""
    boxed = kb.boxed_warning
    if boxed is None:
        return None
    base = boxed_warning(kb, product_id)
    assert base is not None
    return Fact(
        f"The boxed warning ({boxed.year}) says: {boxed.summary}", base.source, base.provenance
    )


def formulations(kb: KnowledgeBase) -> Fact:
    """Every product's excipients, for claims about the class."""
    parts = [
        f"{name(p)}: {_join(list(p.formulation.excipients))}"
        for p in kb.products.values()
        if p.formulation is not None
    ]
    urls = _urls(s for p in kb.products.values() if p.formulation for s in p.formulation.source)
    return Fact(
        "Besides the toxin, the labels list: " + "; ".join(parts) + ".",
        urls[0] if urls else "",
        urls,
    )


def contraindications(kb: KnowledgeBase, product_id: str | None) -> Fact | None:
    """The label's contraindications (the class's when no product is named)."""
    if product_id is None:
        listed = [c.text.rstrip(".") for c in kb.contraindications]
        urls = _urls(s for c in kb.contraindications for s in c.source)
        if not listed:
            return None
        text = f"Every botulinum toxin label rules out its use with: {_join(listed).lower()}."
        return Fact(text, urls[0] if urls else "", urls)
    product = kb.products[product_id]
    listed = [c.text.rstrip(".") for c in product.contraindications]
    if not listed:
        return None
    text = f"{name(product)}'s label rules out its use with: {_join(listed).lower()}."
    return Fact(
        text, product.label_reference, _urls(s for c in product.contraindications for s in c.source)
    )


def dose(kb: KnowledgeBase, product_id: str, entry: Dose) -> Fact:
    """The label's dose for a use."""
    product = kb.products[product_id]
    use = condition_phrase(kb, entry.condition_id) if entry.condition_id else "its uses"
    text = f"{name(product)}'s label dose for {use}: {entry.dose}."
    if entry.interval:
        text += f" Interval: {entry.interval}."
    return Fact(text, product.label_reference, _urls(entry.source))


def _dose_use(kb: KnowledgeBase, entry: Dose) -> str:
    if entry.condition_id:
        return condition_phrase(kb, entry.condition_id)
    return entry.indication_label or "every use"


def label_doses(kb: KnowledgeBase, product_id: str, entries: Sequence[Dose]) -> Fact:
    """The label's doses: rules for every use, or one use's doses."""
    product = kb.products[product_id]
    said = [f"{_dose_use(kb, d)}: {d.dose.rstrip('.')}" for d in entries]
    text = f"{name(product)}'s label doses: {'; '.join(said)}."
    return Fact(text, product.label_reference, _urls(s for d in entries for s in d.source))


def label_warning(kb: KnowledgeBase, product_id: str, text: str, sources: Iterable[str]) -> Fact:
    """One warning or listed side effect on the product's label, in its own words."""
    product = kb.products[product_id]
    return Fact(f"{name(product)}'s label: {text}", product.label_reference, _urls(sources))
