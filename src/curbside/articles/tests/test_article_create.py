"""Writing an article: /articles/new/ and services.article_create."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from curbside.articles import services
from curbside.articles.models import Article
from curbside.conftest import client_for
from curbside.practices.tests.factories import PracticeFactory
from curbside.providers.tests.factories import PhysicianFactory
from curbside.qa.tests.factories import TreatmentFactory

pytestmark = pytest.mark.django_db

BODY = (
    "Most people see the first effect within a few days and the full effect at about two "
    "weeks. **Bring a list of your medicines**, and say if you have ever had trouble "
    "swallowing or a neuromuscular condition.\n\n- Plan a check at two weeks\n- Avoid rubbing "
    "the area that day"
)


def _form(*treatments, **over) -> dict:
    data = {
        "title": "What to expect from your first Botox Cosmetic appointment",
        "summary": "Timing, dose and what to tell your injector.",
        "body": BODY,
        "treatments": [t.pk for t in treatments],
    }
    data.update(over)
    return data


def test_it_saves_a_physicians_draft_under_their_byline(physician, botox):
    response = client_for(physician.user).post("/articles/new/", _form(botox))
    article = Article.objects.get()
    assert response.status_code == 302 and response["Location"] == article.get_absolute_url()
    assert article.status == "draft" and article.published_at is None
    assert article.slug == "what-to-expect-from-your-first-botox-cosmetic-appointment"
    assert (article.author, article.physician, article.practice) == (
        physician.user,
        physician,
        None,
    )
    assert "<strong>Bring a list of your medicines</strong>" in article.body_html
    assert "<li>Plan a check at two weeks</li>" in article.body_html
    assert list(article.treatments.all()) == [botox]
    # A physician's own article is reviewed by them.
    assert article.reviewed_by == physician
    assert article.last_reviewed == timezone.localdate()


def test_a_physicians_article_carries_their_practice(botox):
    practice = PracticeFactory()
    doctor = PhysicianFactory(practice=practice)
    client_for(doctor.user).post("/articles/new/", _form(botox))
    assert Article.objects.get().practice == practice


def test_practice_staff_write_under_the_practice(staff, botox):
    practice = staff.practice_membership.practice
    reviewer = PhysicianFactory(practice=practice)
    response = client_for(staff).post("/articles/new/", _form(botox, reviewer=reviewer.pk))
    article = Article.objects.get()
    assert response.status_code == 302
    assert (article.physician, article.practice, article.author) == (None, practice, staff)
    assert article.reviewed_by == reviewer and article.last_reviewed == timezone.localdate()


def test_a_practice_article_may_name_no_reviewer(staff, botox):
    client_for(staff).post("/articles/new/", _form(botox))
    article = Article.objects.get()
    assert article.reviewed_by is None and article.last_reviewed is None


def test_the_form_offers_only_the_practices_verified_physicians(staff, physician):
    practice = staff.practice_membership.practice
    ours = PhysicianFactory(practice=practice, first_name="Inez", last_name="Ours")
    PhysicianFactory(practice=practice, status="pending", last_name="Pendingson")
    html = client_for(staff).get("/articles/new/").content.decode()
    assert "Not reviewed by a physician" in html and ours.display_name in html
    assert "Pendingson" not in html and physician.display_name not in html
    # Physicians review their own articles: no reviewer field.
    assert (
        'name="reviewer"' not in client_for(physician.user).get("/articles/new/").content.decode()
    )


def test_staff_cannot_name_another_practices_physician(staff, physician, botox):
    response = client_for(staff).post("/articles/new/", _form(botox, reviewer=physician.pk))
    assert response.status_code == 400 and "Select a valid choice" in response.content.decode()
    assert not Article.objects.exists()
    with pytest.raises(ValidationError) as exc:
        services.article_create(author=staff, reviewer=physician, treatments=[botox], **_texts())
    assert "reviewer" in exc.value.message_dict


def _texts() -> dict[str, str]:
    data = _form()
    return {"title": data["title"], "summary": data["summary"], "body": data["body"]}


@pytest.mark.parametrize(
    ("over", "treatments", "message"),
    [
        ({"title": ""}, 1, "Title cannot be empty."),
        ({"title": "   "}, 1, "Title cannot be empty."),
        ({"title": "Botox"}, 1, "Title must be at least 10 characters."),
        ({"body": "<script>alert(1)</script>" + BODY}, 1, "contains HTML"),
        ({"title": "Botox <b>facts</b> for patients"}, 1, "Title contains HTML"),
        ({"body": "Too short."}, 1, "Article must be at least 200 characters."),
        ({"body": "x" * 30001}, 1, "at most 30000 characters"),
        ({"summary": "s" * 301}, 1, "at most 300 characters"),
        ({}, 0, "Choose at least one treatment the article is about."),
        ({}, 6, "Choose at most 5 treatments."),
        ({"treatments": ["99999"]}, None, "Unknown treatment"),
    ],
)
def test_bad_articles_are_refused(physician, over, treatments, message):
    chosen = [TreatmentFactory() for _ in range(treatments or 0)]
    response = client_for(physician.user).post("/articles/new/", _form(*chosen, **over))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Article.objects.exists()


def test_five_treatments_are_fine(physician):
    chosen = [TreatmentFactory() for _ in range(5)]
    assert client_for(physician.user).post("/articles/new/", _form(*chosen)).status_code == 302
    assert Article.objects.get().treatments.count() == 5


def test_slugs_are_unique_and_never_new(physician, botox):
    first = services.article_create(author=physician.user, treatments=[botox], **_texts())
    second = services.article_create(author=physician.user, treatments=[botox], **_texts())
    assert second.slug == first.slug + "-2"
    assert services.article_slug("New!!! ") == "new-article"
    assert services.article_slug("¿¿¿???") == "article"


def test_the_service_refuses_people_who_cannot_write(patient, pending_physician, moderator, botox):
    for user in (patient, pending_physician.user, moderator):
        with pytest.raises(ValidationError, match="Only verified physicians and practice staff"):
            services.article_create(author=user, treatments=[botox], **_texts())
    assert not Article.objects.exists()


def test_the_form_page_renders_for_writers(physician, staff):
    for user in (physician.user, staff):
        response = client_for(user).get("/articles/new/")
        assert response.status_code == 200 and "Save draft" in response.content.decode()
