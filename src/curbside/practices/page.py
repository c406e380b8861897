"""What the practice page (and GET /api/v1/practices/{slug}) shows, in a fixed number of
queries whatever the number of physicians, treatments or articles."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings

from curbside.articles.models import Article
from curbside.catalogue.models import Treatment
from curbside.practices.models import ConsultationRequest, Practice
from curbside.providers.models import Physician

ARTICLES_SHOWN = 10


def response_time_words(wait: timedelta) -> str:
    """'a few hours', '1 day', '3 days': rounded up, so the promise is one the practice keeps."""
    hours = wait.total_seconds() / 3600
    if hours <= 1:
        return "an hour"
    if hours <= 6:
        return "a few hours"
    days = max(1, math.ceil(hours / 24))
    if days <= 6:
        return f"{days} day{'s' if days != 1 else ''}"
    weeks = math.ceil(days / 7)
    return f"{weeks} week{'s' if weeks != 1 else ''}"


@dataclass
class PracticePage:
    practice: Practice
    physicians: list[Physician]
    treatments: list[Treatment]
    articles: list[Article]
    response_time: str  # "" when there are too few answered requests to say

    @property
    def jsonld(self) -> dict[str, object]:
        """schema.org MedicalClinic, with the physicians who work there."""
        practice = self.practice
        data: dict[str, object] = {
            "@context": "https://schema.org",
            "@type": "MedicalClinic",
            "name": practice.name,
            "url": settings.SITE_URL + practice.get_absolute_url(),
            "telephone": practice.phone,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": practice.street,
                "addressLocality": practice.city,
                "addressRegion": practice.state,
                "postalCode": practice.zip_code,
                "addressCountry": "US",
            },
            "availableService": [{"@type": t.schema_type, "name": t.name} for t in self.treatments],
            "employee": [
                {
                    "@type": "Physician",
                    "name": p.display_name,
                    "url": settings.SITE_URL + p.get_absolute_url(),
                    "medicalSpecialty": p.get_specialty_display(),
                }
                for p in self.physicians
            ],
        }
        if practice.description:
            data["description"] = practice.description[:500]
        if practice.website:
            data["sameAs"] = practice.website
        if practice.latitude is not None and practice.longitude is not None:
            data["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": practice.latitude,
                "longitude": practice.longitude,
            }
        return data


def practice_page(practice: Practice) -> PracticePage:
    wait = ConsultationRequest.objects.for_practice(practice).median_first_response()
    articles = Article.objects.published().filter(practice=practice).order_by("-published_at")
    return PracticePage(
        practice=practice,
        physicians=list(practice.verified_physicians()),
        treatments=list(practice.treatments_offered()),
        articles=list(articles[:ARTICLES_SHOWN]),
        response_time=response_time_words(wait) if wait is not None else "",
    )
