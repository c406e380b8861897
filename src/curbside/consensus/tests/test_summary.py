"""The summary's rules on hand-made sentence vectors (no model needed)."""

from __future__ import annotations

import numpy as np

from curbside.consensus.summary import AnswerText, summarize
from curbside.consensus.text import answer_sentences

DIMENSIONS = 8


def _unit(*weights: float) -> np.ndarray:
    vector = np.zeros(DIMENSIONS, dtype=np.float32)
    vector[: len(weights)] = weights
    return vector / np.linalg.norm(vector)


RARE = _unit(1, 0)
RARE_TOO = _unit(1, 0.1)  # the same point in other words: cosine ≈ 0.995
TEST_DOSE = _unit(0, 1, 0.9)
NO_TEST_DOSE = _unit(0, 1, -0.3)  # the same matter, another stance: cosine ≈ 0.52
ELSEWHERE = [_unit(0, 0, 0, 1), _unit(0, 0, 0, 0, 1), _unit(0, 0, 0, 0, 0, 1)]


def _answer(n: int, sentences: list[tuple[str, np.ndarray]], **kwargs) -> AnswerText:
    return AnswerText(
        answer_id=n,
        physician=f"physician-{n}",
        name=f"Dr. {n}",
        sentences=[text for text, _ in sentences],
        vectors=np.vstack([vector for _, vector in sentences]),
        **kwargs,
    )


def test_a_point_two_physicians_make_is_theirs_in_one_of_their_sentences():
    summary = summarize(
        [
            _answer(1, [("A true allergy to the toxin is extremely rare.", RARE)]),
            _answer(2, [("Genuine allergy to Botox is very rare indeed.", RARE_TOO)]),
            _answer(3, [("Ice the area for ten minutes afterwards.", ELSEWHERE[0])]),
        ]
    )
    [point] = summary.points
    assert point.count == 2 and set(point.physicians) == {"physician-1", "physician-2"}
    assert point.sentence in {
        "A true allergy to the toxin is extremely rare.",
        "Genuine allergy to Botox is very rare indeed.",
    }
    assert point.physicians[0] == f"physician-{point.answer_id}"  # the writer first
    assert summary.as_dict()["points"][0]["count"] == 2


def test_a_sentence_the_claim_check_flags_is_never_a_point():
    flagged = "Genuine allergy to Botox is very rare indeed."
    summary = summarize(
        [
            _answer(1, [("A true allergy to the toxin is extremely rare.", RARE)]),
            _answer(2, [(flagged, RARE_TOO)], flagged=frozenset({flagged})),
            _answer(3, [("Ice the area for ten minutes afterwards.", ELSEWHERE[0])]),
        ]
    )
    assert summary.points == ()


def test_fewer_than_three_physicians_get_no_summary():
    summary = summarize(
        [
            _answer(1, [("A true allergy to the toxin is extremely rare.", RARE)]),
            _answer(2, [("Genuine allergy to Botox is very rare indeed.", RARE_TOO)]),
        ]
    )
    assert summary.points == () and summary.answers == 2


def test_a_stance_against_on_the_same_matter_is_a_difference():
    summary = summarize(
        [
            _answer(1, [("Some of us offer a small test injection first.", TEST_DOSE)]),
            _answer(2, [("A token trial dose does not tell you anything useful.", NO_TEST_DOSE)]),
            _answer(3, [("Ice the area for ten minutes afterwards.", ELSEWHERE[0])]),
        ]
    )
    [difference] = summary.differences
    assert {stance.physicians for stance in difference} == {("physician-1",), ("physician-2",)}


def test_answer_sentences_keep_statements_only():
    text = "Hi there.\n\nAllergy to the toxin is extremely rare.\n\nQuestions to ask:\n\n- Which dose will you start with?"
    assert answer_sentences(text) == ["Allergy to the toxin is extremely rare."]
