"""Question vectors: storing them (`question_embed`) and finding the nearest (`VectorIndex`).

The index is NumPy brute force: every stored vector in one float32 matrix, a query is one
matrix-vector product and an `argpartition`. Chosen by measurement on the 2-core machines here
(see the numbers below): about 3 ms at 10,000 questions and 25 ms at 100,000, with
exact results and no build step, which is within the similar-question budget up to ~100k. Its
memory is 1.5 kB per question (150 MB at 100k) in each web process. The stdlib `sqlite3` here
cannot load sqlite-vec and Debian has no pgvector for PostgreSQL 15, so the vectors come from the
`QuestionEmbedding` table on both engines and the index lives in the process. Past a few hundred
thousand questions, plug an HNSW library (hnswlib, faiss) or pgvector (`ORDER BY vector <=> %s`
where the server has it) in behind the same `VectorIndex.search()`; nothing else changes.

Scores are cosines corrected for hubness (CSLS, Conneau et al. 2018, "Word translation without
parallel data"): some questions sit close to many others (short, generic ones) and would come
first for almost any query. Each stored question keeps its `neighbourhood`, the mean cosine to its
NEIGHBOURS nearest questions, and a candidate's score is its cosine less HUB_WEIGHT times how far
its neighbourhood lies above the table's mean, so scores stay on the cosine scale. k = 10 and the
weight 1/2 are the published CSLS choices; on our development set (bench/data) the correction
lifted top-1 from 0.740 to 0.753 and ROC-AUC from 0.829 to 0.858, against plain cosines, and
ROC-AUC on the RQE test set from 0.891 to 0.935 (bench/similar_mqp.py).
A question's neighbourhood is computed when it is embedded, and its nearest questions' are
recomputed then too; `curbside reindex` recomputes every one.

Each process keeps one index and checks the table's (row count, latest `updated_at`) at most every
`REFRESH_SECONDS`: new and edited rows are patched in, a deletion rebuilds. The index holds every
question's vector whatever its status; callers keep only published questions when they fetch
titles, so holding or removing a question takes effect at once.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Protocol

import numpy as np
import numpy.typing as npt
from django.db.models import Count, Max
from django.utils import timezone
from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]  # no type information

from curbside.qa.models import Question
from curbside.search import semantic
from curbside.search.embeddings import QuestionEmbedding

logger = logging.getLogger(__name__)

# One BLAS thread for NumPy in this process. The index's matrix-vector product is memory-bound
# (as fast on one thread as on two), and OpenBLAS's idle threads spin for a while after each
# call, taking the cores from the embedding model's threads on the next query: a similar-question
# query measured a third faster this way on the 2-core machine.
threadpool_limits(limits=1, user_api="blas")

REFRESH_SECONDS = 5.0
EMBED_BATCH = 64
NEIGHBOURS = 10
HUB_WEIGHT = 0.5
NEIGHBOURHOOD_BATCH = 256  # rows per matrix product when computing neighbourhoods

# (question id, vector bytes, neighbourhood or None) as stored
Row = tuple[int, bytes | memoryview, float | None]


class VectorIndex(Protocol):
    def search(self, vector: semantic.Vector, k: int) -> list[tuple[int, float]]:
        """The k most similar questions as (question id, score), best first: the cosine
        corrected for hubness."""
        ...

    def similarities(self, vector: semantic.Vector, ids: Sequence[int]) -> dict[int, float]:
        """The scores `search` would give those of `ids` the index holds."""
        ...

    def vectors_for(self, ids: Sequence[int]) -> dict[int, semantic.Vector]:
        """The stored vectors of those of `ids` the index holds."""
        ...


class NumpyIndex:
    """Exact search over L2-normalised vectors held in one matrix, with each row's hubness
    penalty (HUB_WEIGHT times its neighbourhood less the mean; 0 where none is known yet)."""

    def __init__(
        self,
        ids: npt.NDArray[np.int64],
        matrix: semantic.Vector,
        neighbourhoods: npt.NDArray[np.float32] | None = None,
    ) -> None:
        self.ids = ids
        self.matrix = matrix
        self.row_of = {int(qid): row for row, qid in enumerate(ids.tolist())}
        if neighbourhoods is None:
            neighbourhoods = np.full(len(ids), np.nan, dtype=np.float32)
        self.neighbourhoods = neighbourhoods
        known = ~np.isnan(neighbourhoods)
        mean = float(neighbourhoods[known].mean()) if known.any() else 0.0
        self.penalty = np.where(known, HUB_WEIGHT * (neighbourhoods - mean), 0.0).astype(np.float32)

    @classmethod
    def from_rows(cls, rows: Iterable[Row]) -> NumpyIndex:
        ids: list[int] = []
        vectors: list[semantic.Vector] = []
        neighbourhoods: list[float] = []
        for qid, data, neighbourhood in rows:
            ids.append(qid)
            vectors.append(semantic.from_bytes(data))
            neighbourhoods.append(np.nan if neighbourhood is None else neighbourhood)
        if not vectors:
            return cls(np.zeros(0, dtype=np.int64), np.zeros((0, 0), dtype=np.float32))
        return cls(
            np.asarray(ids, dtype=np.int64),
            np.vstack(vectors),
            np.asarray(neighbourhoods, dtype=np.float32),
        )

    def __len__(self) -> int:
        return len(self.ids)

    def search(self, vector: semantic.Vector, k: int) -> list[tuple[int, float]]:
        n = len(self.ids)
        if n == 0 or k <= 0 or vector.shape[-1] != self.matrix.shape[1]:
            return []
        scores = self.matrix @ vector
        scores -= self.penalty
        k = min(k, n)
        top = np.argpartition(-scores, k - 1)[:k] if k < n else np.arange(n)
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(self.ids[i]), float(scores[i])) for i in top]

    def similarities(self, vector: semantic.Vector, ids: Sequence[int]) -> dict[int, float]:
        rows = [(qid, self.row_of[qid]) for qid in ids if qid in self.row_of]
        if not rows or vector.shape[-1] != self.matrix.shape[1]:
            return {}
        at = np.asarray([row for _, row in rows])
        scores = self.matrix[at] @ vector - self.penalty[at]
        return {qid: float(score) for (qid, _), score in zip(rows, scores, strict=True)}

    def vectors_for(self, ids: Sequence[int]) -> dict[int, semantic.Vector]:
        return {qid: self.matrix[self.row_of[qid]] for qid in ids if qid in self.row_of}

    def neighbours_of(self, ids: Sequence[int]) -> dict[int, tuple[float, list[int]]]:
        """For each held question: its neighbourhood (mean cosine to its NEIGHBOURS nearest
        others, fewer when the index holds fewer) and those nearest questions' ids."""
        rows = [(qid, self.row_of[qid]) for qid in ids if qid in self.row_of]
        k = min(NEIGHBOURS, len(self.ids) - 1)
        if k <= 0:
            return {qid: (float("nan"), []) for qid, _ in rows}
        found: dict[int, tuple[float, list[int]]] = {}
        for start in range(0, len(rows), NEIGHBOURHOOD_BATCH):
            chunk = rows[start : start + NEIGHBOURHOOD_BATCH]
            at = np.asarray([row for _, row in chunk])
            sims = self.matrix[at] @ self.matrix.T
            sims[np.arange(len(chunk)), at] = -np.inf  # not its own neighbour
            nearest = np.argpartition(sims, sims.shape[1] - k, axis=1)[:, -k:]
            values = np.take_along_axis(sims, nearest, axis=1).mean(axis=1)
            for (qid, _), value, near in zip(chunk, values, nearest, strict=True):
                found[qid] = (float(value), [int(self.ids[i]) for i in near])
        return found

    def upsert(self, rows: Iterable[Row]) -> NumpyIndex:
        """A new index with these rows replaced or added (the old one stays valid for readers
        that hold it)."""
        matrix = self.matrix.copy()
        neighbourhoods = self.neighbourhoods.copy()
        new_ids: list[int] = []
        new_vectors: list[semantic.Vector] = []
        new_neighbourhoods: list[float] = []
        for qid, data, neighbourhood in rows:
            vector = semantic.from_bytes(data)
            value = np.nan if neighbourhood is None else neighbourhood
            row = self.row_of.get(qid)
            if row is not None and vector.shape[0] == matrix.shape[1]:
                matrix[row] = vector
                neighbourhoods[row] = value
            else:
                new_ids.append(qid)
                new_vectors.append(vector)
                new_neighbourhoods.append(value)
        if not new_ids:
            return NumpyIndex(self.ids, matrix, neighbourhoods)
        added = np.asarray(new_neighbourhoods, dtype=np.float32)
        if len(self.ids) == 0:
            return NumpyIndex(np.asarray(new_ids, dtype=np.int64), np.vstack(new_vectors), added)
        return NumpyIndex(
            np.concatenate([self.ids, np.asarray(new_ids, dtype=np.int64)]),
            np.vstack([matrix, *new_vectors]),
            np.concatenate([neighbourhoods, added]),
        )


class _Cache:
    """The process's index and the table state it was built from."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.index: NumpyIndex | None = None
        self.model = ""
        self.count = -1
        self.latest: datetime | None = None
        self.checked_at = 0.0


_cache = _Cache()
_COLUMNS = ("question_id", "vector", "neighbourhood")


def reset() -> None:
    """Drop the process's index; the next `current_index()` rebuilds it (tests use this)."""
    with _cache.lock:
        _cache.index, _cache.model, _cache.count, _cache.latest = None, "", -1, None
        _cache.checked_at = 0.0


def _table_changed() -> None:
    """This process wrote the table: check it on the next search, not REFRESH_SECONDS later."""
    _cache.checked_at = 0.0


def current_index(*, max_age: float | None = None) -> NumpyIndex:
    """This process's index of the current model's vectors, at most `max_age` seconds stale
    (REFRESH_SECONDS by default)."""
    now = time.monotonic()
    index = _cache.index
    model = semantic.model_name()
    max_age = REFRESH_SECONDS if max_age is None else max_age
    if index is not None and _cache.model == model and now - _cache.checked_at < max_age:
        return index
    with _cache.lock:
        rows = QuestionEmbedding.objects.filter(model_name=model)
        state = rows.aggregate(count=Count("pk"), latest=Max("updated_at"))
        count, latest = state["count"], state["latest"]
        index = _cache.index
        if index is None or _cache.model != model or count < _cache.count:
            index = NumpyIndex.from_rows(rows.values_list(*_COLUMNS).iterator())
        elif latest != _cache.latest or count != _cache.count:
            changed = rows.filter(updated_at__gte=_cache.latest) if _cache.latest else rows
            index = index.upsert(changed.values_list(*_COLUMNS))
            if len(index) != count:  # rows deleted while others were added: start over
                index = NumpyIndex.from_rows(rows.values_list(*_COLUMNS).iterator())
        _cache.index, _cache.model, _cache.count, _cache.latest = index, model, count, latest
        _cache.checked_at = time.monotonic()
        return index


def question_embed(*, question_id: int, force: bool = False) -> bool:
    """Compute and store a question's embedding; skipped (False) when its text and the model
    are those it was computed from, or when there is no model."""
    question = Question.objects.filter(pk=question_id).only("title", "body").first()
    if question is None:
        return False
    return questions_embed([question], force=force) == 1


def questions_embed(
    questions: Sequence[Question], *, force: bool = False, neighbourhoods: bool = True
) -> int:
    """Embed a batch of questions in one model call and store the vectors; returns how many
    were (re)computed. Questions whose text is unchanged are skipped unless `force`. With
    `neighbourhoods` (not for a rebuild, which recomputes them all at the end), those of the
    new vectors and of their nearest questions are updated."""
    model = semantic.model_name()
    texts = {q.pk: semantic.prepare(q.title, q.body) for q in questions}
    hashes = {pk: semantic.text_hash(text) for pk, text in texts.items()}
    placed = []  # stored when the question was asked (question_embedding_store), not yet placed
    if not force:
        stored = QuestionEmbedding.objects.filter(question_id__in=texts, model_name=model)
        for pk, stored_hash, near in stored.values_list(
            "question_id", "text_hash", "neighbourhood"
        ):
            if hashes[pk] == stored_hash:
                del texts[pk]
                if near is None:
                    placed.append(pk)
    if placed and neighbourhoods:
        neighbourhoods_update(placed)
    if not texts:
        return 0
    vectors = semantic.embed(list(texts.values()))
    if vectors is None:
        return 0
    now = timezone.now()
    QuestionEmbedding.objects.bulk_create(
        [
            QuestionEmbedding(
                question_id=pk,
                model_name=model,
                vector=semantic.to_bytes(vector),
                text_hash=hashes[pk],
                updated_at=now,
            )
            for pk, vector in zip(texts, vectors, strict=True)
        ],
        update_conflicts=True,
        unique_fields=["question"],
        update_fields=["model_name", "vector", "text_hash", "updated_at"],
    )
    _table_changed()
    if neighbourhoods:
        neighbourhoods_update(list(texts))
    return len(texts)


def question_embedding_store(
    *, question_id: int, title: str, body: str, vector: semantic.Vector
) -> None:
    """Store the embedding computed when the question was asked (triage reads it), so that the
    background task only places it among its neighbours instead of computing it again."""
    text_hash = semantic.text_hash(semantic.prepare(title, body))
    QuestionEmbedding.objects.update_or_create(
        question_id=question_id,
        defaults={
            "model_name": semantic.model_name(),
            "vector": semantic.to_bytes(vector),
            "text_hash": text_hash,
            "neighbourhood": None,
            "updated_at": timezone.now(),
        },
    )
    _table_changed()


def _store_neighbourhoods(values: dict[int, float]) -> None:
    now = timezone.now()
    QuestionEmbedding.objects.bulk_update(
        [
            QuestionEmbedding(question_id=qid, neighbourhood=value, updated_at=now)
            for qid, value in values.items()
        ],
        ["neighbourhood", "updated_at"],
        batch_size=500,
    )
    _table_changed()


def neighbourhoods_update(question_ids: Sequence[int]) -> int:
    """Recompute the neighbourhoods of these questions and of their nearest questions (which
    may now count them among theirs); returns how many were stored."""
    index = current_index(max_age=0.0)
    found = index.neighbours_of(question_ids)
    near = {qid for _, neighbours in found.values() for qid in neighbours} - set(found)
    values = {qid: value for qid, (value, _) in found.items()}
    values.update((qid, value) for qid, (value, _) in index.neighbours_of(sorted(near)).items())
    values = {qid: value for qid, value in values.items() if not np.isnan(value)}
    _store_neighbourhoods(values)
    return len(values)


def neighbourhoods_rebuild(progress: Callable[[int], object] | None = None) -> int:
    """Recompute every stored question's neighbourhood (`curbside reindex`); `progress` is
    called with the number done after each batch."""
    index = current_index(max_age=0.0)
    ids = [int(qid) for qid in index.ids]
    stored = 0
    step = NEIGHBOURHOOD_BATCH * 4
    for start in range(0, len(ids), step):
        found = index.neighbours_of(ids[start : start + step])
        values = {qid: value for qid, (value, _) in found.items() if not np.isnan(value)}
        _store_neighbourhoods(values)
        stored += len(values)
        if progress is not None:
            progress(len(found))
    return stored
