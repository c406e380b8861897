"""The on-label / off-label badge's decision, straight from the packaged data files."""

from __future__ import annotations

import pytest

from curbside.evidence.badges import (
    approval_anchor,
    brand_name,
    question_badge,
    use_choices,
    use_problem,
)
from curbside.evidence.knowledge import KnowledgeBase, knowledge_base_from_files

CERVICAL = {"botox", "dysport", "xeomin", "myobloc", "daxxify"}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return knowledge_base_from_files()


def badge(kb: KnowledgeBase, title: str, body: str = "", treatments=(), choice: str = ""):
    return question_badge(kb, title=title, body=body, treatment_slugs=treatments, choice=choice)


@pytest.mark.parametrize(
    ("title", "body", "treatments"),
    [
        ("Can I be allergy-tested before Botox for neck spasms?", "", ()),
        ("Botox for neck muscle spasms", "Is a low first dose wise?", ()),
        ("Low dose first?", "My neurologist suggests it for my neck spasms.", ("botox",)),
        ("Is onabotulinumtoxinA safe for torticollis?", "", ()),
        ("Botox for cervical dystonia with allergies", "", ()),
        ("BOTOX and my wry neck", "", ()),
        ("Botax for my twisted neck?", "", ()),  # a common misspelling of the brand
    ],
)
def test_neck_spasms_are_on_label_for_botox(kb, title, body, treatments):
    result = badge(kb, title, body, treatments)
    assert result is not None
    assert result.status == "on-label" and result.label == "On-label"
    assert [e.label_product_id for e in result.entries] == ["botox"]
    assert [u.id for u in result.uses] == ["cervical_dystonia"]
    entry = result.entries[0]
    assert entry.approval is not None and entry.approval.year == 2000
    assert (
        result.summary == "Cervical dystonia is an approved use on the label of Botox (since 2000)."
    )
    assert result.headline == "Botox for cervical dystonia"
    assert result.link == ("botox", "evidence-botox-cervical-dystonia")
    assert not result.from_choice


@pytest.mark.parametrize("product", sorted(CERVICAL))
def test_neck_spasms_are_on_label_for_every_cervical_dystonia_product(kb, product):
    brand = brand_name(kb.products[product])
    result = badge(kb, f"{brand} for neck muscle spasms?")
    assert result is not None and result.status == "on-label"
    assert result.entries[0].label_product_id == product


@pytest.mark.parametrize("product", ["jeuveau", "letybo"])
def test_neck_spasms_are_off_label_for_the_others(kb, product):
    result = badge(kb, f"{brand_name(kb.products[product])} for neck spasms?")
    assert result is not None and result.status == "off-label"
    assert "not an approved use on the label of" in result.summary


@pytest.mark.parametrize(
    "title",
    [
        "Jaw slimming with Botox: how many units?",
        "Dysport for jaw slimming",
        "Xeomin for a square jaw",
        "Masseter botox with Jeuveau?",
        "Daxxify for V-line",
        "Letybo for face slimming",
        "Myobloc jawline slimming",
        "Botox Cosmetic for masseter reduction",
    ],
)
def test_jaw_slimming_is_off_label_for_every_product(kb, title):
    result = badge(kb, title)
    assert result is not None and result.status == "off-label" and result.label == "Off-label"
    assert [u.id for u in result.uses] == ["masseter_jaw_slimming"]
    assert result.summary.startswith("No US label covers masseter injection for jaw slimming")


def test_a_class_mention_with_an_off_label_use_is_off_label_for_all(kb):
    result = badge(kb, "Is a neurotoxin good for jaw slimming?")
    assert result is not None and result.class_only and result.status == "off-label"


@pytest.mark.parametrize(
    ("title", "condition", "label"),
    [
        ("Botox for my 11s?", "glabellar_lines", "botox_cosmetic"),
        ("Botox for frown lines", "glabellar_lines", "botox_cosmetic"),
        ("How long does Botox last on crow's feet?", "lateral_canthal_lines", "botox_cosmetic"),
        ("Botox for forehead lines", "forehead_lines", "botox_cosmetic"),
        ("Botox for platysma bands", "platysma_bands", "botox_cosmetic"),
        ("Botox Cosmetic for chronic migraine?", "chronic_migraine", "botox"),
    ],
)
def test_cosmetic_uses_of_botox_count_under_botox_cosmetic(kb, title, condition, label):
    # "Botox" names the therapeutic label; the same ingredient's other label covers these.
    result = badge(kb, title)
    assert result is not None and result.status == "on-label"
    assert [u.id for u in result.uses] == [condition]
    assert [e.label_product_id for e in result.entries] == [label]
    assert result.entries[0].approval is not None


def test_botox_and_botox_cosmetic_together_give_one_label(kb):
    result = badge(kb, "Botox or Botox Cosmetic for my 11s?", treatments=("botox",))
    assert result is not None and result.status == "on-label"
    assert result.brands == ("Botox Cosmetic",)
    assert result.summary.startswith("Frown lines (glabellar lines) is an approved use on the")


def test_a_product_labeled_for_glabellar_lines_only_is_off_label_for_crows_feet(kb):
    result = badge(kb, "Jeuveau for crow's feet?")
    assert result is not None and result.status == "off-label"


def test_two_products_that_differ_show_each(kb):
    result = badge(kb, "Dysport or Xeomin for crow's feet?")
    assert result is not None and result.status == "mixed"
    assert result.label == "Depends on the product"
    assert {e.brand: e.status for e in result.entries} == {
        "Dysport": "off-label",
        "Xeomin": "on-label",
    }
    assert "Xeomin (since 2024)" in result.summary and "label of Dysport" in result.summary


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Is Botox safe while breastfeeding?", ""),
        ("How much does Dysport cost in Denver?", "Prices vary a lot."),
        ("Botox bruising", "I bruised after my appointment, is that normal?"),
    ],
)
def test_no_badge_when_no_use_is_named(kb, title, body):
    assert badge(kb, title, body) is None


def test_unknown_when_several_uses_differ(kb):
    result = badge(kb, "Botox for migraine and jaw slimming in one visit?")
    assert result is not None and result.status == "unknown"
    assert "more than one use" in result.summary


def test_several_uses_that_agree_are_stated(kb):
    result = badge(kb, "Botox for chronic migraine and neck spasms together?")
    assert result is not None and result.status == "on-label"
    assert [u.id for u in result.uses] == ["chronic_migraine", "cervical_dystonia"]


def test_unknown_when_the_product_is_not_named_and_labels_differ(kb):
    result = badge(kb, "Does botulinum toxin help neck spasms?")
    assert result is not None and result.status == "unknown" and result.class_only
    assert "doesn't name a product" in result.summary
    assert "Botox, Dysport, Xeomin, Daxxify and Myobloc" in result.summary


def test_unknown_when_an_approval_awaits_confirmation(kb):
    hidden = KnowledgeBase(
        **{
            **{f: getattr(kb, f) for f in kb.__dataclass_fields__ if not f.startswith("_")},
            "approvals": {
                k: v for k, v in kb.approvals.items() if k != ("xeomin", "glabellar_lines")
            },
            "unconfirmed_approvals": frozenset({("xeomin", "glabellar_lines")}),
        }
    )
    result = badge(hidden, "Xeomin for frown lines")
    assert result is not None and result.status == "unknown"
    assert "await" in result.summary


@pytest.mark.parametrize(
    ("title", "treatments"),
    [
        ("Is rhinoplasty recovery painful?", ("rhinoplasty",)),
        ("Lip filler swelling after three days", ("botox",)),  # a filler's use, a toxin's page
        ("Neck spasms after a car accident", ()),  # a condition, but no product
        ("Which chemical peel for melasma?", ()),
    ],
)
def test_no_badge_without_a_covered_product(kb, title, treatments):
    assert badge(kb, title, treatments=treatments) is None


def test_a_filler_question_naming_botox_gets_a_badge(kb):
    result = badge(kb, "Lip filler or a Botox lip flip?", treatments=("lip-filler",))
    # Two uses, a filler's and a toxin's, whose label status differs.
    assert result is not None and result.status == "unknown"
    assert "lip flip" in result.reason


def test_the_askers_choice_wins_over_the_text(kb):
    text = "Botox for jaw slimming?"
    assert badge(kb, text).status == "off-label"  # type: ignore[union-attr]
    chosen = badge(kb, text, choice="cervical_dystonia")
    assert chosen is not None and chosen.status == "on-label" and chosen.from_choice
    assert chosen.matched == () and chosen.caveats == ()
    unknown_text = badge(kb, "Is Botox right for me?", choice="masseter_jaw_slimming")
    assert unknown_text is not None and unknown_text.status == "off-label"


def test_a_choice_no_longer_in_the_base_is_unknown(kb):
    result = badge(kb, "Botox for neck spasms", choice="retired_condition")
    assert result is not None and result.status == "unknown" and result.from_choice


def test_caveats_and_matched_phrases_come_with_the_badge(kb):
    result = badge(kb, "Botox for my neck spasms")
    assert result is not None
    assert result.matched == ("neck spasms",)
    assert any("not cervical dystonia" in c for c in result.caveats)


def test_an_empty_base_gives_no_badge():
    from curbside.evidence.knowledge import _EMPTY

    assert question_badge(_EMPTY, title="Botox for neck spasms", body="") is None


def test_the_anchor_matches_the_panel_row():
    assert approval_anchor("botox_cosmetic", "glabellar_lines") == (
        "evidence-botox-cosmetic-glabellar-lines"
    )


def test_use_choices_and_problems(kb):
    groups = dict(use_choices(kb))
    approved = dict(groups["Uses approved on at least one US label"])
    off_label = dict(groups["Uses no US label covers (off-label)"])
    assert approved["cervical_dystonia"] == "Cervical dystonia"
    assert "masseter_jaw_slimming" in off_label
    assert "brand_specific_cosmetic_off_label" not in off_label  # depends on the product
    assert use_problem(kb, "cervical_dystonia") is None
    assert use_problem(kb, "masseter_jaw_slimming") is None
    problem = use_problem(kb, "neck_thing")
    assert problem is not None and "Unknown use 'neck_thing'" in problem
    assert use_problem(kb, "brand_specific_cosmetic_off_label") is not None
