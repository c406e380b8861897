"""The claim check's verdicts, and the values its rules pass between them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from curbside.claims import wording
from curbside.claims.reading import ConditionMention

Verdict = Literal["contradicts", "overstates", "consistent"]
CONTRADICTS: Verdict = "contradicts"
OVERSTATES: Verdict = "overstates"
CONSISTENT: Verdict = "consistent"
FLAGS: tuple[Verdict, ...] = (CONTRADICTS, OVERSTATES)
SEVERITY: dict[str, int] = {CONTRADICTS: 3, OVERSTATES: 2, CONSISTENT: 1}


@dataclass(frozen=True)
class ClaimVerdict:
    """One checked sentence: its verdict and the fact behind it."""

    sentence: str
    verdict: Verdict
    fact: str
    source: str
    provenance: tuple[str, ...] = ()
    kind: str = ""  # the claim kind's name (kinds.py)
    product: str = ""  # the product id the fact is about, "" for the class
    topic: str = ""  # the condition or off-label use id, or "units" / "boxed_warning"
    hedged: bool = False
    words: tuple[str, ...] = ()  # the words of the sentence that were judged
    learned: bool = False  # raised by the learned reader (learned.py), not a rule

    @property
    def is_flag(self) -> bool:
        return self.verdict in FLAGS

    def as_dict(self) -> dict[str, str | list[str]]:
        """The public shape: {sentence, verdict, fact, source, kind, words}."""
        return {
            "sentence": self.sentence,
            "verdict": self.verdict,
            "fact": self.fact,
            "source": self.source,
            "kind": self.kind,
            "words": list(self.words),
        }


@dataclass(frozen=True)
class Finding:
    verdict: Verdict
    kind: str
    fact: wording.Fact
    product: str = ""
    topic: str = ""
    words: tuple[str, ...] = ()  # what a learned reading read; rules' words come from the sentence


@dataclass(frozen=True)
class Subject:
    """Who a claim is about: named products (each a family of labels), or the class."""

    families: tuple[tuple[str, ...], ...]
    scope: Literal["named", "exclusive", "class", "some", "universal", "none"] = "named"
    negated: bool = False  # "neither … nor …"

    @property
    def is_class(self) -> bool:
        return self.scope in ("class", "some", "universal", "none")


@dataclass
class ClauseClaim:
    """What a clause claimed, for an elliptical clause after it ("…, but Dysport is not")."""

    kind: str
    positive: bool
    subject: Subject | None
    conditions: list[ConditionMention] = field(default_factory=list)
