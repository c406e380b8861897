"""Who may write, edit, publish and remove articles: every role of the cast, both ways.
Allowed roles succeed; everyone else is refused and nothing changes."""

from __future__ import annotations

import pytest

from curbside.articles.models import Article
from curbside.articles.tests.factories import BODY
from curbside.conftest import client_for

pytestmark = pytest.mark.django_db

ROLES = [
    "visitor",
    "patient",
    "pending_physician",
    "verified_physician",
    "practice_staff",
    "moderator",
]
WRITERS = {"verified_physician", "practice_staff"}


def _data(botox) -> dict:
    return {
        "title": "What to expect from your first Botox appointment",
        "body": BODY,
        "treatments": [botox.pk],
    }


@pytest.mark.parametrize("role", ROLES)
def test_only_verified_physicians_and_practice_staff_write(role, cast, botox):
    client = client_for(cast[role])
    form = client.get("/articles/new/")
    response = client.post("/articles/new/", _data(botox))
    if role in WRITERS:
        assert form.status_code == 200
        assert response.status_code == 302 and Article.objects.count() == 1
    elif role == "visitor":
        assert form.status_code == response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
        assert not Article.objects.exists()
    else:
        assert form.status_code == response.status_code == 403
        assert not Article.objects.exists()


def test_the_pending_physician_is_told_why(cast):
    html = client_for(cast["pending_physician"]).get("/articles/new/").content.decode()
    assert "waiting for verification" in html


@pytest.mark.parametrize("role", ROLES)
def test_only_the_writer_edits_and_publishes_a_draft(role, cast, physician, botox):
    owner = client_for(physician.user)
    owner.post("/articles/new/", _data(botox))
    article = Article.objects.get()
    client = client_for(cast[role])
    edit = client.post(
        f"/articles/{article.slug}/edit/", {**_data(botox), "title": "Changed it all"}
    )
    publish = client.post(f"/articles/{article.slug}/publish/")
    view = client.get(article.get_absolute_url())
    article.refresh_from_db()
    if role == "verified_physician":  # the cast's verified physician wrote it
        assert (edit.status_code, publish.status_code, view.status_code) == (302, 302, 200)
        assert article.title == "Changed it all" and article.status == "published"
        return
    assert article.title != "Changed it all" and article.status == "draft"
    expected_view = 200 if role == "moderator" else 404
    assert view.status_code == expected_view
    if role == "visitor":
        assert edit.status_code == publish.status_code == 302
    elif role == "practice_staff":
        assert edit.status_code == publish.status_code == 404  # not theirs: not found
    else:
        assert edit.status_code == publish.status_code == 403


@pytest.mark.parametrize("role", ROLES)
def test_only_moderators_remove(role, cast, physician, botox):
    client_for(physician.user).post("/articles/new/", _data(botox))
    article = Article.objects.get()
    response = client_for(cast[role]).post(
        f"/articles/{article.slug}/remove/", {"reason": "Contradicts the label."}
    )
    article.refresh_from_db()
    if role == "moderator":
        assert response.status_code == 302 and article.status == "removed"
    else:
        assert response.status_code == (302 if role == "visitor" else 403)
        assert article.status == "draft"
