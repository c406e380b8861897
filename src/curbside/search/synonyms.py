"""Query expansion: a term in a query also searches for its synonyms (search/data/synonyms.py).

Terms are matched on normalised word sequences: case-folded, split on anything that is not a
letter or digit (as the FTS5 unicode61 tokenizer and PostgreSQL's parser split), with a plain
English plural "s" dropped, so "Frown Line", "frown lines" and "FROWN-LINES" are one key.
"""

from __future__ import annotations

import re
from functools import cache

from curbside.search.data.synonyms import GROUPS

WORD_RE = re.compile(r"[^\W_]+")


def words_of(text: str) -> tuple[str, ...]:
    """The words a search engine sees in `text`, case-folded."""
    return tuple(word.casefold() for word in WORD_RE.findall(text))


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def key_of(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_singular(word) for word in words)


@cache
def synonym_table() -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Normalised term → every term (as words) a query for it also searches for, itself
    included first."""
    table: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for group in GROUPS:
        terms = [words_of(term) for term in group["terms"]]
        narrower = [words_of(term) for term in group.get("narrower", [])]
        for term in terms:
            expansions = table.setdefault(key_of(term), [term])
            for other in terms + narrower:
                if other not in expansions:
                    expansions.append(other)
    return {key: tuple(expansions) for key, expansions in table.items()}


@cache
def longest_term() -> int:
    return max(len(key) for key in synonym_table())


def expansions(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Every term a query for `words` searches for (itself first); just itself when it has
    no synonyms."""
    return synonym_table().get(key_of(words), (words,))
