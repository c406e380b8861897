"""schema.org structured data for article pages."""

from __future__ import annotations

from django.conf import settings

from curbside.articles.models import Article
from curbside.catalogue.models import Treatment
from curbside.practices.models import Practice
from curbside.providers.models import Physician


def practice_url(practice: Practice) -> str:
    """The practice page (built as a path here: the practices app owns its URLs)."""
    return f"/practices/{practice.slug}/"


def _physician(physician: Physician) -> dict[str, object]:
    return {
        "@type": "Person",
        "name": physician.full_name,
        "honorificPrefix": "Dr.",
        "honorificSuffix": physician.credentials,
        "jobTitle": physician.get_specialty_display(),
        "url": settings.SITE_URL + physician.get_absolute_url(),
    }


def _practice(practice: Practice) -> dict[str, object]:
    return {
        "@type": "MedicalClinic",
        "name": practice.name,
        "url": settings.SITE_URL + practice_url(practice),
        "telephone": practice.phone,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": practice.street,
            "addressLocality": practice.city,
            "addressRegion": practice.state,
            "postalCode": practice.zip_code,
            "addressCountry": "US",
        },
    }


def _treatment(treatment: Treatment) -> dict[str, object]:
    return {
        "@type": treatment.schema_type,
        "name": treatment.name,
        "url": settings.SITE_URL + treatment.get_absolute_url(),
    }


def article_jsonld(article: Article) -> dict[str, object]:
    """MedicalWebPage JSON-LD: what the page is about, who wrote it, who checked its medical
    content and when. Expects Article.objects.for_page()."""
    url = settings.SITE_URL + article.get_absolute_url()
    curbside: dict[str, object] = {
        "@type": "Organization",
        "name": "Curbside",
        "url": settings.SITE_URL + "/",
    }
    if article.physician is not None:
        author: dict[str, object] = _physician(article.physician)
    elif article.practice is not None:
        author = _practice(article.practice)
    else:
        author = curbside
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "@id": url,
        "url": url,
        "name": article.title,
        "headline": article.title,
        "description": article.excerpt,
        "inLanguage": "en-US",
        "about": [_treatment(t) for t in article.treatments.all()],
        "author": author,
        "publisher": curbside,
        "dateModified": article.updated_at.isoformat(),
    }
    if article.published_at is not None:
        data["datePublished"] = article.published_at.isoformat()
    if article.last_reviewed is not None:
        data["lastReviewed"] = article.last_reviewed.isoformat()
    if article.reviewed_by is not None:
        data["reviewedBy"] = _physician(article.reviewed_by)
    return data
