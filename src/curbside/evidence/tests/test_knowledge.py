"""The knowledge interface: what the badge, the panel and the claim check read."""

from __future__ import annotations

import pytest
from django.utils import timezone

from curbside.evidence import models as m
from curbside.evidence.knowledge import (
    KnowledgeBase,
    knowledge_base,
    knowledge_base_from_files,
    label_status,
    match_conditions,
    match_products,
)
from curbside.evidence.services import evidence_changed


@pytest.fixture
def kb() -> KnowledgeBase:
    return knowledge_base_from_files()


def _targets(kb: KnowledgeBase, text: str) -> list[str]:
    return [match.target_id for match in kb.match_conditions(text)]


def test_it_answers_the_motivating_questions(kb):
    cervical = {p for p in kb.products if kb.label_status(p, "cervical_dystonia") == "on-label"}
    assert cervical == {"botox", "dysport", "xeomin", "myobloc", "daxxify"}
    migraine = kb.approval("botox", "chronic_migraine")
    assert migraine is not None
    assert (migraine.year, migraine.population) == (2010, "adults")
    assert "episodic" in migraine.limitation
    assert migraine.source and all(s.startswith("http") for s in migraine.source)
    assert kb.approval("dysport", "chronic_migraine") is None
    assert kb.boxed_warning is not None and kb.boxed_warning.year == 2009
    assert kb.warnings["units_not_interchangeable"].source
    assert "human_albumin" in kb.warnings
    assert kb.last_reviewed is not None and kb.last_reviewed.isoformat() == "2026-12-07"
    assert "not medical advice" in kb.disclaimer


def test_an_approval_summarises_several_indications(kb):
    spasticity = kb.approval("botox", "upper_limb_spasticity")
    assert spasticity is not None
    assert spasticity.year == 2010
    assert [i.population for i in spasticity.indications] == ["adults", "2 to 17 years"]
    assert spasticity.population.startswith("2 years and older")
    cervical = kb.approval("botox", "cervical_dystonia")
    assert cervical is not None and cervical.year == 2000 and cervical.confidence == "high"


def test_label_status_never_guesses(kb):
    assert kb.label_status("botox", "chronic_migraine") == "on-label"
    assert kb.label_status("xeomin", "chronic_migraine") == "off-label"
    assert kb.label_status("dysport", "masseter_jaw_slimming") == "off-label"
    assert kb.label_status("botox_cosmetic", "masseter_jaw_slimming") == "off-label"
    assert kb.label_status("botox", "brand_specific_cosmetic_off_label") == "unknown"
    assert kb.label_status("botox", "no_such_condition") == "unknown"
    assert kb.label_status("relfydess", "glabellar_lines") == "unknown"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Botox for neck muscle spasms: can I be allergy-tested first?", ["cervical_dystonia"]),
        ("My NECK SPASMS are worse", ["cervical_dystonia"]),
        ("Is jaw slimming with Dysport safe?", ["masseter_jaw_slimming"]),
        ("How long do my 11s stay smooth?", ["glabellar_lines"]),
        ("frown lines", ["glabellar_lines"]),
        ("Crow's feet, or crow’s feet, or crows feet", ["lateral_canthal_lines"] * 3),
        ("Squint lines by my eyes", ["lateral_canthal_lines"]),  # not strabismus's "squint"
        ("I was diagnosed with cervical dystonia", ["cervical_dystonia"]),
        ("chronic migraine", ["chronic_migraine"]),
        ("Botox for occasional migraines?", ["episodic_migraine_and_other_headache"]),
        ("cross eyed and cross-eyed", ["strabismus", "strabismus"]),
        ("My CD is worse", ["cervical_dystonia"]),
        ("spasticity", ["upper_limb_spasticity", "lower_limb_spasticity"]),
    ],
)
def test_it_matches_lay_terms(kb, text, expected):
    assert _targets(kb, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ordinary neck pain after sleeping badly",
        "I burned a cd of photos",  # acronyms match in capitals only
        "My eleven-year-old asked about it",
        "Sweeping lines in a painting of the forehead",
        "Elevenses at the clinic",
        "",
    ],
)
def test_it_does_not_match_mere_words(kb, text):
    assert _targets(kb, text) == []


def test_a_match_carries_its_caveat_and_position(kb):
    text = "Does Botox help migraines?"
    [match] = kb.match_conditions(text)
    assert match.condition_id == "chronic_migraine" and match.off_label_id is None
    assert text[match.start : match.end] == match.text == "migraines"
    assert "CHRONIC" in match.caveat
    assert match.source


def test_it_matches_products_by_brand_generic_and_misspelling(kb):
    def ids(text: str) -> list[str]:
        return [p.id for p in kb.match_products(text)]

    assert ids("Botox Cosmetic for crow's feet") == ["botox_cosmetic"]
    assert ids("botox vs DYSPORT vs xeomin") == ["botox", "dysport", "xeomin"]
    assert ids("Is Newtox (Jeuveau) the same as jeuveau?") == ["jeuveau"]
    assert ids("daxxify, letybo and myobloc") == ["daxxify", "letybo", "myobloc"]
    assert ids("incobotulinumtoxinA") == ["xeomin"]
    assert ids("onabotulinumtoxinA") == ["botox", "botox_cosmetic"]
    assert ids("A botoxed look; a filler") == []
    assert kb.mentions_class("Is botulinum toxin safe?")
    assert not kb.mentions_class("Is hyaluronic acid safe?")
    assert [p.id for p in kb.products_for_treatment("botox")] == ["botox"]
    assert [p.id for p in kb.same_ingredient("botox")] == ["botox_cosmetic"]


def test_low_confidence_facts_are_left_out_of_the_files_view_unless_asked(kb):
    hidden = knowledge_base_from_files(include_low_confidence=True)
    reactions = {r.id for r in kb.products["botox_cosmetic"].adverse_reactions}
    assert "forehead_lines_eyelid_ptosis" not in reactions
    assert "forehead_lines_headache" in reactions
    assert "forehead_lines_eyelid_ptosis" in {
        r.id for r in hidden.products["botox_cosmetic"].adverse_reactions
    }


def test_an_empty_database_gives_an_empty_knowledge_base(db):
    kb = knowledge_base()
    assert kb.is_empty
    assert kb.label_status("botox", "cervical_dystonia") == "unknown"
    assert kb.match_conditions("neck spasms") == []


def test_the_database_gives_what_the_files_give(loaded):
    assert knowledge_base() == knowledge_base_from_files()


def test_it_equals_the_files_with_low_confidence_once_all_are_confirmed(loaded, moderator):
    for model in m.FACT_MODELS:
        model.objects.awaiting_confirmation().update(
            confirmed_by=moderator, confirmed_at=timezone.now()
        )
    evidence_changed()
    assert knowledge_base() == knowledge_base_from_files(include_low_confidence=True)


def test_low_confidence_facts_are_hidden_until_confirmed(loaded, moderator):
    reactions = knowledge_base().products["botox_cosmetic"].adverse_reactions
    assert "forehead_lines_eyelid_ptosis" not in {r.id for r in reactions}
    assert (
        m.AdverseReaction.objects.displayed().filter(key="forehead_lines_eyelid_ptosis").count()
        == 0
    )

    m.AdverseReaction.objects.filter(key="forehead_lines_eyelid_ptosis").update(
        confirmed_by=moderator, confirmed_at=timezone.now()
    )
    evidence_changed()

    reactions = knowledge_base().products["botox_cosmetic"].adverse_reactions
    assert "forehead_lines_eyelid_ptosis" in {r.id for r in reactions}


def test_a_hidden_approval_answers_unknown(loaded):
    m.Indication.objects.filter(product__key="jeuveau", condition__key="glabellar_lines").update(
        confidence="low", source="memory"
    )
    evidence_changed()
    kb = knowledge_base()
    assert kb.approval("jeuveau", "glabellar_lines") is None
    assert kb.label_status("jeuveau", "glabellar_lines") == "unknown"
    assert kb.label_status("jeuveau", "cervical_dystonia") == "off-label"


def test_it_is_cached_per_revision(loaded, django_assert_num_queries):
    first = knowledge_base()
    with django_assert_num_queries(1):
        assert knowledge_base() is first
    evidence_changed()
    assert knowledge_base() is not first


def test_the_module_level_shortcuts_read_the_database(loaded):
    assert label_status("myobloc", "chronic_sialorrhea") == "on-label"
    assert [x.target_id for x in match_conditions("wry neck")] == ["cervical_dystonia"]
    assert [p.id for p in match_products("Myoblock")] == ["myobloc"]


def test_the_files_view_follows_edits_to_the_files(edit, data_copy):
    before = knowledge_base_from_files(data_copy)
    assert before.approval("letybo", "glabellar_lines").population.startswith("adults")
    assert knowledge_base_from_files(data_copy) is before
    edit("conditions.yaml", "    letybo: adults\n", "    letybo: adults 18 to 75\n")
    after = knowledge_base_from_files(data_copy)
    assert after.approval("letybo", "glabellar_lines").population == "adults 18 to 75"
    assert after.name_of("glabellar_lines") == "Frown lines (glabellar lines)"
    assert after.name_of("bruxism").startswith("Teeth grinding")
    assert after.name_of("nothing") == ""
