from __future__ import annotations

import pytest

from curbside.accounts.models import User
from curbside.conftest import client_for
from curbside.reviews.tests.factories import ReviewFactory, ReviewFlagFactory, ReviewReplyFactory

pytestmark = pytest.mark.django_db


def test_the_admin_pages_open():
    admin = User.objects.create_superuser("root@example.com", "pw")
    review = ReviewFactory()
    ReviewReplyFactory(review=review)
    ReviewFlagFactory(review=review)
    c = client_for(admin)
    for url in [
        "/admin/reviews/review/",
        f"/admin/reviews/review/{review.pk}/change/",
        "/admin/reviews/reviewreply/",
        "/admin/reviews/reviewflag/",
        "/admin/notifications/notification/",
        "/admin/notifications/emailoptout/",
    ]:
        assert c.get(url).status_code == 200, url
