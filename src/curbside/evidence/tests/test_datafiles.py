"""The data files: complete, faithful to the reference's provenance, and refused with a message
naming the file and the entry when anything in them is wrong."""

from __future__ import annotations

import pytest

from curbside.evidence.datafiles import EvidenceDataError, read_evidence
from curbside.evidence.facts import EvidenceData, Product
from curbside.evidence.provenance import LOW, MEMORY

PRODUCTS = [
    "botox",
    "botox_cosmetic",
    "dysport",
    "xeomin",
    "jeuveau",
    "daxxify",
    "letybo",
    "myobloc",
]


def _toxins(data: EvidenceData) -> list[Product]:
    return [p for p in data.products if p.category == "toxin"]


def test_it_holds_all_eight_products_with_their_identity():
    data = read_evidence()
    assert [p.id for p in _toxins(data)] == PRODUCTS
    assert data.products[: len(PRODUCTS)] == tuple(_toxins(data))  # the toxins first
    names = {p.id: p.nonproprietary_name for p in data.products}
    assert names["botox"] == names["botox_cosmetic"] == "onabotulinumtoxinA"
    assert names["dysport"] == "abobotulinumtoxinA"
    assert names["myobloc"] == "rimabotulinumtoxinB"
    assert {p.id: p.serotype for p in data.products}["myobloc"] == "B"
    for product in _toxins(data):
        assert product.label_reference.startswith("https://dailymed.nlm.nih.gov/")
        assert product.indications and product.warnings and product.contraindications
        assert product.last_reviewed.isoformat() == "2026-11-23"
        assert product.treatment_slugs == (product.id.replace("_", "-"),)


def test_it_keeps_the_class_facts():
    data = read_evidence()
    assert data.boxed_warning is not None
    assert data.boxed_warning.year == 2009
    assert "distant spread" in data.boxed_warning.title.lower()
    assert set(data.boxed_warning.applies_to) == set(PRODUCTS)
    assert "dysphagia (trouble swallowing)" in data.boxed_warning.symptoms
    warning_ids = {w.id for w in data.warnings}
    assert {"units_not_interchangeable", "human_albumin"} <= warning_ids
    albumin = {
        p.id for p in data.products if p.formulation and p.formulation.contains_human_albumin
    }
    assert albumin == set(PRODUCTS) - {"daxxify"}
    # The toxins' misstatements and gaps, then the fillers' (filler_facts.yaml).
    assert len([m for m in data.misstatements if not m.id.startswith("filler_")]) == 8
    assert len([m for m in data.misstatements if m.id.startswith("filler_")]) == 16
    assert len([n for n in data.not_covered if not n.id.startswith("filler_")]) == 3


def test_it_keeps_every_source_and_confidence_mark():
    data = read_evidence()
    cervical = next(i for i in data.products[0].indications if i.id == "cervical_dystonia")
    assert cervical.year_approved == 2000
    assert cervical.field_sources == {"year": (MEMORY,)}
    assert cervical.confidence == "high"
    assert "biologicshq.com" in cervical.source[0]

    every_fact = [
        fact
        for p in data.products
        for fact in (
            p,
            *([p.formulation] if p.category == "toxin" else []),  # a device has none
            *p.indications,
            *p.contraindications,
            *p.warnings,
            *p.adverse_reactions,
            *p.doses,
        )
    ]
    every_fact += [*data.conditions, *data.off_label_uses, *data.lexicon, *data.misstatements]
    assert all(fact is not None and fact.source for fact in every_fact)
    every_fact += [*data.class_facts, *data.safety_communications]
    low = [f for f in every_fact if f is not None and f.confidence == LOW]
    assert len(low) == 5
    assert all(f.from_memory for f in low)
    # A reaction's rate is a number, a range string, or None when only the list is confirmed.
    botox = data.products[0]
    rates = {r.id: r.rate_percent for r in botox.adverse_reactions}
    assert rates["cervical_dystonia_dysphagia"] == 19.0
    assert rates["axillary_hyperhidrosis_common_reactions"] == "3-10 (each)"
    assert rates["upper_limb_spasticity_adults_most_common"] is None
    migraine_ptosis = next(
        r for r in botox.adverse_reactions if r.id == "chronic_migraine_eyelid_ptosis"
    )
    assert migraine_ptosis.placebo_percent == "<1"


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        (
            "products/botox.yaml",
            "    year_approved: 2010\n    approval_date: '2010-10-15'",
            "    year_approved: twenty ten\n    approval_date: '2010-10-15'",
            "products/botox.yaml: product: indications[5] (id 'chronic_migraine'): "
            "'year_approved' must be a whole number",
        ),
        (
            "products/botox.yaml",
            "    reaction: dysphagia\n    rate_percent: 19\n",
            "    reaction: dysphagia\n    rate_percent: true\n",
            "adverse_reactions[0] (id 'cervical_dystonia_dysphagia'): 'rate_percent': a rate is",
        ),
        (
            "products/xeomin.yaml",
            "    dose: 50 U total initially (25 U per eye); up to 100 U\n    confidence: medium\n",
            "    dose: 50 U total initially (25 U per eye); up to 100 U\n",
            "products/xeomin.yaml: product: dosing[3] (id 'blepharospasm'): part of this entry "
            "rests on 'memory': give its confidence",
        ),
        (
            "products/xeomin.yaml",
            "    source: https://www.xeomin.com/healthcare-professionals/indications/cervical-dystonia/dosing",
            "    source: the Xeomin label",
            "dosing[0] (id 'cervical_dystonia'): 'source': source entries are http(s) URLs or "
            "the word 'memory'",
        ),
        (
            "products/xeomin.yaml",
            "    dose: 120 U recommended initial total\n",
            "    dose: 120 U recommended initial total\n    confidence: high\n",
            "'confidence' marks entries resting partly on 'memory'",
        ),
        (
            "products/xeomin.yaml",
            "    dose: 120 U recommended initial total\n",
            "    dose: 120 U recommended initial total\n    dosage: 120 U\n",
            "dosing[0] (id 'cervical_dystonia'): unknown key(s) 'dosage'",
        ),
        (
            "lexicon.yaml",
            "- id: glabellar_lines\n  condition_id: glabellar_lines",
            "- id: glabellar_lines\n  condition_id: frown_lines",
            "lexicon.yaml: lexicon[1] (id 'glabellar_lines'): 'condition_id' 'frown_lines' is "
            "not a condition in conditions.yaml",
        ),
        (
            "lexicon.yaml",
            "- id: glabellar_lines\n",
            "- id: cervical_dystonia\n",
            "lexicon.yaml: two lexicon entries have the id 'cervical_dystonia'",
        ),
        (
            "conditions.yaml",
            "    myobloc: adults\n    daxxify: adults\n",
            "    myobloc: adults\n",
            "conditions.yaml: condition 'cervical_dystonia': labeled_populations names",
        ),
        (
            "base.yaml",
            "\nproducts: [botox, botox_cosmetic,",
            "\nproducts: [botox, botox_cosmetic,,, ]]",
            "base.yaml: not valid YAML",
        ),
        (
            "off_label.yaml",
            "schema_version: 1",
            "schema_version: 2",
            "off_label.yaml: schema_version must be 1",
        ),
        (
            "base.yaml",
            "  year_required: 2009",
            "  year_required: 1809",
            "base.yaml: boxed_warning: 'year_required' must be a year",
        ),
        (
            "products/letybo.yaml",
            "  serotype: A\n",
            "  serotype: A\n  pathway: 510k\n",
            "products/letybo.yaml: product: 'pathway' must be one of BLA, NDA, PMA, got '510k'",
        ),
    ],
)
def test_it_refuses_bad_data_naming_file_and_entry(edit, name, old, new, message):
    root = edit(name, old, new)
    with pytest.raises(EvidenceDataError) as caught:
        read_evidence(root)
    assert message in str(caught.value)


def test_it_refuses_a_missing_or_unlisted_product_file(data_copy):
    (data_copy / "products" / "letybo.yaml").rename(data_copy / "products" / "botulax.yaml")
    with pytest.raises(EvidenceDataError, match=r"products/letybo\.yaml: file not found"):
        read_evidence(data_copy)
    (data_copy / "products" / "botulax.yaml").rename(data_copy / "products" / "letybo.yaml")
    (data_copy / "products" / "relfydess.yaml").write_text("schema_version: 1\n")
    with pytest.raises(EvidenceDataError, match=r"products/relfydess\.yaml is not listed"):
        read_evidence(data_copy)


def test_it_refuses_a_folder_without_data(tmp_path):
    with pytest.raises(EvidenceDataError, match=r"base\.yaml: file not found"):
        read_evidence(tmp_path)
    with pytest.raises(EvidenceDataError, match="not a directory"):
        read_evidence(tmp_path / "missing")
