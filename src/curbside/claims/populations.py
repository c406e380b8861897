"""Ages, for claims about a population: the ages a claim names ("children", "teens under 18",
"patients over 65", "at any age") and the ages a label's population covers ("adults",
"12 years and older", "adults younger than 65", "adults; pediatric 2-17 years")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from curbside.claims.language import language

OLDEST = 120
ADULT = 18

_PEOPLE = (
    r"(?:patients|people|persons|adults|children|kids|anyone|those|someone|women|men|teens|"
    r"teenagers|individuals|users|clients|adolescents|toddlers|infants|babies|boys|girls)"
)
_N = r"(\d{1,2})"
_OR_OLDER = r"\s*(?:years?\s+(?:of\s+age\s+|old\s+)?)?(?:and|or)\s+(?:older|over|up|above)"
_WHO = r"\s+(?:who\s+are\s+|aged\s+)?"
_OVER = r"(?:over|above|older\s+than)\s+(?:the\s+age\s+of\s+)?"
_UNDER = r"(?:under|below|younger\s+than)\s+(?:the\s+age\s+of\s+)?"
# (pattern, how the number bounds the ages)
_STATED: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\b(?:aged?|ages)\s+{_N}{_OR_OLDER}"), "from"),
    (re.compile(rf"\b{_PEOPLE}\s+(?:aged\s+)?{_N}{_OR_OLDER}"), "from"),
    (re.compile(rf"\b{_N}\s+(?:years?\s+)?(?:and|or)\s+(?:older|over|up|above)\b"), "from"),
    (re.compile(rf"\b{_PEOPLE}{_WHO}{_OVER}{_N}\b"), "above"),
    (re.compile(rf"\b(?:over|above|older\s+than)\s+(?:the\s+)?age\s+(?:of\s+)?{_N}\b"), "above"),
    (re.compile(rf"\b{_PEOPLE}{_WHO}{_UNDER}{_N}\b"), "below"),
    (re.compile(rf"\b(?:under|below|younger\s+than)\s+(?:the\s+)?age\s+(?:of\s+)?{_N}\b"), "below"),
    (re.compile(rf"\b{_N}\s*(?:-|\s)years?(?:-|\s)olds?\b"), "exactly"),
    (
        re.compile(
            rf"\bat\s+(?:the\s+)?(?:age\s+(?:of\s+)?)?{_N}\b(?!\s*(?:%|percent|units?|u\b|sites?|weeks?|days?|months?))"
        ),
        "exactly",
    ),
)
# Phrases with an age word that speak of no age ("the newest kid on the block").
_IDIOMS = re.compile(r"\bnew(?:est)?\s+kids?\s+on\s+the\s+block\b|\bkid\s+gloves\b")
# A stated lower bound of the approval itself: "approved from age 2", "starting at 12",
# "as young as 5", "only from 5 yrs old". The label's youngest age must be that one.
_STARTS = re.compile(
    rf"\b(?:from|starting\s+(?:at|from)|beginning\s+at|as\s+young\s+as|down\s+to|"
    rf"(?:not\s+)?(?:until|before)|minimum\s+age\s+(?:of\s+|is\s+)?|min\.?\s+age\s+)\s*(?:the\s+)?"
    rf"(?:age\s+(?:of\s+)?)?{_N}\b(?!\s*(?:-|to)\s*\d)(?:\s*(?:years?|yrs?)(?:\s+(?:old|of\s+age))?)?"
)


@dataclass(frozen=True)
class Ages:
    low: int
    high: int
    every: bool = False  # "at any age": a claim that every age is covered
    # "Anyone 16 and older": a claim that every age from a stated one is covered, not only
    # some of them.
    whole: bool = False
    # "Approved from age 2": a claim that the youngest age the label covers is `low`.
    starts: bool = False

    def overlaps(self, other: Ages) -> bool:
        return self.low <= other.high and other.low <= self.high

    def within(self, other: Ages) -> bool:
        return other.low <= self.low and self.high <= other.high


def claim_ages(text: str) -> Ages | None:
    """The ages a (normalized) clause names, or None when it names none."""
    lang = language()
    text = _IDIOMS.sub(" ", text)
    if lang.every_age.search(text):
        return Ages(0, OLDEST, every=True)
    low, high, named, banded, stated_from = 0, OLDEST, False, False, False
    for pattern, (band_low, band_high) in lang.age_bands:
        if pattern.search(text):
            low, high, named = max(low, band_low), min(high, band_high), True
            banded = True
    for pattern, bound in _STATED:
        for match in pattern.finditer(text):
            number = int(match.group(1))
            if bound == "from":
                low = max(low, number)
                stated_from = True
            elif bound == "above":
                low = max(low, number + 1)
            elif bound == "below":
                high = min(high, number - 1)
            else:
                low, high = max(low, number), min(high, number)
            named = True
    start = _STARTS.search(text)
    if start is not None:
        low, named = int(start.group(1)), True
        return Ages(low, OLDEST, whole=True, starts=True)
    if not named:
        return None
    whole = stated_from and not banded and high == OLDEST
    # "Approved for patients 12 and older": the youngest age the label covers, as "from 12".
    return Ages(low, max(low, high), whole=whole, starts=whole)


_ADULTS_ONLY = re.compile(
    r"\b(?<!not\s)(?:adults?\s+only|only\s+(?:for\s+|in\s+|to\s+)?adults|(?:just|strictly|solely|"
    r"exclusively|limited\s+to|restricted\s+to)\s+(?:for\s+|in\s+|to\s+)?adults)\b"
)


def adults_only(text: str) -> bool:
    """Whether a (normalized) clause limits a claim to adults ("adults only", "only for
    adults", "restricted to adults")."""
    return bool(_ADULTS_ONLY.search(text))


def label_ages(population: str) -> Ages:
    """The ages a label's population covers: "adults" from 18; "12 years and older";
    "adults younger than 65" up to 64; "adults; pediatric 2-17 years" from 2."""
    text = re.sub(r"\([^)]*\)", "", population).lower()
    years = [int(n) for n in re.findall(r"(\d{1,2})\s*(?:-\s*\d{1,2}\s*)?(?:years?|yrs?)", text)]
    # A device's label: "over 21" (from 22), "21 and older", "22 and older".
    years += [int(n) + 1 for n in re.findall(r"\b(?:over|older\s+than)\s+(\d{1,2})\b", text)]
    years += [int(n) for n in re.findall(r"\b(\d{1,2})\s+(?:and|or)\s+(?:older|over)\b", text)]
    low = min(years) if years else (ADULT if "adult" in text else 0)
    younger = re.search(r"younger\s+than\s+(\d{1,3})", text)
    high = int(younger.group(1)) - 1 if younger else OLDEST
    return Ages(low, high)
