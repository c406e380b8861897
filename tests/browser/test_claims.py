"""The claim check end to end in Chromium: the demo's false migraine article shows its evidence
note to a visitor and sits in the moderation queue; a moderator dismisses one flag and its note
disappears, on the record."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from curbside.accounts.tests.factories import UserFactory
from curbside.articles.tests.factories import publish_demo_post
from curbside.audit.models import AuditEntry
from curbside.claims.models import ClaimCheck, FlagStatus
from curbside.demo.content.articles import OFF_LABEL_MYTHS
from curbside.evidence.services import evidence_load

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery"  # UserFactory's password
MIGRAINE_FACT = "Botox has been FDA-approved for chronic migraine prevention in adults since 2010."


def test_the_false_migraine_article_shows_its_note_and_a_moderator_sees_it(
    new_page: Any, live_server: Any
) -> None:
    evidence_load()
    article = publish_demo_post(OFF_LABEL_MYTHS, kind="neurotoxin")
    migraine = ClaimCheck.objects.get(article=article, sentence__contains="no conclusive evidence")
    moderator = UserFactory.create(
        email="mod@example.com", public_name="Moderator-9", role="moderator", is_staff=True
    )

    # A visitor reads the article: the sentence is marked in its paragraph and the note sits
    # right under that paragraph, with its source and the words judged.
    visitor = new_page()
    visitor.goto(article.get_absolute_url())
    marked = visitor.locator("mark.claim-flagged", has_text="no conclusive evidence that Botox")
    expect(marked.first).to_be_visible()
    note = visitor.locator(
        f"p:has(mark.claim-flagged:has-text('no conclusive evidence')) + .evidence-notes "
        f"#evidence-note-{migraine.pk}"
    )
    expect(note).to_be_visible()
    expect(note).to_contain_text("Evidence note:")
    expect(note).to_contain_text(MIGRAINE_FACT)
    expect(note).to_contain_text("Judged:")
    source = note.get_by_role("link", name="Prescribing information (DailyMed)")
    expect(source).to_have_attribute("href", migraine.source)

    # A moderator finds it in the queue and dismisses it, with a reason.
    mod = new_page()
    mod.goto("/accounts/login/")
    mod.get_by_label("E-mail").fill(moderator.email)
    mod.get_by_label("Password").fill(PASSWORD)
    mod.get_by_role("button", name="Sign in").click()
    expect(mod.locator("details.account-menu > summary")).to_be_attached()
    mod.goto("/moderation/")
    card = mod.locator(f"#claim-flag-{migraine.pk}")
    expect(card).to_contain_text("no conclusive evidence that Botox helps migraine")
    expect(card).to_contain_text(MIGRAINE_FACT)
    expect(card.get_by_role("link", name=f"Article: “{OFF_LABEL_MYTHS.title}”")).to_be_visible()
    card.get_by_label("Reason (optional)").fill("Checked with the author; the post is corrected.")
    card.get_by_role("button", name="Dismiss").click()
    expect(mod.get_by_role("status")).to_contain_text("Claim flag dismissed")
    expect(mod.locator(f"#claim-flag-{migraine.pk}")).to_have_count(0)

    migraine.refresh_from_db()
    assert migraine.status == FlagStatus.DISMISSED and migraine.decided_by == moderator
    assert AuditEntry.objects.filter(action="claim.dismiss", target_id=migraine.pk).exists()

    # The note is gone for readers; the article's other flags still show.
    others = ClaimCheck.objects.shown_to_readers().filter(article=article).exclude(pk=migraine.pk)
    assert others.filter(sentence__contains="essentially untested").exists()
    visitor.reload()
    expect(visitor.locator(f"#evidence-note-{migraine.pk}")).to_have_count(0)
    expect(visitor.locator(".evidence-note")).to_have_count(others.count())
