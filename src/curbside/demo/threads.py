"""The demo's questions and answers: composed from the topics, asked and answered through the
qa services (validated and rendered like real ones), with helpful votes and agreements, plus
the motivating case written out in full."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from curbside.accounts.models import User
from curbside.demo.compose import QuestionComposer, QuestionDraft, Thread, compose_answer
from curbside.demo.content import directory
from curbside.demo.content.motivating import MOTIVATING
from curbside.demo.content.topics import TOPICS
from curbside.demo.content.types import Topic
from curbside.demo.state import DAYS, DemoState
from curbside.qa.models import Answer, Question
from curbside.qa.services import (
    answer_agree_set,
    answer_create,
    answer_helpful_set,
    question_create,
)

QUESTIONS = 300
ANSWERS = 1000
# Composed threads that get a crowd of answers, like the motivating case.
BUSY_TOPICS = ("frown_lines", "lip_swelling", "migraine", "masseter")
_NEURO = ("neurology", "physical_medicine")
_EYE = ("ophthalmology", "oculoplastic_surgery")


@dataclass
class _Thread:
    """A created question and what its answers will be."""

    question: Question
    draft: QuestionDraft
    pool: list[tuple[str, float]]
    thread: Thread
    answers: int = 0

    @property
    def capacity(self) -> int:
        return min(len(self.pool), self.thread.capacity())


def _eligible(
    state: DemoState, treatments: Sequence[str], topic: Topic | None
) -> list[tuple[str, float]]:
    """Verified physicians who offer one of the treatments, weighted by how active they are
    and by whether the topic is their field. Neurologists and physiatrists keep to medical
    topics; eye specialists answer medical topics only about the eye."""
    out = []
    for key, weight in state.activity.items():
        if not state.offers[key].intersection(treatments):
            continue
        specialty = state.physicians[key].specialty
        if topic is not None and not _fits(specialty, topic):
            continue
        if topic is not None and topic.specialties:
            weight *= 5 if specialty in topic.specialties else 1
        out.append((key, weight))
    return out


def _fits(specialty: str, topic: Topic) -> bool:
    if specialty in _NEURO:
        return topic.group == "medical"
    if specialty in _EYE and topic.group == "medical":
        return specialty in topic.specialties
    return True


def _pick_physicians(state: DemoState, pool: list[tuple[str, float]], n: int) -> list[str]:
    pool = list(pool)
    chosen: list[str] = []
    for _ in range(min(n, len(pool))):
        total = sum(w for _, w in pool)
        r = state.rng.uniform(0, total)
        for i, (key, weight) in enumerate(pool):
            r -= weight
            if r <= 0 or i == len(pool) - 1:
                chosen.append(key)
                pool.pop(i)
                break
    return chosen


def _answer_times(state: DemoState, asked: datetime, n: int) -> list[datetime]:
    rng = state.rng
    window = (state.now - asked).total_seconds() / 3600 - 0.2
    hours = sorted(
        min(0.3 + rng.expovariate(1 / 30), window * rng.uniform(0.3, 0.95)) for _ in range(n)
    )
    return [asked + timedelta(hours=h) for h in hours]


def _plan_busy(state: DemoState, threads: list[_Thread]) -> None:
    """One old enough thread of each busy topic gets six to nine answers."""
    rng = state.rng
    busy_keys = list(BUSY_TOPICS)
    for t in rng.sample(threads, len(threads)):
        old_enough = (state.now - t.question.created_at).days > 20
        if t.draft.topic.key in busy_keys and old_enough:
            busy_keys.remove(t.draft.topic.key)
            t.thread.crowded = True
            t.answers = min(t.capacity, rng.randint(6, 9))


def _plan_usual(state: DemoState, t: _Thread) -> None:
    """Two to four answers on most questions, fewer on recent ones."""
    rng = state.rng
    if (state.now - t.question.created_at).days < 7:
        n = rng.choices((0, 1, 2), weights=(50, 30, 20))[0]
    else:
        n = rng.choices((0, 1, 2, 3, 4, 5), weights=(3, 8, 26, 32, 21, 10))[0]
    limits = t.draft.topic.answers
    if limits and n:
        n = max(limits.fewest, min(limits.most, n))
    t.answers = min(n, t.capacity)


def _plan_total(state: DemoState, threads: list[_Thread]) -> None:
    """Nudge the usual threads, one answer at a time, until the total lands on ANSWERS."""
    rng = state.rng
    target = ANSWERS - len(MOTIVATING.answers)
    adjustable = [t for t in threads if not t.thread.crowded and t.answers > 0]
    total = sum(t.answers for t in threads)
    for _ in range(50 * len(threads)):
        if total == target or not adjustable:
            break
        t = rng.choice(adjustable)
        limits = t.draft.topic.answers
        high = min(t.capacity, limits.most if limits else 5)
        if total < target and t.answers < high:
            t.answers += 1
            total += 1
        elif total > target and t.answers > 1:
            t.answers -= 1
            total -= 1


def _plan_answers(state: DemoState, threads: list[_Thread]) -> None:
    _plan_busy(state, threads)
    for t in threads:
        if not t.thread.crowded:
            _plan_usual(state, t)
    _plan_total(state, threads)


def questions_load(state: DemoState, demo_patient: User) -> None:
    """Every topic's questions, at random times over DAYS, with the motivating case in its
    place among them; then their answers."""
    rng = state.rng
    composer = QuestionComposer(rng)
    plans = sorted(
        (state.ago(rng.uniform(0.3, DAYS)), i)
        for i, topic in enumerate(TOPICS)
        for _ in range(topic.questions)
    )
    assert len(plans) == QUESTIONS - 1, f"topics add up to {len(plans)} questions"
    author_weights = [rng.lognormvariate(0, 0.8) for _ in state.patients]
    threads: list[_Thread] = []
    motivating_when = state.ago(MOTIVATING.days_ago)
    motivating_done = False
    for when, topic_index in plans:
        if not motivating_done and when > motivating_when:
            _motivating_create(state, demo_patient, motivating_when)
            motivating_done = True
        draft = composer.compose(TOPICS[topic_index])
        author = rng.choices(state.patients, weights=author_weights)[0]
        thread = _ask(state, draft, author, when)
        if thread is not None:
            threads.append(thread)
    if not motivating_done:
        _motivating_create(state, demo_patient, motivating_when)
    _plan_answers(state, threads)
    for t in threads:
        _answer(state, t)


def _ask(state: DemoState, draft: QuestionDraft, author: User, when: datetime) -> _Thread | None:
    """Ask the drafted question; its thread, unless triage held it (it then gets no answers)."""
    rng = state.rng
    question = question_create(
        author=author,
        title=draft.title,
        body=draft.body,
        treatments=[state.treatments[s] for s in draft.treatments],
        city=rng.choice(directory.PATIENT_CITIES) if rng.random() < 0.55 else "",
        created_at=when,
    )
    state.counts["questions"] += 1
    if not question.is_public:
        return None
    return _Thread(
        question=question,
        draft=draft,
        pool=_eligible(state, draft.treatments, draft.topic),
        thread=Thread(topic=draft.topic, seed=draft.seed),
    )


def _answer(state: DemoState, t: _Thread) -> None:
    rng = state.rng
    keys = _pick_physicians(state, t.pool, t.answers)
    answers: list[Answer] = []
    times = _answer_times(state, t.question.created_at, len(keys))
    for i, (key, when) in enumerate(zip(keys, times, strict=True)):
        headline, body = compose_answer(
            rng, t.thread, remaining=len(keys) - i, seen=state.answer_bodies
        )
        answers.append(
            answer_create(
                physician=state.physicians[key],
                question=t.question,
                headline=headline,
                body=body,
                created_at=when,
                notify=False,
            )
        )
    state.counts["answers"] += len(answers)
    for key, answer, on_focus in zip(keys, answers, t.thread.on_focus, strict=True):
        # Patients find the answers that address their question most helpful.
        weights = (24, 24, 18, 13, 10, 7, 4) if on_focus else (50, 25, 12, 8, 3, 1, 1)
        _vote(state, answer, rng.choices((0, 1, 2, 3, 4, 6, 9), weights=weights)[0])
        if rng.random() < 0.28:
            _agree_some(state, answer, key, keys, t.pool)


def _agree_some(
    state: DemoState, answer: Answer, key: str, keys: list[str], pool: list[tuple[str, float]]
) -> None:
    """One to three physicians agree: colleagues on the thread first, then others."""
    rng = state.rng
    colleagues = [k for k in keys if k != key]
    outsiders = [k for k, _ in pool if k not in keys]
    n_agree = rng.choice((1, 1, 2, 3))
    picks = rng.sample(colleagues, min(len(colleagues), rng.randint(0, n_agree)))
    picks += rng.sample(outsiders, min(len(outsiders), n_agree - len(picks)))
    for other in picks:
        _agree(state, answer, other)


def _vote(state: DemoState, answer: Answer, n: int) -> None:
    for voter in state.rng.sample(state.patients, n):
        answer_helpful_set(answer=answer, user=voter, helpful=True)
    state.counts["helpful_votes"] += n


def _agree(state: DemoState, answer: Answer, key: str) -> None:
    answer_agree_set(answer=answer, physician=state.physicians[key], agree=True)
    state.counts["agreements"] += 1


def _motivating_create(state: DemoState, demo_patient: User, when: datetime) -> None:
    case = MOTIVATING
    question = question_create(
        author=demo_patient,
        title=case.title,
        body=case.body,
        treatments=[state.treatments[s] for s in case.treatments],
        city=case.city,
        created_at=when,
    )
    state.counts["questions"] += 1
    if not question.is_public:
        state.say("The motivating question was held for review; its answers are skipped.")
        return
    pool = _eligible(state, case.treatments, None)
    for written in case.answers:
        answer = answer_create(
            physician=state.physicians[written.physician],
            question=question,
            headline=written.headline,
            body=written.body,
            created_at=when + timedelta(hours=written.after_hours),
            notify=False,
        )
        state.counts["answers"] += 1
        answer_helpful_set(answer=answer, user=demo_patient, helpful=True)
        state.counts["helpful_votes"] += 1
        _vote(state, answer, written.helpful - 1)
        agreed = list(written.agreed_by)
        others = [k for k, _ in pool if k not in agreed and k != written.physician]
        agreed += state.rng.sample(others, written.agree_extra)
        for key in agreed:
            _agree(state, answer, key)
