"""The claim check as a background task on every answer and article create/edit: the stored
checks, their replacement on edit, and decisions kept for sentences that did not change."""

from __future__ import annotations

import pytest

from curbside.articles.services import article_create, article_edit
from curbside.claims.models import ClaimCheck, FlagStatus
from curbside.claims.services import (
    check_revision,
    checker_fingerprint,
    claim_checks_refresh,
    claim_checks_refresh_all,
    claim_flag_dismiss,
    claims_knowledge,
)
from curbside.claims.tasks import check_answer_claims, check_article_claims
from curbside.claims.tests.conftest import FALSE_MIGRAINE, TRUE_ONLY
from curbside.qa.models import Question
from curbside.qa.services import answer_create, answer_edit

pytestmark = pytest.mark.django_db

ARTICLE_BODY = (
    "Botox Cosmetic is approved for frown lines, crow's feet and forehead lines. Many people "
    "ask us about other uses. Botox is approved for jaw slimming, and our injectors use it for "
    "that every week. Results appear within a few days and last three to four months, and a "
    "check at two weeks lets us adjust the dose where needed."
)


def _answer(physician, question, body: str = FALSE_MIGRAINE):
    return answer_create(
        physician=physician, question=question, headline="What I tell my patients", body=body
    )


def test_an_answer_is_checked_when_it_is_posted(evidence, physician, question):
    answer = _answer(physician, question)
    checks = list(answer.claim_checks.all())
    assert [(c.verdict, c.status, c.kind) for c in checks] == [
        ("contradicts", FlagStatus.OPEN, "effect_evidence")
    ]
    flag = checks[0]
    assert flag.sentence == (
        "There is no conclusive evidence that Botox helps migraine, so I do not offer it to my "
        "headache patients."
    )
    assert flag.fact == (
        "Botox has been FDA-approved for chronic migraine prevention in adults since 2010."
    )
    assert flag.source == claims_knowledge().products["botox"].label_reference
    assert flag.provenance and flag.evidence_revision == check_revision(claims_knowledge())
    assert flag.evidence_revision.startswith(claims_knowledge().revision + "+")
    assert flag.product == "botox" and flag.topic == "chronic_migraine"


def test_consistent_sentences_are_stored_without_a_status(physician, question):
    answer = _answer(physician, question, TRUE_ONLY)
    assert [(c.verdict, c.status) for c in answer.claim_checks.all()] == [("consistent", "")]
    assert not ClaimCheck.objects.flags().exists()


def test_an_edit_replaces_the_checks(physician, question):
    answer = _answer(physician, question)
    answer_edit(answer=answer, headline="What I tell my patients", body=TRUE_ONLY)
    assert [c.verdict for c in answer.claim_checks.all()] == ["consistent"]
    assert not ClaimCheck.objects.open_flags().exists()


def test_a_decision_is_kept_for_a_sentence_that_did_not_change(physician, question, moderator):
    answer = _answer(physician, question)
    flag = ClaimCheck.objects.get(answer=answer)
    claim_flag_dismiss(check=flag, moderator=moderator, reason="Read in context it is fine.")
    answer_edit(
        answer=answer,
        headline="What I tell my patients",
        body=FALSE_MIGRAINE + " Dysport is approved for jaw slimming.",
    )
    kept, new = answer.claim_checks.order_by("position")
    assert kept.pk != flag.pk and kept.sentence == flag.sentence
    assert (kept.status, kept.decided_by, kept.reason) == (
        FlagStatus.DISMISSED,
        moderator,
        "Read in context it is fine.",
    )
    assert kept.created_at == flag.created_at
    assert (new.verdict, new.status) == ("overstates", FlagStatus.OPEN)


def test_an_unchanged_text_is_not_checked_again(physician, question):
    answer = _answer(physician, question)
    before = list(answer.claim_checks.values_list("pk", flat=True))
    assert [c.pk for c in claim_checks_refresh(target=answer)] == before
    version = Question.objects.get(pk=question.pk).cache_version
    check_answer_claims.enqueue(answer_id=answer.pk)
    assert list(answer.claim_checks.values_list("pk", flat=True)) == before
    assert Question.objects.get(pk=question.pk).cache_version == version


def test_new_flags_invalidate_the_cached_question_page(physician, question):
    answer = _answer(physician, question, TRUE_ONLY)
    version = Question.objects.get(pk=question.pk).cache_version
    answer.body = FALSE_MIGRAINE
    answer.save(update_fields=["body"])
    claim_checks_refresh(target=answer)
    assert Question.objects.get(pk=question.pk).cache_version == version + 1


def test_an_article_is_checked_when_written_and_edited(staff, botox):
    article = article_create(
        author=staff, title="Botox at our practice", body=ARTICLE_BODY, treatments=[botox]
    )
    checks = list(article.claim_checks.all())
    assert [(c.verdict, c.status) for c in checks] == [
        ("consistent", ""),
        ("overstates", FlagStatus.OPEN),
    ]
    assert "off-label" in checks[1].fact
    article_edit(
        article=article,
        editor=staff,
        title="Botox at our practice",
        body=ARTICLE_BODY.replace("Botox is approved for", "Botox is off-label for"),
        treatments=[botox],
    )
    assert [c.verdict for c in article.claim_checks.all()] == ["consistent", "consistent"]


def test_the_title_and_summary_are_checked_too(staff, botox):
    article = article_create(
        author=staff,
        title="Why Botox is not approved for migraine",
        summary="Dysport is approved for TMJ.",
        body=ARTICLE_BODY.replace("Botox is approved for", "Botox is off-label for"),
        treatments=[botox],
    )
    flagged = [c.sentence for c in article.claim_checks.flags()]
    assert flagged == ["Why Botox is not approved for migraine", "Dysport is approved for TMJ."]


def test_a_task_for_something_deleted_does_nothing(db):
    assert check_answer_claims.call(answer_id=987654) == 0
    assert check_article_claims.call(article_id=987654) == 0


def test_it_checks_everything_at_once(physician, other_physician, question, staff, botox):
    _answer(physician, question)
    _answer(other_physician, question, TRUE_ONLY)
    ClaimCheck.objects.all().delete()
    assert claim_checks_refresh_all() == 1
    assert ClaimCheck.objects.count() == 2


def test_without_evidence_in_the_database_the_packaged_files_are_used(physician, question):
    answer = _answer(physician, question)
    flag = answer.claim_checks.get()
    assert flag.verdict == "contradicts" and flag.evidence_revision == f"+{checker_fingerprint()}"


def test_an_evidence_change_checks_the_stored_texts_again(
    evidence, physician, question, django_capture_on_commit_callbacks
):
    from curbside.evidence import knowledge
    from curbside.evidence.services import evidence_changed

    answer = _answer(physician, question)
    before = answer.claim_checks.get()
    with django_capture_on_commit_callbacks(execute=True):
        evidence_changed()
    knowledge.reset()
    after = answer.claim_checks.get()
    assert after.evidence_revision != before.evidence_revision
    assert after.evidence_revision == check_revision(claims_knowledge())
    assert after.verdict == "contradicts"


def test_the_command_checks_every_stored_text_again(physician, question):
    from io import StringIO

    from django.core.management import call_command

    answer = _answer(physician, question)
    ClaimCheck.objects.filter(answer=answer).update(evidence_revision="old")
    out = StringIO()
    call_command("check_claims", "--all", stdout=out)
    assert "1 flagged" in out.getvalue()
    assert answer.claim_checks.get().evidence_revision != "old"
