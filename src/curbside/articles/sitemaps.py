from __future__ import annotations

from datetime import datetime

from django.contrib.sitemaps import Sitemap

from curbside.articles.models import Article, ArticleQuerySet


class ArticleSitemap(Sitemap[Article]):
    """Published articles; curbside.urls lists it with the other sitemaps."""

    changefreq = "monthly"
    limit = 5000

    def items(self) -> ArticleQuerySet:
        return Article.objects.published().recent().only("slug", "updated_at")

    def lastmod(self, item: Article) -> datetime:
        return item.updated_at
