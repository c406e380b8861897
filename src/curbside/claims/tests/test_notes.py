"""Evidence notes for readers beneath flagged answers (on the cached question page) and
articles; gone once a moderator dismisses the flag."""

from __future__ import annotations

import pytest
from django.test import Client

from curbside.articles.services import article_create, article_publish
from curbside.claims.models import ClaimCheck, FlagStatus
from curbside.claims.services import claim_flag_accept, claim_flag_dismiss
from curbside.claims.tests.conftest import FALSE_MIGRAINE, TRUE_ONLY
from curbside.conftest import client_for
from curbside.qa.services import answer_create

pytestmark = pytest.mark.django_db

NOTE = (
    "Evidence note:</strong> Botox has been FDA-approved for chronic migraine prevention in "
    "adults since 2010. — Source:"
)
ARTICLE = (
    "There is no conclusive evidence that Botox helps migraine, whatever the clinics say. We "
    "recommend that patients with headaches look elsewhere and keep Botox for wrinkles. "
    "Treatment takes about fifteen minutes, with no downtime, and results start within a few "
    "days; most patients come back every three to four months."
)


@pytest.fixture
def flagged(physician, question):
    return answer_create(
        physician=physician, question=question, headline="My honest view", body=FALSE_MIGRAINE
    )


def test_a_flagged_answer_shows_its_evidence_note(evidence, flagged, question, client: Client):
    html = client.get(question.get_absolute_url()).content.decode()
    assert NOTE in html
    assert "There is no conclusive evidence that Botox helps migraine" in html
    assert (
        'href="https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&amp;query=Botox"'
        in html
    )
    assert "Prescribing information (DailyMed)" in html
    # Beneath that answer, inside its card.
    card = html[html.index(f'id="answer-{flagged.pk}"') :]
    assert card.index("Evidence note:") < card.index("</article>")


def test_signed_in_readers_see_it_too(flagged, question, patient, physician):
    for user in (patient, physician.user):
        assert NOTE in client_for(user).get(question.get_absolute_url()).content.decode()


def test_a_consistent_answer_has_no_note(physician, question, client: Client):
    answer_create(
        physician=physician, question=question, headline="Yes, it is approved", body=TRUE_ONLY
    )
    assert "Evidence note" not in client.get(question.get_absolute_url()).content.decode()


def test_the_cached_page_shows_a_note_once_the_check_has_run(physician, question, client: Client):
    answer = answer_create(
        physician=physician, question=question, headline="Yes, it is approved", body=TRUE_ONLY
    )
    url = question.get_absolute_url()
    assert "Evidence note" not in client.get(url).content.decode()  # now cached
    answer.body = FALSE_MIGRAINE
    answer.save(update_fields=["body"])
    from curbside.claims.tasks import check_answer_claims

    check_answer_claims.enqueue(answer_id=answer.pk)
    assert NOTE in client.get(url).content.decode()


def test_an_accepted_note_stays_and_a_dismissed_one_disappears(
    flagged, question, moderator, other_physician, client: Client
):
    other = answer_create(
        physician=other_physician,
        question=question,
        headline="Another view",
        body="Botox isn't approved for chronic migraine, though many neurologists use it.",
    )
    first, second = ClaimCheck.objects.flags().order_by("answer_id")
    url = question.get_absolute_url()
    assert client.get(url).content.decode().count("Evidence note:") == 2
    claim_flag_accept(check=first, moderator=moderator)
    claim_flag_dismiss(check=second, moderator=moderator, reason="A quotation, not a claim.")
    html = client.get(url).content.decode()
    assert html.count("Evidence note:") == 1
    assert "There is no conclusive evidence" in html
    card = html[html.index(f'id="answer-{other.pk}"') :]
    assert "Evidence note" not in card[: card.index("</article>")]


def test_what_the_note_quotes_is_escaped(flagged, question, client: Client):
    ClaimCheck.objects.filter(answer=flagged).update(
        sentence="<script>alert(1)</script> Botox", fact="Fact & <b>figure</b>"
    )
    from curbside.qa.services import question_page_changed

    question_page_changed(question_id=question.pk)
    html = client.get(question.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert "Fact &amp; &lt;b&gt;figure&lt;/b&gt;" in html


def test_an_article_shows_its_evidence_notes(staff, botox, client: Client):
    article = article_create(
        author=staff, title="Botox and headaches", body=ARTICLE, treatments=[botox]
    )
    article_publish(article=article, editor=staff)
    html = client.get(article.get_absolute_url()).content.decode()
    assert NOTE in html
    assert html.index("article-body") < html.index("Evidence note:") < html.index("author-card")


def test_a_dismissed_article_note_disappears(staff, botox, moderator, client: Client):
    article = article_create(
        author=staff, title="Botox and headaches", body=ARTICLE, treatments=[botox]
    )
    article_publish(article=article, editor=staff)
    flag = article.claim_checks.flags().get()
    claim_flag_dismiss(check=flag, moderator=moderator)
    assert flag.__class__.objects.get(pk=flag.pk).status == FlagStatus.DISMISSED
    assert "Evidence note" not in client.get(article.get_absolute_url()).content.decode()


PARAGRAPHS = (
    "Treatment takes about fifteen minutes, with no downtime, and most people go straight back "
    "to work afterwards.\n\n"
    "There is no conclusive evidence that Botox helps migraine, whatever the clinics say.\n\n"
    "Most patients come back every three to four months, when the movement returns and the "
    "lines start to show again."
)


def test_a_note_sits_under_the_paragraph_of_its_sentence_which_is_marked(
    staff, botox, client: Client
):
    article = article_create(
        author=staff, title="Botox and headaches", body=PARAGRAPHS, treatments=[botox]
    )
    article_publish(article=article, editor=staff)
    html = client.get(article.get_absolute_url()).content.decode()
    body = html[html.index("article-body") :]
    marked = body.index('<mark class="claim-flagged">There is no conclusive evidence')
    note = body.index("Evidence note:")
    assert body.index("Treatment takes about fifteen minutes") < marked < note
    assert note < body.index("Most patients come back every three to four months")
    assert "Judged:" in body


def test_an_answer_note_sits_under_its_paragraph(physician, question, client: Client):
    answer_create(
        physician=physician,
        question=question,
        headline="My honest view",
        body=PARAGRAPHS,
    )
    html = client.get(question.get_absolute_url()).content.decode()
    card = html[html.index('class="answer"') :]
    note = card.index("Evidence note:")
    assert card.index('<mark class="claim-flagged">There is no') < note
    assert note < card.index("Most patients come back every three to four months")
