"""Composing demo questions, answers and reviews from the hand-written banks in `content/`,
with a seeded `random.Random` so the same seed always gives the same text."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field

from curbside.demo.content import common
from curbside.demo.content.reviews import EXPERIENCE, OFFICE, TITLES
from curbside.demo.content.types import Seed, Topic

# Topics where a patient's health, medications or motive are the subject, so generic
# "I'm healthy, on no medications" asides would contradict the question.
_NO_ASIDES = {"medications", "pregnancy"}


def _fill(text: str, *, product: str, age: int) -> str:
    return text.replace("{product}", product).replace("{age}", str(age))


@dataclass
class QuestionDraft:
    topic: Topic
    title: str
    body: str
    treatments: tuple[str, ...]


class QuestionComposer:
    """Hands out questions for a topic, cycling through its seeds, titles and products so
    repeats are as rare as the bank allows."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: Counter[tuple[str, str]] = Counter()

    def _pick_seed_and_title(self, topic: Topic) -> tuple[Seed, str]:
        options = [(seed, title) for seed in topic.seeds for title in seed.titles]
        fewest = min(self.used[(topic.key, title)] for _, title in options)
        seed, title = self.rng.choice(
            [(s, t) for s, t in options if self.used[(topic.key, t)] == fewest]
        )
        self.used[(topic.key, title)] += 1
        return seed, title

    def compose(self, topic: Topic) -> QuestionDraft:
        rng = self.rng
        seed, title = self._pick_seed_and_title(topic)
        name, slug = "Botox", "botox-cosmetic"
        if topic.products:
            name, slug = rng.choice(topic.products)
        uses_product = "{product}" in seed.body or "{product}" in title
        treatments = seed.treatments or ((slug,) if uses_product else topic.treatments[:1])
        age = seed.age or rng.randint(*topic.ages)
        cosmetic = topic.group in ("injectable", "skin") and topic.key not in _NO_ASIDES
        openers = common.QUESTION_OPENERS + (common.QUESTION_OPENERS_COSMETIC if cosmetic else ())
        details = list(topic.details) + (list(common.QUESTION_DETAILS) if cosmetic else [])

        parts: list[str] = []
        style = rng.random()
        if style < 0.25:  # terse
            parts = [seed.body]
            if rng.random() < 0.3:
                parts.append(rng.choice(common.QUESTION_CLOSINGS))
        else:
            detailed = style > 0.75
            if detailed or rng.random() < 0.5:
                parts.append(rng.choice(openers))
            parts.append(seed.body)
            n_details = rng.choice((1, 2)) if detailed else int(rng.random() < 0.45)
            parts.extend(rng.sample(details, min(n_details, len(details))))
            if detailed or rng.random() < 0.6:
                parts.append(rng.choice(common.QUESTION_CLOSINGS))
        joiner = "\n\n" if len(parts) > 2 and rng.random() < 0.5 else " "
        body = _fill(joiner.join(parts), product=name, age=age)
        return QuestionDraft(
            topic=topic, title=_fill(title, product=name, age=age), body=body,
            treatments=treatments,
        )


@dataclass
class Thread:
    """What the answers on one question have already said, so no two repeat each other."""

    topic: Topic
    points: Counter[int] = field(default_factory=Counter)
    headlines: set[str] = field(default_factory=set)
    caveats: set[str] = field(default_factory=set)
    closings: set[str] = field(default_factory=set)
    openers: set[str] = field(default_factory=set)


def _fresh(rng: random.Random, pool: tuple[str, ...], used: set[str]) -> str | None:
    left = [p for p in pool if p not in used]
    if not left:
        return None
    choice = rng.choice(left)
    used.add(choice)
    return choice


def compose_answer(rng: random.Random, thread: Thread, *, remaining: int) -> tuple[str, str]:
    """One physician's headline and body for a question in `thread`; `remaining` counts this
    answer and the ones still to come, so the topic's points are shared out among them."""
    topic = thread.topic
    n_points = len(topic.points)
    unused = [i for i in range(n_points) if thread.points[i] == 0]
    if unused:
        share = max(1, len(unused) // max(1, remaining))
        k = min(rng.choice((1, 2, 2, 3)), share, len(unused))
        chosen = sorted(rng.sample(unused, k))
    else:
        fewest = min(thread.points.values())
        chosen = [rng.choice([i for i in range(n_points) if thread.points[i] == fewest])]
    for i in chosen:
        thread.points[i] += 1
    points = [topic.points[i] for i in chosen]

    paragraphs: list[str] = []
    if rng.random() < 0.35:
        opener = _fresh(rng, common.ANSWER_OPENERS, thread.openers)
        if opener:
            paragraphs.append(opener)
    if len(points) > 1 and rng.random() < 0.15:
        lead = rng.choice(("A few things to know:", "In short:", "Some points to consider:"))
        paragraphs.append(lead + "\n\n" + "\n".join(f"- {p}" for p in points))
    else:
        paragraphs.extend(points)
    if topic.caveats and rng.random() < 0.35:
        caveat = _fresh(rng, topic.caveats, thread.caveats)
        if caveat:
            paragraphs.append(caveat)
    if rng.random() < 0.85:
        closing = _fresh(rng, common.CLOSINGS[topic.group], thread.closings)
        if closing:
            paragraphs.append(closing)

    headline = _fresh(rng, topic.headlines, thread.headlines) or _fresh(
        rng, common.GENERIC_HEADLINES[topic.group], thread.headlines
    ) or rng.choice(topic.headlines)
    return headline, "\n\n".join(paragraphs)


def sentiment_of(stars: int) -> str:
    return "positive" if stars >= 4 else "mixed" if stars == 3 else "negative"


def compose_review(
    rng: random.Random, *, stars: int, group: str, doctor: str, treatment: str
) -> tuple[str, str]:
    """A review's title and body."""
    mood = sentiment_of(stars)
    titles = TITLES[mood]["any"] + TITLES[mood].get(group, ())
    bank = EXPERIENCE[group][mood]
    n = min(len(bank), rng.choice((1, 1, 2, 2, 3)))
    sentences = rng.sample(bank, n)
    office = rng.choice(OFFICE[mood])
    if office:
        sentences.append(office)
    if mood == "positive" and stars == 5 and rng.random() < 0.3:
        sentences.append(rng.choice((
            "Highly recommend {doctor}.", "I'll be back.", "Already booked my next visit.",
            "Thank you, {doctor}!",
        )))
    body = " ".join(sentences).replace("{doctor}", doctor).replace("{treatment}", treatment)
    return rng.choice(titles), body
