"""The article page: /articles/<slug>/."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.test import Client
from django.utils import timezone

from curbside.articles.tests.factories import ArticleFactory
from curbside.conftest import client_for
from curbside.practices.tests.factories import PracticeFactory, PracticeStaffFactory
from curbside.providers.tests.factories import PhysicianFactory
from curbside.qa.tests.factories import TreatmentFactory

pytestmark = pytest.mark.django_db


def test_it_shows_a_physicians_article_with_their_card(client: Client, botox):
    practice = PracticeFactory(name="Madison Lane Dermatology", slug="madison-lane")
    doctor = PhysicianFactory(
        first_name="Laura",
        last_name="Whitfield",
        credentials="MD, FAAD",
        city="New York",
        practice=practice,
    )
    doctor.rating_avg, doctor.review_count = 4.8, 41
    doctor.save(update_fields=["rating_avg", "review_count"])
    filler = TreatmentFactory(slug="lip-filler", name="Lip filler", kind="filler")
    published = timezone.now() - timedelta(days=40)
    article = ArticleFactory(
        physician=doctor,
        treatments=[botox, filler],
        summary="Who qualifies, and what the first visit is like.",
        body_html="<p>Chronic migraine means <strong>15 or more</strong> headache days.</p>",
        published_at=published,
        updated_at=published + timedelta(days=10),
        last_reviewed=date(2026, 3, 4),
        reviewed_by=doctor,
    )
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert f"<h1>{article.title}</h1>" in html
    assert "Who qualifies, and what the first visit is like." in html
    assert "By Dr. Laura Whitfield, MD, FAAD" in html
    assert "<strong>15 or more</strong>" in html
    assert f'href="{doctor.get_absolute_url()}">Dr. Laura Whitfield, MD, FAAD</a>' in html
    assert "New York Dermatologist" in html
    assert "4.8 out of 5 stars · 41 reviews" in html
    assert 'href="/practices/madison-lane/"' in html
    assert "Medically reviewed by" in html and "March 4, 2026" in html
    stamp = timezone.localtime(published).replace(microsecond=0).isoformat()  # Nu: no µs
    assert f'Published <time datetime="{stamp}">' in html
    assert "Updated" in html
    assert 'href="/treatments/botox/"' in html and 'href="/treatments/lip-filler/"' in html
    assert "Medical disclaimer" in html and "call 911" in html
    assert f'<link rel="canonical" href="http://testserver{article.get_absolute_url()}">' in html
    assert "Edit" not in html.split("<article")[0]


def test_it_shows_a_practice_article_with_the_practice_card(client: Client, botox):
    practice = PracticeFactory(
        name="Riverside Skin Clinic",
        slug="riverside",
        street="12 Main Street",
        city="Denver",
        state="CO",
        zip_code="80202",
        phone="(303) 555-0100",
    )
    staff = PracticeStaffFactory(practice=practice).user
    article = ArticleFactory(physician=None, practice=practice, author=staff, treatments=[botox])
    html = client.get(article.get_absolute_url()).content.decode()
    assert "By Riverside Skin Clinic" in html
    assert '<a class="doc-name" href="/practices/riverside/">Riverside Skin Clinic</a>' in html
    assert "12 Main Street, Denver, CO 80202" in html and "(303) 555-0100" in html
    assert "Not reviewed by a physician" in html


def test_drafts_are_seen_only_by_their_owners_and_moderators(
    physician, other_physician, patient, staff, moderator, botox
):
    article = ArticleFactory(
        physician=physician, treatments=[botox], status="draft", published_at=None
    )
    url = article.get_absolute_url()
    for user in (None, patient, other_physician.user, staff):
        assert client_for(user).get(url).status_code == 404
    own = client_for(physician.user).get(url)
    assert own.status_code == 200 and "This is a draft" in own.content.decode()
    assert ">Publish</button>" in own.content.decode()
    assert client_for(moderator).get(url).status_code == 200


def test_practice_drafts_are_seen_by_all_its_staff(staff, botox):
    practice = staff.practice_membership.practice
    article = ArticleFactory(
        physician=None,
        practice=practice,
        author=staff,
        treatments=[botox],
        status="draft",
        published_at=None,
    )
    colleague = PracticeStaffFactory(practice=practice).user
    outsider = PracticeStaffFactory().user
    assert client_for(colleague).get(article.get_absolute_url()).status_code == 200
    assert client_for(outsider).get(article.get_absolute_url()).status_code == 404


def test_it_404s_unknown_articles(client: Client, db):
    assert client.get("/articles/no-such-article/").status_code == 404


def test_its_query_count_is_fixed(client: Client, botox, django_assert_num_queries):
    doctor = PhysicianFactory(practice=PracticeFactory())
    article = ArticleFactory(physician=doctor, reviewed_by=doctor, treatments=[botox])
    # the article with its people; its treatments; its evidence notes (claims)
    with django_assert_num_queries(3):
        assert client.get(article.get_absolute_url()).status_code == 200
    article.treatments.add(*[TreatmentFactory() for _ in range(4)])
    with django_assert_num_queries(3):
        assert client.get(article.get_absolute_url()).status_code == 200
