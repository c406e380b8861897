"""Demo data for reviews and notifications, on top of the loaded demo database: physicians'
public replies to about sixty published reviews, a few readers' reports for the moderation
queue, one review by the demo patient, and notifications for the demo patient and doctor so
their lists are not empty. The replies and reports are composed from content/reviews.yaml.

Rows are written directly, like the loader's reviews: review_reply and notify would queue an
e-mail for each row, and neither they nor review_flag take a time in the past."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from django.utils import timezone

from curbside.accounts.models import Role, User
from curbside.catalogue.models import Treatment
from curbside.demo.content.reviews import REVIEWS, Tone
from curbside.demo.state import DOCTOR_EMAIL, PATIENT_EMAIL, skip_draw
from curbside.demo.synthetic import render_fast
from curbside.lib.text import render_markdown
from curbside.notifications.models import Kind, Notification
from curbside.providers.models import Physician
from curbside.qa.models import Answer
from curbside.reviews.models import Review, ReviewFlag, ReviewReply, ReviewStatus, WorthIt
from curbside.reviews.services import physician_rating_refresh

REPLIES = 60
FLAGS = 5


def _reply_text(rng: random.Random, stars: int) -> str:
    tone: Tone = "good" if stars >= 4 else "mixed" if stars == 3 else "poor"
    parts = REVIEWS.replies[tone]
    chosen = (rng.choice(parts.openings), rng.choice(parts.middles), rng.choice(parts.closes))
    return " ".join(part for part in chosen if part)


def _demo_user(email: str) -> User | None:
    return User.objects.filter(email=email).first()


def load(*, rng: random.Random) -> dict[str, int]:
    now = timezone.now().replace(second=0, microsecond=0)
    counts = {"review_bodies_rendered": _render_bodies()}
    patient = _demo_user(PATIENT_EMAIL)
    doctor_user = _demo_user(DOCTOR_EMAIL)
    doctor = Physician.objects.filter(user=doctor_user).first() if doctor_user else None
    # The demo doctor's newest review stays unanswered, so the reply form can be tried.
    keep_open: set[int] = set()
    if doctor is not None:
        newest = Review.objects.published().for_physician(doctor).newest()
        keep_open = set(newest.values_list("pk", flat=True)[:1])
    own_review = _demo_patient_review(patient, doctor, now) if patient and doctor else None
    counts["review_replies"] = _replies(rng, now, exclude=keep_open, own=own_review)
    counts["review_flags"] = _flags(rng, now)
    counts["notifications"] = _notifications(rng, now, patient, doctor, own_review)
    return counts


def _render_bodies() -> int:
    """The loader writes reviews without their HTML; fill it in once. Their bodies are composed
    from the banks, for which render_fast gives what render_markdown gives, much faster."""
    rows = list(Review.objects.filter(body_html="").only("pk", "body"))
    for review in rows:
        review.body_html = render_fast(review.body)
    Review.objects.bulk_update(rows, ["body_html"], batch_size=500)
    return len(rows)


def _demo_patient_review(patient: User, doctor: Physician, now: datetime) -> Review | None:
    offered = {t.slug: t for t in doctor.treatments.all()}
    treatment = offered.get("chemical-peel") or next(iter(offered.values()), None)
    if treatment is None:
        treatment = Treatment.objects.order_by("pk").first()
    if treatment is None or Review.objects.filter(author=patient, physician=doctor).exists():
        return None
    name = treatment.name if treatment.kind == "neurotoxin" else treatment.name.lower()
    body = (
        f"Dr. {doctor.last_name} explained what to expect from the {name}, what the first "
        "week would look like and what to avoid beforehand. Everything went as described, and the "
        "office called a few days later to check in. I never felt rushed, and my questions "
        "were answered plainly."
    )
    entry = REVIEWS.treatments.get(treatment.slug)
    cost_range = entry.cost_usd if entry is not None else None
    written = now - timedelta(days=33)
    review = Review.objects.create(
        physician=doctor,
        author=patient,
        treatment=treatment,
        stars=5,
        worth_it=WorthIt.YES,
        title="Clear explanations, never rushed",
        body=body,
        body_html=render_markdown(body),
        cost_usd=(cost_range.low + cost_range.high) // 20 * 10 if cost_range else None,
        status=ReviewStatus.PUBLISHED,
        created_at=written,
        updated_at=written,
        published_at=written + timedelta(hours=20),
    )
    physician_rating_refresh(physician_id=doctor.pk)
    return review


def _replies(rng: random.Random, now: datetime, *, exclude: set[int], own: Review | None) -> int:
    candidates = list(
        Review.objects.published()
        .exclude(pk__in=exclude)
        .filter(reply__isnull=True)
        .order_by("pk")
        .values_list("pk", "stars", "published_at", "author_id", "title")
    )
    chosen = rng.sample(candidates, min(REPLIES, len(candidates)))
    if own is not None and own.pk not in {c[0] for c in chosen}:
        chosen.append((own.pk, own.stars, own.published_at, own.author_id, own.title))
    replies: list[ReviewReply] = []
    for pk, stars, published_at, _author_id, _title in chosen:
        body = _reply_text(rng, stars)
        written = min(now, (published_at or now) + timedelta(hours=rng.uniform(6, 240)))
        replies.append(
            ReviewReply(
                review_id=pk, body=body, body_html=render_markdown(body), created_at=written
            )
        )
    ReviewReply.objects.bulk_create(replies)
    return len(replies)


def _flags(rng: random.Random, now: datetime) -> int:
    reviews = list(
        Review.objects.published().order_by("pk").values_list("pk", "author_id", "published_at")
    )
    readers = list(User.objects.filter(role=Role.PATIENT, is_active=True).order_by("pk")[:300])
    if not reviews or len(readers) < 2:
        return 0
    flags: list[ReviewFlag] = []
    for (pk, author_id, published_at), reason in zip(
        rng.sample(reviews, min(FLAGS, len(reviews))), REVIEWS.flag_reasons, strict=False
    ):
        reader = rng.choice([u for u in readers if u.pk != author_id])
        when = min(now, (published_at or now) + timedelta(days=rng.uniform(1, 20)))
        flags.append(ReviewFlag(review_id=pk, user=reader, reason=reason, created_at=when))
    ReviewFlag.objects.bulk_create(flags)
    return len(flags)


def _notifications(
    rng: random.Random,
    now: datetime,
    patient: User | None,
    doctor: Physician | None,
    own_review: Review | None,
) -> int:
    rows: list[Notification] = []

    def add(user: User, kind: str, title: str, url: str, when: datetime, unread: bool) -> None:
        read_at = None if unread else min(now, when + timedelta(hours=rng.uniform(1, 30)))
        rows.append(
            Notification(
                user=user, kind=kind, title=title[:200], url=url, created_at=when, read_at=read_at
            )
        )

    # Everyone whose review got a reply was told, as review_reply() does.
    replied = ReviewReply.objects.select_related("review__author", "review__physician").order_by(
        "created_at"
    )
    for reply in replied:
        review = reply.review
        add(
            review.author,
            Kind.REVIEW,
            f"{review.physician.display_name} replied to your review “{review.title}”",
            review.get_absolute_url(),
            reply.created_at,
            unread=reply.created_at > now - timedelta(days=14) or review == own_review,
        )
    if patient is not None:
        answers = (
            Answer.objects.live()
            .filter(question__author=patient)
            .select_related("question", "physician")
            .order_by("created_at")
        )
        listed = list(answers)
        for n, answer in enumerate(listed):
            add(
                patient,
                Kind.ANSWER,
                f"{answer.physician.display_name} answered “{answer.question.title}”",
                answer.get_absolute_url(),
                answer.created_at,
                unread=n >= len(listed) - 3,
            )
    if doctor is not None:
        if doctor.status_changed_at is not None:
            # physician_verify notified the doctor of the verification. One draw, where this
            # module once timed a notice of its own, keeps the seeded data after it as it was.
            skip_draw(rng)
        recent = Review.objects.published().for_physician(doctor).select_related("physician")
        for n, review in enumerate(recent.newest()[:6]):
            add(
                doctor.user,
                Kind.REVIEW,
                f"A review of you was published: “{review.title}”",
                review.get_absolute_url(),
                review.published_at or review.created_at,
                unread=n < 2 or review == own_review,
            )
    Notification.objects.bulk_create(rows)
    return len(rows)
