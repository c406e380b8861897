from __future__ import annotations

from django.db.models import Avg, Count

from curbside.providers.models import Physician
from curbside.qa.services import physician_cards_changed
from curbside.reviews.models import Review

# Rankings use a Bayesian average: each physician's published stars plus PRIOR_WEIGHT
# imaginary reviews at PRIOR_MEAN, so two five-star reviews don't outrank forty at 4.8.
PRIOR_MEAN = 4.0
PRIOR_WEIGHT = 5


def bayesian_score(*, average: float | None, count: int) -> float:
    if not count or average is None:
        return PRIOR_MEAN
    return (PRIOR_MEAN * PRIOR_WEIGHT + average * count) / (PRIOR_WEIGHT + count)


def physician_rating_refresh(*, physician_id: int) -> Physician:
    """Recompute a physician's rating columns from their published reviews, and invalidate
    the question pages that show their card. Every service that publishes, edits or removes
    a review calls this inside its transaction."""
    totals = (
        Review.objects.published()
        .filter(physician_id=physician_id)
        .aggregate(average=Avg("stars"), count=Count("pk"))
    )
    average, count = totals["average"], totals["count"]
    Physician.objects.filter(pk=physician_id).update(
        rating_avg=average,
        review_count=count,
        rating_score=bayesian_score(average=average, count=count),
    )
    physician_cards_changed(physician_id=physician_id)
    return Physician.objects.get(pk=physician_id)
