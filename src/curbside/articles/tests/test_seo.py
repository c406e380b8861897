"""MedicalWebPage JSON-LD on article pages, and the articles sitemap."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from django.test import Client

from curbside.articles.sitemaps import ArticleSitemap
from curbside.articles.tests.factories import ArticleFactory
from curbside.practices.tests.factories import PracticeStaffFactory
from curbside.providers.tests.factories import PhysicianFactory
from curbside.qa.tests.factories import TreatmentFactory

pytestmark = pytest.mark.django_db


def _jsonld(client: Client, url: str) -> dict:
    html = client.get(url).content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_a_physicians_article_names_them_as_author_and_reviewer(client: Client, botox):
    doctor = PhysicianFactory(
        first_name="Priya", last_name="Desai", credentials="MD", specialty="neurology"
    )
    rhino = TreatmentFactory(slug="rhinoplasty", name="Rhinoplasty", kind="surgery")
    article = ArticleFactory(
        title="Botox for chronic migraine: who qualifies",
        summary="Fifteen or more headache days a month.",
        physician=doctor,
        treatments=[botox, rhino],
        last_reviewed=date(2026, 5, 1),
        reviewed_by=doctor,
    )
    data = _jsonld(client, article.get_absolute_url())
    url = f"http://testserver{article.get_absolute_url()}"
    assert data["@context"] == "https://schema.org" and data["@type"] == "MedicalWebPage"
    assert data["url"] == url and data["headline"] == article.title
    assert data["description"] == "Fifteen or more headache days a month."
    assert data["lastReviewed"] == "2026-05-01"
    assert data["reviewedBy"] == {
        "@type": "Person",
        "name": "Priya Desai",
        "honorificPrefix": "Dr.",
        "honorificSuffix": "MD",
        "jobTitle": "Neurologist",
        "url": f"http://testserver{doctor.get_absolute_url()}",
    }
    assert data["author"] == data["reviewedBy"]
    assert data["publisher"]["name"] == "Curbside"
    assert sorted((a["@type"], a["name"]) for a in data["about"]) == [
        ("Drug", "Botox"),
        ("SurgicalProcedure", "Rhinoplasty"),
    ]
    assert data["datePublished"] == article.published_at.isoformat()
    assert "dateModified" in data


def test_an_unreviewed_practice_article_has_no_reviewer(client: Client, botox):
    staff = PracticeStaffFactory(practice__name="Hill Country Dermatology", practice__slug="hc")
    article = ArticleFactory(
        physician=None, practice=staff.practice, author=staff.user, treatments=[botox]
    )
    data = _jsonld(client, article.get_absolute_url())
    assert "reviewedBy" not in data and "lastReviewed" not in data
    assert data["author"]["@type"] == "MedicalClinic"
    assert data["author"]["name"] == "Hill Country Dermatology"
    assert data["author"]["url"] == "http://testserver/practices/hc/"
    assert data["author"]["address"]["postalCode"] == "80202"
    assert data["description"].startswith("Most people see the first effect")


def test_script_breaking_text_is_escaped(client: Client, botox):
    article = ArticleFactory(title="Botox facts </script><script>alert(1)", treatments=[botox])
    html = client.get(article.get_absolute_url()).content.decode()
    assert "</script><script>alert(1)" not in html


def test_the_sitemap_lists_published_articles_only(botox):
    published = ArticleFactory(treatments=[botox])
    ArticleFactory(status="draft", published_at=None)
    ArticleFactory(status="removed")
    assert list(ArticleSitemap().items()) == [published]
