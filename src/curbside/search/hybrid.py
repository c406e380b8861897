"""Similar questions, and the fusion of lexical and semantic rankings.

Similar questions are ranked by meaning: the cosine of the two sentence embeddings, corrected for
hubness (search.vectors), over every stored question. The full-text side is the fallback: when
there is no model, no vector for the text, or no vectors stored yet, the candidates are the
full-text index's (any of the text's distinctive words, synonyms expanded), scored by their
normalised reciprocal rank.

Lexical evidence is not in the similar-question score, by measurement. On our development sets
(bench/data/similar_dev.jsonl and similar_hard.jsonl, written for this project), blending the
full-text ranking into the score lowered every figure, at every weight tried (0.4, 0.2, 0.1):
with 0.4 (the blend before), top-1 fell from 0.753 to 0.683 on the development set. Questions that
share their words but not their intent are exactly the near misses a patient must not be sent
to, and "distinctive words in common" is what they have. /search/ is where both rankings are
fused (`fuse`), for the keyword queries typed there.

    fuse:  score = SEMANTIC_WEIGHT · max(similarity, 0) + (1 - SEMANTIC_WEIGHT) · rrf / rrf_max

Both terms lie in [0, 1], so the score does. A side that ran and found nothing counts in the
normalisation (what only the other side found gets half the RRF credit); a side that could not
run does not.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from curbside.qa.models import Question, QuestionStatus
from curbside.search import semantic, terms, vectors
from curbside.search.fulltext import ParsedQuery, question_ids_matching

logger = logging.getLogger(__name__)

CANDIDATES = 50
RRF_K = 60
SEMANTIC_WEIGHT = 0.6  # in /search/'s fusion: a prior, not fitted to any evaluation set
LEXICAL_WORDS = 16
# The lexical side asks for a text's words, skipping those whose question counts would take the
# sum over this:
# it bounds the matches the full-text index ranks (see search.terms).
LEXICAL_POSTINGS = 1000  # = fulltext.RANK_WINDOW: the lexical side is always ranked exactly
# Words that say nothing about which question this is; the lexical side ORs the rest, and
# "can" or "after" would match half the table.
_STOP_WORDS_TEXT = """a about after again all also am an and any are as at be been before being
    but by can could did do does doing for from get getting got had has have having he her here
    how i if in into is it its just me more most my no not now of on once only or other our out
    over should so some such than that the their them then there these they this those to too
    under until up very was we were what when where which while who why will with would you your
    anyone really still much many want wondering know think thanks thank please help"""
_STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())
_WORD_RE = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Similar:
    id: int
    title: str
    url: str
    score: float


def _content_words(text: str) -> list[str]:
    words = [w for w in _WORD_RE.findall(text.casefold()) if w not in _STOP_WORDS and len(w) > 1]
    return list(dict.fromkeys(words))


def _lexical_query(text: str) -> str:
    """An OR of the text's distinctive words (search.terms): in text order, within a budget of
    LEXICAL_POSTINGS question occurrences, at most LEXICAL_WORDS of them."""
    words = terms.distinctive_words(
        _content_words(text), budget=LEXICAL_POSTINGS, limit=LEXICAL_WORDS
    )
    return " OR ".join(words)


def _lexical_source() -> Callable[[str, int], list[tuple[int, float]]] | None:
    """The full-text side (tests replace it, or take it away)."""
    return question_ids_matching


def lexical_candidates(text: str, limit: int = CANDIDATES) -> list[tuple[int, float]] | None:
    """(question id, rank) from full-text search, best first; None when there is no full-text
    side to ask (not installed, failing, or no content word in the text), [] when every
    content word is too common to tell questions apart."""
    source = _lexical_source()
    if source is None or not _content_words(text):
        return None
    query = _lexical_query(text)
    if not query:
        return []
    try:
        return source(query, limit)
    except Exception:  # search must degrade, never 500: log and use the semantic side
        logger.exception("Full-text candidates failed for similar questions")
        return None


def rrf(rankings: Sequence[Sequence[int] | None], k: int = RRF_K) -> dict[int, float]:
    """Reciprocal rank fusion, normalised so that first in every ranking scores 1.0. A ranking
    of None is a side that could not vote; an empty one voted for nothing, so a question only
    the other side found gets half the credit."""
    lists = [r for r in rankings if r is not None]
    fused: dict[int, float] = {}
    for ranking in lists:
        for rank, qid in enumerate(ranking, start=1):
            fused[qid] = fused.get(qid, 0.0) + 1.0 / (k + rank)
    best = len(lists) / (k + 1)
    return {qid: value / best for qid, value in fused.items()}


def fuse(
    lexical: Sequence[int] | None,
    semantic_ranked: Sequence[int] | None,
    similarities: dict[int, float],
) -> list[tuple[int, float]]:
    """(question id, score in [0, 1]) best first, from the two rankings (None: that side is
    unavailable) and the similarities known."""
    fused = rrf([lexical, semantic_ranked])
    if semantic_ranked is not None:
        scored = {
            qid: SEMANTIC_WEIGHT * max(similarities.get(qid, 0.0), 0.0)
            + (1 - SEMANTIC_WEIGHT) * value
            for qid, value in fused.items()
        }
    else:
        scored = fused
    return sorted(
        ((qid, min(max(score, 0.0), 1.0)) for qid, score in scored.items()),
        key=lambda item: (-item[1], item[0]),
    )


def similar_questions(
    text: str,
    *,
    limit: int = 5,
    exclude_id: int | None = None,
    vector: semantic.Vector | None = None,
    embed: bool = True,
    answered_only: bool = False,
) -> list[Similar]:
    """Published questions most like `text`, best first. `vector` is the text's embedding when
    the caller has it (a stored question's); `embed=False` never loads the model for it;
    `answered_only` keeps questions with at least one answer."""
    if vector is None and embed:
        vector = semantic.embed_one(semantic.prepare(text))
    wanted = limit * 3 + 5  # over-fetch: some may be held or removed since they were indexed
    index = vectors.current_index() if vector is not None else None
    if vector is not None and index is not None and len(index):
        ranked = [
            (qid, min(max(score, 0.0), 1.0))
            for qid, score in index.search(vector, wanted + 1)
            if qid != exclude_id
        ]
    else:
        found_lexically = lexical_candidates(text)
        lexical = None if found_lexically is None else [qid for qid, _ in found_lexically]
        ranked = [(qid, score) for qid, score in fuse(lexical, None, {}) if qid != exclude_id]
    if not ranked:
        return []
    # By primary key alone, the status checked here: with a status filter in the query SQLite
    # may walk the status index over every published question (60 ms at 100,000) instead.
    rows = Question.objects.filter(pk__in=[qid for qid, _ in ranked[:wanted]])
    rows = rows.only("pk", "title", "slug", "status", "answer_count")
    by_id = {
        q.pk: q
        for q in rows
        if q.status == QuestionStatus.PUBLISHED and (not answered_only or q.answer_count > 0)
    }
    found = [
        Similar(id=qid, title=by_id[qid].title, url=by_id[qid].get_absolute_url(), score=score)
        for qid, score in ranked
        if qid in by_id
    ]
    return found[:limit]


# Questions only the semantic side found are shown in /search/ from this similarity up: a keyword
# query's embedding is close to many questions about something else.
SEARCH_MIN_SIMILARITY = 0.35


def search_questions(q: str, parsed: ParsedQuery, limit: int) -> list[tuple[int, float]]:
    """(question id, score in [0, 1]) for a search-box query, best first: the full-text
    ranking (at most `limit`, see fulltext.question_ids_matching) fused with the questions
    nearest in meaning (`fuse`). Lexical alone when there is no model or no stored vector. The
    semantic side may name unpublished questions: callers keep published ones."""
    lexical = [qid for qid, _ in question_ids_matching(parsed, limit)] if parsed else []
    vector = semantic.embed_one(semantic.prepare(q)) if q.strip() else None
    index = vectors.current_index() if vector is not None else None
    if vector is None or index is None or not len(index):
        return fuse(lexical, None, {})[:limit]
    hits = [hit for hit in index.search(vector, CANDIDATES) if hit[1] >= SEARCH_MIN_SIMILARITY]
    similarities = dict(hits)
    similarities.update(
        index.similarities(vector, [qid for qid in lexical if qid not in similarities])
    )
    return fuse(lexical, [qid for qid, _ in hits], similarities)[:limit]


def similar_to_question(question: Question, *, limit: int = 5) -> list[Similar]:
    """Questions like a stored one, from its stored vector: never loads the model, so the
    question page costs no model time (the embedding task computed the vector)."""
    text = semantic.prepare(question.title, question.body)
    stored = vectors.current_index().vectors_for([question.pk]).get(question.pk)
    return similar_questions(text, limit=limit, exclude_id=question.pk, vector=stored, embed=False)
