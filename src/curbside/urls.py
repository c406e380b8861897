from __future__ import annotations

from types import ModuleType

from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.urls import URLPattern, URLResolver, include, path
from django.views.decorators.cache import cache_page

from curbside.api import api
from curbside.articles import urls as articles_urls
from curbside.providers import urls as providers_urls
from curbside.providers.views import signup_physician as physician_signup_view
from curbside.qa import urls as qa_urls
from curbside.web import urls as web_urls
from curbside.web.sitemaps import SITEMAPS


def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico whatever the page links: send them to the icon (its
    static URL read per request, so a hashed name from collectstatic is followed)."""
    return HttpResponsePermanentRedirect(static("curbside/favicon.svg"))


def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /accounts/",
        "Disallow: /moderation/",
        "Disallow: /admin/",
        "Disallow: /ask/",
        "Disallow: /queue/",
        "Disallow: /reviews/",
        "Disallow: /articles/new/",
        "Disallow: /practices/*/inbox/",
        "Disallow: /practices/*/edit/",
        "Disallow: /notifications/",
        "Disallow: /search/",
        f"Sitemap: {settings.SITE_URL}/sitemap.xml",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def section(own: ModuleType, pages: list[URLPattern]) -> tuple[list[URLPattern | URLResolver], str]:
    """An app's own URLs and web's pages of that section, under the app's namespace (web's
    after the app's, whose fixed routes such as articles/new/ come before a page's <slug>)."""
    return [*own.urlpatterns, *pages], own.app_name


handler404 = "curbside.lib.errors.page_not_found"
handler500 = "curbside.lib.errors.server_error"

urlpatterns = [
    path("", include(section(qa_urls, web_urls.QA))),
    # Before accounts/: a physician's sign-up is the providers app's, under the accounts URLs.
    path("accounts/signup/physician/", physician_signup_view, name="physician-signup"),
    path("accounts/", include("curbside.accounts.urls")),
    path("doctors/", include(section(providers_urls, web_urls.PROVIDERS))),
    path("practices/", include("curbside.practices.urls")),
    path("articles/", include(section(articles_urls, web_urls.ARTICLES))),
    path("reviews/", include("curbside.reviews.urls")),
    path("search/", include("curbside.search.urls")),
    path("notifications/", include("curbside.notifications.urls")),
    path("moderation/", include("curbside.moderation.urls")),
    path("api/v1/", api.urls),
    path("admin/", admin.site.urls),
    path("robots.txt", robots_txt, name="robots"),
    path("favicon.ico", favicon),
    path(
        "sitemap.xml",
        cache_page(60 * 15)(sitemap),
        {"sitemaps": SITEMAPS},
        name="django.contrib.sitemaps.views.sitemap",
    ),
]
