"""Linear models over TF-IDF word and character n-grams, small enough to keep in the
repository and fast enough to score one text at a time.

A model is its two vocabularies (word 1-2-grams and character 3-5-grams inside words, each
with its idf) and a table of weights: row 0 holds [0, idf…], each further row [bias,
weights…] for one output (one row for a yes/no model, one a class for several). Training goes
through scikit-learn; scoring one text goes through `TermModel.scores_one`, which does what
scikit-learn's TfidfVectorizer does (the same analyzers, sublinear tf, idf, l2 norm per part)
without its per-call checks: a tenth of the time. The triage screener and the claim check's
learned reader use it. Imports no app.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from scipy.sparse import spmatrix  # type: ignore[import-untyped]  # ships no type information
    from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-untyped]  # ships no type information

WORD_NGRAMS = (1, 2)
CHAR_NGRAMS = (3, 5)
# scikit-learn's default: words of two characters or more
SKLEARN_WORDS = r"(?u)\b\w\w+\b"
DECIMALS = 5  # weights are rounded before they are stored: the same data, the same bytes

Floats = npt.NDArray[np.float32]
Scores = npt.NDArray[np.float64]


def sigmoid(score: float) -> float:
    return 1.0 / (1.0 + math.exp(-score))


def softmax(scores: Scores) -> Scores:
    shifted = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return np.asarray(shifted / shifted.sum(axis=-1, keepdims=True))


@dataclass(frozen=True)
class TermModel:
    words: tuple[str, ...]
    chars: tuple[str, ...]
    table: Floats  # (1 + outputs) x (1 + terms): [0, idf…], then [bias, weights…] per output
    word_pattern: str = SKLEARN_WORDS
    parts: tuple[TfidfVectorizer, TfidfVectorizer] = None  # type: ignore[assignment]  # set in __post_init__
    # Each part's analyzer (text → n-grams) and vocabulary (n-gram → column within the part).
    analyzers: tuple[tuple[Callable[[str], list[str]], dict[str, int]], ...] = ()

    def __post_init__(self) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        parts = (
            TfidfVectorizer(
                ngram_range=WORD_NGRAMS,
                sublinear_tf=True,
                vocabulary=list(self.words),
                token_pattern=self.word_pattern,
            ),
            TfidfVectorizer(
                analyzer="char_wb",
                ngram_range=CHAR_NGRAMS,
                sublinear_tf=True,
                vocabulary=list(self.chars),
            ),
        )
        parts[0].idf_ = self.table[0, 1 : 1 + len(self.words)].astype(np.float64)
        parts[1].idf_ = self.table[0, 1 + len(self.words) :].astype(np.float64)
        object.__setattr__(self, "parts", parts)
        object.__setattr__(
            self,
            "analyzers",
            tuple(
                (part.build_analyzer(), {term: i for i, term in enumerate(terms)})
                for part, terms in zip(parts, (self.words, self.chars), strict=True)
            ),
        )

    @property
    def outputs(self) -> int:
        return int(self.table.shape[0]) - 1

    def matrix(self, word_texts: Sequence[str], char_texts: Sequence[str]) -> spmatrix:
        """The TF-IDF rows of many texts, through scikit-learn."""
        from scipy.sparse import hstack

        return hstack(
            [self.parts[0].transform(word_texts), self.parts[1].transform(char_texts)]
        ).tocsr()

    def scores(self, word_texts: Sequence[str], char_texts: Sequence[str]) -> Scores:
        """Each text's linear score for each output (texts x outputs), through scikit-learn:
        training, and the reference `scores_one` is tested against."""
        weights = self.table[1:, 1:].astype(np.float64)
        rows = self.matrix(word_texts, char_texts) @ weights.T
        return np.asarray(rows + self.table[1:, 0].astype(np.float64))

    def _terms_one(self, word_text: str, char_text: str) -> tuple[npt.NDArray[np.int64], Scores]:
        """The columns of one text's terms, and their TF-IDF values (each part l2-normed)."""
        columns: list[npt.NDArray[np.int64]] = []
        values: list[Scores] = []
        offset = 1
        for (analyze, index), text in zip(self.analyzers, (word_text, char_text), strict=True):
            counts: dict[int, int] = {}
            for term in analyze(text):
                column = index.get(term)
                if column is not None:
                    counts[column] = counts.get(column, 0) + 1
            if counts:
                found = offset + np.fromiter(counts, dtype=np.int64)
                tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64))
                value = tf * self.table[0, found].astype(np.float64)
                columns.append(found)
                values.append(value / np.linalg.norm(value))
            offset += len(index)
        if not columns:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        return np.concatenate(columns), np.concatenate(values)

    def scores_one(self, word_text: str, char_text: str) -> Scores:
        """`scores` of one text, without scikit-learn's per-call checks."""
        columns, values = self._terms_one(word_text, char_text)
        weights = self.table[1:, columns].astype(np.float64)
        return np.asarray(weights @ values + self.table[1:, 0].astype(np.float64))

    def leading_words(self, word_text: str, output: int, count: int = 3) -> list[str]:
        """The word n-grams of a text that push an output's score up most: what it read."""
        columns, values = self._terms_one(word_text, "")
        if not len(columns):
            return []
        pushes = self.table[1 + output, columns].astype(np.float64) * values
        order = np.argsort(-pushes, kind="stable")
        return [self.words[columns[i] - 1] for i in order[:count] if pushes[i] > 0]

    def write(self, directory: Path, table_name: str, terms_name: str) -> None:
        with (directory / table_name).open("wb") as out:
            np.save(out, self.table, allow_pickle=False)
        lines = [f"w {t}" for t in self.words] + [f"c {t}" for t in self.chars]
        (directory / terms_name).write_text("\n".join(lines) + "\n", encoding="utf-8")

    @classmethod
    def read(
        cls, directory: Path, table_name: str, terms_name: str, word_pattern: str = SKLEARN_WORDS
    ) -> TermModel:
        table = np.load(directory / table_name, allow_pickle=False)
        lines = (directory / terms_name).read_text(encoding="utf-8").split("\n")
        words = tuple(line[2:] for line in lines if line.startswith("w "))
        chars = tuple(line[2:] for line in lines if line.startswith("c "))
        if table.shape[1] != 1 + len(words) + len(chars):
            raise ValueError(f"{table_name} and {terms_name} in {directory} do not fit together.")
        return cls(words, chars, table, word_pattern=word_pattern)


def fit(
    word_texts: Sequence[str],
    char_texts: Sequence[str],
    labels: Sequence[int],
    *,
    c: float,
    word_terms: int,
    char_terms: int,
    class_weight: str | None = "balanced",
    word_pattern: str = SKLEARN_WORDS,
    outputs: int | None = None,
) -> TermModel:
    """Fit the vocabularies (n-grams seen in two texts or more, the most frequent first) and
    a logistic regression: one output for two labels 0 and 1 (the score of label 1) unless
    `outputs` asks for more, else one per label 0…n-1."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]  # ships no type information

    words = TfidfVectorizer(
        ngram_range=WORD_NGRAMS,
        sublinear_tf=True,
        min_df=2,
        max_features=word_terms,
        token_pattern=word_pattern,
    ).fit(word_texts)
    chars = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=CHAR_NGRAMS,
        sublinear_tf=True,
        min_df=2,
        max_features=char_terms,
    ).fit(char_texts)
    features = hstack([words.transform(word_texts), chars.transform(char_texts)]).tocsr()
    model = LogisticRegression(C=c, max_iter=5000, class_weight=class_weight, tol=1e-6)
    y = np.asarray(labels)
    model.fit(features, y)
    width = 1 + len(words.idf_) + len(chars.idf_)
    if len(model.classes_) == 2 and set(model.classes_) == {0, 1} and (outputs or 1) <= 1:
        table = np.zeros((2, width), dtype=np.float64)
        table[1, 0] = model.intercept_[0]
        table[1, 1:] = model.coef_[0]
    else:
        # One row a label, `outputs` of them when given (labels the texts lack included).
        table = np.zeros((1 + max(int(y.max()) + 1, outputs or 0), width), dtype=np.float64)
        table[1:, 0] = -50.0  # a label the texts do not hold gets no probability
        if len(model.classes_) == 2:
            table[1 + model.classes_[0], 0] = 0.0
            table[1 + model.classes_[1], 0] = model.intercept_[0]
            table[1 + model.classes_[1], 1:] = model.coef_[0]
        else:
            for row, label in enumerate(model.classes_):
                table[1 + label, 0] = model.intercept_[row]
                table[1 + label, 1:] = model.coef_[row]
    table[0, 1:] = np.concatenate([words.idf_, chars.idf_])
    return TermModel(
        tuple(words.get_feature_names_out().tolist()),
        tuple(chars.get_feature_names_out().tolist()),
        np.round(table, DECIMALS).astype(np.float32),
        word_pattern=word_pattern,
    )
