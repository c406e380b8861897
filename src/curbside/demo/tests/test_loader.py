from __future__ import annotations

import pytest
from django.contrib.auth import authenticate
from django.db.models import Avg, Count
from django.test import RequestFactory

from curbside.articles.models import Article
from curbside.audit.models import AuditEntry
from curbside.claims.models import ClaimCheck
from curbside.demo.content.articles import OFF_LABEL_MYTHS
from curbside.demo.content.motivating import MOTIVATING
from curbside.demo.loader import DEMO_LOGINS, demo_is_loaded, demo_load
from curbside.lib.npi import is_valid_npi
from curbside.practices.models import Practice
from curbside.providers.models import BoardCertification, Physician
from curbside.qa.models import Answer, Question
from curbside.reviews.models import Review, ReviewStatus
from curbside.search import semantic
from curbside.triage import screener


# One load serves every check: the load is the expensive part.
@pytest.mark.django_db
def test_it_loads_the_demo(settings):
    # What is checked here is the data the loader writes. The background work it queues (a
    # sentence embedding per question, mail) is the worker's, and tested where it is defined:
    # record those tasks rather than run 300 embeddings here.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    # Asking embeds each question for the triage screener; without a model the rules triage
    # alone, as they do wherever the model is missing (the screener is tested in triage/).
    settings.CURBSIDE_EMBEDDING_MODEL = "/nonexistent/model-for-this-test"
    semantic.reset()
    screener.default.cache_clear()
    assert not demo_is_loaded()

    try:
        counts = demo_load(seed=2026)
    finally:
        # Neither the missing model nor the screener turned off for it may outlive this test.
        semantic.reset()
        screener.default.cache_clear()

    assert demo_is_loaded()
    assert counts["questions"] == Question.objects.count() == 300
    assert Physician.objects.count() >= 40
    assert Practice.objects.count() >= 15
    assert Answer.objects.count() >= 950
    assert Review.objects.count() >= 750

    assert all(is_valid_npi(npi) for npi in Physician.objects.values_list("npi", flat=True))

    for _role, email, password in DEMO_LOGINS:
        request = RequestFactory().post("/accounts/login/")  # sign-in throttling needs one
        assert authenticate(request, email=email, password=password) is not None, email

    # The claim check ran over the loaded answers and articles (its tasks are only recorded
    # here): the intentionally false practice post is flagged and waits for a moderator.
    myths = Article.objects.get(title=OFF_LABEL_MYTHS.title)
    assert counts["claim_flags"] == ClaimCheck.objects.flags().count() >= 2
    assert myths.claim_checks.open_flags().filter(sentence__contains="conclusive").exists()

    # The moderator verified and rejected through the providers services: one audit row for
    # each decision, and the verified physicians' board certifications checked.
    decided = Physician.objects.exclude(status="pending")
    audited = AuditEntry.objects.filter(action__in=["physician.verified", "physician.rejected"])
    assert sorted(audited.values_list("target_id", flat=True)) == sorted(
        decided.values_list("pk", flat=True)
    )
    assert AuditEntry.objects.count() == audited.count()
    assert Physician.objects.filter(status="rejected").exists()
    verified_boards = BoardCertification.objects.filter(physician__status="verified")
    assert verified_boards.exists()
    assert not verified_boards.filter(verified_at__isnull=True).exists()
    assert not BoardCertification.objects.filter(
        physician__status="pending", verified_at__isnull=False
    ).exists()

    motivating = Question.objects.get(title=MOTIVATING.title)
    assert motivating.answers.count() >= 6
    assert motivating.author is not None
    assert motivating.author.email == DEMO_LOGINS[0][1]
    assert motivating.helpful_total > 0

    busy = Question.objects.annotate(n=Count("answers")).filter(n__gte=6).count()
    assert busy >= 3

    # Physicians answer only questions about treatments they offer.
    for answer in Answer.objects.prefetch_related("question__treatments", "physician__treatments"):
        offered = set(answer.physician.treatments.all())
        assert offered & set(answer.question.treatments.all()), answer.pk
        assert answer.created_at > answer.question.created_at

    published = Review.objects.filter(status=ReviewStatus.PUBLISHED)
    assert 4.2 <= published.aggregate(avg=Avg("stars"))["avg"] <= 4.8
    assert Review.objects.filter(status=ReviewStatus.PENDING).exists()
