"""Articles on the treatment page, /treatments/<slug>/."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from curbside.articles.tests.factories import ArticleFactory
from curbside.practices.tests.factories import PracticeStaffFactory
from curbside.qa.tests.factories import TreatmentFactory

pytestmark = pytest.mark.django_db


def _published(days_ago: int, **kwargs):
    when = timezone.now() - timedelta(days=days_ago)
    return ArticleFactory(published_at=when, updated_at=when, **kwargs)


def test_it_lists_the_five_newest_published_articles(client: Client, botox):
    articles = [
        _published(d, title=f"Botox article number {d:02d}", treatments=[botox])
        for d in range(1, 8)
    ]
    ArticleFactory(title="A Botox draft", treatments=[botox], status="draft", published_at=None)
    ArticleFactory(title="A removed Botox article", treatments=[botox], status="removed")
    ArticleFactory(title="About peels only", treatments=[TreatmentFactory(name="Chemical peel")])
    html = client.get("/treatments/botox/").content.decode()
    assert "Articles about Botox" in html
    for article in articles[:5]:
        assert f'href="{article.get_absolute_url()}">{article.title}</a>' in html
        assert article.byline in html
    for title in ("number 06", "number 07", "A Botox draft", "A removed Botox", "About peels"):
        assert title not in html
    assert html.index("number 01") < html.index("number 05")
    assert 'href="/articles/?treatment=botox"' in html


def test_a_practice_article_shows_the_practice_as_byline(client: Client, botox):
    staff = PracticeStaffFactory(practice__name="Hill Country Dermatology")
    ArticleFactory(physician=None, practice=staff.practice, author=staff.user, treatments=[botox])
    assert "Hill Country Dermatology" in client.get("/treatments/botox/").content.decode()


def test_no_section_without_articles(client: Client, botox):
    assert "Articles about Botox" not in client.get("/treatments/botox/").content.decode()


def test_its_query_count_does_not_grow_with_articles(
    client: Client, botox, django_assert_num_queries
):
    # treatment, question count (no questions: no page query), articles with their bylines,
    # the reviews' summary
    with django_assert_num_queries(4):
        client.get("/treatments/botox/")
    for d in range(7):
        _published(d, treatments=[botox])
    staff = PracticeStaffFactory()
    ArticleFactory(physician=None, practice=staff.practice, author=staff.user, treatments=[botox])
    with django_assert_num_queries(4):
        client.get("/treatments/botox/")
