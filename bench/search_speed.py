"""Search speed at 10,000 and 100,000 questions, on SQLite and on PostgreSQL.

Each engine gets a fresh database that becomes Django's default for the run (the search code
reads the default database): a SQLite file in the benchmark's data directory, and a fresh
`curbside_bench_search` database on the server at BENCH_PG_URL (default
postgres://postgres@127.0.0.1:5432/test; SKIPPED when none answers; dropped afterwards). It is
filled by `curbside seed` (10,000 questions, then 90,000 more), the full-text documents are
rebuilt with `documents_rebuild()`, and at each size it measures, over QUERIES realistic
queries after WARMUP untimed ones:

- full text: `question_ids_matching(q, 20)` (a first page of question ids, ranked), beside a
  primary-key lookup of the same table (`SearchDocument`);
- similar questions: `similar_questions(text)` with the query's embedding included, beside the
  bare embedding of the same text (`embed([text])`).

Embeddings: the model embeds about 200 texts a second on these 2-core machines, so 100,000
questions would take ~10 minutes per engine. By default EMBED_SAMPLE questions (spread over
the table) are embedded for real; every other question gets the real vector of a sampled
question with the same title where there is one (else any sampled one), plus Gaussian noise
scaled so its cosine to that vector is about 0.9, renormalised. The index then has the real
size, dimension and a realistic clustered spread; the similar-question cost does not depend on
which vectors it holds for the NumPy index. BENCH_FULL=1 embeds every question for real.
Real vectors are cached by text across engines and sizes, so each text is embedded once.
"""

from __future__ import annotations

import importlib
import io
import os
import random
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import Any

import numpy as np
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections

from bench.harness import Result, Timing
from curbside.demo.compose import QuestionComposer
from curbside.demo.content.topics import TOPICS

# BENCH_SEARCH_SIZES=1000,5000 for a quick try; targets are judged at the largest size.
SIZES = tuple(
    int(n) for n in os.environ.get("BENCH_SEARCH_SIZES", "10000,100000").split(",") if n.strip()
)
QUERIES = 100
WARMUP = 5
FULLTEXT_TARGET_MS = 30.0
SIMILAR_TARGET_MS = 40.0
EMBED_SAMPLE = 1_000
NOISE_COSINE = 0.9
PG_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/test")
PG_DATABASE = "curbside_bench_search"
FULL = os.environ.get("BENCH_FULL", "") == "1"
_STOP = frozenset(
    {
        "a",
        "an",
        "and",
        "are",
        "after",
        "any",
        "at",
        "be",
        "before",
        "can",
        "do",
        "does",
        "for",
        "from",
        "get",
        "got",
        "had",
        "have",
        "how",
        "i",
        "if",
        "in",
        "is",
        "it",
        "its",
        "me",
        "my",
        "of",
        "on",
        "or",
        "should",
        "so",
        "the",
        "this",
        "to",
        "too",
        "was",
        "what",
        "when",
        "which",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
    }
)


@contextmanager
def default_database(config: dict[str, Any]) -> Iterator[None]:
    """Make `config` Django's default database for the duration, migrated; restore after.
    The search code reads the default database, so the benchmark swaps it rather than adding
    an alias. Caches that hold another database's state are cleared on the way in and out."""
    saved = dict(settings.DATABASES[DEFAULT_DB_ALIAS])

    def use(new: dict[str, Any]) -> None:
        connections[DEFAULT_DB_ALIAS].close()
        configured = connections.configure_settings({DEFAULT_DB_ALIAS: new})[DEFAULT_DB_ALIAS]
        settings.DATABASES[DEFAULT_DB_ALIAS] = connections.settings[DEFAULT_DB_ALIAS] = configured
        del connections[DEFAULT_DB_ALIAS]
        cache.clear()
        vectors_reset()

    use(config)
    try:
        call_command("migrate", verbosity=0)
        yield
    finally:
        use(saved)


def say(message: str) -> None:
    """Progress on stderr: the figures come at the end, the bench takes minutes."""
    print(f"  [{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def optional(module: str, name: str) -> Any:
    """A function of the search app by name: it is built alongside the benchmarks, so a missing
    one is a SKIPPED line, not an import error."""
    return getattr(importlib.import_module(module), name)


def vectors_reset() -> None:
    with suppress(ImportError, AttributeError):
        optional("curbside.search.vectors", "reset")()


@contextmanager
def pg_database(admin_url: str, name: str) -> Iterator[str]:
    """A fresh database on the server at `admin_url`, dropped afterwards (and first, in case an
    interrupted run left one)."""
    from bench.find_doctor import _pg_execute, _with_database_name

    _pg_execute(admin_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    _pg_execute(admin_url, f"CREATE DATABASE {name}")
    try:
        yield _with_database_name(admin_url, name)
    finally:
        _pg_execute(admin_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def pg_admin_url() -> str | None:
    try:
        import psycopg

        psycopg.connect(PG_URL, connect_timeout=3).close()
    except Exception:
        return None
    return PG_URL


# -- queries -------------------------------------------------------------------------------


def queries(rng: random.Random) -> tuple[list[str], list[str]]:
    """(full-text queries, similar-question texts), composed from the demo banks with a seed
    of their own, so they are phrased like the stored questions without being copies.
    Full-text queries are what people type in a search box: two to four words out of a
    question's title, or a whole title."""
    composer = QuestionComposer(rng)
    keyword: list[str] = []
    similar: list[str] = []
    while len(similar) < QUERIES + WARMUP:
        draft = composer.compose(rng.choice(TOPICS))
        words = [w.strip("?,.!:;()'\"").lower() for w in draft.title.split()]
        content = [w for w in words if w and w not in _STOP]
        if rng.random() < 0.3 or len(content) < 2:
            keyword.append(draft.title)
        else:
            start = rng.randrange(max(1, len(content) - 1))
            keyword.append(" ".join(content[start : start + rng.randint(2, 4)]))
        similar.append(f"{draft.title} {draft.body}" if rng.random() < 0.5 else draft.title)
    return keyword, similar


def time_cases(
    cases: list[tuple[str, Callable[[int], object]]], rounds: int, warmup: int
) -> list[Timing]:
    """Each case run `warmup` untimed then `rounds` timed times, interleaved."""
    samples: dict[str, list[float]] = {label: [] for label, _ in cases}
    for n in range(-warmup, rounds):
        for label, case in cases:
            started = time.perf_counter()
            case(n + warmup if n < 0 else n)
            if n >= 0:
                samples[label].append((time.perf_counter() - started) * 1000)
    return [Timing(label, samples[label]) for label, _ in cases]


# -- embeddings ----------------------------------------------------------------------------


class Embedder:
    """Stores question vectors the shortcut way (module docstring), remembering real ones."""

    def __init__(self, rng: random.Random) -> None:
        self.semantic = importlib.import_module("curbside.search.semantic")
        self.rng = np.random.default_rng(rng.randrange(2**32))
        self.real: dict[str, Any] = {}  # text hash → vector
        self.by_title: dict[str, Any] = {}  # title → the first real vector of that title
        self.embedded_now = 0

    def _real(self, texts: dict[str, str]) -> None:
        missing = {h: t for h, t in texts.items() if h not in self.real}
        if not missing:
            return
        vectors = self.semantic.embed(list(missing.values()))
        if vectors is None:
            raise RuntimeError("the embedding model could not be loaded")
        self.real.update(zip(missing, vectors, strict=True))
        self.embedded_now += len(missing)

    def fill(self) -> str:
        """Give every question without a vector one; says what was done."""
        from curbside.qa.models import Question
        from curbside.search.embeddings import QuestionEmbedding

        model = self.semantic.model_name()
        have = set(QuestionEmbedding.objects.values_list("question_id", flat=True))
        rows = [r for r in Question.objects.values_list("pk", "title", "body") if r[0] not in have]
        prepared = {pk: self.semantic.prepare(title, body) for pk, title, body in rows}
        hashes = {pk: self.semantic.text_hash(text) for pk, text in prepared.items()}
        if FULL:
            sample = list(prepared)
        else:
            wanted = max(0, EMBED_SAMPLE - len(self.real))
            sample = [pk for pk, _, _ in rows[:: max(1, len(rows) // wanted)]] if wanted else []
        self._real({hashes[pk]: prepared[pk] for pk in sample})
        titles = {pk: title for pk, title, _ in rows}
        for pk in sample:
            self.by_title.setdefault(titles[pk], self.real[hashes[pk]])
        pool = list(self.real.values())
        dims = len(pool[0]) if pool else 384
        # |noise| = r with cos = 1/sqrt(1 + r²): r = sqrt(1/c² - 1).
        sigma = float(np.sqrt(1 / NOISE_COSINE**2 - 1) / np.sqrt(dims))
        objects = []
        real = 0
        for pk, _, _ in rows:
            if hashes[pk] in self.real:  # embedded now, or earlier for the same text
                vector = self.real[hashes[pk]]
                real += 1
            else:
                base = self.by_title.get(titles[pk])
                if base is None:
                    base = pool[int(self.rng.integers(len(pool)))]
                noisy = base + self.rng.normal(0.0, sigma, dims).astype(np.float32)
                vector = (noisy / np.linalg.norm(noisy)).astype(np.float32)
            objects.append(
                QuestionEmbedding(
                    question_id=pk,
                    model_name=model,
                    vector=self.semantic.to_bytes(vector),
                    text_hash=hashes[pk],
                )
            )
        QuestionEmbedding.objects.bulk_create(objects, batch_size=5000)
        vectors_reset()
        if FULL:
            return f"{len(rows):,} embedded for real"
        return (
            f"{real:,} real ({len(sample):,} embedded now), {len(rows) - real:,} reused with noise "
            f"(cos≈{NOISE_COSINE})"
        )


# -- one engine ----------------------------------------------------------------------------


def _seed(count: int, seed: int) -> float:
    from curbside.search.documents import SearchDocument

    started = time.perf_counter()
    say(f"seeding {count:,} questions")
    call_command(
        "seed", questions=count, seed=seed, quiet=True, no_index=True, stdout=io.StringIO()
    )
    say("rebuilding the full-text documents")
    optional("curbside.search.indexing", "documents_rebuild")()
    if connections[DEFAULT_DB_ALIAS].vendor == "postgresql":
        # What autovacuum does to a live table: statistics for the planner, and the visibility
        # and hint bits that the first read of each freshly written row would otherwise set.
        with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    if not SearchDocument.objects.exists():
        raise RuntimeError("documents_rebuild() left no search documents")
    return time.perf_counter() - started


def measure_size(
    size: int, keyword: list[str], similar: list[str], embedder: Embedder | None, why: str
) -> tuple[list[str], dict[str, Timing]]:
    from curbside.search.documents import SearchDocument

    rng = random.Random(size)
    matching = optional("curbside.search.fulltext", "question_ids_matching")
    pks = list(SearchDocument.objects.values_list("pk", flat=True))
    pk_sample = [rng.choice(pks) for _ in range(QUERIES + WARMUP)]
    cases: list[tuple[str, Callable[[int], object]]] = [
        (
            "baseline: SearchDocument by primary key",
            lambda n: SearchDocument.objects.filter(pk=pk_sample[n]).first(),
        ),
        ("full text: question_ids_matching(q, 20)", lambda n: matching(keyword[n], 20)),
    ]
    lines: list[str] = []
    if embedder is not None:
        started = time.perf_counter()
        say("storing question vectors")
        how = embedder.fill()
        lines.append(f"  vectors: {how} in {time.perf_counter() - started:.1f} s")
        similar_questions = optional("curbside.search.hybrid", "similar_questions")
        embed = optional("curbside.search.semantic", "embed")
        cases += [
            ("baseline: embed([text])", lambda n: embed([similar[n]])),
            ("similar: similar_questions(text)", lambda n: similar_questions(similar[n])),
        ]
    else:
        lines.append(f"  similar questions: SKIPPED — {why}")
    say(f"timing {len(cases)} cases at {size:,} questions")
    timings = time_cases(cases, QUERIES, WARMUP)
    lines.append(f"  {'query':<44}{'median ms':>10}{'p95 ms':>9}")
    lines += [f"  {t.label:<44}{t.median_ms:>10.2f}{t.p95_ms:>9.2f}" for t in timings]
    return lines, {t.label: t for t in timings}


def run_engine(name: str, config: dict[str, Any], result: Result, verdicts: list[bool]) -> None:
    rng = random.Random(4)
    keyword, similar = queries(rng)
    embedder, why = semantic_embedder(rng)
    with default_database(config):
        seeded = 0
        for size in SIZES:
            took = _seed(size - seeded, seed=size)
            seeded = size
            result.lines.append(f"{name}, {size:,} questions (seeded and indexed in {took:.1f} s)")
            lines, timings = measure_size(size, keyword, similar, embedder, why)
            result.lines += lines
            for line in lines:  # as they come: a killed run still leaves its figures
                say(line.strip())
            if size == max(SIZES):
                full_text = timings["full text: question_ids_matching(q, 20)"].p95_ms
                verdicts.append(full_text <= FULLTEXT_TARGET_MS)
                similar_timing = timings.get("similar: similar_questions(text)")
                if similar_timing is not None:
                    verdicts.append(similar_timing.p95_ms <= SIMILAR_TARGET_MS)


_EMBEDDER: list[Embedder] = []


def semantic_embedder(rng: random.Random) -> tuple[Embedder | None, str]:
    """One embedder for the run (it caches real vectors), or None and why."""
    if _EMBEDDER:
        return _EMBEDDER[0], ""
    try:
        optional("curbside.search.hybrid", "similar_questions")
        semantic = importlib.import_module("curbside.search.semantic")
    except (ImportError, AttributeError) as exc:
        return None, f"similar_questions is not available ({exc})"
    if not semantic.is_available():
        return None, "the embedding model could not be loaded"
    _EMBEDDER.append(Embedder(rng))
    return _EMBEDDER[0], ""


def run() -> Result:
    result = Result(
        name=f"Search speed at {', '.join(f'{s:,}' for s in SIZES)} questions "
        "(SQLite and PostgreSQL)"
    )
    try:
        optional("curbside.search.indexing", "documents_rebuild")
        optional("curbside.search.fulltext", "question_ids_matching")
    except (ImportError, AttributeError) as exc:
        result.lines.append(f"SKIPPED — the full-text search functions are not available ({exc})")
        return result
    verdicts: list[bool] = []
    sqlite = dict(settings.DATABASES[DEFAULT_DB_ALIAS])
    if sqlite["ENGINE"] == "django.db.backends.sqlite3":
        sqlite["NAME"] = str(settings.DATA_DIR / "search-speed.sqlite3")
        run_engine("SQLite", sqlite, result, verdicts)
    admin_url = pg_admin_url()
    if admin_url is None:
        result.lines.append(
            f"PostgreSQL: SKIPPED — no server answers at {PG_URL} (set BENCH_PG_URL to run it)"
        )
    else:
        import dj_database_url
        import psycopg

        try:
            with pg_database(admin_url, PG_DATABASE) as url:
                run_engine("PostgreSQL", dict(dj_database_url.parse(url)), result, verdicts)
        except psycopg.Error as exc:
            result.lines.append(f"PostgreSQL: SKIPPED — {exc}".strip())
    result.lines.append(
        f"Targets at {max(SIZES):,}: full-text p95 <= {FULLTEXT_TARGET_MS:g} ms, "
        f"similar p95 <= {SIMILAR_TARGET_MS:g} ms"
    )
    result.passed = all(verdicts) if verdicts else None
    return result
