"""A sentence as the claim rules read it: numbers written as words in digits (numbers.py)
and the apostrophes people leave out of contractions put back ("doesnt" → "doesn't", "cant"
→ "can't"). The verdict still quotes the sentence as written."""

from __future__ import annotations

import re

from curbside.claims.numbers import in_digits

# Contractions whose bare spelling is not another word ("its", "were", "well", "hell" are).
_CONTRACTED = {
    "doesnt": "doesn't", "dont": "don't", "didnt": "didn't", "isnt": "isn't",
    "arent": "aren't", "wasnt": "wasn't", "werent": "weren't", "cant": "can't",
    "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't", "wont": "won't",
    "hasnt": "hasn't", "havent": "haven't", "hadnt": "hadn't", "aint": "ain't",
    "thats": "that's", "theres": "there's", "youre": "you're", "theyre": "they're",
    "im": "I'm", "ive": "I've", "id": "I'd",
}  # fmt: skip
_BARE = re.compile(r"(?<![\w'])(" + "|".join(_CONTRACTED) + r")(?![\w'])", re.IGNORECASE)


def _restored(match: re.Match[str]) -> str:
    word = match.group(1)
    full = _CONTRACTED[word.lower()]
    return full if word.islower() or full[0] == "I" else full[0].upper() + full[1:]


def as_read(sentence: str) -> str:
    return _BARE.sub(_restored, in_digits(sentence))
