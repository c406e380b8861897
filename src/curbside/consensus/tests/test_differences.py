"""Where physicians differ: only an explicit disagreement or advice against makes a difference,
set against the sentence it most answers, from the physician it names when it names one."""

from __future__ import annotations

import numpy as np

from curbside.consensus.differences import differences, surname
from curbside.consensus.judge import Sentences


def _pool(texts: list[str], owners: list[int], near: list[list[float]], writers: list[str]):
    matrix = np.array(near, dtype=np.float32)
    return Sentences(
        text=texts,
        owner=owners,
        generic=[False] * len(texts),
        cos=matrix,
        near=matrix,
        overlap=np.zeros_like(matrix),
        writers=writers,
    )


WRITERS = ["Dr. Ana Volkov, MD", "Dr. Ben Okafor, DO", "Dr. Margaret O'Sullivan, MD, FACS"]


def test_a_bare_negation_is_no_difference():
    pool = _pool(
        ["A test dose is a reasonable option.", "A test dose is not something I offer."],
        [0, 1],
        [[1, 0.8], [0.8, 1]],
        WRITERS[:2],
    )
    assert differences(pool) == []


def test_advice_against_is_set_against_the_recommendation_it_answers():
    pool = _pool(
        [
            "Some of us offer a small test injection first.",
            "Ice the area afterwards.",
            "I'd push back on the idea of a tiny trial dose.",
        ],
        [0, 1, 2],
        [[1, 0.2, 0.5], [0.2, 1, 0.3], [0.5, 0.3, 1]],
        WRITERS,
    )
    assert differences(pool) == [(0, 2)]


def test_a_disagreement_naming_a_physician_answers_that_physician():
    pool = _pool(
        [
            "Cancel the appointment until the course of antibiotics is over.",
            "Amoxicillin has no interaction with the toxin at all.",
            "I'd disagree with Dr. Volkov: if you feel well, keep the appointment.",
        ],
        [0, 1, 2],
        # The disagreement reads closer to Dr. Okafor's sentence, but it names Dr. Volkov.
        [[1, 0.3, 0.5], [0.3, 1, 0.7], [0.5, 0.7, 1]],
        WRITERS,
    )
    assert differences(pool) == [(0, 2)]


def test_nothing_on_another_matter_is_a_difference():
    pool = _pool(
        ["Results last three months.", "I'd avoid aspirin for a week before."],
        [0, 1],
        [[1, 0.1], [0.1, 1]],
        WRITERS[:2],
    )
    assert differences(pool) == []


def test_surnames_are_read_from_the_names_the_page_shows():
    assert surname("Dr. Margaret O'Sullivan, MD, FACS") == "O'Sullivan"
    assert surname("Ben Okafor") == "Okafor"
