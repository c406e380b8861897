"""Dermal fillers, Kybella and Latisse in the evidence base: the data files, the area panels
on the lip, cheek, tear-trough and Kybella pages, the API, and the question badge."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from django.test import Client

from curbside.evidence import models as m
from curbside.evidence.badges import Badge, question_badge, use_treatments
from curbside.evidence.datafiles import EvidenceDataError, read_evidence
from curbside.evidence.knowledge import KnowledgeBase, knowledge_base_from_files
from curbside.evidence.panel import treatment_evidence
from curbside.qa.tests.factories import TreatmentFactory


@pytest.fixture
def kb() -> KnowledgeBase:
    return knowledge_base_from_files()


def _area(kb: KnowledgeBase, slug: str, condition_id: str) -> dict[str, int | None]:
    evidence = treatment_evidence(kb, slug)
    area = next(a for a in evidence.areas if a.condition.id == condition_id)
    return {a.brand: a.approval.year for a in area.approvals}


# ------------------------------------------------------------------------------ the data


def test_it_holds_the_fillers_kybella_and_latisse_beside_the_toxins(kb: KnowledgeBase):
    assert len(kb.products_in("toxin")) == 8
    fillers = kb.products_in("filler")
    assert len(fillers) >= 24
    assert all(p.pathway == "PMA" and not p.serotype for p in fillers)
    # Two PMA numbers are not in the sources: their pages cite the PMA database.
    assert {p.id for p in fillers if not p.pma_number} == {"restylane_eyelight", "rha_redensity"}
    assert {p.id for p in kb.products_in("drug")} == {"kybella", "latisse"}
    assert kb.products["kybella"].pathway == "NDA"
    # A device's label is its PMA record; a toxin's its prescribing information.
    assert "accessdata.fda.gov" in kb.products["restylane_kysse"].label_reference
    # The class facts and the dated safety communications, with their sources.
    assert "not_for_body_contouring" in kb.class_facts
    assert kb.class_facts["hyaluronidase_off_label"].topic == "reversibility"
    dates = [c.date for c in kb.safety_communications]
    assert "2015-05-28" in dates and "2021-10-08" in dates
    assert all(c.urls for c in kb.safety_communications)


def test_approval_is_per_product_and_per_area(kb: KnowledgeBase):
    assert kb.label_status("juvederm_voluma_xc", "cheek_midface_volume") == "on-label"
    assert kb.label_status("juvederm_voluma_xc", "lip_augmentation") == "off-label"
    assert kb.label_status("juvederm_volbella_xc", "infraorbital_hollows") == "on-label"
    assert kb.label_status("restylane_kysse", "nonsurgical_rhinoplasty") == "off-label"
    # A brand family's name points at every product of the family.
    family = {p.id for p in kb.match_products("Is Juvederm good for lips?")}
    assert {"juvederm_ultra_xc", "juvederm_voluma_xc", "juvederm_volbella_xc"} <= family
    assert [p.id for p in kb.match_products("Voluma in my cheeks")] == ["juvederm_voluma_xc"]


def test_a_restricted_base_holds_one_class_only(kb: KnowledgeBase):
    toxins = kb.restricted(["toxin"])
    assert set(toxins.products) == {p.id for p in kb.products_in("toxin")}
    assert toxins.boxed_warning is not None and not toxins.filler_terms
    assert "lip_augmentation" not in toxins.conditions
    fillers = kb.restricted(["filler", "drug"])
    assert fillers.boxed_warning is None and not fillers.class_terms
    assert "chronic_migraine" not in fillers.conditions
    assert all(c.category != "toxin" for c in fillers.contraindications)


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (
            "products/restylane_kysse.yaml",
            "  category: filler\n",
            "  category: filler\n  serotype: A\n",
            "only a toxin has a 'serotype'",
        ),
        (
            "products/juvederm_voluma_xc.yaml",
            "reversibility: hyaluronidase_off_label",
            "reversibility: no_such_fact",
            "'reversibility' 'no_such_fact' is not a class fact",
        ),
        (
            "classes.yaml",
            "  - infraorbital_hollows\n  - temple_hollowing\n",
            "  - infraorbital_hollows\n  - no_such_area\n",
            "'areas' names unknown condition(s) ['no_such_area']",
        ),
    ],
)
def test_bad_filler_data_is_refused_with_the_reason(
    edit: Callable[[str, str, str], Path], file: str, old: str, new: str, message: str
):
    with pytest.raises(EvidenceDataError, match=re.escape(message)):
        read_evidence(edit(file, old, new))


def test_a_condition_is_approved_for_products_of_its_own_category(
    edit: Callable[[str, str, str], Path],
):
    # Giving Botox a lip augmentation indication makes a filler area list a toxin.
    path = edit(
        "conditions.yaml",
        "    juvederm_ultra_xc: over 21\n",
        "    juvederm_ultra_xc: over 21\n    botox: adults\n",
    )
    with pytest.raises(EvidenceDataError, match="lip_augmentation"):
        read_evidence(path)


# -------------------------------------------------------------------- the area panels


def test_the_lip_page_names_the_lip_approvals(kb: KnowledgeBase):
    lips = _area(kb, "lip-filler", "lip_augmentation")
    assert lips["Restylane Kysse"] == 2020
    assert lips["Restylane"] == 2011 and lips["Juvederm Ultra XC"] == 2015
    assert lips["Juvederm Volbella XC"] == 2016
    assert "Juvederm Voluma XC" not in lips  # a cheek, chin and temple product
    assert lips["Restylane-L"] is None  # no source gives the year: shown as not confirmed


def test_the_cheek_and_tear_trough_pages(kb: KnowledgeBase):
    cheeks = _area(kb, "cheek-filler", "cheek_midface_volume")
    assert cheeks["Juvederm Voluma XC"] == 2013
    assert cheeks["Restylane Lyft"] == 2015 and cheeks["Restylane Contour"] == 2021
    under_eyes = _area(kb, "tear-trough-filler", "infraorbital_hollows")
    assert under_eyes == {
        "Juvederm Volbella XC": 2022,
        "Restylane Eyelight": 2023,
        "Belotero Balance (+)": 2023,
    }
    area = treatment_evidence(kb, "tear-trough-filler").areas[0]
    # What matters under the eyes: the blood-vessel warning, the high-risk areas, and what
    # is off-label there.
    assert {getattr(w, "id", "") for w in area.warnings} >= {
        "vascular_occlusion",
        "high_risk_face_areas",
    }
    assert [u.id for u in area.off_label_uses] == ["undereye_other_products"]


def test_kybellas_page_shows_its_one_approval(kb: KnowledgeBase):
    evidence = treatment_evidence(kb, "kybella")
    assert _area(kb, "kybella", "submental_fat") == {"Kybella": 2015}
    assert [p.brand for p in evidence.products] == ["Kybella"]
    assert evidence.products[0].reversibility is not None
    # A drug of its own kind: not the fillers' class facts, nor Latisse's off-label uses.
    assert not evidence.class_facts
    assert [u.id for u in evidence.off_label_uses] == ["kybella_outside_submental"]


def _section(html: str, anchor: str) -> str:
    start = html.index(f'id="{anchor}"')
    return html[start : html.index("</section>", start)]


@pytest.mark.django_db
def test_the_pages_show_the_area_with_its_sources(client: Client, loaded):
    for slug, name in [
        ("lip-filler", "Lip filler"),
        ("tear-trough-filler", "Tear trough filler"),
        ("kybella", "Kybella"),
    ]:
        TreatmentFactory(slug=slug, name=name, kind="filler")
    html = client.get("/treatments/lip-filler/").content.decode()
    lips = _section(html, "area-lip-augmentation")
    row = re.search(r"<tr><th scope=\"row\">(?:<a [^>]+>)?Restylane Kysse.*?</tr>", lips, re.S)
    assert row is not None and "over 21" in row[0] and ">2020<" in row[0]
    assert "<summary>Sources</summary>" in row[0] and "dokumen.tips" in row[0]
    assert "year not confirmed" in lips  # Restylane-L's lip approval
    assert "an approval does not extend to other products of the same brand family" in lips
    # Each product's own record, its PMA record the primary source; the class's facts and
    # the FDA's safety communications; the fillers' own disclaimer.
    assert "the FDA premarket approval record P140029/S021" in html
    assert "Can it be undone?" in html and "hyaluronidase" in html
    assert "FDA safety communications" in html and "2015-05-28" in html
    assert "Units do not convert" not in html and "Boxed warning" not in html
    assert "A filler&#x27;s approval covers its own product" in html
    under = _section(
        client.get("/treatments/tear-trough-filler/").content.decode(), "area-infraorbital-hollows"
    )
    for brand in ("Juvederm Volbella XC", "Restylane Eyelight", "Belotero Balance (+)"):
        assert brand in under
    assert "Off-label here" in under
    kybella = client.get("/treatments/kybella/").content.decode()
    assert ">2015<" in _section(kybella, "area-submental-fat")


@pytest.mark.django_db
def test_the_api_serves_the_areas(client: Client, loaded):
    TreatmentFactory(slug="lip-filler", name="Lip filler", kind="filler")
    body = client.get("/api/v1/treatments/lip-filler/evidence").json()
    assert body["covered"] is True
    lips = next(a for a in body["areas"] if a["condition_id"] == "lip_augmentation")
    kysse = next(a for a in lips["approvals"] if a["product_id"] == "restylane_kysse")
    assert (kysse["year"], kysse["population"]) == (2020, "over 21") and kysse["source"]
    product = next(p for p in body["products"] if p["id"] == "restylane_kysse")
    assert product["category"] == "filler" and product["pathway"] == "PMA"
    assert product["pma_number"] and product["reversibility"]["topic"] == "reversibility"
    assert body["class_facts"] and body["safety_communications"]


@pytest.mark.django_db
def test_a_hidden_fact_stays_hidden_on_a_filler_page(client: Client, loaded):
    TreatmentFactory(slug="cheek-filler", name="Cheek filler", kind="filler")
    m.Indication.objects.filter(
        product__key="restylane_contour", condition__key="cheek_midface_volume"
    ).update(confidence="low", source="memory")
    from curbside.evidence.services import evidence_changed

    evidence_changed()
    html = client.get("/treatments/cheek-filler/").content.decode()
    cheeks = _section(html, "area-cheek-midface-volume")
    assert "Juvederm Voluma XC" in cheeks and "Restylane Contour" not in cheeks


# --------------------------------------------------------------------------- the badge


def _badge(kb: KnowledgeBase, title: str, treatments: tuple[str, ...] = ()) -> Badge | None:
    return question_badge(kb, title=title, body="", treatment_slugs=treatments)


def test_a_nose_job_question_is_off_label_for_every_filler(kb: KnowledgeBase):
    for title, treatments in [
        ("Is a liquid rhinoplasty safe?", ()),
        ("Non-surgical nose job with filler: what are the risks?", ("cheek-filler",)),
    ]:
        badge = _badge(kb, title, treatments)
        assert badge is not None and badge.status == "off-label"
        assert badge.label == "Off-label for every filler"
        assert "No US label covers" in badge.summary


def test_a_lip_question_names_the_approved_products(kb: KnowledgeBase):
    badge = _badge(kb, "How long does lip filler last?", ("lip-filler",))
    assert badge is not None and badge.status == "mixed"
    assert badge.headline == "Fillers for lip augmentation"
    assert "Restylane Kysse (since 2020)" in badge.summary
    assert "Any other filler used for lip augmentation is used off-label." in badge.summary
    named = _badge(kb, "Can Juvederm Voluma go in the lips? (lip filler)")
    assert named is not None and named.status == "off-label"


def test_uses_and_products_are_paired_by_class(kb: KnowledgeBase):
    # Lip filler asked about on the Botox page is about fillers, not Botox's label.
    assert _badge(kb, "Lip filler swelling after three days", ("botox",)) is None
    kybella = _badge(kb, "Is Kybella good for my double chin?", ("kybella",))
    assert kybella is not None and kybella.status == "on-label"
    assert "Kybella (since 2015)" in kybella.summary
    # The toxins keep their badge: a toxin question names no filler use.
    botox = _badge(kb, "Botox for my neck spasms")
    assert botox is not None and botox.status == "on-label"


def test_the_ask_page_offers_each_class_its_own_uses(kb: KnowledgeBase):
    offered = use_treatments(kb)
    assert "lip-filler" in offered["lip_augmentation"]
    assert "botox" not in offered["lip_augmentation"]
    assert "lip-filler" in offered["nonsurgical_rhinoplasty"]  # a filler's off-label use
    assert "botox" not in offered["nonsurgical_rhinoplasty"]
    assert "botox" in offered["masseter_jaw_slimming"]  # a toxin's
    assert "lip-filler" not in offered["masseter_jaw_slimming"]


def test_a_question_on_an_area_page_may_be_about_any_filler(kb: KnowledgeBase):
    # The tear-trough page lists only the approved products; the asker's may be another.
    badge = _badge(kb, "Under-eye filler still there after three years?", ("tear-trough-filler",))
    assert badge is not None and badge.status == "mixed"
    assert "Restylane Eyelight (since 2023)" in badge.summary
    assert "Any other filler used for under-eye hollows is used off-label." in badge.summary
    # Dissolving filler is a use of hyaluronidase, not of a filler: no label status to show.
    assert _badge(kb, "How soon after dissolving filler can I refill?", ("lip-filler",)) is None
