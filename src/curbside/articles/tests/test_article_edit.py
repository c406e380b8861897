"""Editing an article: /articles/<slug>/edit/ and services.article_edit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from curbside.articles import services
from curbside.articles.models import Article
from curbside.articles.tests.factories import BODY, ArticleFactory
from curbside.conftest import client_for
from curbside.practices.tests.factories import PracticeStaffFactory
from curbside.providers.tests.factories import PhysicianFactory

pytestmark = pytest.mark.django_db

LONGER = BODY + " A second visit for a touch-up is sometimes needed; it is not a failure."


def _form(article: Article, **over) -> dict:
    data = {
        "title": article.title,
        "summary": "Updated summary.",
        "body": LONGER,
        "treatments": [t.pk for t in article.treatments.all()],
    }
    data.update(over)
    return data


def test_the_physician_edits_their_article_and_reviews_it_again(physician, botox):
    long_ago = timezone.now() - timedelta(days=200)
    article = ArticleFactory(
        physician=physician,
        treatments=[botox],
        published_at=long_ago,
        updated_at=long_ago,
        last_reviewed=long_ago.date(),
        reviewed_by=physician,
    )
    page = client_for(physician.user).get(f"/articles/{article.slug}/edit/")
    assert page.status_code == 200 and article.title in page.content.decode()
    response = client_for(physician.user).post(
        f"/articles/{article.slug}/edit/", _form(article, title="A clearer title for patients")
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "A clearer title for patients"
    assert article.slug.startswith("what-to-expect")  # links keep working
    assert article.body == LONGER and "touch-up" in article.body_html
    assert article.updated_at > long_ago + timedelta(days=199)
    assert article.last_reviewed == timezone.localdate() and article.reviewed_by == physician
    assert article.published_at == long_ago and article.status == "published"


def test_any_staff_of_the_practice_edits_its_articles(staff, botox):
    practice = staff.practice_membership.practice
    colleague = PracticeStaffFactory(practice=practice).user
    reviewer = PhysicianFactory(practice=practice)
    article = ArticleFactory(physician=None, practice=practice, author=staff, treatments=[botox])
    response = client_for(colleague).post(
        f"/articles/{article.slug}/edit/", _form(article, reviewer=reviewer.pk)
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.reviewed_by == reviewer and article.last_reviewed == timezone.localdate()
    assert article.author == staff  # the byline stays the practice's
    client_for(colleague).post(f"/articles/{article.slug}/edit/", _form(article, reviewer=""))
    article.refresh_from_db()
    assert article.reviewed_by is None and article.last_reviewed is None


@pytest.mark.parametrize(
    ("over", "message"),
    [
        ({"title": ""}, "Title cannot be empty."),
        ({"body": LONGER + " <img src=x onerror=alert(1)>"}, "contains HTML"),
        ({"treatments": []}, "Choose at least one treatment"),
        ({"body": "y" * 30001}, "at most 30000 characters"),
    ],
)
def test_bad_edits_change_nothing(physician, botox, over, message):
    article = ArticleFactory(physician=physician, treatments=[botox])
    before = (article.title, article.body, article.updated_at)
    response = client_for(physician.user).post(
        f"/articles/{article.slug}/edit/", _form(article, **over)
    )
    assert response.status_code == 400 and message in response.content.decode()
    article.refresh_from_db()
    assert (article.title, article.body, article.updated_at) == before
    assert list(article.treatments.all()) == [botox]


def test_others_cannot_edit(physician, other_physician, staff, moderator, patient, botox):
    article = ArticleFactory(physician=physician, treatments=[botox])
    url = f"/articles/{article.slug}/edit/"
    assert client_for(other_physician.user).post(url, _form(article)).status_code == 404
    assert client_for(staff).post(url, _form(article)).status_code == 404
    assert client_for(moderator).post(url, _form(article)).status_code == 403
    assert client_for(patient).get(url).status_code == 403
    assert client_for(None).get(url).status_code == 302  # to sign in
    article.refresh_from_db()
    assert article.body == BODY


def test_staff_of_another_practice_and_its_physicians_cannot_edit(staff, botox):
    practice = staff.practice_membership.practice
    article = ArticleFactory(physician=None, practice=practice, author=staff, treatments=[botox])
    outsider = PracticeStaffFactory().user
    doctor_there = PhysicianFactory(practice=practice)
    url = f"/articles/{article.slug}/edit/"
    assert client_for(outsider).post(url, _form(article)).status_code == 404
    assert client_for(doctor_there.user).post(url, _form(article)).status_code == 404


def test_a_removed_article_cannot_be_edited(physician, botox):
    article = ArticleFactory(physician=physician, treatments=[botox], status="removed")
    response = client_for(physician.user).get(f"/articles/{article.slug}/edit/")
    assert response.status_code == 403 and "removed" in response.content.decode()
    with pytest.raises(ValidationError, match="removed"):
        services.article_edit(
            article=article,
            editor=physician.user,
            title=article.title,
            body=LONGER,
            treatments=[botox],
        )
