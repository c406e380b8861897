"""Demo data for reviews and notifications, on top of the loaded demo database: physicians'
public replies to about sixty published reviews, a few readers' reports for the moderation
queue, one review by the demo patient, and notifications for the demo patient and doctor so
their lists are not empty. Rows are written directly, like the loader's reviews, so that no
e-mail is queued.

Replies never confirm that the reviewer was a patient and never mention anyone's care: the
same rule the reply form states."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from django.utils import timezone

from curbside.accounts.models import Role, User
from curbside.demo.content.reviews import COST_RANGE
from curbside.lib.text import render_markdown
from curbside.notifications.models import Kind, Notification
from curbside.providers.models import Physician
from curbside.qa.models import Answer, Treatment
from curbside.reviews.models import Review, ReviewFlag, ReviewReply, ReviewStatus, WorthIt
from curbside.reviews.services import physician_rating_refresh

REPLIES = 60
FLAGS = 5

# Replies are composed from an opening, an optional middle and a close, by how the review
# went, so a profile doesn't repeat one sentence.
_REPLY_PARTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "good": (
        (
            "Thank you for taking the time to write this.",
            "Thank you for the kind words.",
            "Many thanks for writing.",
            "We appreciate you sharing this.",
            "We're grateful for this feedback.",
        ),
        (
            "Our team works hard to make sure everyone who contacts us has time for their "
            "questions.",
            "Clear explanations and honest expectations matter a great deal to us.",
            "We believe every good plan starts with an unhurried conversation about goals and "
            "risks.",
            "Reviews like this encourage our whole team, from the front desk to the clinical "
            "staff.",
            "",
        ),
        (
            "I'll pass your words on to the team.",
            "Comments like this help others decide whether our practice is a good fit for them.",
            "If anyone reading has questions about what to expect, our office is happy to talk "
            "them through.",
            "It means a lot to all of us.",
        ),
    ),
    "mixed": (
        (
            "Thank you for the balanced feedback.",
            "We appreciate you taking the time to share this.",
            "Thank you for your honest comments.",
        ),
        (
            "We can't discuss anyone's care in a public forum, but we take comments about "
            "expectations seriously.",
            "Privacy rules keep us from responding to specifics here.",
            "We try to explain up front that results, and how long they last, differ from "
            "person to person, and we are looking at how we do that.",
        ),
        (
            "We would welcome a call to our office.",
            "Our practice manager would be glad to speak with you by phone.",
            "Please feel free to contact our office directly.",
        ),
    ),
    "poor": (
        (
            "We're sorry to read this.",
            "Thank you for letting us know about your concerns.",
            "We are sorry this fell short of what you hoped for.",
            "Feedback like this matters to us, and we have shared it with our team.",
        ),
        (
            "To protect everyone's privacy, we never discuss individual care online.",
            "Because of privacy law, we can't respond to details here.",
            "We are unable to comment on specifics publicly, but we take every comment seriously.",
        ),
        (
            "We would genuinely like to hear more: please call our office and ask for the "
            "practice manager.",
            "Please contact our office directly so we can talk.",
            "Our door is open; please reach out so we can listen.",
            "We would welcome a direct conversation at your convenience.",
        ),
    ),
}
_FLAG_REASONS = (
    "This reads like an advertisement: it names a different clinic and its phone number.",
    "I think this review is about a different doctor; the details don't match this practice.",
    "It names a member of the front-desk staff and criticises them personally.",
    "This looks like the same review posted twice with slightly different wording.",
    "It mentions another person's medical condition, which doesn't seem right to publish.",
)


def _reply_text(rng: random.Random, stars: int) -> str:
    tone = "good" if stars >= 4 else "mixed" if stars == 3 else "poor"
    return " ".join(part for part in map(rng.choice, _REPLY_PARTS[tone]) if part)


def _demo_user(email: str) -> User | None:
    return User.objects.filter(email=email).first()


def load(*, rng: random.Random) -> dict[str, int]:
    from curbside.demo.loader import DEMO_LOGINS  # the loader imports this module

    now = timezone.now().replace(second=0, microsecond=0)
    counts = {"review_bodies_rendered": _render_bodies()}
    patient = _demo_user(DEMO_LOGINS[0][1])
    doctor_user = _demo_user(DEMO_LOGINS[1][1])
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
    """The loader writes reviews without their HTML; fill it in once."""
    rows = list(Review.objects.filter(body_html="").only("pk", "body"))
    for review in rows:
        review.body_html = render_markdown(review.body)
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
    cost_range = COST_RANGE.get(treatment.slug)
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
        cost_usd=(cost_range[0] + cost_range[1]) // 20 * 10 if cost_range else None,
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
        rng.sample(reviews, min(FLAGS, len(reviews))), _FLAG_REASONS, strict=False
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
            add(
                doctor.user,
                Kind.VERIFICATION,
                "Your physician account is verified",
                doctor.get_absolute_url(),
                doctor.status_changed_at,
                unread=False,
            )
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
