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

# Claim kinds, as stored and reported.
KIND_APPROVAL = "approval"
KIND_YEAR = "approval_year"
KIND_EVIDENCE = "evidence"
KIND_UNITS = "units"
KIND_BOXED = "boxed_warning"


@dataclass(frozen=True)
class ClaimVerdict:
    """One checked sentence: its verdict and the fact behind it."""

    sentence: str
    verdict: Verdict
    fact: str
    source: str
    provenance: tuple[str, ...] = ()
    kind: str = ""
    product: str = ""  # the product id the fact is about, "" for the class
    topic: str = ""  # the condition or off-label use id, or "units" / "boxed_warning"
    hedged: bool = False

    @property
    def is_flag(self) -> bool:
        return self.verdict in FLAGS

    def as_dict(self) -> dict[str, str]:
        """The public shape: {sentence, verdict, fact, source}."""
        return {
            "sentence": self.sentence,
            "verdict": self.verdict,
            "fact": self.fact,
            "source": self.source,
        }


@dataclass(frozen=True)
class Finding:
    verdict: Verdict
    kind: str
    fact: wording.Fact
    product: str = ""
    topic: str = ""


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
