"""Full-text search over SearchDocument: a safe query parser, synonym expansion, and the
engine-specific query (SQLite FTS5 / PostgreSQL tsvector) behind SearchDocument.objects.search().

User text never reaches the engine's query syntax: the parser keeps only words (letters and
digits), and the engine query is built here from them, each word or phrase quoted (FTS5) or
passed as a parameter to phraseto_tsquery (PostgreSQL).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from django.core.exceptions import ImproperlyConfigured
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Case, FloatField, Value, When
from django.db.models.query import ModelIterable
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator

from curbside.search import synonyms, terms

if TYPE_CHECKING:
    from django.db.backends.base.base import BaseDatabaseWrapper

    from curbside.qa.models import QuestionQuerySet
    from curbside.search.documents import SearchDocument, SearchDocumentQuerySet

MAX_QUERY_CHARS = 500
MAX_GROUPS = 12
MAX_EXCLUDED = 6
MAX_WORD_CHARS = 60
MAX_PHRASE_WORDS = 8
# Column weights, title > body > extra: FTS5 bm25() multipliers; PostgreSQL ts_rank() weights
# of the A (title), B (body) and C (extra) labels.
FTS5_WEIGHTS = (10.0, 4.0, 1.0)
PG_WEIGHTS = "{0.0, 0.1, 0.4, 1.0}"  # D, C, B, A
PG_CONFIG = "english"
# Highlight markers: private-use characters that indexed text never contains (indexing strips
# them), turned into <mark> after the rest of the snippet is escaped.
MARK_START = "\ue000"
MARK_END = "\ue001"
SNIPPET_WORDS = 28

# PostgreSQL's English stop words, dropped from bare query words on both engines so both find
# the same documents (FTS5 keeps every word; to_tsvector drops these).
_STOP_WORDS_TEXT = """
    a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is
    it its itself just me more most my myself no nor not now of off on once only or other our
    ours ourselves out over own s same she should so some such t than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with you your yours yourself yourselves"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())

_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f\ue000-\uf8ff]")
_CHUNK_RE = re.compile(r'(?P<neg>-)?"(?P<phrase>[^"]*)(?:"|$)|(?P<word>[^\s"]+)')

Phrase = tuple[str, ...]


@dataclass(frozen=True)
class ParsedQuery:
    """A query as groups of alternatives: a document matches when it contains, for every group,
    at least one of its phrases (a one-word phrase is a word), and none of `excluded`."""

    groups: tuple[tuple[Phrase, ...], ...] = ()
    excluded: tuple[Phrase, ...] = ()
    # Synonyms the expansion added, for "also searching for …" on the results page.
    added: tuple[str, ...] = field(default=())
    # `groups` with each synonym group's concept token (search.synonyms) as the phrases it
    # stands for: what snippets highlight. Empty when it would equal `groups`.
    highlighted: tuple[tuple[Phrase, ...], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.groups)


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text[: MAX_QUERY_CHARS * 2])[:MAX_QUERY_CHARS]
    return _CONTROL_RE.sub(" ", text)


def _words(text: str) -> Phrase:
    return tuple(word[:MAX_WORD_CHARS] for word in synonyms.words_of(text))


def parse_query(text: str) -> ParsedQuery:
    """Words, "quoted phrases", `-excluded` words or phrases and `OR` between two terms.
    Anything else (operators, brackets, `*`, `:`, column filters) is just punctuation between
    words. Never raises."""
    # Chunks in order: (phrase words, quoted, negated, or_before)
    chunks: list[tuple[Phrase, bool, bool, bool]] = []
    or_pending = False
    for match in _CHUNK_RE.finditer(_clean(text)):
        raw_word = match["word"]
        if raw_word == "OR":
            or_pending = bool(chunks)
            continue
        negated = bool(match["neg"]) or (raw_word is not None and raw_word.startswith("-"))
        quoted = raw_word is None
        words = _words(match["phrase"] if quoted else raw_word)
        if not words:
            continue
        if negated or quoted:
            chunks.append((words[:MAX_PHRASE_WORDS], True, negated, or_pending))
        else:
            # "crow's" or "a:b" are several plain words: synonym matching sees them in order.
            chunks.extend(
                (((word,), False, False, or_pending and i == 0)) for i, word in enumerate(words)
            )
        or_pending = False
    return _build(chunks)


def _build(chunks: list[tuple[Phrase, bool, bool, bool]]) -> ParsedQuery:
    groups: list[list[Phrase]] = []
    highlighted: list[list[Phrase]] = []
    excluded: list[Phrase] = []
    added: list[str] = []
    i = 0
    while i < len(chunks):
        words, quoted, negated, or_before = chunks[i]
        if negated:
            excluded.append(words)
            i += 1
            continue
        alternatives: list[Phrase]
        shown: list[Phrase]
        if quoted:
            alternatives, shown, used = [words], [words], 1
        else:
            alternatives, shown, used = _expand(chunks, i, added)
        i += used
        if not alternatives:
            continue
        if or_before and groups:
            groups[-1].extend(a for a in alternatives if a not in groups[-1])
            highlighted[-1].extend(a for a in shown if a not in highlighted[-1])
        else:
            groups.append(alternatives)
            highlighted.append(shown)
    matched = tuple(tuple(g) for g in groups[:MAX_GROUPS])
    shown_groups = tuple(tuple(g) for g in highlighted[:MAX_GROUPS])
    return ParsedQuery(
        groups=matched,
        excluded=tuple(excluded[:MAX_EXCLUDED]),
        added=tuple(dict.fromkeys(added)),
        highlighted=() if shown_groups == matched else shown_groups,
    )


def _expand(
    chunks: list[tuple[Phrase, bool, bool, bool]], start: int, added: list[str]
) -> tuple[list[Phrase], list[Phrase], int]:
    """The longest run of plain words from `start` that is a synonym term, as its concept
    tokens; else the word itself, or nothing for a stop word. Returns the alternatives to
    match, the phrases they stand for (to highlight) and how many chunks they used."""
    run: list[str] = []
    for words, quoted, negated, or_before in chunks[start : start + synonyms.longest_term()]:
        if quoted or negated or (or_before and run):
            break
        run.append(words[0])
    for length in range(len(run), 0, -1):
        phrase = tuple(run[:length])
        found = synonyms.expansions(phrase)
        if len(found) > 1:
            added.extend(" ".join(f) for f in found[1:])
            tokens = synonyms.query_tokens(phrase)
            matched: list[Phrase] = [(token,) for token in tokens] if tokens else list(found)
            return matched, list(found), length
    word = run[0]
    alternatives: list[Phrase] = [] if word in STOP_WORDS else [(word,)]
    return alternatives, alternatives, 1


# ---------------------------------------------------------------------------------------------
# Engine queries
# ---------------------------------------------------------------------------------------------


def fts5_match(parsed: ParsedQuery, *, highlight: bool = False) -> str:
    """The FTS5 MATCH expression: every phrase a quoted string, so nothing in it is syntax.
    With `highlight`, synonyms are the phrases they stand for (for snippet())."""

    def string(phrase: Phrase) -> str:
        return '"' + " ".join(phrase).replace('"', '""') + '"'

    def any_of(phrases: tuple[Phrase, ...]) -> str:
        if len(phrases) == 1:
            return string(phrases[0])
        return "(" + " OR ".join(string(p) for p in phrases) + ")"

    groups = (parsed.highlighted or parsed.groups) if highlight else parsed.groups
    expression = " AND ".join(any_of(group) for group in groups)
    if parsed.excluded:
        expression = f"({expression}) NOT {any_of(parsed.excluded)}"
    return expression


def pg_tsquery(parsed: ParsedQuery, *, highlight: bool = False) -> tuple[str, list[str]]:
    """SQL for the tsquery and its parameters: each phrase through phraseto_tsquery(), joined
    with the tsquery operators here, so user text is only ever a parameter. With `highlight`,
    synonyms are the phrases they stand for (for ts_headline())."""
    params: list[str] = []

    def any_of(phrases: tuple[Phrase, ...]) -> str:
        parts = []
        for phrase in phrases:
            parts.append(f"phraseto_tsquery('{PG_CONFIG}'::regconfig, %s)")
            params.append(" ".join(phrase))
        return "(" + " || ".join(parts) + ")"

    groups = (parsed.highlighted or parsed.groups) if highlight else parsed.groups
    sql = " && ".join(any_of(group) for group in groups)
    if parsed.excluded:
        sql = f"({sql}) && !!{any_of(parsed.excluded)}"
    return f"({sql})", params


def search(
    queryset: SearchDocumentQuerySet, text: str | ParsedQuery, *, snippets: bool = False
) -> SearchDocumentQuerySet:
    """The documents matching `text`, best first, each with `rank` (a float, higher is
    better); with `snippets`, also `title_html` and `snippet` (escaped HTML, matches in <mark>).
    Counting the result doesn't compute snippets, so paginate it freely."""
    parsed = text if isinstance(text, ParsedQuery) else parse_query(text)
    if not parsed:  # the same shape as a result, with no rows and no query run
        empty = queryset.extra(select={"rank": "0.0"}).none()
        return cast("SearchDocumentQuerySet", empty)
    vendor = connections[queryset.db].vendor
    if vendor == "postgresql":
        found = _search_postgresql(queryset, parsed)
    elif vendor == "sqlite":
        found = _search_sqlite(queryset, parsed)
    else:  # pragma: no cover - the project supports these two engines
        raise ImproperlyConfigured(
            f"Full-text search supports SQLite and PostgreSQL, not {vendor}."
        )
    if snippets:
        found = with_snippets(found, parsed)
    return found.order_by("-rank", "pk")


def with_snippets(queryset: SearchDocumentQuerySet, parsed: ParsedQuery) -> SearchDocumentQuerySet:
    """`queryset`'s documents with `title_html` and `snippet` for `parsed`: made for the
    fetched rows only, in one more query (made in the ranking query, they would be made for
    every match). A document the query does not match gets its title and the start of its
    text."""
    # Query.clone() copies its __dict__, so this survives filtering and slicing.
    queryset = queryset.all()
    vendor = connections[queryset.db].vendor
    queryset.query.search_snippets = _snippet_sql(vendor, parsed)  # type: ignore[attr-defined]
    queryset._iterable_class = HighlightedIterable
    return queryset


def _search_sqlite(queryset: SearchDocumentQuerySet, parsed: ParsedQuery) -> SearchDocumentQuerySet:
    weights = ", ".join(str(w) for w in FTS5_WEIGHTS)
    select = {"rank": f"-bm25(search_fts, {weights})"}
    found = queryset.extra(  # noqa: S610  # the MATCH expression is a parameter
        select=select,
        tables=["search_fts"],
        # "+ 0" keeps the rowid away from FTS5's planner: without it SQLite may scan every
        # document and run the MATCH once per row (a 15 s count at 30k documents, 57 ms with).
        where=["search_searchdocument.id = search_fts.rowid + 0", "search_fts MATCH %s"],
        params=[fts5_match(parsed)],
    )
    return cast("SearchDocumentQuerySet", found)


def _search_postgresql(
    queryset: SearchDocumentQuerySet, parsed: ParsedQuery
) -> SearchDocumentQuerySet:
    tsquery, params = pg_tsquery(parsed)
    select = {"rank": f"ts_rank('{PG_WEIGHTS}', search_vector, {tsquery})"}
    select_params: list[str] = list(params)
    found = queryset.extra(  # noqa: S610  # user text reaches the SQL only as parameters
        select=select,
        select_params=select_params,
        where=[f"search_vector @@ {tsquery}"],
        params=params,
    )
    return cast("SearchDocumentQuerySet", found)


def marked_html(text: str) -> SafeString:
    """Escape `text` (less any concept tokens), then turn the highlight markers into <mark>
    elements."""
    escaped = escape(synonyms.strip_tokens(text))
    return mark_safe(  # noqa: S308  # everything but our own markers was escaped above
        escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    )


def _snippet_sql(vendor: str, parsed: ParsedQuery) -> tuple[str, list[str]]:
    """SQL for (id, marked title, body snippet, extra snippet) of the documents whose ids
    replace `{ids}`, and its parameters."""
    if vendor == "postgresql":
        tsquery, params = pg_tsquery(parsed, highlight=True)
        options = (
            f'StartSel="{MARK_START}", StopSel="{MARK_END}", MaxWords={SNIPPET_WORDS}, '
            'MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'
        )
        title_options = f'StartSel="{MARK_START}", StopSel="{MARK_END}", HighlightAll=true'
        headline = f"ts_headline('{PG_CONFIG}'::regconfig, {{}}, {tsquery}, %s)"
        # Fixed SQL: the query text and the ids are parameters.
        sql = (
            f"SELECT id, {headline.format('title')}, {headline.format('body')}, "  # noqa: S608
            f"{headline.format('extra')} FROM search_searchdocument WHERE id IN ({{ids}})"
        )
        return sql, [*params, title_options, *params, options, *params, options]
    marks = "char(57344), char(57345)"  # MARK_START, MARK_END
    # Fixed SQL: the query text and the ids are parameters.
    sql = (
        f"SELECT rowid, highlight(search_fts, 0, {marks}), "  # noqa: S608
        f"snippet(search_fts, 1, {marks}, '…', {SNIPPET_WORDS}), "
        f"snippet(search_fts, 2, {marks}, '…', {SNIPPET_WORDS}) "
        "FROM search_fts WHERE search_fts MATCH %s AND rowid IN ({ids})"
    )
    return sql, [fts5_match(parsed, highlight=True)]


class HighlightedIterable(ModelIterable["SearchDocument"]):
    """Documents with `title_html` and `snippet` as safe HTML (the body's snippet, or the
    extra text's when only that matched), made in one query for all the fetched rows."""

    def __iter__(self) -> Iterator[SearchDocument]:
        documents = list(super().__iter__())
        sql, params = getattr(self.queryset.query, "search_snippets", ("", []))
        marked: dict[int, tuple[str, str, str]] = {}
        if documents and sql:
            ids = [int(document.pk) for document in documents]
            with connections[self.queryset.db].cursor() as cursor:
                cursor.execute(sql.format(ids=", ".join(["%s"] * len(ids))), [*params, *ids])
                marked = {row[0]: (row[1] or "", row[2] or "", row[3] or "") for row in cursor}
        for document in documents:
            start = Truncator(document.body).words(SNIPPET_WORDS, truncate=" …")
            title, body, extra = marked.get(document.pk, (document.title, start, ""))
            chosen = extra if MARK_START not in body and MARK_START in extra else body
            document.snippet = marked_html(chosen)
            # The title column is the display title, then on further lines what should weigh
            # like it (a question's treatments, an answer's question): show the first line.
            document.title_html = marked_html(title.split("\n", 1)[0])
            yield document


# ---------------------------------------------------------------------------------------------
# Entry points for the rest of the project
# ---------------------------------------------------------------------------------------------


# A query that matches more questions than this ranks the newest RANK_WINDOW of them: ranking
# costs per match, and "botox" is in nearly half the questions. At 100,000 questions this keeps
# the first page of a search under the speed budget (bench/search_speed.py).
RANK_WINDOW = 1000


def question_ids_matching(q: str | ParsedQuery, limit: int = 100) -> list[tuple[int, float]]:
    """(question id, rank) of the published questions matching `q`, best first; ranks are
    floats, higher is better. Reads the question-only index (migration 0003) and ranks at most
    the newest RANK_WINDOW matches. For the hybrid ranker and the questions API."""
    parsed = q if isinstance(q, ParsedQuery) else parse_query(q)
    if not parsed or limit <= 0:
        return []
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.vendor == "postgresql":
        return _question_ids_postgresql(connection, parsed, limit)
    if connection.vendor != "sqlite":  # pragma: no cover - the project supports these two
        raise ImproperlyConfigured(
            f"Full-text search supports SQLite and PostgreSQL, not {connection.vendor}."
        )
    weights = ", ".join(str(w) for w in FTS5_WEIGHTS)
    # FTS5 walks rowids in order and stops at the window's edge, so bm25() is computed for the
    # window only.
    sql = (
        "SELECT d.object_id, m.rank FROM ("  # noqa: S608  # fixed SQL, parameters only
        f"SELECT rowid AS id, -bm25(search_question_fts, {weights}) AS rank "
        "FROM search_question_fts WHERE search_question_fts MATCH %s AND rowid >= "
        "coalesce((SELECT min(rowid) FROM (SELECT rowid FROM search_question_fts "
        "WHERE search_question_fts MATCH %s ORDER BY rowid DESC LIMIT %s)), 0) "
        "ORDER BY rank DESC, rowid LIMIT %s) AS m "
        "JOIN search_searchdocument AS d ON d.id = m.id ORDER BY m.rank DESC, m.id"
    )
    match = fts5_match(parsed)
    with connection.cursor() as cursor:
        cursor.execute(sql, [match, match, RANK_WINDOW, limit])
        return [(int(object_id), float(rank)) for object_id, rank in cursor.fetchall()]


# PostgreSQL's GIN index finds the matches but in no order, and fetching every matching row to
# sort it (wide rows, compressed vectors) cost 100-400 ms for a common word at 100,000 questions.
# So the newest matches are looked for among the newest questions: a range of question ids sized
# from the word counts (search.terms) to hold about twice RANK_WINDOW matches, at least
# FIRST_SPAN wide, widened from the matches it held until it holds RANK_WINDOW or is the whole
# table. The range's bitmap (the (kind, object_id) index) ANDed with the GIN bitmap means only
# matching rows in the range are read, a few thousand at most, whatever the word; a query the
# counts say matches few questions reads them all at once. Measured by bench/search_speed.py.
FIRST_SPAN = 4 * RANK_WINDOW
FEW_MATCHES = 4 * RANK_WINDOW


def _question_ids_postgresql(
    connection: BaseDatabaseWrapper, parsed: ParsedQuery, limit: int
) -> list[tuple[int, float]]:
    tsquery, params = pg_tsquery(parsed)
    # "object_id + 0": ordered by the column itself, the planner may walk the (kind, object_id)
    # index backwards through the range testing every row (it expects matches to be common),
    # which reads every row of the range; this way it ANDs the two bitmaps and reads matches.
    sql = (
        f"SELECT object_id, ts_rank('{PG_WEIGHTS}', search_vector, {tsquery}) AS rank, "  # noqa: S608
        "count(*) OVER () FROM (SELECT object_id, search_vector FROM search_searchdocument "
        f"WHERE kind = 'question' AND object_id >= %s AND search_vector @@ {tsquery} "
        "ORDER BY object_id + 0 DESC LIMIT %s) AS window_ "
        "ORDER BY rank DESC, object_id LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT max(object_id) FROM search_searchdocument WHERE kind = 'question'")
        newest = cursor.fetchone()[0] or 0
        # Few matches at most: read them all, in one query.
        most = terms.matches_at_most(parsed.groups)
        span = newest if most <= FEW_MATCHES else max(FIRST_SPAN, 2 * RANK_WINDOW * newest // most)
        while True:
            low = max(newest - span, 0)
            cursor.execute(sql, [*params, low, *params, RANK_WINDOW, limit])
            rows = cursor.fetchall()
            found = rows[0][2] if rows else 0
            if low == 0 or found >= RANK_WINDOW:
                return [(int(object_id), float(rank)) for object_id, rank, _ in rows]
            # Widen to where the matches seen so far say RANK_WINDOW of them are, with room.
            span = newest if found == 0 else max(2 * span, 3 * span * RANK_WINDOW // (2 * found))


QUESTIONS_MAX = 500


def search_questions_queryset(q: str, *, limit: int = QUESTIONS_MAX) -> QuestionQuerySet:
    """Published questions for a search query, best first (the best `limit` of them), each
    with `search_rank` in [0, 1]: the ranking /search/ shows (search.hybrid.search_questions),
    for GET /api/v1/questions?q=."""
    from curbside.qa.models import Question
    from curbside.search.hybrid import search_questions

    ranked = search_questions(q, parse_query(q), limit)
    questions = Question.objects.published()
    if not ranked:
        return questions.none()
    rank = Case(
        *[When(pk=pk, then=Value(score)) for pk, score in ranked], output_field=FloatField()
    )
    return (
        questions.filter(pk__in=[pk for pk, _ in ranked])
        .annotate(search_rank=rank)
        .order_by("-search_rank", "-pk")
    )
