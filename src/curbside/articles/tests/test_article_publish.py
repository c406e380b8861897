"""Publishing a draft: /articles/<slug>/publish/ and services.article_publish."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from curbside.articles import services
from curbside.articles.tests.factories import ArticleFactory
from curbside.conftest import client_for
from curbside.practices.tests.factories import PracticeStaffFactory

pytestmark = pytest.mark.django_db


def _draft(**kwargs):
    return ArticleFactory(status="draft", published_at=None, updated_at=timezone.now(), **kwargs)


def test_the_physician_publishes_their_draft(physician, botox):
    article = _draft(physician=physician, treatments=[botox])
    response = client_for(physician.user).post(f"/articles/{article.slug}/publish/")
    assert response.status_code == 302 and response["Location"] == article.get_absolute_url()
    article.refresh_from_db()
    assert article.status == "published" and article.published_at is not None
    assert article.reviewed_by == physician and article.last_reviewed == timezone.localdate()
    assert article.title in client_for(None).get(article.get_absolute_url()).content.decode()


def test_publishing_keeps_the_date_given_and_is_idempotent(physician, botox):
    article = _draft(physician=physician, treatments=[botox])
    when = timezone.now() - timedelta(days=30)
    services.article_publish(article=article, editor=physician.user, published_at=when)
    assert article.published_at == when and article.last_reviewed == timezone.localdate(when)
    services.article_publish(article=article, editor=physician.user)
    article.refresh_from_db()
    assert article.published_at == when


def test_staff_publish_their_practices_draft(staff, botox):
    practice = staff.practice_membership.practice
    article = _draft(physician=None, practice=practice, author=staff, treatments=[botox])
    colleague = PracticeStaffFactory(practice=practice).user
    assert client_for(colleague).post(f"/articles/{article.slug}/publish/").status_code == 302
    article.refresh_from_db()
    assert article.status == "published" and article.reviewed_by is None


def test_others_cannot_publish(physician, other_physician, staff, moderator, patient, botox):
    article = _draft(physician=physician, treatments=[botox])
    url = f"/articles/{article.slug}/publish/"
    assert client_for(other_physician.user).post(url).status_code == 404
    assert client_for(staff).post(url).status_code == 404
    assert client_for(moderator).post(url).status_code == 403
    assert client_for(patient).post(url).status_code == 403
    assert client_for(None).post(url).status_code == 302
    assert client_for(physician.user).get(url).status_code == 405
    article.refresh_from_db()
    assert article.status == "draft"


def test_a_removed_article_cannot_be_published(physician, botox):
    article = ArticleFactory(physician=physician, treatments=[botox], status="removed")
    assert client_for(physician.user).post(f"/articles/{article.slug}/publish/").status_code == 403
    with pytest.raises(ValidationError, match="removed"):
        services.article_publish(article=article, editor=physician.user)
