from __future__ import annotations

from datetime import datetime

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from curbside.articles.sitemaps import ArticleSitemap
from curbside.catalogue.models import Treatment
from curbside.practices.models import Practice
from curbside.providers.models import Physician
from curbside.qa.models import Question, QuestionQuerySet


class QuestionSitemap(Sitemap[Question]):
    changefreq = "weekly"
    limit = 5000

    def items(self) -> QuestionQuerySet:
        return (
            Question.objects.published()
            .order_by("-created_at")
            .only("pk", "slug", "updated_at", "last_answered_at")
        )

    def lastmod(self, item: Question) -> datetime:
        return max(item.updated_at, item.last_answered_at or item.updated_at)


class TreatmentSitemap(Sitemap[Treatment]):
    changefreq = "weekly"

    def items(self) -> list[Treatment]:
        return list(Treatment.objects.all())


class PhysicianSitemap(Sitemap[Physician]):
    changefreq = "monthly"

    def items(self) -> list[Physician]:
        return list(Physician.objects.verified().only("slug"))


class PracticeSitemap(Sitemap[Practice]):
    changefreq = "monthly"

    def items(self) -> list[Practice]:
        return list(Practice.objects.only("slug"))


class BrowseSitemap(Sitemap[str]):
    """The pages that list the rest: the home page and the browse pages."""

    changefreq = "daily"

    def items(self) -> list[str]:
        return ["qa:home", "qa:question-list", "qa:treatment-list", "practices:practice-list"]

    def location(self, item: str) -> str:
        return reverse(item)


SITEMAPS = {
    "browse": BrowseSitemap,
    "practices": PracticeSitemap,
    "articles": ArticleSitemap,
    "questions": QuestionSitemap,
    "treatments": TreatmentSitemap,
    "physicians": PhysicianSitemap,
}
