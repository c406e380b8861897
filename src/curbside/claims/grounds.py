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
    # No use named: the label's whole list answers a claim about what the label covers
    # (restriction, population) but not one about a use or its evidence.
    return None


def label(basis: Basis, reading: Reading, subject: Subject | None) -> Ground | None:
    """As `approval`; with no use named, every use on the named product's label."""
    found = approval(basis, reading, subject)
    if found is not None or subject is None or subject.is_class or not subject.families:
        return found
    named = subject.families[0]
    approvals = [a for (p, _), a in basis.kb.approvals.items() if p in named]
    if not approvals:
        return None
    return named[0], wording.label_uses(basis.kb, approvals, named[0])


_COMPARING = re.compile(
    r"(?<![\w'])(?:same|equal\w*|equivalen\w*|interchangeab\w*|convert\w*|conversion|ratio|"
    r"times|weaker|stronger|swap\w*|switch\w*|substitut\w*|compar\w*|translat\w*|chart|"
    r"brands?|\d+(?:\.\d+)?\s*(?::|to)\s*\d)(?![\w'])"
)


def units(basis: Basis, reading: Reading, subject: Subject | None) -> Ground | None:
    """The units warning, for a sentence that sets units of products side by side (two
    products named, or words of comparison); a label dose stated alone is not such a claim."""
    families = {m.product_ids for m in reading.products}
    if len(families) < 2 and not _COMPARING.search(reading.norm):
        return None
    product_id = _product(subject)
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
    interacting drugs…); none when it names none."""
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
    return None
