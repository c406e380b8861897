"""The moderation queue's "Claim flags" section: accept or dismiss, moderators only, on the
record."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from curbside.audit.models import AuditEntry
from curbside.claims.models import ClaimCheck, FlagStatus
from curbside.claims.services import claim_flag_accept, claim_flag_dismiss
from curbside.claims.tests.conftest import FALSE_MIGRAINE
from curbside.conftest import client_for
from curbside.qa.models import Question
from curbside.qa.services import answer_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def flag(physician, question) -> ClaimCheck:
    answer_create(
        physician=physician, question=question, headline="My honest view", body=FALSE_MIGRAINE
    )
    return ClaimCheck.objects.open_flags().get()


def _decide(client: Client, flag: ClaimCheck, **data: str):
    return client.post(f"/moderation/claims/{flag.pk}/", data)


def test_the_queue_lists_open_flags_with_their_facts(flag, moderator, question):
    html = client_for(moderator).get("/moderation/").content.decode()
    assert "Claim flags (1)" in html
    card = html[html.index(f'id="claim-flag-{flag.pk}"') :]
    assert "There is no conclusive evidence that Botox helps migraine" in card
    assert "Contradicts the label" in card
    assert "Botox has been FDA-approved for chronic migraine prevention" in card
    assert "dailymed.nlm.nih.gov" in card
    assert f'href="{flag.answer.get_absolute_url()}"' in card
    assert question.title in card


def test_the_queue_query_count_does_not_grow_with_the_flags(
    physician, other_physician, question, moderator, patient, botox, django_assert_max_num_queries
):
    from curbside.qa.tests.factories import QuestionFactory

    client = client_for(moderator)
    answer_create(physician=physician, question=question, headline="A view", body=FALSE_MIGRAINE)
    with django_assert_max_num_queries(25) as one:
        client.get("/moderation/")
    for n in range(3):
        other = QuestionFactory(author=patient, treatments=[botox], title=f"Migraine {n}?")
        answer_create(
            physician=other_physician, question=other, headline="A view", body=FALSE_MIGRAINE
        )
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert "Claim flags (4)" in client.get("/moderation/").content.decode()


def test_a_moderator_accepts_a_flag(flag, moderator):
    response = _decide(client_for(moderator), flag, decision="accept", reason="Clearly wrong.")
    assert response.status_code == 302 and response["Location"] == "/moderation/"
    flag.refresh_from_db()
    assert (flag.status, flag.decided_by, flag.reason) == (
        FlagStatus.ACCEPTED,
        moderator,
        "Clearly wrong.",
    )
    assert flag.decided_at is not None
    entry = AuditEntry.objects.get(action="claim.accept")
    assert entry.actor == moderator and entry.target_id == flag.pk
    assert entry.target_type == "claims.claimcheck" and entry.reason == "Clearly wrong."
    assert "Claim flags (0)" in client_for(moderator).get("/moderation/").content.decode()


def test_a_moderator_dismisses_a_flag_without_a_reason(flag, moderator, question):
    version = Question.objects.get(pk=question.pk).cache_version
    client = client_for(moderator)
    response = _decide(client, flag, decision="dismiss")
    assert response.status_code == 302
    flag.refresh_from_db()
    assert flag.status == FlagStatus.DISMISSED and flag.reason == ""
    assert AuditEntry.objects.filter(action="claim.dismiss", target_id=flag.pk).exists()
    # The dismissed note leaves the cached question page.
    assert Question.objects.get(pk=question.pk).cache_version == version + 1
    assert "Claim flag dismissed" in client.get("/moderation/").content.decode()


@pytest.mark.parametrize(
    "who", ["patient", "verified_physician", "pending_physician", "practice_staff"]
)
def test_only_moderators_may_decide(flag, cast, who):
    response = _decide(client_for(cast[who]), flag, decision="dismiss")
    assert response.status_code == 403
    flag.refresh_from_db()
    assert flag.status == FlagStatus.OPEN
    assert not AuditEntry.objects.exists()


def test_a_visitor_is_sent_to_sign_in(flag):
    response = _decide(Client(), flag, decision="dismiss")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    flag.refresh_from_db()
    assert flag.status == FlagStatus.OPEN


@pytest.mark.parametrize("who", ["visitor", "patient", "verified_physician"])
def test_only_moderators_see_the_queue(flag, cast, who):
    response = client_for(cast[who]).get("/moderation/")
    assert response.status_code in (302, 403)
    assert b"Claim flags" not in response.content


def test_a_get_is_refused(flag, moderator):
    assert client_for(moderator).get(f"/moderation/claims/{flag.pk}/").status_code == 405


@pytest.mark.parametrize(
    "data",
    [{}, {"decision": "delete"}, {"decision": "accept", "reason": "x" * 1001}],
)
def test_bad_input_is_a_400_and_changes_nothing(flag, moderator, data):
    response = _decide(client_for(moderator), flag, **data)
    assert response.status_code == 400
    assert b'role="alert"' in response.content
    flag.refresh_from_db()
    assert flag.status == FlagStatus.OPEN


def test_an_unknown_or_consistent_check_is_not_found(flag, moderator, physician, question):
    client = client_for(moderator)
    assert _decide(client, flag, decision="accept").status_code == 302
    consistent = ClaimCheck.objects.create(
        answer=flag.answer,
        position=9,
        sentence="Botox is approved for chronic migraine.",
        sentence_hash="x",
        verdict="consistent",
        kind="approval",
        fact="Botox has been FDA-approved for chronic migraine prevention.",
        text_hash="y",
    )
    assert _decide(client, consistent, decision="accept").status_code == 404
    assert client.post("/moderation/claims/987654/", {"decision": "accept"}).status_code == 404


def test_the_first_decision_stands(flag, moderator):
    other = type(moderator).objects.create_user(
        email="mod2@example.com", public_name="Moderator-2", role="moderator"
    )
    claim_flag_accept(check=flag, moderator=moderator)
    client = client_for(other)
    response = _decide(client, flag, decision="dismiss")
    assert response.status_code == 302
    flag.refresh_from_db()
    assert flag.status == FlagStatus.ACCEPTED and flag.decided_by == moderator
    page = client.get("/moderation/").content.decode()
    assert "already decided by another moderator" in page


def test_the_services_refuse_non_moderators(flag, patient):
    with pytest.raises(ValidationError):
        claim_flag_dismiss(check=flag, moderator=patient)
    flag.refresh_from_db()
    assert flag.status == FlagStatus.OPEN


def test_flags_on_removed_articles_leave_the_queue(moderator, staff, botox):
    from curbside.articles.services import article_create, article_remove

    article = article_create(
        author=staff,
        title="Botox and headaches",
        body=FALSE_MIGRAINE + " " + "We keep our treatments focused on what they do best. " * 4,
        treatments=[botox],
    )
    assert ClaimCheck.objects.open_flags().for_queue().count() == 1
    article_remove(article=article, moderator=moderator, reason="Misleading.")
    assert ClaimCheck.objects.open_flags().for_queue().count() == 0
