"""The question page against a bare view served through the same middleware stack.

Data: a question with 8 answers from 8 verified physicians (different specialties and
cities, 20 to 40 published reviews each, helpful votes and agreements), a question with one
answer, and 300 other questions so the tables are not trivially small.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bench.harness import Request, Result, Server, Timing
from bench.urls import BARE_PATH
from curbside.accounts.models import User
from curbside.accounts.tests.factories import UserFactory
from curbside.catalogue.models import Treatment
from curbside.practices.models import Practice
from curbside.practices.tests.factories import PracticeFactory
from curbside.providers.models import Physician, Specialty
from curbside.providers.tests.factories import PhysicianFactory
from curbside.qa import services
from curbside.qa.models import Question
from curbside.qa.tests.factories import TreatmentFactory
from curbside.reviews.models import Review, ReviewStatus, WorthIt
from curbside.reviews.services import physician_rating_refresh

WARMUP = 20
ROUNDS = 200
TARGET_RATIO = 8.0
OTHER_QUESTIONS = 300
PATIENTS = 60
# Users sign in by session, never by password: "!" is Django's unusable-password marker, and
# it spares the data set 80 Argon2 hashes.
UNUSABLE_PASSWORD = "!"  # noqa: S105  # not a secret

TREATMENTS = [
    ("botox", "Botox", "neurotoxin"),
    ("lip-filler", "Lip filler", "filler"),
    ("kybella", "Kybella", "injectable"),
    ("chemical-peel", "Chemical peel", "skin"),
    ("rhinoplasty", "Rhinoplasty", "surgery"),
]
PLACES = [
    ("Denver", "CO"),
    ("Austin", "TX"),
    ("Seattle", "WA"),
    ("Boston", "MA"),
    ("Chicago", "IL"),
    ("Miami", "FL"),
    ("Phoenix", "AZ"),
    ("Portland", "OR"),
    ("Atlanta", "GA"),
    ("Nashville", "TN"),
]
ANSWER_BODY = """\
Swelling after {treatment} usually peaks on day two or three and settles within **two weeks**.
One side often swells more than the other, simply because the injections or incisions were not
perfectly symmetric and lymphatic drainage differs from side to side.

What I tell my patients:

1. Sleep with your head raised for the first few nights.
2. Use cold compresses, 10 minutes on and 10 off, during the first 48 hours.
3. Avoid strenuous exercise, alcohol and blood thinners such as aspirin for a few days.

Call your injector or surgeon promptly if the swelling is *hot, painful, spreading* or comes
with fever, blanching of the skin or changes in vision: those need to be seen the same day.
Otherwise, give it time and take photos in the same light each morning to compare.
"""


@dataclass(frozen=True)
class Data:
    question: Question
    question_one_answer: Question
    patient: User


def _physicians(treatments: list[Treatment], rng: random.Random) -> list[Physician]:
    specialties = list(Specialty.values)
    physicians = []
    for n, (city, state) in enumerate(PLACES):
        practice: Practice = PracticeFactory.create(city=city, state=state)
        physician: Physician = PhysicianFactory.create(
            user__password=UNUSABLE_PASSWORD,
            first_name=[
                "Ana",
                "Ben",
                "Chloe",
                "Dev",
                "Elena",
                "Farid",
                "Grace",
                "Hiro",
                "Ines",
                "Jon",
            ][n],
            last_name=[
                "Ruiz",
                "Okafor",
                "Lindqvist",
                "Patel",
                "Moreau",
                "Haddad",
                "Kim",
                "Tanaka",
                "Costa",
                "Byrne",
            ][n],
            credentials=rng.choice(["MD", "MD, FACS", "DO", "MD, FAAD"]),
            specialty=specialties[n % len(specialties)],
            city=city,
            state=state,
            practice=practice,
            bio="Board-certified, in practice for many years.",
        )
        physician.treatments.set(rng.sample(treatments, 3))
        physicians.append(physician)
    return physicians


def _reviews(
    physicians: list[Physician],
    patients: list[User],
    treatments: list[Treatment],
    rng: random.Random,
) -> None:
    pairs = list(itertools.product(patients, treatments))
    now = timezone.now()
    reviews = []
    for physician in physicians:
        published = rng.randint(20, 40)
        for n, (author, treatment) in enumerate(rng.sample(pairs, published + 5)):
            created = now - timedelta(days=rng.randint(1, 900))
            is_published = n < published
            reviews.append(
                Review(
                    physician=physician,
                    author=author,
                    treatment=treatment,
                    stars=rng.choices([1, 2, 3, 4, 5], weights=[1, 1, 2, 5, 10])[0],
                    worth_it=rng.choice(WorthIt.values),
                    title=f"My {treatment.name.lower()} with {physician.display_name}",
                    body="Clear explanations, a careful technique and a good follow-up visit.",
                    cost_usd=rng.randint(300, 9000),
                    status=ReviewStatus.PUBLISHED if is_published else ReviewStatus.PENDING,
                    created_at=created,
                    published_at=created if is_published else None,
                )
            )
    Review.objects.bulk_create(reviews)
    for physician in physicians:
        physician_rating_refresh(physician_id=physician.pk)


def _answer(physician: Physician, question: Question, treatment: Treatment) -> None:
    services.answer_create(
        physician=physician,
        question=question,
        notify=False,
        headline=f"Uneven swelling after {treatment.name.lower()} is common early on",
        body=ANSWER_BODY.format(treatment=treatment.name.lower()),
    )


def _question(author: User, treatments: list[Treatment], n: int) -> Question:
    return services.question_create(
        author=author,
        treatments=treatments,
        city=PLACES[n % len(PLACES)][0],
        # No symptoms: triage would rightly hold some of these for a moderator otherwise.
        title=f"How long do results last after {treatments[0].name.lower()}? (case {n})",
        body=(
            f"I had {treatments[0].name.lower()} two weeks ago and I'm happy with it so far. "
            "How long should I expect the result to last, and when should I book a follow-up "
            "visit with my injector?"
        ),
    )


@transaction.atomic
def create_data(seed: int = 2024) -> Data:
    rng = random.Random(seed)
    treatments: list[Treatment] = [
        TreatmentFactory.create(slug=s, name=n, kind=k) for s, n, k in TREATMENTS
    ]
    patients: list[User] = [UserFactory.create(password=UNUSABLE_PASSWORD) for _ in range(PATIENTS)]
    physicians = _physicians(treatments, rng)
    _reviews(physicians, patients, treatments, rng)

    for n in range(OTHER_QUESTIONS):
        question = _question(rng.choice(patients), rng.sample(treatments, rng.randint(1, 2)), n)
        for physician in rng.sample(physicians, rng.choice([0, 0, 1, 1, 2, 3])):
            _answer(physician, question, treatments[0])

    question = _question(patients[0], treatments[:2], OTHER_QUESTIONS)
    for physician in physicians[:8]:
        _answer(physician, question, treatments[0])
    answers = list(question.answers.all())
    for answer in answers:
        for voter in rng.sample(patients[2:], rng.randint(0, 12)):
            services.answer_helpful_set(answer=answer, user=voter, helpful=True)
        for colleague in rng.sample(physicians, 3):
            if colleague.pk != answer.physician_id:
                services.answer_agree_set(answer=answer, physician=colleague, agree=True)

    # The signed-in viewer follows the question and found two answers helpful.
    patient = patients[1]
    services.question_follow_set(question=question, user=patient, follow=True)
    for answer in answers[:2]:
        services.answer_helpful_set(answer=answer, user=patient, helpful=True)

    question_one_answer = _question(patients[0], treatments[:1], OTHER_QUESTIONS + 1)
    _answer(physicians[0], question_one_answer, treatments[0])
    return Data(question=question, question_one_answer=question_one_answer, patient=patient)


def session_cookie(user: User) -> str:
    client = Client()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


def query_count(server: Server, request: Request) -> int:
    with CaptureQueriesContext(connection) as queries:
        status, _, _ = server.serve(request)
    if status != 200:
        raise RuntimeError(f"{request.label}: {request.path} answered {status}")
    return len(queries)


def run() -> Result:
    data = create_data()
    cookie = session_cookie(data.patient)
    page = data.question.get_absolute_url()
    bare = Request("bare view (HttpResponse('ok'))", BARE_PATH)
    anonymous = Request("question page, anonymous", page)
    signed_in = Request("question page, signed-in patient", page, cookie)
    server = Server()

    status, body, _ = server.serve(anonymous)
    shown = body.count(b'<article class="answer"')
    if status != 200 or shown != 8:
        raise RuntimeError(f"question page answered {status} with {shown} answers, not 8")

    timings = server.time([bare, anonymous, signed_in], warmup=WARMUP, rounds=ROUNDS)
    base = timings[0].median_ms
    ratios = [t.median_ms / base for t in timings]
    result = Result(name=f"Question page vs bare view ({ROUNDS} requests each, {WARMUP} warm-up)")
    result.lines.append(f"{'request':<36}{'median ms':>10}{'p95 ms':>9}{'ratio':>8}")
    result.lines += [_row(t, ratio) for t, ratio in zip(timings, ratios, strict=True)]

    one = data.question_one_answer.get_absolute_url()
    counts: dict[tuple[str, int, str], int] = {}
    for who, c in (("anonymous", ""), ("patient", cookie)):
        for n, url in ((1, one), (8, page)):
            cache.clear()  # the first request renders the answers, the second reads the cache
            counts[who, n, "cold"] = query_count(server, Request(who, url, c))
            counts[who, n, "warm"] = query_count(server, Request(who, url, c))
    result.lines.append("SQL queries per page, cold cache / warm, for 1 and 8 answers:")
    result.lines += [
        f"  {who:<10} 1 answer: {counts[who, 1, 'cold']} / {counts[who, 1, 'warm']}"
        f"   8 answers: {counts[who, 8, 'cold']} / {counts[who, 8, 'warm']}"
        for who in ("anonymous", "patient")
    ]
    # The target is the public page, what visitors and search engines read; the signed-in
    # figure adds the reader's own controls, votes and follow state, and is reported beside it.
    public_ratio = ratios[1]
    flat = all(
        counts[w, 1, s] == counts[w, 8, s]
        for w in ("anonymous", "patient")
        for s in ("cold", "warm")
    )
    result.passed = public_ratio <= TARGET_RATIO and flat
    verdict = "PASS" if result.passed else "FAIL"
    result.lines.append(
        f"Target: median(question page) / median(bare) <= {TARGET_RATIO:g} and queries flat in "
        f"answers: {verdict} (ratio {public_ratio:.1f}; signed-in patient {ratios[2]:.1f})"
    )
    return result


def _row(timing: Timing, ratio: float) -> str:
    return f"{timing.label:<36}{timing.median_ms:>10.2f}{timing.p95_ms:>9.2f}{ratio:>8.1f}"
