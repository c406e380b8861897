"""The explainable half of triage: symptom rules read in context.

Each symptom (`data/injectables.yaml`, `data/procedures.yaml`) is a set of patterns, the
treatments that make it urgent and the words that give it another meaning; `reading.py`
decides, clause by clause, whether the text says someone has it now (not denied, not asked in
general, not past, not someone else's old story) and whether it follows a treatment they had.
Some findings count only together (COMBINATIONS). What the rules find is named in plain words
for the asker and the moderator. The policy they serve is in `check.py`'s docstring.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from curbside.lib.framing import compiled
from curbside.triage.language import CANT, GAP, KIND_FAMILIES, SOME, Family
from curbside.triage.reading import Combination, Compiled, Group, Reading, Symptom
from curbside.triage.tables import load

TEXT_MAX = 12000  # the longest text read: a question's title and body fit many times over

_SHARED = {"CANT": CANT, "GAP": GAP, "SOME": SOME}
_INJECTABLES = load("injectables", _SHARED)
_PROCEDURES = load("procedures", {**_SHARED, "BECOMES": _INJECTABLES.fragments["BECOMES"]})
SYMPTOMS: tuple[Symptom, ...] = _INJECTABLES.symptoms + _PROCEDURES.symptoms
COMBINATIONS: tuple[Combination, ...] = _INJECTABLES.combinations + _PROCEDURES.combinations


@dataclass(frozen=True)
class RulesVerdict:
    """What the rules found: the urgent symptoms in plain words, and the emergency families
    whose advice applies (empty when nothing urgent was found)."""

    reasons: list[str] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)


_TABLE = tuple(Compiled.of(s) for s in SYMPTOMS)
_BY_KEY = {s.key: s for s in SYMPTOMS}
_VISION = frozenset({"double_vision", "vision_loss", "blurred_vision"})
_EYE_AREA = compiled(
    r"(?:eye|eyelid|lid|brow|forehead|temple)s?(?: lift| surgery| tuck| job)?",
    "blepharoplasty",
    r"under[- ]?eyes?",
    r"tear troughs?",
    "bleph",
)


def _advice_groups(reading: Reading, urgent: set[str]) -> list[Group]:
    """Which explanations apply: the toxin's spread after a toxin, a blocked vessel after a
    filler; a change in vision may be either."""
    groups = {_BY_KEY[k].group for k in urgent}
    families = reading.named | reading.context
    if families:
        if urgent & _VISION:
            groups |= {Group.SPREAD, Group.VASCULAR}
        unnamed = Family.INJECTION in families
        if Family.TOXIN not in families and not (unnamed and Family.FILLER not in families):
            groups.discard(Group.SPREAD)
        if Family.FILLER not in families and not (unnamed and Family.TOXIN not in families):
            groups.discard(Group.VASCULAR)
        if (
            urgent & _VISION
            and Family.SURGERY in families
            and _EYE_AREA.search(reading.layout.text)
        ):
            groups.add(Group.EYE)
    return [g for g in Group if g in groups]


def rules_triage(text: str, *, treatment_kinds: Iterable[str] = ()) -> RulesVerdict:
    """Read a question (title and body) for urgent symptoms. `treatment_kinds` are the kinds
    (catalogue.TreatmentKind values) of the treatments the question is filed under."""
    context = frozenset(KIND_FAMILIES[k] for k in treatment_kinds if k in KIND_FAMILIES)
    reading = Reading(text[:TEXT_MAX], _TABLE, context)
    urgent = {s.key for s in SYMPTOMS if s.links and reading.counts(s.key, s.links)}
    for combination in COMBINATIONS:
        allowed = combination.links or None
        firsts = {k for k in combination.first if reading.counts(k, allowed)}
        seconds = {k for k in combination.second if reading.counts(k, allowed)}
        if firsts and seconds:
            urgent |= firsts | seconds
    if not urgent:
        return RulesVerdict()
    # Companions seen beside an urgent finding of their group are named too, for the record.
    groups = {_BY_KEY[k].group for k in urgent}
    urgent |= {
        s.key for s in SYMPTOMS if not s.links and s.group in groups and reading.counts(s.key, None)
    }
    reasons = [s.reason for s in SYMPTOMS if s.key in urgent]
    return RulesVerdict(reasons=reasons, groups=_advice_groups(reading, urgent))
