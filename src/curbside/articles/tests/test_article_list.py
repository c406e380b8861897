"""The article list: /articles/, filtered by treatment, paginated."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from curbside.articles.tests.factories import ArticleFactory
from curbside.conftest import client_for
from curbside.qa.tests.factories import TreatmentFactory

pytestmark = pytest.mark.django_db


def test_it_lists_published_articles_newest_first(client: Client, physician, botox):
    old = ArticleFactory(title="Older article about toxins", treatments=[botox])
    old.published_at = timezone.now() - timedelta(days=9)
    old.save(update_fields=["published_at"])
    new = ArticleFactory(title="Newer article about toxins", treatments=[botox])
    ArticleFactory(title="A draft nobody sees", status="draft", published_at=None)
    ArticleFactory(title="A removed article", status="removed")
    html = client.get("/articles/").content.decode()
    assert html.index(new.title) < html.index(old.title)
    assert "A draft nobody sees" not in html and "A removed article" not in html
    assert "2 articles" in html and new.physician.display_name in html
    assert '<span class="tag">Botox</span>' in html


def test_it_filters_by_treatment(client: Client, botox):
    peel = TreatmentFactory(slug="chemical-peel", name="Chemical peel", kind="skin")
    ArticleFactory(title="Peels and darker skin tones", treatments=[peel])
    ArticleFactory(title="Botox for chronic migraine", treatments=[botox])
    html = client.get("/articles/?treatment=chemical-peel").content.decode()
    assert "Peels and darker skin tones" in html and "Botox for chronic migraine" not in html
    assert "Articles about Chemical peel" in html
    assert client.get("/articles/?treatment=nope").status_code == 404


def test_it_pages_and_keeps_the_filter(client: Client, botox, settings):
    settings.CURBSIDE_PAGE_SIZE = 2
    for _ in range(3):
        ArticleFactory(treatments=[botox])
    html = client.get("/articles/?treatment=botox").content.decode()
    assert "?treatment=botox&amp;page=2" in html
    assert client.get("/articles/?treatment=botox&page=2").status_code == 200
    assert client.get("/articles/?page=abc").status_code == 404
    assert client.get("/articles/?treatment=botox&page=3").status_code == 404


def test_writers_see_their_own_articles_and_drafts(physician, other_physician, staff, botox):
    ArticleFactory(
        title="My draft about Botox", physician=physician, status="draft", published_at=None
    )
    ArticleFactory(title="Someone else's draft", physician=other_physician, status="draft")
    html = client_for(physician.user).get("/articles/").content.decode()
    assert "Your articles" in html and "My draft about Botox" in html
    assert "Someone else&#x27;s draft" not in html and "Write an article" in html
    practice = staff.practice_membership.practice
    ArticleFactory(title="Our practice news", physician=None, practice=practice, author=staff)
    staff_html = client_for(staff).get("/articles/").content.decode()
    assert "Our practice news" in staff_html.split("article", 1)[1]
    assert "My draft about Botox" not in staff_html


def test_readers_get_no_writing_tools(client: Client, patient, pending_physician, moderator):
    for c in (
        client,
        client_for(patient),
        client_for(pending_physician.user),
        client_for(moderator),
    ):
        html = c.get("/articles/").content.decode()
        assert "Write an article" not in html and "Your articles" not in html


def test_its_query_count_is_fixed(client: Client, botox, django_assert_num_queries):
    ArticleFactory(treatments=[botox])
    with django_assert_num_queries(4):  # count, page, its treatments, the filter's treatments
        client.get("/articles/")
    for _ in range(5):
        ArticleFactory(treatments=[botox, TreatmentFactory()])
    with django_assert_num_queries(4):
        client.get("/articles/")
