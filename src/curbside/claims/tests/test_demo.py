"""The demo's intentionally false practice post (demo/content/articles.yaml, OFF_LABEL_MYTHS)
is flagged when it is written through the articles services, shows its evidence note and
waits in the moderation queue."""

from __future__ import annotations

import pytest

from curbside.articles.tests.factories import publish_demo_post
from curbside.claims.models import ClaimCheck, FlagStatus
from curbside.conftest import client_for
from curbside.demo.content.articles import OFF_LABEL_MYTHS

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_article(evidence):
    return publish_demo_post(OFF_LABEL_MYTHS, kind="neurotoxin")


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
