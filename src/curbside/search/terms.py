"""How many questions each word occurs in, so the similar-question ranker can ask the
full-text index for a text's distinctive words only.

A pasted question has a dozen content words, and an OR of all of them matches most of the
table: ranking every match is what made the lexical half of "similar questions" slow at 100,000
questions (about 0.4 s on SQLite, 1.1 s on PostgreSQL). The rare words are also the ones that
carry the lexical signal (bm25 gives a word that is in half the questions almost no weight), so
`distinctive_words()` keeps the text's words, in order, while their question counts add up to at
most a budget of postings, skipping any word that would overspend it: the work of the lexical
query is bounded whatever the size of the table, and on a small table every content word fits.

The counts are kept per normalised word (case-folded, plain plural "s" dropped) over each
question document's text (title, treatments, body and answers): exact when the documents are
rebuilt (`curbside reindex`), then incremented for every new question document. Edits and
deletions are not subtracted; the counts only choose which words to ask for, so a small drift
until the next rebuild changes nothing that matters.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from django.db import models
from django.db.models import F

from curbside.search import synonyms

WORD_MAX_CHARS = 60


class QuestionWord(models.Model):
    word = models.CharField(max_length=WORD_MAX_CHARS, primary_key=True)
    questions = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.word}: {self.questions}"


def normalised_words(text: str) -> set[str]:
    """The distinct normalised words of `text`."""
    return {synonyms.key_of((word,))[0][:WORD_MAX_CHARS] for word in synonyms.words_of(text)}


def words_count(texts: Iterable[str]) -> None:
    """Add one question (each text is one question document) to the counts of its words."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(normalised_words(text))
    if not counts:
        return
    QuestionWord.objects.bulk_create(
        [QuestionWord(word=word, questions=0) for word in counts], ignore_conflicts=True
    )
    by_count: dict[int, list[str]] = {}
    for word, count in counts.items():
        by_count.setdefault(count, []).append(word)
    for count, words in by_count.items():
        QuestionWord.objects.filter(word__in=words).update(questions=F("questions") + count)


def words_replace(counts: Counter[str]) -> None:
    """Replace every count (after a rebuild of the documents)."""
    QuestionWord.objects.all().delete()
    QuestionWord.objects.bulk_create(
        [QuestionWord(word=word, questions=count) for word, count in counts.items()],
        batch_size=2000,
    )


def _counts(words: Iterable[str]) -> dict[str, int]:
    """Each word's question count (0 for a word no question has), in one query."""
    keys = {word: synonyms.key_of((word,))[0][:WORD_MAX_CHARS] for word in words}
    known = dict(
        QuestionWord.objects.filter(word__in=set(keys.values())).values_list("word", "questions")
    )
    return {word: known.get(key, 0) for word, key in keys.items()}


def distinctive_words(words: Sequence[str], *, budget: int, limit: int) -> list[str]:
    """`words` (query words, in their order of appearance) less those too common to tell
    questions apart: taken in order, a word is kept while the question counts of the words
    kept add up to at most `budget`, and skipped when it would overspend it; at most `limit`
    words. A word no question has counts 0. On a small table every word fits."""
    counts = _counts(words)
    chosen: list[str] = []
    spent = 0
    for word in words:
        cost = counts[word]
        if spent + cost > budget:
            continue
        chosen.append(word)
        spent += cost
        if len(chosen) >= limit:
            break
    return chosen


def matches_at_most(groups: Sequence[Sequence[Sequence[str]]]) -> int:
    """An upper bound, from the counts, on the questions a query matches: `groups` are ANDed,
    each an OR of phrases (word sequences), so the fewest of the groups' summed phrase counts,
    a phrase counting as its rarest word. A word no question has counts 0."""
    counts = _counts([word for group in groups for phrase in group for word in phrase])
    bounds = [
        sum(min((counts[word] for word in phrase), default=0) for phrase in group)
        for group in groups
    ]
    return min(bounds, default=0)
