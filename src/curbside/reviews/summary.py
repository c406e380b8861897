"""What a treatment's published reviews say together: how many found it worth it, and what it
typically cost the reviewers who said. Shown on the treatment page."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, replace

from curbside.catalogue.models import Treatment
from curbside.reviews.models import Review, WorthIt

MIN_COSTS = 3  # fewer reported costs than this say nothing typical


@dataclass(frozen=True)
class TreatmentReviews:
    reviews: int
    worth_it: int  # how many said "Worth it"
    costs: int  # how many gave a cost
    cost_low: int | None = None  # the middle half of the costs given, in US dollars
    cost_high: int | None = None
    cost_median: int | None = None

    @property
    def worth_it_percent(self) -> int:
        return round(100 * self.worth_it / self.reviews) if self.reviews else 0


def treatment_reviews(treatment: Treatment) -> TreatmentReviews | None:
    """The treatment's published reviews summed up (one query); None without any."""
    rows = list(
        Review.objects.published().filter(treatment=treatment).values_list("worth_it", "cost_usd")
    )
    if not rows:
        return None
    costs = sorted(cost for _, cost in rows if cost)
    summary = TreatmentReviews(
        reviews=len(rows),
        worth_it=sum(worth == WorthIt.YES for worth, _ in rows),
        costs=len(costs),
    )
    if len(costs) < MIN_COSTS:
        return summary
    low, _, high = statistics.quantiles(costs, n=4, method="inclusive")
    return replace(
        summary,
        cost_low=round(low),
        cost_high=round(high),
        cost_median=round(statistics.median(costs)),
    )
