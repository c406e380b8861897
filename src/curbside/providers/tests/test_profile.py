"""The physician profile page, /doctors/<slug>/."""

from __future__ import annotations

import json
import re

import pytest
from django.test import Client
from django.utils import timezone

from curbside.accounts.tests.factories import UserFactory
from curbside.articles.models import Article
from curbside.conftest import client_for
from curbside.practices.tests.factories import PracticeFactory
from curbside.providers.models import BoardCertification, Physician
from curbside.qa.tests.factories import AnswerFactory, QuestionFactory
from curbside.reviews.models import Review, ReviewReply
from curbside.reviews.services import physician_rating_refresh

pytestmark = pytest.mark.django_db


def review(physician: Physician, treatment, stars: int, *, status: str = "published", **fields):
    now = timezone.now()
    return Review.objects.create(
        physician=physician,
        author=fields.pop("author", None) or UserFactory(),
        treatment=treatment,
        stars=stars,
        worth_it="yes",
        title=fields.pop("title", f"{stars} stars"),
        body=fields.pop("body", "Careful and kind."),
        status=status,
        published_at=now if status == "published" else None,
        **fields,
    )


def jsonld(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD"
    return json.loads(match.group(1))


@pytest.fixture
def profile(physician: Physician, botox, moderator) -> Physician:
    physician.practice = PracticeFactory(
        slug="schuylkill",
        name="Schuylkill Facial Plastics",
        street="1930 Larchwood Row",
        city="Philadelphia",
        state="PA",
        zip_code="19103",
        phone="(215) 555-0118",
    )
    physician.specialty = "facial_plastic_surgery"
    physician.save()
    physician.treatments.set([botox])
    BoardCertification.objects.create(
        physician=physician,
        board="American Board of Facial Plastic Surgery",
        verified_at=timezone.now(),
        verified_by=moderator,
    )
    BoardCertification.objects.create(physician=physician, board="American Board of Surgery")
    return physician


def test_it_shows_who_the_physician_is_and_what_was_checked(client: Client, profile):
    html = client.get("/doctors/" + profile.slug + "/").content.decode()
    assert "Dr. Ana Ruiz, MD, FACS" in html and "Facial Plastic Surgeon" in html
    assert ">AR</div>" in html  # the initials stand in for a photo
    assert "NPI verified" in html
    assert (
        "Board certified: American Board of Facial Plastic Surgery — verified by a moderator on"
        in html
    )
    assert 'American Board of Surgery <span class="muted">(not yet checked)</span>' in html
    assert "Board certified: American Board of Surgery" not in html
    assert '<a href="/practices/schuylkill/">Schuylkill Facial Plastics</a>' in html
    assert "1930 Larchwood Row, Philadelphia, PA 19103" in html
    assert 'href="tel:+12155550118"' in html
    assert '<a href="/treatments/botox/">Botox</a>' in html
    assert f"{timezone.localdate().year - 2010} (since 2010)" in html


def test_it_shows_the_rating_summary_and_published_reviews(client: Client, profile, botox):
    for stars in (5, 5, 5, 4, 2):
        review(profile, botox, stars)
    hidden = review(profile, botox, 1, status="pending", title="Still waiting for moderation")
    replied = review(profile, botox, 4, title="Worth the trip", cost_usd=450)
    ReviewReply.objects.create(review=replied, body="Thank you!", body_html="<p>Thank you!</p>")
    physician_rating_refresh(physician_id=profile.pk)
    html = client.get(profile.get_absolute_url()).content.decode()
    assert "<strong>4.2</strong> out of 5" in html and "4.2 out of 5 stars · 6 reviews" in html
    stars = re.findall(r'<th scope="row">(\d) stars?</th>.*?<td>(\d+)</td></tr>', html)
    assert stars == [("5", "3"), ("4", "2"), ("3", "0"), ("2", "1"), ("1", "0")]
    assert "Worth the trip" in html and "Cost: $450" in html and "<p>Thank you!</p>" in html
    assert hidden.title not in html
    assert 'aria-label="4 out of 5 stars">★★★★☆' in html


def test_reviews_are_paged_by_ten(client: Client, profile, botox):
    for n in range(12):
        review(profile, botox, 5, title=f"Review number {n}")
    first = client.get(profile.get_absolute_url()).content.decode()
    second = client.get(profile.get_absolute_url() + "?page=2").content.decode()
    assert first.count('class="card review"') == 10 and "Page 1 of 2" in first
    assert second.count('class="card review"') == 2


def test_it_lists_recent_answers_and_published_articles(client: Client, profile, botox):
    question = QuestionFactory(treatments=[botox], title="Can I start Botox with a tiny dose?")
    AnswerFactory(question=question, physician=profile, headline="A test dose tells you little")
    Article.objects.create(
        slug="botox-for-migraine",
        title="Botox for chronic migraine",
        body="Approved since 2010.",
        body_html="<p>Approved since 2010.</p>",
        physician=profile,
        status="published",
        published_at=timezone.now(),
    )
    Article.objects.create(
        slug="draft", title="A draft", body="x", body_html="x", physician=profile
    )
    html = client.get(profile.get_absolute_url()).content.decode()
    assert "Can I start Botox with a tiny dose?" in html and "A test dose tells you little" in html
    assert '<a class="q-title" href="/articles/botox-for-migraine/">' in html
    assert "A draft" not in html


def test_it_describes_the_physician_for_search_engines(client: Client, profile, botox):
    review(profile, botox, 5)
    review(profile, botox, 4)
    physician_rating_refresh(physician_id=profile.pk)
    data = jsonld(client.get(profile.get_absolute_url()).content.decode())
    assert data["@type"] == "Physician" and data["name"] == "Dr. Ana Ruiz, MD, FACS"
    assert data["medicalSpecialty"] == "https://schema.org/PlasticSurgery"
    assert data["telephone"] == "(215) 555-0118"
    assert data["address"]["postalCode"] == "19103" and data["address"]["addressRegion"] == "PA"
    assert data["aggregateRating"] == {
        "@type": "AggregateRating",
        "ratingValue": 4.5,
        "reviewCount": 2,
        "bestRating": 5,
        "worstRating": 1,
    }
    assert data["url"] == f"http://testserver{profile.get_absolute_url()}"
    assert data["identifier"] == {
        "@type": "PropertyValue",
        "propertyID": "NPI",
        "value": profile.npi,
    }


def test_no_rating_is_claimed_without_reviews(client: Client, physician):
    data = jsonld(client.get(physician.get_absolute_url()).content.decode())
    assert "aggregateRating" not in data and data["address"]["addressLocality"] == "Denver"


def test_patients_and_visitors_get_a_link_to_write_a_review(profile, cast):
    link = f'href="/reviews/new/{profile.slug}/"'
    for role, user in cast.items():
        html = client_for(user).get(profile.get_absolute_url()).content.decode()
        assert (link in html) == (role in ("visitor", "patient")), role


def test_a_pending_profile_is_only_for_its_owner_and_moderators(pending_physician, cast):
    url = pending_physician.get_absolute_url()
    for role, user in cast.items():
        response = client_for(user).get(url)
        allowed = role in ("pending_physician", "moderator")
        assert response.status_code == (200 if allowed else 404), role
        if allowed:
            html = response.content.decode()
            assert "is not public" in html and "NPI verified" not in html
            assert "application/ld+json" not in html


def test_an_unknown_physician_is_not_found(client: Client, db):
    assert client.get("/doctors/nobody-here/").status_code == 404


def test_the_profile_runs_a_fixed_number_of_queries(profile, botox, django_assert_num_queries):
    client = Client()
    review(profile, botox, 5)
    AnswerFactory(physician=profile, question=QuestionFactory(treatments=[botox]))
    # The physician, board certifications, treatments, answers, reviews (count, page), the
    # star counts and articles.
    with django_assert_num_queries(8):
        client.get(profile.get_absolute_url())
    for _ in range(6):
        review(profile, botox, 4)
        AnswerFactory(physician=profile, question=QuestionFactory(treatments=[botox]))
    with django_assert_num_queries(8):
        client.get(profile.get_absolute_url())
