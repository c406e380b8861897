"""Query expansion: a term in a query also searches for its synonyms (search/data/synonyms.py).

Terms are matched on normalised word sequences: case-folded, split on anything that is not a
letter or digit (as the FTS5 unicode61 tokenizer and PostgreSQL's parser split), with a plain
English plural "s" dropped, so "Frown Line", "frown lines" and "FROWN-LINES" are one key.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache

from curbside.search.data.synonyms import GROUPS, SynonymGroup

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


# ---------------------------------------------------------------------------------------------
# Concept tokens: synonyms matched at index time
# ---------------------------------------------------------------------------------------------
# A query for "crow's feet" would otherwise be an OR of six phrases made of common words, each
# checked against word positions in every document holding those words: the slowest queries
# at 100,000 questions. Instead each document also carries one token per synonym group it
# mentions (a group's own terms, or its narrower ones), and a query term of the group asks for
# that single token. Tokens are letters then digits, one word to FTS5's unicode61 and to
# PostgreSQL's parser, and no stemmer changes them; they are derived from the group's kind and
# id, so reordering the data file changes nothing (changing a group's terms needs a reindex).

TOKEN_PREFIX = "zqsyn"  # noqa: S105  # a search token, not a secret
TOKEN_RE = re.compile(rf"\b{TOKEN_PREFIX}\d+\b")


def _token(group: SynonymGroup) -> str:
    digest = hashlib.sha1(f"{group['kind']}:{group['id']}".encode(), usedforsecurity=False)
    return f"{TOKEN_PREFIX}{int(digest.hexdigest()[:12], 16) % 10**12:012d}"


@cache
def _concept_tables() -> tuple[
    dict[tuple[str, ...], frozenset[str]], dict[tuple[str, ...], frozenset[str]]
]:
    """(term key → the tokens a query for it asks for, term key → the tokens a document
    containing it carries)."""
    query: dict[tuple[str, ...], set[str]] = {}
    document: dict[tuple[str, ...], set[str]] = {}
    for group in GROUPS:
        token = _token(group)
        for term in group["terms"]:
            key = key_of(words_of(term))
            query.setdefault(key, set()).add(token)
            document.setdefault(key, set()).add(token)
        for term in group.get("narrower", []):
            document.setdefault(key_of(words_of(term)), set()).add(token)
    return (
        {key: frozenset(tokens) for key, tokens in query.items()},
        {key: frozenset(tokens) for key, tokens in document.items()},
    )


@cache
def _term_lengths() -> dict[str, tuple[int, ...]]:
    """First word of a document term → the lengths of the terms it starts, longest first."""
    lengths: dict[str, set[int]] = {}
    for key in _concept_tables()[1]:
        lengths.setdefault(key[0], set()).add(len(key))
    return {word: tuple(sorted(found, reverse=True)) for word, found in lengths.items()}


def query_tokens(words: tuple[str, ...]) -> tuple[str, ...]:
    """The concept tokens a query term asks for (none when it is no synonym group's term)."""
    return tuple(sorted(_concept_tables()[0].get(key_of(words), ())))


def document_tokens(text: str) -> str:
    """The concept tokens of every synonym term in `text`, space-separated, sorted."""
    keys = [_singular(word) for word in words_of(text)]
    starts = _term_lengths()
    table = _concept_tables()[1]
    found: set[str] = set()
    for i, word in enumerate(keys):
        for length in starts.get(word, ()):
            tokens = table.get(tuple(keys[i : i + length]))
            if tokens:
                found.update(tokens)
    return " ".join(sorted(found))


def strip_tokens(text: str) -> str:
    """`text` without concept tokens, for display."""
    return TOKEN_RE.sub("", text).rstrip()
