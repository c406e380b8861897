from __future__ import annotations

import factory
from django.utils import timezone

from curbside.accounts.tests.factories import UserFactory
from curbside.providers.tests.factories import PhysicianFactory
from curbside.qa.tests.factories import TreatmentFactory
from curbside.reviews.models import Review, ReviewFlag, ReviewReply


class ReviewFactory(factory.django.DjangoModelFactory[Review]):
    """A published review by a new patient; pass status="pending" for one awaiting moderation.
    Rows are written directly: call physician_rating_refresh when a test needs the ratings."""

    class Meta:
        model = Review

    physician = factory.SubFactory(PhysicianFactory)
    author = factory.SubFactory(UserFactory)
    treatment = factory.SubFactory(TreatmentFactory, slug="botox", name="Botox")
    stars = 5
    worth_it = "yes"
    title = factory.Sequence(lambda n: f"Careful and unhurried, visit {n}")
    body = "She explained the dose and what to expect, and checked on me two weeks later."
    body_html = factory.LazyAttribute(lambda o: f"<p>{o.body}</p>")
    cost_usd = 450
    status = "published"
    published_at = factory.LazyAttribute(
        lambda o: timezone.now() if o.status == "published" else None
    )


class ReviewReplyFactory(factory.django.DjangoModelFactory[ReviewReply]):
    class Meta:
        model = ReviewReply

    review = factory.SubFactory(ReviewFactory)
    body = "Thank you for taking the time to write."
    body_html = factory.LazyAttribute(lambda o: f"<p>{o.body}</p>")


class ReviewFlagFactory(factory.django.DjangoModelFactory[ReviewFlag]):
    class Meta:
        model = ReviewFlag

    review = factory.SubFactory(ReviewFactory)
    user = factory.SubFactory(UserFactory)
    reason = "This reads like an advertisement, not an experience."
