"""The evidence panel on treatment pages."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from curbside.evidence import models as m
from curbside.evidence.knowledge import knowledge_base, knowledge_base_from_files
from curbside.evidence.panel import treatment_evidence
from curbside.evidence.services import evidence_changed, evidence_confirm
from curbside.qa.tests.factories import QuestionFactory, TreatmentFactory

pytestmark = pytest.mark.django_db


def _page(client: Client, slug: str) -> str:
    response = client.get(f"/treatments/{slug}/")
    assert response.status_code == 200
    return response.content.decode()


def _panel(html: str) -> str:
    start = html.index('<section class="evidence" id="evidence"')
    return html[start : html.index("</section>", start)]


def test_the_botox_page_shows_the_label_with_its_sources(client: Client, loaded, botox):
    panel = _panel(_page(client, "botox"))
    # Approved uses: condition, population, year, limitation; each row with an anchor.
    assert "Is my use approved?" in panel
    row = re.search(r'<tr id="evidence-botox-cervical-dystonia">(.*?)</tr>', panel, re.S)
    assert row is not None
    assert "Cervical dystonia" in row[1] and "adults" in row[1] and "2000" in row[1]
    migraine = re.search(r'<tr id="evidence-botox-chronic-migraine">(.*?)</tr>', panel, re.S)
    assert migraine is not None and "2010" in migraine[1] and "episodic migraine" in migraine[1]
    # The boxed warning of 2009: summary and symptoms.
    assert "Boxed warning (2009): distant spread of toxin effect" in panel
    assert "botulism-like symptoms" in panel and "dysphagia (trouble swallowing)" in panel
    # Contraindications and key warnings: units not interchangeable, human albumin.
    assert "Who should not receive it" in panel
    assert "Infection at the proposed injection site(s)" in panel
    assert "units of one product cannot be compared with or converted" in panel
    assert "Contains human albumin" in panel
    # Side effects per indication, with rates and placebo rates.
    assert "Cervical dystonia (4 reported)" in panel
    assert '<td data-label="Rate">19%</td>' in panel  # dysphagia in cervical dystonia
    assert (
        '<td data-label="Rate">18%</td><td data-label="Placebo">6%</td>' in panel
    )  # UTI in overactive bladder, with placebo
    assert "From: BOTOX-treated CD patients" in panel
    # Doses with population and interval, the units note beside them.
    assert panel.index("Units do not convert between products.") < panel.index("Doses by use")
    assert "155 U total" in panel and "every 12 weeks" in panel
    # Sources: the label as primary citation, per-fact provenance, the review date.
    assert (
        'Primary source: <a href="https://dailymed.nlm.nih.gov/dailymed/search.cfm?'
        'labeltype=all&amp;query=Botox"' in panel
    )
    assert 'href="https://www.botoxone.com/cervical-dystonia/safety"' in panel
    assert "<summary>Sources</summary>" in panel
    assert "not yet confirmed on a public page (confidence: high)" in panel
    assert "Label facts last reviewed" in panel and "November 23, 2026" in panel
    assert "not medical advice" in panel and "call 911" in panel
    # The cosmetic label of the same ingredient is pointed to, not mixed in.
    assert 'href="/treatments/botox-cosmetic/#evidence"' in panel
    assert "evidence-botox-glabellar-lines" not in panel


def test_every_product_page_has_a_panel(client: Client, loaded):
    kb = knowledge_base()
    for product in kb.products_in("toxin"):
        slug = product.treatment_slugs[0]
        TreatmentFactory(slug=slug, name=f"Treatment {slug}")
        panel = _panel(_page(client, slug))
        assert "Is my use approved?" in panel and "Boxed warning (2009)" in panel
        assert product.label_reference.replace("&", "&amp;") in panel


def test_a_treatment_outside_the_base_says_no_label_data_is_held(client: Client, loaded):
    TreatmentFactory(slug="rhinoplasty", name="Rhinoplasty", kind="surgery")
    TreatmentFactory(slug="chemical-peel", name="Chemical peel", kind="skin")
    for slug, name in [("rhinoplasty", "Rhinoplasty"), ("chemical-peel", "Chemical peel")]:
        panel = _panel(_page(client, slug))
        assert f"Curbside holds no label data for {name}." in panel
        assert "Is my use approved?" not in panel


def test_without_any_evidence_loaded_the_page_says_so(client: Client, botox):
    assert "No evidence base has been loaded" in _panel(_page(client, "botox"))


def test_low_confidence_facts_are_hidden_until_confirmed(client: Client, loaded, moderator):
    TreatmentFactory(slug="dysport", name="Dysport")
    hidden = "muscular weakness, dysphagia, dry mouth, injection site discomfort"
    assert hidden not in _page(client, "dysport")
    fact = m.AdverseReaction.objects.get(
        product__key="dysport", key="cervical_dystonia_most_common"
    )
    assert fact.awaiting_confirmation
    evidence_confirm(facts=[fact], moderator=moderator)
    assert hidden in _page(client, "dysport")  # the cached panel follows the new revision


def test_the_cached_panel_follows_an_edit(client: Client, loaded, botox):
    assert "Severe underarm sweating" in _page(client, "botox")
    m.Condition.objects.filter(key="axillary_hyperhidrosis").update(short_name="Underarm sweating")
    evidence_changed()
    html = _page(client, "botox")
    assert "Underarm sweating" in html and "Severe underarm sweating" not in html


def test_question_rows_carry_their_badge(client: Client, loaded, botox):
    QuestionFactory(treatments=[botox], title="Botox for neck spasms: how soon does it work?")
    QuestionFactory(treatments=[botox], title="Botox for jaw slimming: how many units?")
    QuestionFactory(treatments=[botox], title="Botox for migraine and jaw slimming in one visit?")
    QuestionFactory(treatments=[botox], title="Is Botox safe when pregnant?")
    html = _page(client, "botox")
    rows = html[html.index('<ul class="q-list">') :]
    assert 'class="label-pill label-on-label"' in rows
    assert 'class="label-pill label-off-label"' in rows
    assert 'class="label-pill label-unknown"' in rows  # two uses whose status differs
    assert rows.count('class="label-pill') == 3  # the pregnancy question names no use


def test_the_page_runs_a_fixed_number_of_queries(
    client: Client, loaded, botox, django_assert_num_queries
):
    knowledge_base()  # this process's knowledge base, as any running server has it
    _page(client, "botox")
    for n in range(5):
        QuestionFactory(treatments=[botox], title=f"Botox for neck spasms, question {n}")
    # treatment (with the evidence revision), count, questions, their treatments, articles,
    # the reviews' summary
    with django_assert_num_queries(6):
        _page(client, "botox")


def test_the_panel_model_reads_displayed_facts_only():
    kb = knowledge_base_from_files()
    evidence = treatment_evidence(kb, "dysport")
    assert evidence.covered and [p.product.id for p in evidence.products] == ["dysport"]
    reactions = [r.id for g in evidence.products[0].reaction_groups for r in g.reactions]
    assert "cervical_dystonia_most_common" not in reactions
    everything = knowledge_base_from_files(include_low_confidence=True)
    reactions = [
        r.id
        for g in treatment_evidence(everything, "dysport").products[0].reaction_groups
        for r in g.reactions
    ]
    assert "cervical_dystonia_most_common" in reactions
    assert not treatment_evidence(kb, "rhinoplasty").covered
