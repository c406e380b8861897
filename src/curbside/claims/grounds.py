"""The fact a learned reading of each claim kind is shown with, from the evidence base.

The learned reader (learned.py) says that a sentence likely contradicts or overstates the
label and which kind of claim it makes; these functions find what the evidence base says on
that point about the products and uses the sentence names. Without such a fact no learned
flag is raised: a reader must always be able to see the fact and its source.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from curbside.claims import wording
from curbside.claims.basis import Basis
from curbside.claims.cautions import stances
from curbside.claims.reading import Reading
from curbside.claims.verdicts import Subject
from curbside.evidence.facts import AdverseReaction

Ground = tuple[str, wording.Fact]  # the product id ("" for the class), the fact
GroundFinder = Callable[[Basis, Reading, Subject | None], Ground | None]


def _product(subject: Subject | None) -> str | None:
    if subject is None or subject.is_class or not subject.families:
        return None
    return subject.families[0][0]


def approval(basis: Basis, reading: Reading, subject: Subject | None) -> Ground | None:
    """The label's approvals for the uses the sentence names, or all of its uses."""
    kb = basis.kb
    # Named uses first; a kind of use ("anything", "cosmetic use") stands for the label.
    targets = [t for c in reading.conditions if not c.category for t in c.targets]
    if subject is None or subject.is_class or not subject.families:
        for target in targets:
            if target in kb.off_label_uses:
                return "", wording.off_label(kb, target)
            if kb.approvals_for_condition(target):
                return "", wording.several_approved(kb, target)
        return None
    named = subject.families[0]
    product_id = named[0]
    family = next((f for f in basis.families if product_id in f), named)
    for target in targets:
        for label in dict.fromkeys((*named, *family)):
            approved = kb.approval(label, target)
            if approved is not None:
                return label, wording.approval(
                    kb, approved, named=product_id if label != product_id else None
                )
        if target in kb.off_label_uses:
            return product_id, wording.off_label(kb, target, product_id=product_id)
        if target in kb.conditions:
            return product_id, wording.not_approved(kb, product_id, target)
    # No use named: `label` answers with the label's whole list.
    return None


def label(basis: Basis, reading: Reading, subject: Subject | None) -> Ground | None:
    """As `approval`; with no use named, every use on the named product's label with its
    year: what a claim about what the label covers, when or for whom is judged against."""
    found = approval(basis, reading, subject)
    if found is not None or subject is None or subject.is_class or not subject.families:
        return found
    named = subject.families[0]
    approvals = [a for (p, _), a in basis.kb.approvals.items() if p in named]
    if not approvals:
        return None
    return named[0], wording.label_uses(basis.kb, approvals, named[0])


_COMPARING = re.compile(
    r"(?<![\w'])(?:equivalen\w*|interchangeab\w*|convert\w*|conversion|ratio|"
    r"times|weaker|stronger|swap\w*|switch\w*|substitut\w*|compar\w*|translat\w*|chart|"
    r"brands?|\d+(?:\.\d+)?\s*(?::|to)\s*\d)(?![\w'])"
)


_DOSE_SAID = re.compile(
    r"\d|(?<![\w'])(?:max\w*|limit\w*|ceiling|cap|as\s+(?:many|much)|unlimited)(?![\w'])"
)


def units(basis: Basis, reading: Reading, subject: Subject | None) -> Ground | None:
    """The units warning, for a sentence that sets units of products side by side (two
    products named, or words of comparison); otherwise the named product's label doses: for the
    uses the sentence names, else the rules that hold for every use."""
    families = {m.product_ids for m in reading.products}
    product_id = _product(subject)
    if len(families) < 2 and not _COMPARING.search(reading.norm):
        # A dose is a claim when it says how much: a number, or a limit.
        if not _DOSE_SAID.search(reading.norm):
            return None
        return _doses(basis, reading, product_id)
    fact = wording.units(basis.kb, product_id)
    return (product_id or "", fact) if fact else None


def boxed_warning(basis: Basis, reading: Reading, subject: Subject | None) -> Ground | None:
    product_id = _product(subject)
    fact = wording.boxed_content(basis.kb, product_id)
    return (product_id or "", fact) if fact else None


def safety(basis: Basis, reading: Reading, subject: Subject | None) -> Ground | None:
    product_id = _product(subject)
    fact = wording.boxed_warning(basis.kb, product_id)
    return (product_id or "", fact) if fact else None


def ingredient(basis: Basis, reading: Reading, subject: Subject | None) -> Ground | None:
    product_id = _product(subject)
    if product_id is None:
        return "", wording.formulations(basis.kb)
    fact = wording.formulation(basis.kb, product_id)
    return (product_id, fact) if fact else None


def contraindication(basis: Basis, reading: Reading, subject: Subject | None) -> Ground | None:
    product_id = _product(subject)
    fact = wording.contraindications(basis.kb, product_id)
    return (product_id or "", fact) if fact else None


def warning(basis: Basis, reading: Reading, subject: Subject | None) -> Ground | None:
    """The label warning whose subject the sentence names (neuromuscular disorders,
    interacting drugs…); else, for a named product, the warning or listed side effect on its
    label that shares most words with the sentence ("a catheter after bladder Botox": urinary
    retention that may need self-catheterization); none when nothing on the label does."""
    kb = basis.kb
    product_id = _product(subject) or next(iter(kb.products), None)
    if product_id is None:
        return None
    for topic in stances().topics:
        if topic.kind != "warning" or not topic.said.search(reading.norm):
            continue
        fact = wording.caution(kb, product_id, "warning", topic.warnings, ())
        if fact is not None:
            return (_product(subject) or "", fact)
    named = _product(subject)
    return None if named is None else _nearest_caution(basis, reading, named)


def _doses(basis: Basis, reading: Reading, product_id: str | None) -> Ground | None:
    """The label doses for the uses the sentence names, else the rules for every use, of the
    named product; with none named, of the one product approved for the use it names
    ("the label dose for underarm sweating is…")."""
    targets = {t for c in reading.conditions for t in c.targets}
    if product_id is None:
        holders = {
            label.id
            for label in basis.kb.products.values()
            for target in targets
            if any(d.condition_id == target and d.dose for d in label.doses)
        }
        if len(holders) != 1:
            return None
        (product_id,) = holders
    doses = [d for d in basis.kb.products[product_id].doses if d.dose]
    chosen = [d for d in doses if d.condition_id in targets] or [
        d for d in doses if d.condition_id is None
    ]
    return (product_id, wording.label_doses(basis.kb, product_id, chosen)) if chosen else None


_WORD = re.compile(r"[a-z]{4,}")
# Words every label text shares, which say nothing of what a warning is about.
_COMMON = frozenset(
    {
        "with",
        "that",
        "this",
        "from",
        "have",
        "been",
        "more",
        "than",
        "after",
        "treatment",
        "patients",
        "patient",
        "injection",
        "injections",
        "effects",
        "effect",
        "risk",
        "reported",
        "toxin",
        "botulinum",
        "label",
        "each",
        "other",
    }
)


_FEWEST_SHARED = 2


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _WORD.findall(text.lower()) if w not in _COMMON}


def _reaction(basis: Basis, reaction: AdverseReaction) -> str:
    """A listed side effect as a sentence: "Dry eye was reported in 1% of patients treated for
    crow's feet." """
    text = f"{reaction.reaction[:1].upper()}{reaction.reaction[1:]} was reported"
    if reaction.rate_percent is not None:
        text += f" in {reaction.rate_display} of patients"
    if reaction.condition_id:
        text += f" treated for {wording.condition_phrase(basis.kb, reaction.condition_id)}"
    return text + "."


def _nearest_caution(basis: Basis, reading: Reading, product_id: str) -> Ground | None:
    """The warning or listed side effect of the product's label that shares most word stems
    with the sentence (at least _FEWEST_SHARED: one shared word is a coincidence)."""
    product = basis.kb.products[product_id]
    said = _stems(reading.norm)
    candidates = [(w.text, w.source) for w in product.warnings if w.text]
    candidates += [(_reaction(basis, r), r.source) for r in product.adverse_reactions]
    best, shared = None, _FEWEST_SHARED - 1
    for text, sources in candidates:
        overlap = len(said & _stems(text))
        if overlap > shared:
            best, shared = (text, sources), overlap
    if best is None:
        return None
    return product_id, wording.label_warning(basis.kb, product_id, best[0], best[1])
