from __future__ import annotations

from typing import Any

import factory
from django.utils import timezone
from django.utils.text import slugify

from curbside.articles.models import Article
from curbside.articles.services import article_create, article_publish
from curbside.demo.content.articles import DemoArticle
from curbside.demo.extra_articles import _fill
from curbside.practices.tests.factories import PracticeStaffFactory
from curbside.providers.tests.factories import PhysicianFactory
from curbside.qa.tests.factories import TreatmentFactory

BODY = (
    "Most people see the first effect within a few days and the full effect at about two "
    "weeks. Bring a list of your medicines, and say if you have ever had trouble swallowing "
    "or a neuromuscular condition. Plan to come back for a check at two weeks."
)


class ArticleFactory(factory.django.DjangoModelFactory[Article]):
    """A published physician's article; pass physician=None, practice=… for a practice's."""

    class Meta:
        model = Article
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"What to expect from your first treatment, part {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    body = BODY
    body_html = factory.LazyAttribute(lambda o: f"<p>{o.body}</p>")
    physician = factory.SubFactory(PhysicianFactory)
    practice = factory.LazyAttribute(lambda o: o.physician.practice if o.physician else None)
    author = factory.LazyAttribute(lambda o: o.physician.user if o.physician else None)
    status = "published"
    published_at = factory.LazyFunction(timezone.now)
    updated_at = factory.LazyAttribute(lambda o: o.published_at or timezone.now())

    @factory.post_generation
    def treatments(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create and extracted:
            self.treatments.set(extracted)


def publish_demo_post(item: DemoArticle, *, kind: str) -> Article:
    """One of the demo's practice posts (demo/content/articles.yaml), written and published by
    a practice's staff through the articles services, as the demo loader does, under
    treatments of the given catalogue kind."""
    staff = PracticeStaffFactory.create()
    treatments = [
        TreatmentFactory.create(slug=slug, name=slug.replace("-", " ").title(), kind=kind)
        for slug in item.treatments
    ]
    article = article_create(
        author=staff.user,
        title=item.title,
        summary=item.summary,
        body=_fill(item.body, staff.practice),
        treatments=treatments,
    )
    return article_publish(article=article, editor=staff.user)
