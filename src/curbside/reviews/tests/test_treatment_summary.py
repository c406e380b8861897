"""The treatment page says what its published reviews say together: the share who found it
worth it, and the middle half of the costs reviewers gave."""

from __future__ import annotations

import pytest
from django.test import Client

from curbside.reviews.summary import treatment_reviews
from curbside.reviews.tests.factories import ReviewFactory

pytestmark = pytest.mark.django_db


def test_the_page_shows_the_worth_it_share_and_the_typical_cost(client: Client, botox):
    for worth, cost in [("yes", 300), ("yes", 400), ("yes", 500), ("no", 900), ("yes", None)]:
        ReviewFactory(treatment=botox, worth_it=worth, cost_usd=cost)
    ReviewFactory(treatment=botox, worth_it="no", cost_usd=5000, status="pending")  # not counted
    summary = treatment_reviews(botox)
    assert summary is not None and summary.reviews == 5 and summary.worth_it_percent == 80
    assert (summary.cost_low, summary.cost_median, summary.cost_high) == (375, 450, 600)
    html = client.get("/treatments/botox/").content.decode()
    assert "<strong>80%</strong> of 5 reviewers say Botox was worth it." in html
    assert "Typical cost: <strong>$375–$600</strong> (median $450, from the 4 who gave one)" in html


def test_too_few_costs_say_nothing_typical_and_no_reviews_no_section(client: Client, botox):
    assert treatment_reviews(botox) is None
    assert "What patients who had it say" not in client.get("/treatments/botox/").content.decode()
    ReviewFactory(treatment=botox, cost_usd=400)
    ReviewFactory(treatment=botox, cost_usd=None)
    html = client.get("/treatments/botox/").content.decode()
    assert "of 2 reviewers say Botox was worth it" in html and "Typical cost" not in html
