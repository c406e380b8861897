"""Emergency triage of a question's text: explainable rules and a learned screener together.

Policy: a new question is held, and its writer shown emergency advice at once, when it says
that a person — the writer, or someone they speak for — has now, or had in the last hours or
days and not resolved, any of these (`reading.Group`, advice in `data/advice.yaml`):

1. Distant spread of botulinum toxin, hours to weeks after an injection: trouble swallowing,
   breathing or speaking, a hoarse or changed voice, weakness away from the injected area,
   double vision, blurred vision with drooping eyelids, loss of bladder control.
2. Anaphylaxis after any injection, medicine or procedure: throat tightening or closing, a
   swelling tongue, wheezing, hives or a rash with swelling or faintness.
3. A filler blocking a blood vessel: skin near the injection turning white, grey, blue, dusky
   or mottled, cold skin, severe pain at the site, any change in vision after a filler (call
   the injector and get emergency care).
4. Bleeding or a hematoma after surgery or a procedure: bleeding that will not stop,
   dressings soaking through, fast, tense or one-sided swelling, a swollen neck with trouble
   breathing.
5. Infection after a procedure: fever with redness that spreads, red streaks, pus, or feeling
   very ill or confused (sepsis).
6. Blood clot signs, above all after surgery: one calf or leg swollen, painful, warm or red;
   sudden breathlessness, pain on breathing in, coughing blood.
7. Vision loss after an eye-area procedure: sight getting worse or lost, severe eye pain, an
   eye that bulges or will not move.
8. Chest pain or stroke signs, whatever the cause: chest pain or pressure, pain spreading to
   the arm or jaw, a face drooping on one side, one arm or leg weak or numb, sudden confusion
   or trouble speaking, sudden loss of sight, the worst headache of one's life.
9. Thoughts of suicide or self-harm (the crisis line, 988, first; gently worded).

Published: questions asked in general or before a treatment ("can Botox cause trouble
swallowing?"); someone else's past story or one's own resolved episode ("years ago my aunt had
a scare with her breathing after Botox"); denied symptoms; expected, mild or local effects
(bruising, a small bump, a heavy brow, mild redness without fever); the same words used
harmlessly ("I'm dying to get filler", "this price is killing me").

How: the rules (`rules.py`, `data/*.yaml`) read each symptom in its clause with negation,
hypothetical, general, past and someone-else context (`reading.py`, `language.py`) and name
what they found; the screener (`screener.py`) scores the text's sentence embedding and names
the family it resembles. Recall comes first: a text is held when either says urgent. A held
question costs a moderator a minute; a missed emergency can cost a life.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from curbside.triage.reading import Group
from curbside.triage.rules import TEXT_MAX, rules_triage
from curbside.triage.screener import Screen, Screener, default
from curbside.triage.tables import advice

if TYPE_CHECKING:
    from curbside.search.semantic import Vector

EMERGENCY = (
    "Call 911 or go to the nearest emergency department now. Do not wait for an answer here."
)
NOT_URGENT_ADVICE = (
    "No urgent symptom was recognised in this text. This automatic check can miss things: if "
    "you have trouble breathing, swallowing or speaking, chest pain, new weakness or numbness, "
    "a change in vision, skin turning white or dusky after a treatment, bleeding that will not "
    "stop, or a fever with spreading redness after a procedure, call 911 or go to the nearest "
    "emergency department. If you are thinking about suicide or hurting yourself, call or text "
    "988."
)


@dataclass(frozen=True)
class TriageResult:
    urgent: bool
    reasons: list[str] = field(default_factory=list)
    advice: str = NOT_URGENT_ADVICE
    groups: list[Group] = field(default_factory=list)
    # The screener's probability that the text describes an emergency; None without it.
    probability: float | None = None
    # The text's sentence embedding, when one was computed (stored for similar questions).
    vector: Vector | None = field(default=None, compare=False, repr=False)

    @property
    def families(self) -> list[str]:
        return [g.value for g in self.groups]


def advice_for(groups: Iterable[Group]) -> str:
    """The emergency call, then each family's advice; thoughts of self-harm come first and
    alone are answered with the crisis words only."""
    chosen = set(groups)
    texts = advice()
    parts = [texts[Group.CRISIS].text] if Group.CRISIS in chosen else []
    others = [g for g in Group if g in chosen and g is not Group.CRISIS]
    if others or not parts:
        parts.append(EMERGENCY)
    parts += [texts[g].text for g in others]
    return " ".join(parts)


def _resembles(screen: Screen) -> str:
    titles = " or ".join(advice()[g].title for g in screen.families) or "an emergency"
    return f"what you describe may be {titles} (automatic screener, {screen.probability:.0%})"


def triage(
    text: str,
    *,
    treatment_kinds: Iterable[str] = (),
    vector: Vector | None = None,
    screener: Screener | bool | None = True,
) -> TriageResult:
    """Triage a question's title and body. `treatment_kinds` are the kinds (catalogue.TreatmentKind
    values) of the treatments it is filed under; `vector` its sentence embedding when the
    caller has it (computed here otherwise); `screener` True for the repository's, or a
    Screener, or None/False for the rules alone."""
    found = rules_triage(text[:TEXT_MAX], treatment_kinds=treatment_kinds)
    model = default() if screener is True else screener or None
    screen = None
    if model is not None:
        if vector is None:
            vector = embedding(text)
        if vector is not None:
            screen = model.screen(text[:TEXT_MAX], vector)
    groups = list(found.groups)
    reasons = list(found.reasons)
    if screen is not None and screen.urgent:
        if not groups:
            groups = list(screen.families)
        if not reasons:
            reasons = [_resembles(screen)]
    urgent = bool(found.groups) or bool(screen and screen.urgent)
    probability = None if screen is None else round(screen.probability, 4)
    if not urgent:
        return TriageResult(urgent=False, probability=probability, vector=vector)
    ordered = [g for g in Group if g in groups]
    return TriageResult(
        urgent=True,
        reasons=reasons,
        advice=advice_for(ordered),
        groups=ordered,
        probability=probability,
        vector=vector,
    )


def embedding(text: str) -> Vector | None:
    """The text's sentence embedding as similar-question search computes it, or None."""
    from curbside.search import semantic

    return semantic.embed_one(semantic.prepare(text))
