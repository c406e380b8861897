"""gunicorn settings for `curbside serve` (`--config python:curbside.gunicorn_config`)."""

from __future__ import annotations

import logging
import os
import time
from typing import Any

logger = logging.getLogger("curbside.serve")


def post_worker_init(worker: Any) -> None:
    """Load what a first request would otherwise wait seconds for: the sentence-embedding
    model (similar questions, search) and the vector index, before the worker takes requests."""
    import torch
    from django.db import connections

    from curbside.search import semantic, vectors

    started = time.monotonic()
    # Workers share the cores: each gets its part for the model's threads, so that two
    # embeddings at once don't oversubscribe them (spinning threads, 10x slower answers).
    torch.set_num_threads(max(1, (os.cpu_count() or 1) // max(1, worker.cfg.workers)))
    if semantic.warm_up():
        vectors.current_index()
    connections.close_all()
    logger.info("Worker %s ready in %.1f s", worker.pid, time.monotonic() - started)
