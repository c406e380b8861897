"""Load the demo data set: treatments, practices, physicians, patients, 300 questions with
about 1,000 answers, votes, agreements and about 800 reviews, all reproducible from a seed.

Questions and answers go through the qa services so that they are validated and rendered like
real ones; reviews and accounts are written directly (there is no review service yet, and
hashing the password once for every account keeps the load fast)."""

from __future__ import annotations

import random
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from curbside.accounts.models import Role, User
from curbside.accounts.services import PSEUDONYM_FIRST_WORDS, PSEUDONYM_SECOND_WORDS
from curbside.demo.compose import (
    QuestionComposer,
    QuestionDraft,
    Thread,
    compose_answer,
    compose_review,
)
from curbside.demo.content import directory
from curbside.demo.content.motivating import MOTIVATING
from curbside.demo.content.physicians import PHYSICIANS
from curbside.demo.content.reviews import COST_RANGE, FAMILY, GROUP_OF
from curbside.demo.content.topics import TOPICS
from curbside.demo.content.types import Topic
from curbside.lib.npi import npi_check_digit
from curbside.lib.text import render_markdown
from curbside.moderation.models import AuditEntry
from curbside.practices.models import Practice, PracticeStaff
from curbside.providers.models import BoardCertification, Physician, VerificationStatus
from curbside.providers.services import physician_slug
from curbside.qa.models import Answer, Question, Treatment
from curbside.qa.services import (
    answer_agree_set,
    answer_create,
    answer_helpful_set,
    question_create,
)
from curbside.reviews.models import Review, ReviewStatus, WorthIt
from curbside.reviews.services import physician_rating_refresh

DEMO_PASSWORD = "curbside-demo"  # noqa: S105  # published on purpose: demo accounts only
DEMO_DOMAIN = "demo.curbside.test"
_PATIENT_EMAIL = f"patient@{DEMO_DOMAIN}"
_DOCTOR_EMAIL = f"doctor@{DEMO_DOMAIN}"
_PENDING_EMAIL = f"pending-doctor@{DEMO_DOMAIN}"
_MODERATOR_EMAIL = f"moderator@{DEMO_DOMAIN}"
_STAFF_EMAIL = f"staff@{DEMO_DOMAIN}"

# (role, e-mail, password). The patient asked the neck-spasm question; the verified physician
# (Dr. Laura Whitfield, dermatologist) answered it; the staff account manages Madison Lane.
DEMO_LOGINS: list[tuple[str, str, str]] = [
    ("Patient", _PATIENT_EMAIL, DEMO_PASSWORD),
    ("Physician (verified)", _DOCTOR_EMAIL, DEMO_PASSWORD),
    ("Physician (pending)", _PENDING_EMAIL, DEMO_PASSWORD),
    ("Moderator", _MODERATOR_EMAIL, DEMO_PASSWORD),
    ("Practice staff", _STAFF_EMAIL, DEMO_PASSWORD),
]

QUESTIONS = 300
ANSWERS = 1000
REVIEWS = 800
PENDING_REVIEWS = 12
PATIENTS = 150
DAYS = 540  # questions spread over about eighteen months
# Composed threads that get a crowd of answers, like the motivating case.
BUSY_TOPICS = ("frown_lines", "lip_swelling", "migraine", "masseter")
# Treatments a physician may leave out of their profile, for variety.
_OPTIONAL_TREATMENTS = ("letybo", "daxxify", "jeuveau", "microneedling", "kybella", "facelift")
_NEURO = ("neurology", "physical_medicine")
_EYE = ("ophthalmology", "oculoplastic_surgery")


class _Writer(Protocol):
    """Where progress goes: a text stream, or a management command's OutputWrapper."""

    def write(self, msg: str, /) -> object: ...


def demo_is_loaded() -> bool:
    """Whether the database already holds demo (or real) questions or physicians."""
    return Question.objects.exists() or Physician.objects.exists()


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


class _Loader:
    def __init__(self, seed: int, stdout: _Writer | None) -> None:
        self.rng = random.Random(seed)
        self.stdout = stdout
        self.now = timezone.now().replace(second=0, microsecond=0)
        self.password = make_password(DEMO_PASSWORD)
        self.counts: dict[str, int] = defaultdict(int)
        self.treatments: dict[str, Treatment] = {}
        self.practices: dict[str, Practice] = {}
        self.physicians: dict[str, Physician] = {}
        self.offers: dict[str, set[str]] = {}
        self.activity: dict[str, float] = {}
        self.patients: list[User] = []
        self.answer_bodies: set[str] = set()
        self.moderator: User

    def say(self, message: str) -> None:
        if self.stdout is not None:
            self.stdout.write(message + "\n")

    def ago(self, days: float) -> datetime:
        return self.now - timedelta(days=days)

    def user(
        self, *, email: str, public_name: str, role: str, joined: datetime, is_staff: bool = False
    ) -> User:
        self.counts["users"] += 1
        return User.objects.create(
            email=email,
            public_name=public_name,
            role=role,
            password=self.password,
            date_joined=joined,
            email_verified_at=joined + timedelta(minutes=7),
            is_staff=is_staff,
        )

    # -- directory -----------------------------------------------------------------------

    def load_treatments(self) -> None:
        for slug, name, kind, summary in directory.TREATMENTS:
            treatment, created = Treatment.objects.get_or_create(
                slug=slug, defaults={"name": name, "kind": kind, "summary": summary}
            )
            self.treatments[slug] = treatment
            self.counts["treatments"] += int(created)

    def load_practices(self) -> None:
        for key, (name, street, city, state, zip_code, phone) in directory.PRACTICES.items():
            slug = slugify(name)
            self.practices[key] = Practice.objects.create(
                slug=slug,
                name=name,
                street=street,
                city=city,
                state=state,
                zip_code=zip_code,
                phone=phone,
                website=f"https://{slug}.example",
            )
        self.counts["practices"] = len(self.practices)

    def npi(self, taken: set[str]) -> str:
        while True:
            first_nine = "1" + "".join(str(self.rng.randrange(10)) for _ in range(8))
            npi = first_nine + str(npi_check_digit(first_nine))
            if npi not in taken:
                taken.add(npi)
                return npi

    def load_staff(self) -> None:
        self.moderator = self.user(
            email=_MODERATOR_EMAIL,
            public_name="Curbside Moderator",
            role=Role.MODERATOR,
            joined=self.ago(900),
            is_staff=True,
        )
        practice = self.practices[directory.DEMO_STAFF_PRACTICE]
        staff = self.user(
            email=_STAFF_EMAIL,
            public_name="Jordan at Madison Lane",
            role=Role.PRACTICE_STAFF,
            joined=self.ago(700),
        )
        PracticeStaff.objects.create(user=staff, practice=practice, title="Practice manager")

    def load_physicians(self) -> None:
        rng = self.rng
        taken: set[str] = set()
        certs: list[BoardCertification] = []
        audits: list[AuditEntry] = []
        for key, row in PHYSICIANS.items():
            first, last, creds, specialty, practice_key, since, status, extra, bio = row
            practice = self.practices[practice_key]
            if status == VerificationStatus.PENDING:
                joined = self.ago(rng.uniform(2, 9))
            else:
                joined = self.ago(rng.uniform(600, 1100))
            email = {
                directory.DEMO_DOCTOR: _DOCTOR_EMAIL,
                directory.DEMO_PENDING_DOCTOR: _PENDING_EMAIL,
            }.get(key, f"{first}.{last}@{DEMO_DOMAIN}".lower())
            user = self.user(
                email=email,
                public_name=f"Dr. {first} {last}",
                role=Role.PHYSICIAN,
                joined=joined,
            )
            changed = joined + timedelta(days=rng.uniform(1, 6)) if status != "pending" else None
            physician = Physician.objects.create(
                user=user,
                slug=physician_slug(first, last),
                first_name=first,
                last_name=last,
                credentials=creds,
                specialty=specialty,
                npi=self.npi(taken),
                practicing_since=since,
                city=practice.city,
                state=practice.state,
                bio=bio,
                bio_html=render_markdown(bio),
                practice=practice,
                status=status,
                status_changed_at=changed,
                created_at=joined,
            )
            offered = list(directory.SPECIALTY_TREATMENTS[specialty])
            droppable = [t for t in offered if t in _OPTIONAL_TREATMENTS]
            for slug in rng.sample(droppable, rng.randint(0, min(2, len(droppable)))):
                offered.remove(slug)
            physician.treatments.set([self.treatments[s] for s in offered])
            self.offers[key] = set(offered)
            for board in dict.fromkeys(directory.BOARDS[specialty] + extra):
                certs.append(
                    BoardCertification(
                        physician=physician,
                        board=board,
                        verified_at=changed if status == VerificationStatus.VERIFIED else None,
                        verified_by=self.moderator
                        if status == VerificationStatus.VERIFIED
                        else None,
                    )
                )
            if changed is not None:
                audits.append(
                    AuditEntry(
                        actor=self.moderator,
                        action=f"physician.{status}",
                        target_type="providers.physician",
                        target_id=physician.pk,
                        target_repr=str(physician)[:200],
                        created_at=changed,
                        reason=(
                            "NPI and board certification checked"
                            if status == VerificationStatus.VERIFIED
                            else "The NPI registry lists a different name and state for this NPI."
                        ),
                    )
                )
            self.physicians[key] = physician
            if status == VerificationStatus.VERIFIED:
                self.activity[key] = min(2.5, max(0.4, rng.lognormvariate(0, 0.6)))
        BoardCertification.objects.bulk_create(certs)
        AuditEntry.objects.bulk_create(audits)
        self.counts["physicians"] = len(self.physicians)
        self.counts["board_certifications"] = len(certs)

    def load_patients(self) -> User:
        rng = self.rng
        demo_patient = self.user(
            email=_PATIENT_EMAIL,
            public_name="LindenHeron-214",
            role=Role.PATIENT,
            joined=self.ago(41),
        )
        names = {demo_patient.public_name.lower()}
        rows: list[User] = []
        while len(rows) < PATIENTS:
            name = (
                f"{rng.choice(PSEUDONYM_FIRST_WORDS)}{rng.choice(PSEUDONYM_SECOND_WORDS)}"
                f"-{rng.randint(100, 999)}"
            )
            if name.lower() in names:
                continue
            names.add(name.lower())
            joined = self.ago(rng.uniform(DAYS + 5, DAYS + 260))
            rows.append(
                User(
                    email=f"patient{len(rows) + 1:03d}@{DEMO_DOMAIN}",
                    public_name=name,
                    role=Role.PATIENT,
                    password=self.password,
                    date_joined=joined,
                    email_verified_at=joined + timedelta(minutes=rng.randint(2, 600)),
                )
            )
        self.patients = User.objects.bulk_create(rows)
        if any(p.pk is None for p in self.patients):  # backends that don't return ids
            self.patients = list(User.objects.filter(email__in=[u.email for u in rows]))
        self.counts["users"] += len(rows)
        self.counts["patients"] = len(rows) + 1
        return demo_patient

    # -- questions and answers ---------------------------------------------------------------

    def eligible(self, treatments: Sequence[str], topic: Topic | None) -> list[tuple[str, float]]:
        """Verified physicians who offer one of the treatments, weighted by how active they
        are and by whether the topic is their field. Neurologists and physiatrists keep to
        medical topics; eye specialists answer medical topics only about the eye."""
        out = []
        for key, weight in self.activity.items():
            if not self.offers[key].intersection(treatments):
                continue
            specialty = self.physicians[key].specialty
            if specialty in _NEURO and topic is not None and topic.group != "medical":
                continue
            if (
                specialty in _EYE
                and topic is not None
                and topic.group == "medical"
                and specialty not in topic.specialties
            ):
                continue
            if topic is not None and topic.specialties:
                weight *= 5 if specialty in topic.specialties else 1
            out.append((key, weight))
        return out

    def pick_physicians(self, pool: list[tuple[str, float]], n: int) -> list[str]:
        pool = list(pool)
        chosen: list[str] = []
        for _ in range(min(n, len(pool))):
            total = sum(w for _, w in pool)
            r = self.rng.uniform(0, total)
            for i, (key, weight) in enumerate(pool):
                r -= weight
                if r <= 0 or i == len(pool) - 1:
                    chosen.append(key)
                    pool.pop(i)
                    break
        return chosen

    def answer_times(self, asked: datetime, n: int) -> list[datetime]:
        window = (self.now - asked).total_seconds() / 3600 - 0.2
        hours = sorted(
            min(0.3 + self.rng.expovariate(1 / 30), window * self.rng.uniform(0.3, 0.95))
            for _ in range(n)
        )
        return [asked + timedelta(hours=h) for h in hours]

    def plan_answers(self, threads: list[_Thread]) -> None:
        """Answer counts: most questions get two to four, recent ones fewer, a few busy
        threads six to nine, and the total lands on ANSWERS."""
        rng = self.rng
        busy_keys = list(BUSY_TOPICS)
        for t in rng.sample(threads, len(threads)):
            old_enough = (self.now - t.question.created_at).days > 20
            if t.draft.topic.key in busy_keys and old_enough:
                busy_keys.remove(t.draft.topic.key)
                t.thread.crowded = True
                t.answers = min(t.capacity, rng.randint(6, 9))
        for t in threads:
            if t.thread.crowded:
                continue
            if (self.now - t.question.created_at).days < 7:
                n = rng.choices((0, 1, 2), weights=(50, 30, 20))[0]
            else:
                n = rng.choices((0, 1, 2, 3, 4, 5), weights=(3, 8, 26, 32, 21, 10))[0]
            limits = t.draft.topic.answers
            if limits and n:
                n = max(limits[0], min(limits[1], n))
            t.answers = min(n, t.capacity)
        target = ANSWERS - len(MOTIVATING.answers)
        adjustable = [t for t in threads if not t.thread.crowded and t.answers > 0]
        total = sum(t.answers for t in threads)
        for _ in range(50 * len(threads)):
            if total == target or not adjustable:
                break
            t = rng.choice(adjustable)
            limits = t.draft.topic.answers
            high = min(t.capacity, limits[1] if limits else 5)
            if total < target and t.answers < high:
                t.answers += 1
                total += 1
            elif total > target and t.answers > 1:
                t.answers -= 1
                total -= 1

    def load_questions(self, demo_patient: User) -> None:
        rng = self.rng
        composer = QuestionComposer(rng)
        plans = sorted(
            (self.ago(rng.uniform(0.3, DAYS)), i)
            for i, topic in enumerate(TOPICS)
            for _ in range(topic.questions)
        )
        assert len(plans) == QUESTIONS - 1, f"topics add up to {len(plans)} questions"
        author_weights = [rng.lognormvariate(0, 0.8) for _ in self.patients]

        threads: list[_Thread] = []
        motivating_when = self.ago(MOTIVATING.days_ago)
        motivating_done = False
        for when, topic_index in plans:
            if not motivating_done and when > motivating_when:
                self.create_motivating(demo_patient, motivating_when)
                motivating_done = True
            draft = composer.compose(TOPICS[topic_index])
            author = rng.choices(self.patients, weights=author_weights)[0]
            question = question_create(
                author=author,
                title=draft.title,
                body=draft.body,
                treatments=[self.treatments[s] for s in draft.treatments],
                city=rng.choice(directory.PATIENT_CITIES) if rng.random() < 0.55 else "",
                created_at=when,
            )
            self.counts["questions"] += 1
            if question.is_public:  # a question held by triage gets no answers
                threads.append(
                    _Thread(
                        question=question,
                        draft=draft,
                        pool=self.eligible(draft.treatments, draft.topic),
                        thread=Thread(topic=draft.topic, seed=draft.seed),
                    )
                )
        if not motivating_done:
            self.create_motivating(demo_patient, motivating_when)
        self.plan_answers(threads)
        for t in threads:
            self.answer(t)

    def answer(self, t: _Thread) -> None:
        rng = self.rng
        keys = self.pick_physicians(t.pool, t.answers)
        answers: list[Answer] = []
        times = self.answer_times(t.question.created_at, len(keys))
        for i, (key, when) in enumerate(zip(keys, times, strict=True)):
            headline, body = compose_answer(
                rng, t.thread, remaining=len(keys) - i, seen=self.answer_bodies
            )
            answers.append(
                answer_create(
                    physician=self.physicians[key],
                    question=t.question,
                    headline=headline,
                    body=body,
                    created_at=when,
                    notify=False,
                )
            )
        self.counts["answers"] += len(answers)
        for key, answer, on_focus in zip(keys, answers, t.thread.on_focus, strict=True):
            # Patients find the answers that address their question most helpful.
            weights = (24, 24, 18, 13, 10, 7, 4) if on_focus else (50, 25, 12, 8, 3, 1, 1)
            votes = rng.choices((0, 1, 2, 3, 4, 6, 9), weights=weights)[0]
            self.vote(answer, votes)
            if rng.random() < 0.28:
                colleagues = [k for k in keys if k != key]
                outsiders = [k for k, _ in t.pool if k not in keys]
                n_agree = rng.choice((1, 1, 2, 3))
                picks = rng.sample(colleagues, min(len(colleagues), rng.randint(0, n_agree)))
                picks += rng.sample(outsiders, min(len(outsiders), n_agree - len(picks)))
                for other in picks:
                    self.agree(answer, other)

    def vote(self, answer: Answer, n: int) -> None:
        for voter in self.rng.sample(self.patients, n):
            answer_helpful_set(answer=answer, user=voter, helpful=True)
        self.counts["helpful_votes"] += n

    def agree(self, answer: Answer, key: str) -> None:
        answer_agree_set(answer=answer, physician=self.physicians[key], agree=True)
        self.counts["agreements"] += 1

    def create_motivating(self, demo_patient: User, when: datetime) -> None:
        case = MOTIVATING
        question = question_create(
            author=demo_patient,
            title=case.title,
            body=case.body,
            treatments=[self.treatments[s] for s in case.treatments],
            city=case.city,
            created_at=when,
        )
        self.counts["questions"] += 1
        if not question.is_public:
            self.say("The motivating question was held for review; its answers are skipped.")
            return
        pool = self.eligible(case.treatments, None)
        for written in case.answers:
            answer = answer_create(
                physician=self.physicians[written.physician],
                question=question,
                headline=written.headline,
                body=written.body,
                created_at=when + timedelta(hours=written.after_hours),
                notify=False,
            )
            self.counts["answers"] += 1
            answer_helpful_set(answer=answer, user=demo_patient, helpful=True)
            self.counts["helpful_votes"] += 1
            self.vote(answer, written.helpful - 1)
            agreed = list(written.agreed_by)
            others = [k for k, _ in pool if k not in agreed and k != written.physician]
            agreed += self.rng.sample(others, written.agree_extra)
            for key in agreed:
                self.agree(answer, key)

    # -- reviews -------------------------------------------------------------------------------

    def load_reviews(self) -> None:
        rng = self.rng
        keys = list(self.activity)
        weights = [rng.lognormvariate(0, 0.6) for _ in keys]
        tougher = set(rng.sample(keys, 3))
        seen: set[tuple[int, str, str]] = set()
        rows: list[Review] = []
        attempts = 0
        while len(rows) < REVIEWS and attempts < REVIEWS * 20:
            attempts += 1
            key = rng.choices(keys, weights=weights)[0]
            physician = self.physicians[key]
            offered = sorted(self.offers[key])
            treatment = rng.choices(
                offered, weights=[3 if GROUP_OF[s] == "toxin" else 1 for s in offered]
            )[0]
            author = rng.choice(self.patients)
            if (author.pk, key, treatment) in seen:
                continue
            seen.add((author.pk, key, treatment))
            star_weights = (6, 7, 12, 25, 50) if key in tougher else (2, 3, 5, 19, 71)
            stars = rng.choices((1, 2, 3, 4, 5), weights=star_weights)[0]
            group = GROUP_OF[treatment]
            if physician.specialty in _NEURO:
                group = "migraine" if treatment == "botox" and rng.random() < 0.5 else "dystonia"
            elif treatment == "botox" and physician.specialty == "dermatology":
                group = "sweat" if rng.random() < 0.5 else group
            name = self.treatments[treatment].name
            if self.treatments[treatment].kind in ("filler", "skin", "surgery"):
                name = name.lower()
            title, body = compose_review(
                rng, stars=stars, group=group, doctor=f"Dr. {physician.last_name}", treatment=name
            )
            if stars == 5:
                worth = WorthIt.YES if rng.random() < 0.95 else WorthIt.NOT_SURE
            elif stars == 4:
                worth = WorthIt.YES if rng.random() < 0.8 else WorthIt.NOT_SURE
            elif stars == 3:
                worth = rng.choices((WorthIt.YES, WorthIt.NOT_SURE, WorthIt.NO), (2, 6, 2))[0]
            else:
                worth = WorthIt.NO if rng.random() < 0.8 else WorthIt.NOT_SURE
            cost_range = None if FAMILY[group] == "medical" else COST_RANGE[treatment]
            cost = None
            if cost_range and rng.random() < 0.7:
                cost = round(rng.randint(*cost_range), -1 if cost_range[1] < 3000 else -2)
            pending = len(rows) >= REVIEWS - PENDING_REVIEWS
            written = self.ago(rng.uniform(0.5, 4) if pending else rng.uniform(3, DAYS))
            rows.append(
                Review(
                    physician=physician,
                    author=author,
                    treatment=self.treatments[treatment],
                    stars=stars,
                    worth_it=worth,
                    title=title,
                    body=body,
                    cost_usd=cost,
                    status=ReviewStatus.PENDING if pending else ReviewStatus.PUBLISHED,
                    created_at=written,
                    published_at=None if pending else written + timedelta(hours=rng.uniform(2, 60)),
                )
            )
        Review.objects.bulk_create(rows)
        for physician_id in {row.physician_id for row in rows}:
            physician_rating_refresh(physician_id=physician_id)
        self.counts["reviews"] = len(rows)

    def run(self) -> dict[str, int]:
        started = time.monotonic()
        self.load_treatments()
        self.load_practices()
        self.load_staff()
        self.load_physicians()
        self.say(
            f"Directory: {self.counts['practices']} practices, "
            f"{self.counts['physicians']} physicians."
        )
        demo_patient = self.load_patients()
        self.load_questions(demo_patient)
        self.say(f"Questions: {self.counts['questions']}, answers: {self.counts['answers']}.")
        self.load_reviews()
        self.say(f"Reviews: {self.counts['reviews']}.")
        # The rest builds on what is loaded above: locations, practice pages and their
        # consultation inboxes, physicians' replies to reviews, notifications, articles.
        # Imported here because they read this module's demo constants.
        from curbside.demo import extra_articles, extra_geo, extra_practices, extra_reviews

        for extra in (extra_geo, extra_practices, extra_reviews, extra_articles):
            self.counts.update(extra.load(rng=self.rng))
        # The claim check runs as a background task on every answer and article; run it here
        # too, so the demo's flags (its false migraine article) exist before a worker starts.
        from curbside.claims.services import claim_checks_refresh_all

        self.counts["claim_flags"] = claim_checks_refresh_all()
        self.say(f"Claim check: {self.counts['claim_flags']} sentences flagged.")
        self.say(f"Demo data loaded in {time.monotonic() - started:.1f} s.")
        return dict(self.counts)


def demo_load(*, seed: int = 2026, stdout: _Writer | None = None) -> dict[str, int]:
    """Fill an empty database with the demo data set; returns counts of what it created."""
    with transaction.atomic():
        return _Loader(seed, stdout).run()
