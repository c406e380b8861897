"""The demo's treatments and its motivating question against the evidence base."""

from __future__ import annotations

import pytest
from django.test import Client

from curbside.catalogue.models import Treatment
from curbside.demo.content.directory import TREATMENTS
from curbside.demo.content.motivating import MOTIVATING
from curbside.evidence.badges import question_badge
from curbside.evidence.knowledge import knowledge_base_from_files
from curbside.qa.services import question_create


def test_every_demo_toxin_treatment_maps_to_a_product():
    kb = knowledge_base_from_files()
    toxins = [slug for slug, _, kind, _ in TREATMENTS if kind == "neurotoxin"]
    assert len(toxins) == 8
    for slug in toxins:
        assert kb.products_for_treatment(slug), slug
    mapped = {slug for p in kb.products.values() for slug in p.treatment_slugs}
    assert mapped <= {slug for slug, *_ in TREATMENTS}  # no product points at a missing page
    # The filler area pages and Kybella's show the products approved for their areas.
    for slug in ("lip-filler", "cheek-filler", "tear-trough-filler", "kybella"):
        assert kb.products_for_treatment(slug) and kb.conditions_for_treatment(slug), slug
    others = [slug for slug, _, kind, _ in TREATMENTS if kind in ("skin", "surgery")]
    assert others and not any(kb.products_for_treatment(slug) for slug in others)


def test_the_motivating_question_is_on_label():
    badge = question_badge(
        knowledge_base_from_files(),
        title=MOTIVATING.title,
        body=MOTIVATING.body,
        treatment_slugs=MOTIVATING.treatments,
    )
    assert badge is not None and badge.status == "on-label"
    assert [u.id for u in badge.uses] == ["cervical_dystonia"]


@pytest.mark.django_db
def test_the_demo_question_page_shows_on_label(client: Client, loaded, patient):
    for slug, name, kind, summary in TREATMENTS:
        Treatment.objects.create(slug=slug, name=name, kind=kind, summary=summary)
    question = question_create(
        author=patient,
        title=MOTIVATING.title,
        body=MOTIVATING.body,
        treatments=list(Treatment.objects.filter(slug__in=MOTIVATING.treatments)),
        city=MOTIVATING.city,
    )
    html = client.get(question.get_absolute_url()).content.decode()
    assert ">On-label<" in html and "Botox for cervical dystonia" in html
    botox = client.get("/treatments/botox/").content.decode()
    assert 'id="evidence-botox-cervical-dystonia"' in botox
    assert (
        "Curbside holds no label data for Rhinoplasty."
        in client.get("/treatments/rhinoplasty/").content.decode()
    )
