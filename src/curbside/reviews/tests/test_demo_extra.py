from __future__ import annotations

import random
import re

import pytest

from curbside.accounts.tests.factories import UserFactory
from curbside.demo import extra_reviews
from curbside.demo.loader import DEMO_LOGINS
from curbside.notifications.models import Notification
from curbside.providers.tests.factories import PhysicianFactory
from curbside.qa.tests.factories import AnswerFactory, QuestionFactory, TreatmentFactory
from curbside.reviews.models import Review, ReviewFlag, ReviewReply
from curbside.reviews.tests.factories import ReviewFactory

pytestmark = pytest.mark.django_db

# A reply must not confirm that the reviewer was a patient or mention anyone's care.
DISCLOSING = re.compile(
    r"\byour (treatment|visit|procedure|results?|appointment|injections?|dose)\b|\bwhen you (came|had)\b",
    re.I,
)


def test_it_adds_replies_flags_and_notifications_without_disclosing_anything():
    patient = UserFactory(email=DEMO_LOGINS[0][1])
    doctor = PhysicianFactory(user=UserFactory(email=DEMO_LOGINS[1][1], role="physician"))
    peel = TreatmentFactory(slug="chemical-peel", name="Chemical peel", kind="skin")
    doctor.treatments.set([peel])
    AnswerFactory(question=QuestionFactory(author=patient), physician=doctor)
    readers = UserFactory.create_batch(10)
    reviews = [
        ReviewFactory(
            physician=doctor,
            author=readers[n % 10],
            treatment=TreatmentFactory(),
            stars=1 + n % 5,
            body_html="",
        )
        for n in range(70)
    ]
    ReviewFactory(physician=doctor, status="pending")

    counts = extra_reviews.load(rng=random.Random(3))

    assert counts["review_bodies_rendered"] == 70
    assert not Review.objects.filter(body_html="").exists()
    own = Review.objects.get(author=patient)
    assert own.is_published and own.treatment == peel and own.public_reply is not None
    doctor.refresh_from_db()
    assert doctor.review_count == 71  # 70 published by the factory + the demo patient's
    replies = ReviewReply.objects.all()
    assert counts["review_replies"] == replies.count() >= 60
    newest = Review.objects.published().for_physician(doctor).exclude(pk=own.pk).newest().first()
    assert newest.public_reply is None  # left for the demo doctor to try
    for reply in replies:
        assert not DISCLOSING.search(reply.body), reply.body
    flags = ReviewFlag.objects.select_related("review")
    assert counts["review_flags"] == flags.count() == 5
    assert all(f.user_id != f.review.author_id and f.resolved_at is None for f in flags)
    assert Notification.objects.filter(user=patient, kind="answer").exists()
    assert Notification.objects.filter(user=patient, kind="review").unread().exists()
    assert Notification.objects.filter(user=doctor.user, kind="review").unread().exists()
    assert counts["notifications"] == Notification.objects.count()
    assert reviews  # the factory rows are the base the extras build on
