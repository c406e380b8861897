"""Composing demo questions, answers and reviews from the hand-written banks in `content/`,
with a seeded `random.Random` so the same seed always gives the same text."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field

from curbside.demo.content.common import PHRASES
from curbside.demo.content.reviews import REVIEWS, Mood
from curbside.demo.content.types import Topic

# Topics where a patient's health, medications or motive are the subject, so generic
# "I'm healthy, on no medications" asides would contradict the question.
_NO_ASIDES = {"medications", "pregnancy"}


def _fill(text: str, *, product: str, age: int) -> str:
    return text.replace("{product}", product).replace("{age}", str(age))


@dataclass
class QuestionDraft:
    topic: Topic
    seed: int
    title: str
    body: str
    treatments: tuple[str, ...]


class QuestionComposer:
    """Hands out questions for a topic, cycling through its seeds, titles and products so
    repeats are as rare as the bank allows."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: Counter[tuple[str, str]] = Counter()

    def _pick_seed_and_title(self, topic: Topic) -> tuple[int, str]:
        options = [(i, title) for i, seed in enumerate(topic.seeds) for title in seed.titles]
        fewest = min(self.used[(topic.key, title)] for _, title in options)
        index, title = self.rng.choice(
            [(i, t) for i, t in options if self.used[(topic.key, t)] == fewest]
        )
        self.used[(topic.key, title)] += 1
        return index, title

    def compose(self, topic: Topic) -> QuestionDraft:
        rng = self.rng
        index, title = self._pick_seed_and_title(topic)
        seed = topic.seeds[index]
        name, slug = "Botox", "botox-cosmetic"
        if topic.products:
            product = rng.choice(topic.products)
            name, slug = product.name, product.treatment
        uses_product = "{product}" in seed.body or "{product}" in title
        treatments = seed.treatments or ((slug,) if uses_product else topic.treatments[:1])
        age = seed.age or rng.randint(*topic.ages)
        cosmetic = topic.group in ("injectable", "skin") and topic.key not in _NO_ASIDES
        openers = PHRASES.question_openers + (PHRASES.question_openers_cosmetic if cosmetic else ())
        details = list(topic.details) + (list(PHRASES.question_details) if cosmetic else [])

        parts: list[str] = []
        style = rng.random()
        if style < 0.25:  # terse
            parts = [seed.body]
            if rng.random() < 0.3:
                parts.append(rng.choice(PHRASES.question_closings))
        else:
            detailed = style > 0.75
            if detailed or rng.random() < 0.5:
                parts.append(rng.choice(openers))
            parts.append(seed.body)
            n_details = rng.choice((1, 2)) if detailed else int(rng.random() < 0.45)
            parts.extend(rng.sample(details, min(n_details, len(details))))
            if detailed or rng.random() < 0.6:
                parts.append(rng.choice(PHRASES.question_closings))
        joiner = "\n\n" if len(parts) > 2 and rng.random() < 0.5 else " "
        body = _fill(joiner.join(parts), product=name, age=age)
        return QuestionDraft(
            topic=topic,
            seed=index,
            title=_fill(title, product=name, age=age),
            body=body,
            treatments=treatments,
        )


@dataclass
class Thread:
    """What the answers on one question have already said, so no two repeat each other.
    Points (by name) come in tiers: those that answer this seed, those that fit the whole
    topic, and (only on crowded threads) the rest of the topic."""

    topic: Topic
    seed: int  # the index of the question's seed in its topic
    crowded: bool = False
    used: set[str] = field(default_factory=set)
    headlines: set[str] = field(default_factory=set)
    caveats: set[str] = field(default_factory=set)
    closings: set[str] = field(default_factory=set)
    openers: set[str] = field(default_factory=set)
    on_focus: list[bool] = field(default_factory=list)  # per answer: did it lead on-topic?

    @property
    def focus(self) -> tuple[str, ...]:
        return self.topic.seeds[self.seed].focus

    def tiers(self) -> tuple[list[str], list[str], list[str]]:
        focus = list(dict.fromkeys(self.focus))
        general = [p for p in self.topic.general if p not in focus]
        rest = [p for p in self.topic.points if p not in focus and p not in general]
        return focus, general, rest

    def capacity(self) -> int:
        """How many physicians can answer before they would have to repeat one another."""
        focus, general, rest = self.tiers()
        if self.crowded:
            return len(self.topic.points)
        return len(focus) + len(general) + min(1, len(rest))


def _fresh(rng: random.Random, pool: tuple[str, ...], used: set[str]) -> str | None:
    left = [p for p in pool if p not in used]
    if not left:
        return None
    choice = rng.choice(left)
    used.add(choice)
    return choice


def _take(rng: random.Random, thread: Thread, *, remaining: int) -> list[str]:
    """The points for the next answer: a lead from the best tier left, plus extras while
    enough remain for the answers still to come."""
    focus, general, rest = ([p for p in tier if p not in thread.used] for tier in thread.tiers())
    spare_rest = rest if thread.crowded else rest[:1]
    available = len(focus) + len(general) + len(spare_rest)
    if available == 0:  # more answers than points: repeat the least specific one
        return [rng.choice(thread.topic.general or tuple(thread.topic.points))]
    lead_tier = focus or general or spare_rest
    lead = lead_tier[0] if lead_tier is focus else rng.choice(lead_tier)
    chosen = [lead]
    extras = min(rng.choice((0, 1, 1, 2)), available - max(1, remaining))
    for _ in range(max(0, extras)):
        pool = [p for p in general + focus if p not in chosen]
        if not pool:
            break
        chosen.append(rng.choice(pool))
    thread.used.update(chosen)
    return chosen


def compose_answer(
    rng: random.Random, thread: Thread, *, remaining: int, seen: set[str] | None = None
) -> tuple[str, str]:
    """One physician's headline and body for a question in `thread`; `remaining` counts this
    answer and the ones still to come, so the points are shared out among them. `seen` holds
    bodies already written anywhere, so that no two answers read exactly alike."""
    topic = thread.topic
    first = not thread.used
    chosen = _take(rng, thread, remaining=remaining)
    points = [topic.points[name].text for name in chosen]
    on_focus = chosen[0] in thread.focus
    thread.on_focus.append(on_focus)

    if len(points) > 1 and rng.random() < 0.15:
        lead = rng.choice(("A few things to know:", "In short:", "Some points to consider:"))
        paragraphs = [lead + "\n\n" + "\n".join(f"- {p}" for p in points)]
    elif not first and not on_focus and rng.random() < 0.6:
        # A later answer that adds something beyond the question's core says so.
        paragraphs = [f"{rng.choice(PHRASES.answer_additions)} {points[0]}", *points[1:]]
    else:
        paragraphs = list(points)
    if topic.caveats and rng.random() < 0.35:
        caveat = _fresh(rng, topic.caveats, thread.caveats)
        if caveat:
            paragraphs.append(caveat)
    if rng.random() < 0.85:
        closing = _fresh(rng, PHRASES.closings[topic.group], thread.closings)
        if closing:
            paragraphs.append(closing)

    openers = [o for o in PHRASES.answer_openers if o not in thread.openers]
    rng.shuffle(openers)
    body = "\n\n".join(paragraphs)
    if openers and rng.random() < 0.3:
        body = f"{openers.pop()}\n\n{body}"
    while seen is not None and body in seen and openers:
        body = "\n\n".join([openers.pop(), *paragraphs])
    if seen is not None:
        seen.add(body)

    headline = topic.points[chosen[0]].headline
    if headline in thread.headlines or rng.random() < 0.12:
        generic = PHRASES.generic_headlines[topic.group]
        headline = _fresh(rng, generic, thread.headlines) or headline
    thread.headlines.add(headline)
    return headline, body


def sentiment_of(stars: int) -> Mood:
    return "positive" if stars >= 4 else "mixed" if stars == 3 else "negative"


def compose_review(
    rng: random.Random, *, stars: int, group: str, doctor: str, treatment: str
) -> tuple[str, str]:
    """A review's title and body: what was treated, in story order, then the office."""
    mood = sentiment_of(stars)
    family = REVIEWS.families[REVIEWS.groups[group].family]
    titles = REVIEWS.titles[mood] + family.titles[mood]
    bank = REVIEWS.groups[group].experience[mood]
    picked = sorted(rng.sample(range(len(bank)), min(len(bank), rng.choice((1, 2, 2, 3)))))
    sentences = [bank[i] for i in picked]
    shared = family.shared.get(mood, ())
    if shared and rng.random() < 0.3:
        sentences.append(rng.choice(shared))
    office = rng.choice(REVIEWS.office[mood])
    if office:
        sentences.append(office)
    if stars == 5 and rng.random() < 0.3:
        sentences.append(
            rng.choice(
                (
                    "Highly recommend {doctor}.",
                    "I'll be back.",
                    "Already booked my next visit.",
                    "Thank you, {doctor}!",
                )
            )
        )
    body = " ".join(sentences).replace("{doctor}", doctor).replace("{treatment}", treatment)
    return rng.choice(titles), body
