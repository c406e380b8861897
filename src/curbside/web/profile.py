"""What a physician's public profile shows beyond the Physician row: their answers, reviews and
articles, the rating summary and the schema.org Physician JSON-LD."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import Count, QuerySet

from curbside.articles.models import Article
from curbside.providers.models import Physician, Specialty
from curbside.qa.models import Answer, QuestionStatus
from curbside.reviews.models import Review

# schema.org's MedicalSpecialty values; a specialty with no fitting value is left out.
SCHEMA_SPECIALTY: dict[str, str] = {
    Specialty.DERMATOLOGY: "Dermatology",
    Specialty.PLASTIC_SURGERY: "PlasticSurgery",
    Specialty.FACIAL_PLASTIC_SURGERY: "PlasticSurgery",
    Specialty.OCULOPLASTIC_SURGERY: "PlasticSurgery",
    Specialty.OTOLARYNGOLOGY: "Otolaryngologic",
    Specialty.NEUROLOGY: "Neurologic",
    Specialty.PHYSICAL_MEDICINE: "Musculoskeletal",
    Specialty.PHLEBOLOGY: "Cardiovascular",
    Specialty.UROLOGY: "Urologic",
    Specialty.FAMILY_MEDICINE: "PrimaryCare",
    Specialty.INTERNAL_MEDICINE: "PrimaryCare",
}


def recent_answers(physician: Physician) -> QuerySet[Answer]:
    return (
        Answer.objects.live()
        .filter(physician=physician, question__status=QuestionStatus.PUBLISHED)
        .select_related("question")
        .order_by("-created_at", "-pk")
    )


def reviews(physician: Physician) -> QuerySet[Review]:
    """Published reviews, newest first, with what reviews/_review.html shows."""
    return Review.objects.published().for_physician(physician).for_display().newest()


def articles(physician: Physician) -> QuerySet[Article]:
    return Article.objects.published().by_physician(physician).for_list().recent()


@dataclass(frozen=True)
class StarCount:
    stars: int
    count: int
    percent: int  # of all published reviews, for the bar's width


def star_distribution(physician: Physician) -> list[StarCount]:
    """Published reviews by stars, 5 down to 1, in one query."""
    rows = (
        Review.objects.published()
        .filter(physician=physician)
        .order_by()
        .values_list("stars")
        .annotate(n=Count("pk"))
    )
    counts = dict(rows)
    total = sum(counts.values())
    return [
        StarCount(s, counts.get(s, 0), round(100 * counts.get(s, 0) / total) if total else 0)
        for s in range(5, 0, -1)
    ]


def physician_jsonld(physician: Physician) -> dict[str, Any]:
    """schema.org Physician: who, where, how to call, the NPI, and the rating when there are
    reviews."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Physician",
        "name": physician.display_name,
        "url": settings.SITE_URL + physician.get_absolute_url(),
    }
    if physician.npi:
        # The public NPPES registry's number, which a verified physician's profile shows.
        data["identifier"] = {"@type": "PropertyValue", "propertyID": "NPI", "value": physician.npi}
    if specialty := SCHEMA_SPECIALTY.get(physician.specialty):
        data["medicalSpecialty"] = f"https://schema.org/{specialty}"
    practice = physician.practice
    address: dict[str, str] = {
        "@type": "PostalAddress",
        "addressLocality": physician.city,
        "addressRegion": physician.state,
        "addressCountry": "US",
    }
    if practice is not None:
        address.update(
            streetAddress=practice.street,
            addressLocality=practice.city,
            addressRegion=practice.state,
            postalCode=practice.zip_code,
        )
        data["telephone"] = practice.phone
        data["parentOrganization"] = {"@type": "MedicalClinic", "name": practice.name}
    data["address"] = address
    if physician.review_count and physician.rating_avg is not None:
        data["aggregateRating"] = {
            "@type": "AggregateRating",
            "ratingValue": round(physician.rating_avg, 1),
            "reviewCount": physician.review_count,
            "bestRating": 5,
            "worstRating": 1,
        }
    return data
