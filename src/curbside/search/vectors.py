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

Each process keeps one index and checks the table's (row count, latest `updated_at`) at most every
`REFRESH_SECONDS`: new and edited rows are patched in, a deletion rebuilds. The index holds every
question's vector whatever its status; callers keep only published questions when they fetch
titles, so holding or removing a question takes effect at once.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Sequence
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


class VectorIndex(Protocol):
    def search(self, vector: semantic.Vector, k: int) -> list[tuple[int, float]]:
        """The k nearest questions as (question id, cosine similarity), best first."""
        ...

    def vectors_for(self, ids: Sequence[int]) -> dict[int, semantic.Vector]:
        """The stored vectors of those of `ids` the index holds."""
        ...


class NumpyIndex:
    """Exact cosine search over L2-normalised vectors held in one matrix."""

    def __init__(self, ids: npt.NDArray[np.int64], matrix: semantic.Vector) -> None:
        self.ids = ids
        self.matrix = matrix
        self.row_of = {int(qid): row for row, qid in enumerate(ids.tolist())}

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[int, bytes | memoryview]]) -> NumpyIndex:
        ids: list[int] = []
        vectors: list[semantic.Vector] = []
        for qid, data in rows:
            ids.append(qid)
            vectors.append(semantic.from_bytes(data))
        if not vectors:
            return cls(np.zeros(0, dtype=np.int64), np.zeros((0, 0), dtype=np.float32))
        return cls(np.asarray(ids, dtype=np.int64), np.vstack(vectors))

    def __len__(self) -> int:
        return len(self.ids)

    def search(self, vector: semantic.Vector, k: int) -> list[tuple[int, float]]:
        n = len(self.ids)
        if n == 0 or k <= 0 or vector.shape[-1] != self.matrix.shape[1]:
            return []
        scores = self.matrix @ vector
        k = min(k, n)
        top = np.argpartition(-scores, k - 1)[:k] if k < n else np.arange(n)
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(self.ids[i]), float(scores[i])) for i in top]

    def vectors_for(self, ids: Sequence[int]) -> dict[int, semantic.Vector]:
        return {qid: self.matrix[self.row_of[qid]] for qid in ids if qid in self.row_of}

    def upsert(self, rows: Iterable[tuple[int, bytes | memoryview]]) -> NumpyIndex:
        """A new index with these rows replaced or added (the old one stays valid for readers
        that hold it)."""
        matrix = self.matrix.copy()
        new_ids: list[int] = []
        new_vectors: list[semantic.Vector] = []
        for qid, data in rows:
            vector = semantic.from_bytes(data)
            row = self.row_of.get(qid)
            if row is not None and vector.shape[0] == matrix.shape[1]:
                matrix[row] = vector
            else:
                new_ids.append(qid)
                new_vectors.append(vector)
        if not new_ids:
            return NumpyIndex(self.ids, matrix)
        if len(self.ids) == 0:
            return NumpyIndex(np.asarray(new_ids, dtype=np.int64), np.vstack(new_vectors))
        return NumpyIndex(
            np.concatenate([self.ids, np.asarray(new_ids, dtype=np.int64)]),
            np.vstack([matrix, *new_vectors]),
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


def reset() -> None:
    """Drop the process's index; the next `current_index()` rebuilds it (tests use this)."""
    with _cache.lock:
        _cache.index, _cache.model, _cache.count, _cache.latest = None, "", -1, None
        _cache.checked_at = 0.0


def current_index() -> NumpyIndex:
    """This process's index of the current model's vectors, at most REFRESH_SECONDS stale."""
    now = time.monotonic()
    index = _cache.index
    model = semantic.model_name()
    if index is not None and _cache.model == model and now - _cache.checked_at < REFRESH_SECONDS:
        return index
    with _cache.lock:
        rows = QuestionEmbedding.objects.filter(model_name=model)
        state = rows.aggregate(count=Count("pk"), latest=Max("updated_at"))
        count, latest = state["count"], state["latest"]
        index = _cache.index
        if index is None or _cache.model != model or count < _cache.count:
            index = NumpyIndex.from_rows(rows.values_list("question_id", "vector").iterator())
        elif latest != _cache.latest or count != _cache.count:
            changed = rows.filter(updated_at__gte=_cache.latest) if _cache.latest else rows
            index = index.upsert(changed.values_list("question_id", "vector"))
            if len(index) != count:  # rows deleted while others were added: start over
                index = NumpyIndex.from_rows(rows.values_list("question_id", "vector").iterator())
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


def questions_embed(questions: Sequence[Question], *, force: bool = False) -> int:
    """Embed a batch of questions in one model call and store the vectors; returns how many
    were (re)computed. Questions whose text is unchanged are skipped unless `force`."""
    model = semantic.model_name()
    texts = {q.pk: semantic.prepare(q.title, q.body) for q in questions}
    hashes = {pk: semantic.text_hash(text) for pk, text in texts.items()}
    if not force:
        stored = QuestionEmbedding.objects.filter(question_id__in=texts, model_name=model)
        for pk, stored_hash in stored.values_list("question_id", "text_hash"):
            if hashes[pk] == stored_hash:
                del texts[pk]
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
    return len(texts)
