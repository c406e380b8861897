"""The demo's intentionally false practice post (demo/content/articles.yaml, OFF_LABEL_MYTHS)
is flagged when it is written through the articles services, shows its evidence note and
waits in the moderation queue."""

from __future__ import annotations

import pytest

from curbside.articles.services import article_create, article_publish
from curbside.claims.models import ClaimCheck, FlagStatus
from curbside.conftest import client_for
from curbside.demo.content.articles import OFF_LABEL_MYTHS
from curbside.demo.extra_articles import _fill
from curbside.practices.tests.factories import PracticeStaffFactory
from curbside.qa.tests.factories import TreatmentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_article(evidence):
    staff = PracticeStaffFactory()
    treatments = [
        TreatmentFactory(slug=slug, name=slug.replace("-", " ").title(), kind="neurotoxin")
        for slug in OFF_LABEL_MYTHS.treatments
    ]
    article = article_create(
        author=staff.user,
        title=OFF_LABEL_MYTHS.title,
        summary=OFF_LABEL_MYTHS.summary,
        body=_fill(OFF_LABEL_MYTHS.body, staff.practice),
        treatments=treatments,
    )
    return article_publish(article=article, editor=staff.user)


def test_the_false_migraine_claim_is_flagged(demo_article):
    flags = {c.sentence: c for c in demo_article.claim_checks.flags()}
    migraine = next(c for s, c in flags.items() if "no conclusive evidence" in s)
    assert migraine.verdict == "contradicts" and migraine.status == FlagStatus.OPEN
    assert migraine.fact == (
        "Botox has been FDA-approved for chronic migraine prevention in adults since 2010."
    )
    untested = next(c for s, c in flags.items() if "untested" in s)
    assert untested.verdict == "contradicts"
    assert untested.fact.startswith("Off-label means a use is not on a product's US label")
    # Its true statements are not flagged.
    assert not any("Botox Cosmetic is approved for frown lines" in s for s in flags)


def test_it_shows_its_evidence_note_and_sits_in_the_queue(demo_article, client, moderator):
    html = client.get(demo_article.get_absolute_url()).content.decode()
    assert "Evidence note:" in html
    assert (
        "Botox has been FDA-approved for chronic migraine prevention in adults since 2010." in html
    )
    queue = client_for(moderator).get("/moderation/").content.decode()
    migraine = ClaimCheck.objects.get(article=demo_article, sentence__contains="conclusive")
    assert f'id="claim-flag-{migraine.pk}"' in queue
    assert OFF_LABEL_MYTHS.title in queue
