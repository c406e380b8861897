"""Load the demo's articles (demo/content/articles.yaml) into a loaded demo database through the
articles services, as their authors would: a draft, publication some days later, and for a
few an edit months after that. Authors are picked here by specialty from the demo's verified
physicians and its practices, so the text banks name nobody."""

from __future__ import annotations

import random
from collections import Counter
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from curbside.accounts.models import Role, User
from curbside.articles.models import Article
from curbside.articles.services import article_create, article_edit, article_publish
from curbside.catalogue.models import Treatment
from curbside.demo.content.articles import ARTICLES, PHYSICIAN, DemoArticle
from curbside.demo.state import DEMO_DOMAIN
from curbside.practices.models import Practice, PracticeStaff
from curbside.providers.models import Physician

DAYS = 365  # articles published over the past year


def _pick_physician(rng: random.Random, item: DemoArticle, used: set[int]) -> Physician | None:
    """A verified physician of the article's specialties, preferring those who offer one of
    its treatments and those who have not written one yet."""
    matching = Physician.objects.verified().filter(specialty__in=item.specialties)
    offering = matching.filter(treatments__slug__in=item.treatments).distinct()
    for pool in (offering, matching):
        candidates = list(pool.select_related("user", "practice").order_by("pk"))
        fresh = [p for p in candidates if p.pk not in used]
        if candidates:
            chosen = rng.choice(fresh or candidates)
            used.add(chosen.pk)
            return chosen
    return None


def _pick_practice(rng: random.Random, item: DemoArticle) -> Practice | None:
    """A practice with a verified physician of the article's specialties. A reviewed post goes
    to a practice that already has a staff account when one fits (the demo's staff login)."""
    candidates = list(
        Practice.objects.filter(
            physicians__in=Physician.objects.verified().filter(specialty__in=item.specialties)
        )
        .distinct()
        .order_by("pk")
    )
    staffed = [p for p in candidates if PracticeStaff.objects.filter(practice=p).exists()]
    pool = staffed if item.reviewed and staffed else candidates
    return rng.choice(pool) if pool else None


def _staff_of(practice: Practice) -> tuple[User, bool]:
    """The practice's first staff account, or a new one (that cannot sign in) to write as."""
    membership = (
        PracticeStaff.objects.filter(practice=practice).select_related("user").order_by("pk")
    ).first()
    if membership is not None:
        return membership.user, False
    user = User.objects.create_user(
        email=f"staff.{practice.slug}@{DEMO_DOMAIN}",
        public_name=f"Team at {practice.name}"[:40],
        role=Role.PRACTICE_STAFF,
        email_verified_at=timezone.now(),
    )
    PracticeStaff.objects.create(user=user, practice=practice, title="Marketing coordinator")
    return user, True


def _reviewer(rng: random.Random, practice: Practice, item: DemoArticle) -> Physician | None:
    doctors = Physician.objects.verified().filter(practice=practice).order_by("pk")
    fitting = list(doctors.filter(specialty__in=item.specialties)) or list(doctors)
    return rng.choice(fitting) if fitting else None


def _fill(body: str, practice: Practice) -> str:
    return (
        body.replace("{practice}", practice.name)
        .replace("{phone}", practice.phone)
        .replace("{practice_url}", f"/practices/{practice.slug}/")
    )


def load(*, rng: random.Random) -> dict[str, int]:
    """Create and publish the demo articles; returns counts. Does nothing where articles
    exist already."""
    counts: Counter[str] = Counter()
    if Article.objects.exists():
        return dict(counts)
    now = timezone.now().replace(second=0, microsecond=0)
    treatments = {t.slug: t for t in Treatment.objects.all()}
    used: set[int] = set()
    with transaction.atomic():
        for item in ARTICLES:
            tags = [treatments[s] for s in item.treatments if s in treatments]
            reviewer = None
            body = item.body
            if item.writer == PHYSICIAN:
                physician = _pick_physician(rng, item, used)
                author = physician.user if physician is not None else None
            else:
                practice = _pick_practice(rng, item)
                author = None
                if practice is not None:
                    author, created = _staff_of(practice)
                    counts["staff_accounts"] += int(created)
                    reviewer = _reviewer(rng, practice, item) if item.reviewed else None
                    body = _fill(body, practice)
            if author is None or not tags:
                counts["skipped"] += 1
                continue
            days_ago = rng.uniform(3, DAYS)
            published = now - timedelta(days=days_ago)
            text = {"title": item.title, "summary": item.summary, "body": body}
            article = article_create(
                author=author,
                treatments=tags,
                reviewer=reviewer,
                created_at=published - timedelta(days=rng.uniform(0.5, 6)),
                **text,
            )
            article_publish(article=article, editor=author, published_at=published)
            if days_ago > 120 and rng.random() < 0.4:  # looked over again and re-reviewed
                article_edit(
                    article=article,
                    editor=author,
                    treatments=tags,
                    reviewer=reviewer,
                    edited_at=published + timedelta(days=rng.uniform(60, days_ago - 3)),
                    **text,
                )
                counts["updated"] += 1
            counts["articles"] += 1
            counts["practice_articles"] += int(article.physician_id is None)
    return dict(counts)
