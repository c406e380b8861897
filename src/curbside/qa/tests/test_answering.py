from __future__ import annotations

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from curbside.conftest import client_for
from curbside.qa import services
from curbside.qa.models import Answer, AnswerRevision, Question, QuestionFollow

pytestmark = pytest.mark.django_db

TEXT = {
    "headline": "Allergy to the toxin is very rare",
    "body": "True allergy is very rare. Tell your injector about reactions to any previous injections.",
}


def test_it_publishes_an_answer_and_tells_followers(question: Question, physician):
    QuestionFollow.objects.get_or_create(question=question, user=question.author)
    doctor = client_for(physician.user)
    response = doctor.post(f"/questions/{question.pk}/answer/", TEXT)
    answer = Answer.objects.get()
    # Back at the question, scrolled to the confirmation under the new answer.
    saved = f"#answer-{answer.pk}-saved"
    assert response.status_code == 302 and response["Location"].endswith(saved)
    page = doctor.get(response["Location"]).content.decode()
    confirmation = page[page.index(f'id="answer-{answer.pk}-saved"') :]
    assert confirmation.index("Your answer is published.") < confirmation.index("</p>")
    assert page.index(f'id="answer-{answer.pk}"') < page.index(f'id="answer-{answer.pk}-saved"')
    assert "<p>True allergy is very rare." in answer.body_html
    question.refresh_from_db()
    assert question.answer_count == 1 and question.last_answered_at is not None
    assert [m.to for m in mail.outbox] == [[question.author.email]]
    assert "Dr. Ana Ruiz, MD, FACS answered" in mail.outbox[0].subject


def test_one_answer_per_physician(question: Question, physician):
    services.answer_create(physician=physician, question=question, **TEXT)
    response = client_for(physician.user).post(f"/questions/{question.pk}/answer/", TEXT)
    assert response.status_code == 400 and "already answered" in response.content.decode()
    assert Answer.objects.count() == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"headline": "", "body": TEXT["body"]}, "This field is required"),
        ({"headline": "Fine headline", "body": "<script>alert(1)</script>" + "x" * 40}, "HTML"),
        ({"headline": "Fine headline", "body": "x" * 10001}, "at most 10000"),
    ],
)
def test_bad_answers_are_refused(question: Question, physician, data, message):
    response = client_for(physician.user).post(f"/questions/{question.pk}/answer/", data)
    assert response.status_code == 400 and message in response.content.decode()
    assert Answer.objects.count() == 0


def test_edits_keep_the_earlier_text(question: Question, physician):
    answer = services.answer_create(physician=physician, question=question, **TEXT)
    new = {
        "headline": "Allergy is rare; a test dose is not needed",
        "body": TEXT["body"] + " A test dose adds little.",
    }
    response = client_for(physician.user).post(f"/answers/{answer.pk}/edit/", new)
    assert response.status_code == 302
    answer.refresh_from_db()
    assert answer.headline == new["headline"]
    revision = AnswerRevision.objects.get(answer=answer)
    assert revision.headline == TEXT["headline"] and revision.body == TEXT["body"]


def test_helpful_and_agree_counts(question: Question, physician, other_physician, patient):
    answer = services.answer_create(physician=physician, question=question, **TEXT)
    c = client_for(patient)
    c.post(f"/answers/{answer.pk}/helpful/", {"helpful": "1"})
    c.post(f"/answers/{answer.pk}/helpful/", {"helpful": "1"})
    answer.refresh_from_db()
    question.refresh_from_db()
    assert answer.helpful_count == 1 and question.helpful_total == 1
    response = c.post(f"/answers/{answer.pk}/helpful/", {"helpful": "0"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and "0 found this helpful" in response.content.decode()
    client_for(other_physician.user).post(f"/answers/{answer.pk}/agree/", {"agree": "1"})
    answer.refresh_from_db()
    assert (answer.helpful_count, answer.agree_count) == (0, 1)
    with pytest.raises(ValidationError):
        services.answer_agree_set(answer=answer, physician=physician, agree=True)


def test_follow_and_unfollow(question: Question, other_physician):
    c = client_for(other_physician.user)
    response = c.post(f"/questions/{question.pk}/follow/", {"follow": "1"}, HTTP_HX_REQUEST="true")
    assert "Following ✓" in response.content.decode()
    assert QuestionFollow.objects.filter(user=other_physician.user).exists()
    c.post(f"/questions/{question.pk}/follow/", {"follow": "0"})
    assert not QuestionFollow.objects.filter(user=other_physician.user).exists()


def test_the_queue_lists_unanswered_questions_in_my_treatments(
    question: Question, physician, botox
):
    from curbside.qa.tests.factories import QuestionFactory, TreatmentFactory

    physician.treatments.set([botox])
    other = QuestionFactory(
        title="Rhinoplasty swelling after six weeks?",
        treatments=[TreatmentFactory(slug="rhinoplasty", kind="surgery")],
    )
    html = client_for(physician.user).get("/queue/").content.decode()
    assert question.title in html and other.title not in html
    services.answer_create(physician=physician, question=question, **TEXT)
    assert question.title not in client_for(physician.user).get("/queue/").content.decode()


def test_the_vote_and_follow_forms_work_without_javascript(question: Question, physician, patient):
    import re

    from django.test import Client

    answer = services.answer_create(physician=physician, question=question, **TEXT)
    c = Client(enforce_csrf_checks=True)
    c.force_login(patient)
    html = c.get(question.get_absolute_url()).content.decode()
    form = re.search(
        rf'action="/answers/{answer.pk}/helpful/".*?name="csrfmiddlewaretoken" value="([^"]+)"',
        html,
        re.S,
    )
    assert form, "the helpful form carries its own CSRF token"
    response = c.post(
        f"/answers/{answer.pk}/helpful/", {"helpful": "1", "csrfmiddlewaretoken": form.group(1)}
    )
    assert response.status_code == 302
    answer.refresh_from_db()
    assert answer.helpful_count == 1
