"""Article reads that other pages build on."""

from __future__ import annotations

import pytest

from curbside.articles.models import Article
from curbside.articles.tests.factories import ArticleFactory
from curbside.practices.tests.factories import PracticeFactory
from curbside.providers.tests.factories import PhysicianFactory
from curbside.qa.tests.factories import TreatmentFactory

pytestmark = pytest.mark.django_db


def test_reads_by_treatment_physician_and_practice(botox, django_assert_num_queries):
    practice = PracticeFactory()
    doctor = PhysicianFactory(practice=practice)
    peel = TreatmentFactory(name="Chemical peel")
    by_doctor = ArticleFactory(physician=doctor, treatments=[botox])
    by_practice = ArticleFactory(physician=None, practice=practice, treatments=[peel])
    elsewhere = ArticleFactory(treatments=[botox])
    ArticleFactory(physician=doctor, treatments=[botox], status="draft", published_at=None)

    published = Article.objects.published()
    assert set(published.for_treatment(botox)) == {by_doctor, elsewhere}
    assert list(published.by_physician(doctor)) == [by_doctor]
    assert set(published.by_practice(practice)) == {by_doctor, by_practice}
    with django_assert_num_queries(1):
        bylines = [a.byline for a in published.by_practice(practice)]
    assert sorted(bylines) == sorted([doctor.display_name, practice.name])
