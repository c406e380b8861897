"""Years in a claim about approvals: the patterns that find a stated year and what leads it,
and which condition of the clause a year goes with."""

from __future__ import annotations

import re

from curbside.claims.reading import Clause, ConditionMention

YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")
YEAR_LEAD = re.compile(
    r"(?:in|since|from|back\s+in|back\s+to|dates?\s+(?:to|from)|as\s+of|approved|approval|until|till|"
    r"was|were|came)"
    r"\s+(?:\w+\s+){0,2}$"
)
BACK_REFERENCE = re.compile(r"\b(?:for|to\s+treat)\s+(?:it|that|this|them|those|these)\b")
NEW_SUBJECT = re.compile(r"\b(?:and|while|whereas|but)\s+(?:the|its|their|his|her)\b|;")
# "Not approved until 2016" says it was approved in 2016.
UNTIL = re.compile(r"\b(?:until|till)\s+(?:(?:late|early|mid)\s+)?(?:\w+\s+)?(?:19|20)\d\d\b")
# "Jeuveau only got FDA approval in 2019": its first approval came then.
# Coming onto the US market: a claim about a product's approval years.
ON_MARKET = re.compile(
    r"\b(?:available|on\s+the\s+(?:us\s+)?market|came\s+(?:to|into)\s+the\s+(?:us|states|united\s+states|"
    r"us\s+market|market)|launched|arrived|hit\s+the\s+(?:us\s+)?market|around\s+in\s+the\s+(?:us|states))\b"
)
FIRST_APPROVAL = re.compile(
    r"\b(?:first|originally|initially|only\s+(?:just\s+)?(?:got|received|gained|won|earned))\b"
)


def year_condition(clause: Clause, match: re.Match[str]) -> ConditionMention | None:
    """The condition a stated year goes with: the one in front of "(2002)"; the one after
    "since 2024,"; else the nearer one ("approved for frown lines in 2022 and for
    cervical dystonia in 2023")."""
    at, end = clause.start + match.start(), clause.start + match.end()
    preceding = [c for c in clause.conditions if c.end <= at]
    following = [c for c in clause.conditions if c.start >= end]
    before = preceding[-1] if preceding else None
    after = following[0] if following else None
    # "crow's feet was 2013 and the forehead one was 2017": a new subject between a use
    # and a year ("and the", "while the") breaks the link.
    if before is not None and NEW_SUBJECT.search(
        clause.text[before.end - clause.start : match.start()]
    ):
        before = None
    if before is None or after is None:
        return before or after
    text = clause.text
    if text[: match.start()].rstrip().endswith("(") and text[match.end() :].startswith(")"):
        return before
    # "…, since 2013, for crow's feet": a year set off by commas on both sides goes with
    # what follows; "for frown lines in 2002, the same year as…" with what precedes.
    lead = re.search(r"(?:^|,)\s*(?:\w+\s+){0,2}$", text[: match.start()])
    if text[match.end() :].lstrip().startswith(",") and lead is not None:
        return after
    # "for frown lines in September 2022 and for cervical dystonia in 2023": a year
    # followed by the next coordinated use goes with the one before it.
    if re.match(r"\s*,?\s*(?:and|while|but|then|plus)\b", text[match.end() :]):
        return before
    if after.start - end < at - before.end:
        return after
    return before
