"""Numbers written as words, put in digits before a sentence is read: years ("twenty ten",
"two thousand and four", "nineteen eighty-nine") and numbers next to ages and units ("from
age sixteen", "twelve and up", "fifty units"). The claim rules read digits; people write
both."""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_TEN = "|".join(_TENS)
# 1-99 in words: "seven", "sixteen", "twenty", "twenty-two", "twenty two"
_SMALL = rf"(?:(?:{_TEN})(?:[\s-](?:{_UNIT}))?|(?:{_UNIT}))"
_YEAR = re.compile(
    rf"(?<![\w-])(?:(?P<thousand>two\s+thousand)(?:\s+and)?(?:[\s-](?P<rest>{_SMALL}))?"
    rf"|(?P<century>nineteen|twenty)[\s-](?P<decade>{_SMALL}))(?![\w-])",
    re.IGNORECASE,
)
_AGE_OR_AMOUNT = re.compile(
    rf"(?<![\w-])(?P<number>{_SMALL})(?=[\s-]+(?:years?|yrs?|and\s+(?:up|older|over|above)|"
    rf"or\s+(?:older|over|above)|units?|u\b|plus\b|\+))"
    rf"|(?<=\bage\s)(?P<aged>{_SMALL})(?![\w-])|(?<=\baged\s)(?P<aged2>{_SMALL})(?![\w-])"
    rf"|(?<=\bover\s)(?P<over>{_SMALL})(?![\w-])|(?<=\bunder\s)(?P<under>{_SMALL})(?![\w-])"
    rf"|(?<=\bfrom\s)(?P<from>{_SMALL})(?![\w-])",
    re.IGNORECASE,
)


def _value(words: str) -> int:
    total = 0
    for word in re.split(r"[\s-]+", words.lower()):
        total += _TENS.get(word, 0) + _UNITS.get(word, 0)
    return total


def _year(match: re.Match[str]) -> str:
    if match.group("thousand"):
        rest = match.group("rest")
        return str(2000 + (_value(rest) if rest else 0))
    century = 1900 if match.group("century").lower() == "nineteen" else 2000
    decade = _value(match.group("decade"))
    if century == 2000 and match.group("decade").lower().startswith("twenty"):
        return str(2000 + decade)
    if century == 2000 and decade < 10:
        return match.group(0)  # "twenty one" is a number, not a year
    return str(century + decade)


def _small(match: re.Match[str]) -> str:
    return str(_value(match.group(0)))


# A ratio in words: "three to one", "two and a half to one".
_RATIO = re.compile(
    rf"(?<![\w-])(?P<a>{_SMALL}(?:\s+and\s+a\s+half)?)\s+(?:to|:)\s+(?P<b>{_SMALL})(?![\w-])",
    re.IGNORECASE,
)


def _ratio(match: re.Match[str]) -> str:
    first = match.group("a")
    half = first.lower().endswith("and a half")
    value = _value(first.rsplit(" and ", 1)[0] if half else first)
    return f"{value}{'.5' if half else ''} to {_value(match.group('b'))}"


def in_digits(text: str) -> str:
    """The text with years, ratios and numbers of ages and units written as words put in
    digits."""
    if not re.search(rf"(?i)\b(?:{_UNIT}|{_TEN})\b", text):
        return text
    return _AGE_OR_AMOUNT.sub(_small, _RATIO.sub(_ratio, _YEAR.sub(_year, text)))
