"""What every claim reader shares for one knowledge base: the base itself, the sentence
reader, the claim language, and the product families (the labels of one nonproprietary
name, which a claim about "Botox" covers together)."""

from __future__ import annotations

import re

from curbside.claims.language import Language, normalize
from curbside.claims.reading import Clause, ProductMention, Reader, Reading
from curbside.evidence.knowledge import KnowledgeBase

_COUNTRY = re.compile(r"\bU\.?S\.?A?\b")


class Basis:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.reader = Reader(kb)
        self.lang: Language = self.reader.lang
        families: dict[str, list[str]] = {}
        for label in kb.products.values():
            # A device has no nonproprietary name: each is a family of its own.
            key = label.nonproprietary_name.lower() or f"#{label.id}"
            families.setdefault(key, []).append(label.id)
        self.families: tuple[tuple[str, ...], ...] = tuple(tuple(f) for f in families.values())
        # What "the class" means ("botulinum toxins", "fillers"): the families of a class,
        # not a drug of its own kind (Kybella is no filler).
        self.class_families: tuple[tuple[str, ...], ...] = tuple(
            f for f in self.families if kb.products[f[0]].category != "drug"
        )

    def family(self, mention: ProductMention) -> tuple[str, ...]:
        return mention.product_ids

    def first_person(self, clause: Clause) -> bool:
        """Whether the writer speaks of themselves ("I", "we", "my"), not counting "US"."""
        text = normalize(_COUNTRY.sub("  ", clause.original))
        # "I think", "I believe": a hedge on the claim, not the writer's own story
        return bool(self.lang.first_person.search(self.lang.hedges.sub(" ", text)))

    def experience(self, clause: Clause) -> bool:
        """Whether the clause tells the writer's own experience ("I had zero side effects
        from my Xeomin"): "I" or "my" with a verb of experience. Someone else's claim retold
        ("my injector said it's approved for TMJ") or a clinic's own promise ("our injectors
        use FDA-approved Xeomin, so there is zero risk") is not."""
        text = self.lang.hedges.sub(" ", clause.text)
        return bool(
            self.lang.first_person_singular.search(text) and self.lang.experience.search(text)
        )

    def not_asserted(self, reading: Reading, index: int) -> bool:
        """Clauses that report a claim in order to reject it, or to doubt it."""
        clause = reading.clauses[index]
        if self.lang.debunking.search(clause.text):
            return True
        if self.lang.doubt.search(reading.norm) and self.lang.attribution.search(reading.norm):
            return True
        if not self.lang.attribution.search(clause.text):
            return False
        for later in reading.clauses[index + 1 :]:
            gap = reading.norm[clause.end : later.start + 25]
            if self.lang.correction.search(gap):
                return True
        return False
