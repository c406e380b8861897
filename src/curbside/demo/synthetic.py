"""Synthetic questions and answers at scale, for benchmarks (`curbside seed`).

Texts come from the demo banks (`demo/content/`) through the demo's own composers, so they
read like the demo's questions, with the same seeded variation. Rows are written with
`bulk_create` in batches rather than through `qa.services`: a service call per row would take
hours at 100,000 questions. Everything a service would derive is filled in here (slug,
sanitized `body_html`, `answer_count`, `last_answered_at`); what the services would trigger
afterwards (search documents, embeddings, follows, notifications) is not, so callers rebuild
the search index themselves (`curbside seed` does it, or says that `curbside reindex` must
follow). Never use this for anything but synthetic data."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from functools import lru_cache

from django.db import transaction
from django.utils import timezone

from curbside.accounts.models import Role, User
from curbside.catalogue.models import Treatment
from curbside.demo.compose import QuestionComposer, Thread, compose_answer
from curbside.demo.content import directory
from curbside.demo.content.common import PHRASES
from curbside.demo.content.physicians import PHYSICIANS
from curbside.demo.content.topics import TOPICS
from curbside.demo.content.types import Topic
from curbside.lib.npi import npi_check_digit
from curbside.lib.text import render_markdown
from curbside.providers.models import Physician, VerificationStatus
from curbside.qa.models import BODY_MAX, TITLE_MAX, Answer, Question, QuestionStatus, question_slug

BATCH = 2000
DAYS = 720  # questions spread over about two years
PATIENTS = 300
# Django's unusable-password marker: synthetic accounts never sign in, and it spares hashing.
UNUSABLE_PASSWORD = "!"  # noqa: S105  # not a secret
SYNTHETIC_DOMAIN = "synthetic.curbside.test"
# Extra asides that vary otherwise identical composed questions, as real askers do.
_ASIDES: tuple[str, ...] = (
    "I live in {city}.",
    "Asking from {city}.",
    "This is my {nth} time asking about this.",
    "I saw two injectors in {city} and they disagreed.",
    "My appointment is in {days} days.",
    "It has been about {days} days now.",
    "I'm {age}.",
)
_NTH = ("first", "second", "third")
# A paragraph Markdown renders as nothing but <p>…</p>: no Markdown or HTML syntax at all.
_PLAIN = re.compile(r"[A-Za-z0-9 ,.;:'’“”\"!?()/%+=$—–~-]+")
_BLOCK_START = re.compile(r"[-+*#>]|\d+[.)]\s")


@dataclass
class SeedReport:
    questions: int = 0
    answers: int = 0
    created_treatments: int = 0
    created_physicians: int = 0
    question_ids: list[int] = field(default_factory=list)


@lru_cache(maxsize=65536)
def _render_block(block: str) -> str:
    if _PLAIN.fullmatch(block) and not _BLOCK_START.match(block):
        return f"<p>{block}</p>"
    return render_markdown(block)


def render_fast(text: str) -> str:
    """`render_markdown(text)` for composed texts, one paragraph at a time with a cache: the
    banks' paragraphs repeat, and Markdown renders blank-line-separated blocks independently.
    Tests check it gives exactly what `render_markdown` gives on composed texts."""
    return "\n".join(_render_block(block) for block in text.split("\n\n"))


def _npi(rng: random.Random, taken: set[str]) -> str:
    while True:
        first_nine = "1" + "".join(str(rng.randrange(10)) for _ in range(8))
        npi = first_nine + str(npi_check_digit(first_nine))
        if npi not in taken:
            taken.add(npi)
            return npi


def treatments_ensure() -> int:
    """The demo's treatments, where the database has none; returns how many were created."""
    if Treatment.objects.exists():
        return 0
    Treatment.objects.bulk_create(
        Treatment(slug=slug, name=name, kind=kind, summary=summary)
        for slug, name, kind, summary in directory.TREATMENTS
    )
    return len(directory.TREATMENTS)


def physicians_ensure(rng: random.Random) -> int:
    """The demo's verified physicians (without practices), where none is verified yet."""
    if Physician.objects.verified().exists():
        return 0
    treatments = {t.slug: t for t in Treatment.objects.all()}
    taken = set(Physician.objects.values_list("npi", flat=True))
    now = timezone.now()
    created = 0
    for key, entry in PHYSICIANS.items():
        first, last, specialty = entry.first_name, entry.last_name, entry.specialty
        practice = directory.PRACTICES[entry.practice]
        user = User.objects.create(
            email=f"{key}@{SYNTHETIC_DOMAIN}",
            public_name=f"Dr. {first} {last}"[:40],
            role=Role.PHYSICIAN,
            password=UNUSABLE_PASSWORD,
            email_verified_at=now,
        )
        base = f"{first}-{last}-synthetic".lower()
        physician = Physician.objects.create(
            user=user,
            slug=base if not Physician.objects.filter(slug=base).exists() else f"{base}-{key}",
            first_name=first,
            last_name=last,
            credentials=entry.credentials,
            specialty=specialty,
            npi=_npi(rng, taken),
            practicing_since=entry.practicing_since,
            city=practice.city,
            state=practice.state,
            bio=entry.bio,
            bio_html=render_markdown(entry.bio),
            status=VerificationStatus.VERIFIED,
            status_changed_at=now,
        )
        offered = directory.SPECIALTY_TREATMENTS.get(specialty, ())
        physician.treatments.set([treatments[s] for s in offered if s in treatments])
        created += 1
    return created


def _patients(rng: random.Random) -> list[User]:
    """Synthetic askers: reused between runs, created on the first."""
    askers = User.objects.filter(
        email__endswith=f"@{SYNTHETIC_DOMAIN}", role=Role.PATIENT
    ).order_by("pk")
    if askers.exists():
        return list(askers)
    now = timezone.now()
    users = [
        User(
            email=f"patient-{n}@{SYNTHETIC_DOMAIN}",
            public_name=f"SyntheticAsker-{n:04d}",
            role=Role.PATIENT,
            password=UNUSABLE_PASSWORD,
            email_verified_at=now,
            date_joined=now - timedelta(days=DAYS + rng.uniform(5, 200)),
        )
        for n in range(PATIENTS)
    ]
    User.objects.bulk_create(users)
    return list(askers)


@dataclass
class _Plan:
    question: Question
    treatments: list[Treatment]
    answers: list[Answer]


class _Seeder:
    def __init__(self, *, seed: int, answers_per_question: int) -> None:
        self.rng = random.Random(seed)
        self.composer = QuestionComposer(self.rng)
        self.answers_per_question = answers_per_question
        self.now = timezone.now().replace(microsecond=0)
        self.weights = [topic.questions for topic in TOPICS]
        self.cities = [practice.city for practice in directory.PRACTICES.values()]
        self.report = SeedReport()
        self.report.created_treatments = treatments_ensure()
        # A generator of its own, so texts do not depend on whether the directory existed.
        self.report.created_physicians = physicians_ensure(random.Random(seed))
        self.treatments = {t.slug: t for t in Treatment.objects.all()}
        self.treatment_list = list(self.treatments.values())
        self.physicians = list(Physician.objects.verified().order_by("pk"))
        self.patients = _patients(random.Random(seed))

    def _treatments_for(self, slugs: tuple[str, ...], topic: Topic) -> list[Treatment]:
        found = [self.treatments[s] for s in slugs if s in self.treatments]
        found = found or [self.treatments[s] for s in topic.treatments if s in self.treatments]
        return found[:3] or [self.rng.choice(self.treatment_list)]

    def _body(self, body: str, age_range: tuple[int, int]) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            aside = rng.choice(_ASIDES).format(
                city=rng.choice(self.cities),
                nth=rng.choice(_NTH),
                days=rng.randint(2, 60),
                age=rng.randint(*age_range),
            )
            body = f"{aside} {body}" if rng.random() < 0.5 else f"{body} {aside}"
        return body[:BODY_MAX]

    def plan(self) -> _Plan:
        rng = self.rng
        topic = rng.choices(TOPICS, self.weights)[0]
        draft = self.composer.compose(topic)
        title = draft.title
        if rng.random() < 0.1:  # some askers shout or whisper in the title
            title = title.lower() if rng.random() < 0.5 else title.rstrip("?") + "??"
        title = title[:TITLE_MAX]
        body = self._body(draft.body, topic.ages)
        asked = self.now - timedelta(days=rng.uniform(0, DAYS))
        question = Question(
            title=title,
            slug=question_slug(title),
            body=body,
            body_html=render_fast(body),
            author=rng.choice(self.patients) if self.patients else None,
            city=rng.choice(self.cities) if rng.random() < 0.4 else "",
            status=QuestionStatus.PUBLISHED,
            created_at=asked,
            updated_at=asked,
        )
        k = min(self.answers_per_question, len(self.physicians))
        thread = Thread(topic=topic, seed=draft.seed, crowded=k > 3)
        answers: list[Answer] = []
        when = asked
        for n, physician in enumerate(rng.sample(self.physicians, k)):
            headline, answer_body = compose_answer(rng, thread, remaining=k - n)
            when = min(self.now, when + timedelta(hours=rng.uniform(0.5, 72)))
            answers.append(
                Answer(
                    physician=physician,
                    headline=headline,
                    body=answer_body,
                    body_html=render_fast(answer_body),
                    created_at=when,
                    updated_at=when,
                )
            )
        question.answer_count = len(answers)
        question.last_answered_at = answers[-1].created_at if answers else None
        return _Plan(question, self._treatments_for(draft.treatments, topic), answers)

    @transaction.atomic
    def write(self, plans: list[_Plan]) -> None:
        questions = Question.objects.bulk_create([p.question for p in plans])
        links = []
        answers = []
        for plan, question in zip(plans, questions, strict=True):
            for treatment in plan.treatments:
                links.append(
                    Question.treatments.through(question_id=question.pk, treatment_id=treatment.pk)
                )
            for answer in plan.answers:
                answer.question = question
                answers.append(answer)
        Question.treatments.through.objects.bulk_create(links)
        Answer.objects.bulk_create(answers)
        self.report.questions += len(questions)
        self.report.answers += len(answers)
        self.report.question_ids += [q.pk for q in questions]


def _batches(total: int, size: int) -> Iterator[int]:
    while total > 0:
        yield min(size, total)
        total -= size


def questions_seed(
    *,
    questions: int,
    answers_per_question: int = 2,
    seed: int = 2026,
    batch_size: int = BATCH,
    progress: Callable[[int], object] | None = None,
) -> SeedReport:
    """Create `questions` published questions, each with `answers_per_question` answers from
    distinct verified physicians (fewer if there are fewer physicians). Creates the demo's
    treatments and verified physicians first when the database has none. The same seed on the
    same starting database gives the same texts."""
    if answers_per_question < 0:
        raise ValueError("answers_per_question must be 0 or more.")
    seeder = _Seeder(seed=seed, answers_per_question=answers_per_question)
    for size in _batches(questions, batch_size):
        seeder.write([seeder.plan() for _ in range(size)])
        if progress is not None:
            progress(size)
    return seeder.report


def seed_sample_texts(n: int, *, seed: int = 0) -> list[str]:
    """Composed question and answer texts without touching the database (for tests)."""
    rng = random.Random(seed)
    composer = QuestionComposer(rng)
    texts: list[str] = []
    for _ in range(n):
        topic = rng.choice(TOPICS)
        draft = composer.compose(topic)
        texts.append(draft.body)
        thread = Thread(topic=topic, seed=draft.seed)
        texts.append(compose_answer(rng, thread, remaining=1)[1])
    texts.append(" ".join(PHRASES.question_details))
    return texts
