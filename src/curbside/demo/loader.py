"""Load the demo data set: treatments, practices, physicians, patients, 300 questions with
about 1,000 answers, votes, agreements and about 800 reviews, all reproducible from a seed.
The text comes from the YAML files of `demo/content/`.

The steps are in `people` (directory, accounts, physicians and their verification through
the providers services), `threads` (questions and answers through the qa services), the
reviews below, and the `extra_*` modules (locations, practice pages and inboxes, replies and
notifications, articles). The audit log is written only by the services called.

Reviews are written in one batch, not through reviews.services: review_publish stamps the
time of the call, writes an audit row and notifies the physician (an in-app notification and
an e-mail) for each review, where the demo needs 800 reviews published over eighteen months
without 800 e-mails in the worker's queue."""

from __future__ import annotations

import random
import time
from datetime import timedelta

from django.db import transaction

from curbside.accounts.models import User
from curbside.demo import extra_articles, extra_geo, extra_practices, extra_reviews, people
from curbside.demo.compose import compose_review
from curbside.demo.content.reviews import REVIEWS as BANK
from curbside.demo.state import DAYS, DEMO_LOGINS, DemoState, Writer
from curbside.demo.threads import QUESTIONS, questions_load
from curbside.providers.models import Physician
from curbside.qa.models import Question
from curbside.reviews.models import Review, ReviewStatus, WorthIt
from curbside.reviews.services import physician_rating_refresh

__all__ = ["DEMO_LOGINS", "QUESTIONS", "demo_is_loaded", "demo_load"]

REVIEWS = 800
PENDING_REVIEWS = 12
_NEURO = ("neurology", "physical_medicine")


def demo_is_loaded() -> bool:
    """Whether the database already holds demo (or real) questions or physicians."""
    return Question.objects.exists() or Physician.objects.exists()


def _review_group(rng: random.Random, physician: Physician, treatment: str) -> str:
    """Which sentences a review draws on: the treatment's own, except that reviews of
    neurologists and physiatrists are about dystonia (or, for Botox half the time, migraine)
    and dermatologists' Botox reviews half the time about sweating."""
    group = BANK.treatments[treatment].group
    if physician.specialty in _NEURO:
        return "migraine" if treatment == "botox" and rng.random() < 0.5 else "dystonia"
    if treatment == "botox" and physician.specialty == "dermatology":
        return "sweat" if rng.random() < 0.5 else group
    return group


def _worth_it(rng: random.Random, stars: int) -> str:
    if stars == 5:
        return WorthIt.YES if rng.random() < 0.95 else WorthIt.NOT_SURE
    if stars == 4:
        return WorthIt.YES if rng.random() < 0.8 else WorthIt.NOT_SURE
    if stars == 3:
        return rng.choices((WorthIt.YES, WorthIt.NOT_SURE, WorthIt.NO), (2, 6, 2))[0]
    return WorthIt.NO if rng.random() < 0.8 else WorthIt.NOT_SURE


def _cost(rng: random.Random, group: str, treatment: str) -> int | None:
    """What the patient paid, for seven in ten reviews of treatments patients pay for."""
    medical = BANK.groups[group].family == "medical"
    cost_range = None if medical else BANK.treatments[treatment].cost_usd
    if cost_range and rng.random() < 0.7:
        return round(rng.randint(*cost_range), -1 if cost_range.high < 3000 else -2)
    return None


def _review(
    state: DemoState, key: str, treatment: str, author: User, *, tough: bool, pending: bool
) -> Review:
    """One review, published or waiting for a moderator; its body_html is rendered later, by
    extra_reviews."""
    rng, physician = state.rng, state.physicians[key]
    star_weights = (6, 7, 12, 25, 50) if tough else (2, 3, 5, 19, 71)
    stars = rng.choices((1, 2, 3, 4, 5), weights=star_weights)[0]
    group = _review_group(rng, physician, treatment)
    name = state.treatments[treatment].name
    if state.treatments[treatment].kind in ("filler", "skin", "surgery"):
        name = name.lower()
    title, body = compose_review(
        rng, stars=stars, group=group, doctor=f"Dr. {physician.last_name}", treatment=name
    )
    worth = _worth_it(rng, stars)
    cost = _cost(rng, group, treatment)
    written = state.ago(rng.uniform(0.5, 4) if pending else rng.uniform(3, DAYS))
    return Review(
        physician=physician,
        author=author,
        treatment=state.treatments[treatment],
        stars=stars,
        worth_it=worth,
        title=title,
        body=body,
        cost_usd=cost,
        status=ReviewStatus.PENDING if pending else ReviewStatus.PUBLISHED,
        created_at=written,
        published_at=None if pending else written + timedelta(hours=rng.uniform(2, 60)),
    )


def reviews_load(state: DemoState) -> None:
    """REVIEWS reviews of verified physicians, by their patients' weights; at most one per
    patient, physician and treatment; three physicians fare worse than the rest. The last
    PENDING_REVIEWS wait for a moderator."""
    rng = state.rng
    keys = list(state.activity)
    weights = [rng.lognormvariate(0, 0.6) for _ in keys]
    tougher = set(rng.sample(keys, 3))
    seen: set[tuple[int, str, str]] = set()
    rows: list[Review] = []
    for _ in range(REVIEWS * 20):
        if len(rows) >= REVIEWS:
            break
        key = rng.choices(keys, weights=weights)[0]
        offered = sorted(state.offers[key])
        toxin = [3 if BANK.treatments[s].group == "toxin" else 1 for s in offered]
        treatment = rng.choices(offered, weights=toxin)[0]
        author = rng.choice(state.patients)
        if (author.pk, key, treatment) not in seen:
            seen.add((author.pk, key, treatment))
            pending = len(rows) >= REVIEWS - PENDING_REVIEWS
            rows.append(
                _review(state, key, treatment, author, tough=key in tougher, pending=pending)
            )
    Review.objects.bulk_create(rows)
    for physician_id in {row.physician_id for row in rows}:
        physician_rating_refresh(physician_id=physician_id)
    state.counts["reviews"] = len(rows)


def _run(state: DemoState) -> dict[str, int]:
    started = time.monotonic()
    people.treatments_load(state)
    people.practices_load(state)
    people.staff_load(state)
    people.physicians_load(state)
    counts = state.counts
    state.say(f"Directory: {counts['practices']} practices, {counts['physicians']} physicians.")
    demo_patient = people.patients_load(state)
    questions_load(state, demo_patient)
    state.say(f"Questions: {counts['questions']}, answers: {counts['answers']}.")
    reviews_load(state)
    state.say(f"Reviews: {counts['reviews']}.")
    # The rest builds on what is loaded above: locations, practice pages and their
    # consultation inboxes, physicians' replies to reviews, notifications, articles.
    for extra in (extra_geo, extra_practices, extra_reviews, extra_articles):
        counts.update(extra.load(rng=state.rng))
    # The claim check runs as a background task on every answer and article; run it here
    # too, so the demo's flags (its false migraine article) exist before a worker starts.
    from curbside.claims.services import claim_checks_refresh_all

    counts["claim_flags"] = claim_checks_refresh_all()
    state.say(f"Claim check: {counts['claim_flags']} sentences flagged.")
    # Likewise the summaries of where physicians agree, which leave the flagged sentences out.
    from curbside.consensus.services import summaries_refresh_all

    counts["summaries"] = summaries_refresh_all()
    state.say(f"Summaries of where physicians agree: {counts['summaries']}.")
    state.say(f"Demo data loaded in {time.monotonic() - started:.1f} s.")
    return dict(counts)


def demo_load(*, seed: int = 2026, stdout: Writer | None = None) -> dict[str, int]:
    """Fill an empty database with the demo data set; returns counts of what it created."""
    with transaction.atomic():
        return _run(DemoState(rng=random.Random(seed), stdout=stdout))
