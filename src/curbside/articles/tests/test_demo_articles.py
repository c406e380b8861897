"""The demo's articles: the text bank and demo.extra_articles.load."""

from __future__ import annotations

import random

import pytest
from django.test import Client

from curbside.articles.models import MAX_TREATMENTS, Article
from curbside.catalogue.models import Treatment
from curbside.demo import extra_articles
from curbside.demo.content import directory
from curbside.demo.content.articles import ARTICLES, OFF_LABEL_MYTHS, PRACTICE
from curbside.lib.text import contains_html
from curbside.practices.tests.factories import PracticeFactory, PracticeStaffFactory
from curbside.providers.tests.factories import PhysicianFactory

TREATMENT_SLUGS = {row[0] for row in directory.TREATMENTS}


def test_the_text_bank_is_consistent():
    assert len(ARTICLES) >= 12
    assert len({a.key for a in ARTICLES}) == len({a.title for a in ARTICLES}) == len(ARTICLES)
    for article in ARTICLES:
        words = len(article.body.split())
        assert 300 <= words <= 700, (article.key, words)
        assert 1 <= len(article.treatments) <= MAX_TREATMENTS, article.key
        assert set(article.treatments) <= TREATMENT_SLUGS, article.key
        assert not contains_html(article.body), article.key
        assert len(article.title) <= 150 and len(article.summary) <= 300, article.key
    # Exactly one post is wrong on purpose, for the claim check: a practice's, unreviewed.
    wrong = [a for a in ARTICLES if "no conclusive evidence that Botox helps migraine" in a.body]
    assert wrong == [OFF_LABEL_MYTHS]
    assert OFF_LABEL_MYTHS.writer == PRACTICE and not OFF_LABEL_MYTHS.reviewed
    assert "off-label Botox is essentially untested" in OFF_LABEL_MYTHS.body
    # And one about fillers (issue 16), also a practice's and unreviewed.
    fillers = [a for a in ARTICLES if "FDA-approved for non-surgical nose jobs" in a.body]
    assert [a.key for a in fillers] == ["filler_myths"]
    assert fillers[0].writer == PRACTICE and not fillers[0].reviewed
    # Everything else agrees with the label on migraine.
    migraine = next(a for a in ARTICLES if a.key == "chronic_migraine")
    assert "since October 2010" in migraine.body and "15 or more" in migraine.body


@pytest.fixture
def demo_world(db):
    for slug, name, kind, summary in directory.TREATMENTS:
        Treatment.objects.get_or_create(
            slug=slug, defaults={"name": name, "kind": kind, "summary": summary}
        )
    skin = PracticeFactory(name="Madison Lane Dermatology", slug="madison-lane-dermatology")
    PracticeStaffFactory(practice=skin)
    plastic = PracticeFactory(
        name="Bayfront Plastic Surgery", slug="bayfront-plastic-surgery", phone="(305) 555-0164"
    )
    for specialty, practice in [
        ("dermatology", skin),
        ("dermatology", skin),
        ("dermatology", None),
        ("plastic_surgery", plastic),
        ("facial_plastic_surgery", None),
        ("neurology", None),
        ("oculoplastic_surgery", None),
        ("otolaryngology", None),
    ]:
        PhysicianFactory(specialty=specialty, practice=practice)
    PhysicianFactory(specialty="neurology", status="pending")
    return skin, plastic


def test_it_publishes_every_demo_article(demo_world, client: Client):
    skin, plastic = demo_world
    counts = extra_articles.load(rng=random.Random(2026))
    assert counts["articles"] == len(ARTICLES) == Article.objects.published().count()
    # The reviewed practice post, and the two wrong on purpose (migraine; fillers).
    assert counts["practice_articles"] == 3
    assert "skipped" not in counts

    for article in Article.objects.prefetch_related("treatments").select_related("physician"):
        assert article.published_at is not None and article.treatments.exists()
        if article.physician is not None:
            assert article.physician.is_verified
            assert article.reviewed_by == article.physician and article.last_reviewed
    reviewed = Article.objects.get(title__startswith="What to expect from your first Botox")
    assert reviewed.practice == skin and reviewed.physician is None
    assert reviewed.reviewed_by is not None and reviewed.reviewed_by.practice == skin

    wrong = Article.objects.get(title=OFF_LABEL_MYTHS.title)
    assert (wrong.practice, wrong.physician, wrong.reviewed_by) == (plastic, None, None)
    assert "(305) 555-0164" in wrong.body and "{" not in wrong.body
    html = client.get(wrong.get_absolute_url()).content.decode()
    assert "Not reviewed by a physician" in html
    assert '<a href="/practices/bayfront-plastic-surgery/" rel="nofollow ugc noopener">' in html

    assert extra_articles.load(rng=random.Random(1)) == {}  # once only
