"""The shapes of the demo text banks."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Seed:
    """One thing a patient asks about. `titles` are alternative phrasings; `{product}` in a
    title or body is filled from the topic's products (and tags the question with it);
    `treatments` overrides the topic's default tags."""

    titles: tuple[str, ...]
    body: str
    treatments: tuple[str, ...] = ()
    age: int | None = None  # when the text states or implies the asker's age


@dataclass(frozen=True)
class Topic:
    """A narrow subject: patients' seeds plus the points, headlines and caveats physicians
    draw on when answering it; `headlines[i]` heads an answer that leads with `points[i]`.
    `focus[i]` lists the points (indexes into `points`) that answer
    `seeds[i]` directly; `general` the points that fit any seed of the topic. Answers lead
    with a focus point, may add a general one, and reach for the topic's other points only on
    a crowded thread."""

    key: str
    treatments: tuple[str, ...]
    questions: int
    ages: tuple[int, int]
    seeds: tuple[Seed, ...]
    details: tuple[str, ...]
    headlines: tuple[str, ...]
    points: tuple[str, ...]
    caveats: tuple[str, ...]
    general: tuple[int, ...] = ()
    focus: tuple[tuple[int, ...], ...] = ()
    group: str = "injectable"  # which closings fit: injectable, medical, skin, surgery
    products: tuple[tuple[str, str], ...] = ()  # (name in text, treatment slug)
    specialties: tuple[str, ...] = ()  # who answers these most often
    answers: tuple[int, int] | None = None  # force an answer range (the busy threads)


@dataclass(frozen=True)
class WrittenAnswer:
    physician: str  # key into the physician directory
    headline: str
    body: str
    after_hours: float
    helpful: int
    agreed_by: tuple[str, ...] = ()  # physician keys
    agree_extra: int = 0  # further agreements from physicians who offer the treatment


@dataclass(frozen=True)
class WrittenQuestion:
    key: str
    title: str
    body: str
    treatments: tuple[str, ...]
    city: str
    days_ago: float
    answers: tuple[WrittenAnswer, ...] = field(default=())
