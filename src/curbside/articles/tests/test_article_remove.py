"""Moderators remove articles: /articles/<slug>/remove/ and services.article_remove."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from curbside.articles import services
from curbside.articles.tests.factories import ArticleFactory
from curbside.audit.models import AuditEntry
from curbside.conftest import client_for

pytestmark = pytest.mark.django_db

REASON = "States that Botox is unproven for chronic migraine, which is approved."


def test_a_moderator_removes_an_article_with_a_reason(moderator, physician, botox):
    article = ArticleFactory(physician=physician, treatments=[botox])
    response = client_for(moderator).post(f"/articles/{article.slug}/remove/", {"reason": REASON})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == "removed"
    entry = AuditEntry.objects.get()
    assert (entry.actor, entry.action, entry.target_id, entry.reason) == (
        moderator,
        "article.remove",
        article.pk,
        REASON,
    )
    assert client_for(None).get(article.get_absolute_url()).status_code == 404
    page = client_for(physician.user).get(article.get_absolute_url()).content.decode()
    assert "A moderator removed this article" in page and REASON in page


def test_moderators_see_the_remove_form_and_others_do_not(moderator, physician, patient, botox):
    article = ArticleFactory(physician=physician, treatments=[botox])
    assert (
        "Remove article" in client_for(moderator).get(article.get_absolute_url()).content.decode()
    )
    for user in (None, patient, physician.user):
        assert (
            "Remove article"
            not in client_for(user).get(article.get_absolute_url()).content.decode()
        )


@pytest.mark.parametrize("reason", ["", "   ", "<b>spam</b>"])
def test_a_removal_needs_a_plain_reason(moderator, physician, botox, reason):
    article = ArticleFactory(physician=physician, treatments=[botox])
    response = client_for(moderator).post(f"/articles/{article.slug}/remove/", {"reason": reason})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Say why the article is removed." in html or "Reason" in html
    article.refresh_from_db()
    assert article.status == "published" and not AuditEntry.objects.exists()


def test_only_moderators_remove(
    physician, other_physician, staff, patient, pending_physician, botox
):
    article = ArticleFactory(physician=physician, treatments=[botox])
    url = f"/articles/{article.slug}/remove/"
    for user in (physician.user, other_physician.user, staff, patient, pending_physician.user):
        assert client_for(user).post(url, {"reason": REASON}).status_code == 403
    assert client_for(None).post(url, {"reason": REASON}).status_code == 302
    article.refresh_from_db()
    assert article.status == "published"
    with pytest.raises(ValidationError, match="Only moderators"):
        services.article_remove(article=article, moderator=physician.user, reason=REASON)


def test_removing_twice_is_refused(moderator, physician, botox):
    article = ArticleFactory(physician=physician, treatments=[botox])
    services.article_remove(article=article, moderator=moderator, reason=REASON)
    response = client_for(moderator).post(f"/articles/{article.slug}/remove/", {"reason": REASON})
    assert response.status_code == 400 and "already been removed" in response.content.decode()
    assert AuditEntry.objects.count() == 1
