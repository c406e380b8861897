"""The on-label / off-label badge on question pages, and the asker's "What is it for?"."""

from __future__ import annotations

import json

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from curbside.accounts.services import api_token_create
from curbside.conftest import client_for
from curbside.evidence import models as m
from curbside.evidence.knowledge import knowledge_base
from curbside.evidence.services import evidence_changed, evidence_confirm, evidence_load
from curbside.providers.tests.factories import PhysicianFactory
from curbside.qa import services
from curbside.qa.models import Question
from curbside.qa.tests.factories import QuestionFactory, TreatmentFactory

pytestmark = pytest.mark.django_db


def _badge(client: Client, question: Question) -> str:
    html = client.get(question.get_absolute_url()).content.decode()
    if 'id="label-status"' not in html:
        return ""
    start = html.index('<aside class="label-badge')
    return html[start : html.index("</aside>", start)]


def test_a_neck_spasm_question_shows_on_label(client: Client, loaded, question):
    badge = _badge(client, question)
    assert "label-on-label" in badge and ">On-label<" in badge
    assert "Botox for cervical dystonia" in badge
    assert "Cervical dystonia is an approved use on the label of Botox (since 2000)." in badge
    assert "Labeled for: adults" in badge
    assert "“neck spasms”" in badge
    assert 'href="/treatments/botox/#evidence-botox-cervical-dystonia"' in badge


def test_a_jaw_slimming_question_shows_off_label(client: Client, loaded, botox):
    question = QuestionFactory(
        treatments=[botox], title="How many units of Botox for jaw slimming?"
    )
    badge = _badge(client, question)
    assert ">Off-label<" in badge and "No US label covers masseter injection" in badge
    assert "Off-label means the product's FDA label does not include this use." in badge


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Is Botox safe while breastfeeding?", "My baby is 4 months."),
        ("Bruise after my Botox appointment", "It's purple and a bit tender. Normal?"),
    ],
)
def test_a_question_that_names_no_use_has_no_badge(client: Client, loaded, botox, title, body):
    question = QuestionFactory(treatments=[botox], title=title, body=body)
    assert _badge(client, question) == ""


def test_no_badge_on_a_question_about_no_covered_product(client: Client, loaded):
    peel = TreatmentFactory(slug="chemical-peel", name="Chemical peel", kind="skin")
    question = QuestionFactory(
        treatments=[peel], title="Peeling on day three after my peel", body="Is it normal?"
    )
    assert _badge(client, question) == ""


def test_no_badge_without_evidence(client: Client, question):
    assert _badge(client, question) == ""


def test_the_askers_choice_wins_over_the_text(client: Client, loaded, botox):
    question = QuestionFactory(
        treatments=[botox],
        title="Botox for jaw slimming or my neck?",
        condition="cervical_dystonia",
    )
    badge = _badge(client, question)
    assert ">On-label<" in badge and "The use is the one the asker chose" in badge


def test_the_badge_follows_an_evidence_edit(client: Client, loaded, question, moderator):
    assert ">On-label<" in _badge(client, question)
    indication = m.Indication.objects.get(product__key="botox", key="cervical_dystonia")
    # A moderator marks the approval unconfirmed: the badge no longer claims it.
    m.Indication.objects.filter(pk=indication.pk).update(confidence="low", confirmed_at=None)
    evidence_changed()
    assert ">Label status unknown<" in _badge(client, question)
    indication.refresh_from_db()
    evidence_confirm(facts=[indication], moderator=moderator)
    assert ">On-label<" in _badge(client, question)


@pytest.mark.parametrize("viewer", ["visitor", "patient", "verified_physician"])
def test_the_evidence_adds_no_query_to_the_question_page(viewer, cast, question, botox):
    client = client_for(cast[viewer])
    url = question.get_absolute_url()
    client.get(url)

    def counts() -> tuple[int, int]:
        """Queries for the page rendered fresh (after a new answer), then from the cache."""
        services.answer_create(
            physician=PhysicianFactory(),
            question=question,
            headline="Allergy to the toxin is rare",
            body="True allergy is very rare; tell your injector about earlier reactions.",
        )
        found = []
        for _ in range(2):
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            found.append(len(queries))
        return found[0], found[1]

    without = counts()
    evidence_load()
    knowledge_base()  # this process's knowledge base, as any running server has it
    with_evidence = counts()
    assert ">On-label<" in _badge(client, question)
    # The revision comes with the question itself: the counts pinned in qa's tests hold.
    assert with_evidence == without
    assert with_evidence[1] == {"visitor": 1, "patient": 5, "verified_physician": 6}[viewer]


# ------------------------------------------------------------------ the asker's choice


def _form(botox, **over):
    return {
        "title": "Can I start Botox at a very low dose?",
        "body": "I have several allergies and read that non-cosmetic use is riskier.",
        "treatments": [botox.pk],
        **over,
    }


def test_the_ask_form_offers_and_stores_the_use(patient, loaded, botox):
    page = client_for(patient).get("/ask/").content.decode()
    assert "What is it for?" in page
    assert (
        f'<option value="cervical_dystonia" data-treatments="{botox.pk}">Cervical dystonia<' in page
    )
    assert "Uses no US label covers (off-label)" in page
    response = client_for(patient).post("/ask/", _form(botox, condition="cervical_dystonia"))
    question = Question.objects.get()
    assert response.status_code == 302 and question.condition == "cervical_dystonia"
    assert ">On-label<" in _badge(client_for(patient), question)


def test_the_use_is_optional(patient, loaded, botox):
    assert client_for(patient).post("/ask/", _form(botox, condition="")).status_code == 302
    assert Question.objects.get().condition == ""


def test_the_ask_form_refuses_an_unknown_use(patient, loaded, botox):
    response = client_for(patient).post("/ask/", _form(botox, condition="neck_thing"))
    assert response.status_code == 400
    assert "Unknown use: neck_thing." in response.content.decode()
    assert Question.objects.count() == 0


def test_without_evidence_the_form_has_no_use_field(patient, botox):
    assert "What is it for?" not in client_for(patient).get("/ask/").content.decode()
    assert client_for(patient).post("/ask/", _form(botox)).status_code == 302


def _api_ask(patient, **over):
    _, raw = api_token_create(user=patient, name="test")
    body = {
        "title": "Is a test dose of Botox useful?",
        "body": "I have many allergies and want to be careful first.",
        "treatments": ["botox"],
        **over,
    }
    return Client().post(
        "/api/v1/questions",
        json.dumps(body),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {raw}",
    )


def test_the_api_accepts_a_use(patient, loaded, botox):
    response = _api_ask(patient, condition="masseter_jaw_slimming")
    assert response.status_code == 201, response.content
    assert response.json()["condition"] == "masseter_jaw_slimming"
    assert Question.objects.get().condition == "masseter_jaw_slimming"
    assert _api_ask(patient, condition=None).json()["condition"] is None


@pytest.mark.parametrize("value", ["neck_thing", "brand_specific_cosmetic_off_label", "x" * 81])
def test_the_api_refuses_an_unknown_use_clearly(patient, loaded, botox, value):
    response = _api_ask(patient, condition=value)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert "condition" in json.dumps(detail)
    assert Question.objects.count() == 0


def test_the_api_error_names_the_use(patient, loaded, botox):
    # A title long enough for the schema, too short once the service has tidied it.
    detail = _api_ask(patient, condition="neck_thing", title="Botox?    ").json()["detail"]
    assert detail["condition"][0].startswith("Unknown use 'neck_thing'")
    assert "title" in detail  # the other problems come with it
