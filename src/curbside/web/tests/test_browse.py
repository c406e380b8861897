"""Pages to browse: every question, every treatment, every practice, with their filters and
pages; bad filters and pages are a 404, never a 500."""

from __future__ import annotations

import pytest
from django.test import Client
from django.test.utils import override_settings

from curbside.practices.tests.factories import PracticeFactory
from curbside.providers.tests.factories import PhysicianFactory
from curbside.qa.models import Question
from curbside.qa.tests.factories import QuestionFactory, TreatmentFactory

pytestmark = pytest.mark.django_db


def test_questions_list_every_published_question_newest_first(client: Client, botox):
    old = QuestionFactory(title="An older question about the forehead", treatments=[botox])
    new = QuestionFactory(title="A newer question about the frown lines", treatments=[botox])
    held = QuestionFactory(title="A held question nobody may see", status="held")
    Question.objects.filter(pk=old.pk).update(created_at=new.created_at.replace(year=2020))
    html = client.get("/questions/").content.decode()
    assert html.index(new.title) < html.index(old.title)
    assert held.title not in html
    assert "2 questions" in html


def test_questions_filter_by_treatment_and_order_by_answers(client: Client, botox):
    filler = TreatmentFactory(slug="lip-filler", name="Lip filler", kind="filler")
    toxin_q = QuestionFactory(title="Toxin question with few answers", treatments=[botox])
    busy = QuestionFactory(title="Toxin question with many answers", treatments=[botox])
    QuestionFactory(title="A filler question", treatments=[filler])
    Question.objects.filter(pk=busy.pk).update(answer_count=5)
    html = client.get("/questions/?treatment=botox&sort=answered").content.decode()
    assert "A filler question" not in html
    assert html.index(busy.title) < html.index(toxin_q.title)
    assert client.get("/questions/?treatment=no-such-thing").status_code == 404
    assert client.get("/questions/?sort=bogus").status_code == 200  # the default order


@override_settings(CURBSIDE_PAGE_SIZE=2)
def test_question_pages_keep_the_filter(client: Client, botox):
    for n in range(3):
        QuestionFactory(title=f"Paged question number {n}", treatments=[botox])
    html = client.get("/questions/?treatment=botox").content.decode()
    assert "?treatment=botox&amp;page=2" in html
    assert client.get("/questions/?page=99").status_code == 404


def test_treatments_list_each_with_its_published_questions(client: Client, botox):
    TreatmentFactory(slug="kybella", name="Kybella", kind="other")
    QuestionFactory(treatments=[botox])
    QuestionFactory(treatments=[botox], status="held")
    html = client.get("/treatments/").content.decode()
    assert 'href="/treatments/botox/"' in html and "Kybella" in html
    assert "1 question<" in html


def test_practices_list_with_their_verified_physicians_by_state(client: Client):
    denver = PracticeFactory(name="Denver Skin", state="CO")
    PracticeFactory(name="Boston Face", state="MA", city="Boston")
    PhysicianFactory(practice=denver)
    PhysicianFactory(practice=denver, status="pending")
    html = client.get("/practices/").content.decode()
    assert "Denver Skin" in html and "Boston Face" in html
    assert "1 verified physician<" in html
    only = client.get("/practices/?state=MA").content.decode()
    assert "Boston Face" in only and "Denver Skin" not in only
    assert client.get("/practices/?state=ZZ").status_code == 404


def test_the_home_page_and_footer_link_to_them(client: Client):
    html = client.get("/").content.decode()
    for url in ("/questions/", "/treatments/", "/practices/"):
        assert f'href="{url}"' in html


def test_the_sitemap_lists_the_browse_pages(client: Client):
    xml = client.get("/sitemap.xml").content.decode()
    for url in ("/questions/", "/treatments/", "/practices/"):
        assert f"http://testserver{url}</loc>" in xml


def test_an_answer_links_to_its_physicians_consultation_form(client: Client, botox):
    from curbside.qa.tests.factories import AnswerFactory

    practice = PracticeFactory(slug="rittenhouse", phone="(215) 555-0118")
    physician = PhysicianFactory(practice=practice, slug="helena-voss")
    question = QuestionFactory(treatments=[botox])
    AnswerFactory(question=question, physician=physician)
    loner = PhysicianFactory(practice=None)
    AnswerFactory(question=question, physician=loner)
    html = client.get(question.get_absolute_url()).content.decode()
    url = "/practices/rittenhouse/?physician=helena-voss&amp;treatment=botox#consultation"
    assert f'href="{url}"' in html and 'href="tel:+12155550118"' in html
    assert html.count("Request a consultation") == 1  # not for a physician with no practice


def test_find_a_doctor_cards_offer_a_request_and_a_call(client: Client, botox):
    practice = PracticeFactory(slug="rittenhouse", phone="(215) 555-0118")
    physician = PhysicianFactory(practice=practice, slug="helena-voss")
    physician.treatments.add(botox)
    html = client.get("/doctors/?treatment=botox").content.decode()
    assert (
        'href="/practices/rittenhouse/?physician=helena-voss&amp;treatment=botox#consultation"'
        in html
    )
    assert 'href="tel:+12155550118"' in html
