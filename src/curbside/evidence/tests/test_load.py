"""evidence_load() and `curbside load-evidence`: complete, idempotent, all or nothing."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from curbside.evidence import models as m
from curbside.evidence.datafiles import EvidenceDataError
from curbside.evidence.knowledge import knowledge_base, knowledge_base_from_files
from curbside.evidence.services import evidence_load

pytestmark = pytest.mark.django_db

CERVICAL_DYSTONIA_ON_LABEL = {"botox", "dysport", "xeomin", "myobloc", "daxxify"}


def _row_count() -> int:
    return sum(model.objects.count() for model in m.FACT_MODELS) + m.EvidenceBase.objects.count()


def test_it_loads_every_product_and_fact(loaded):
    assert m.Product.objects.filter(category="toxin").count() == 8
    assert m.Product.objects.count() == 35  # and 25 fillers, Kybella and Latisse
    assert (
        set(
            m.Indication.objects.filter(condition__key="cervical_dystonia").values_list(
                "product__key", flat=True
            )
        )
        == CERVICAL_DYSTONIA_ON_LABEL
    )
    migraine = m.Indication.objects.get(condition__key="chronic_migraine")
    assert (migraine.product.key, migraine.year_approved, migraine.population) == (
        "botox",
        2010,
        "adults",
    )
    boxed = m.BoxedWarning.objects.get()
    assert boxed.year_required == 2009
    assert boxed.products.count() == 8
    assert m.ClassWarning.objects.filter(key="units_not_interchangeable").exists()
    assert not m.Formulation.objects.get(product__key="daxxify").contains_human_albumin
    assert m.Formulation.objects.get(product__key="xeomin").contains_human_albumin
    assert set(m.ProductTreatment.objects.values_list("treatment_slug", flat=True)) == {
        "botox",
        "botox-cosmetic",
        "dysport",
        "xeomin",
        "jeuveau",
        "daxxify",
        "letybo",
        "myobloc",
        # the filler area pages show the products approved for their areas; Kybella its own
        "lip-filler",
        "cheek-filler",
        "tear-trough-filler",
        "kybella",
    }
    base = m.EvidenceBase.objects.get()
    assert base.version == "2" and base.revision and base.last_reviewed.isoformat() == "2026-12-07"
    assert loaded.created == _row_count()
    assert loaded.updated == loaded.removed == 0
    assert loaded.facts["products"] == 35
    assert loaded.awaiting_confirmation == 5


def test_it_is_idempotent(loaded):
    before = {model: dict(model.objects.values_list("pk", "updated_at")) for model in m.FACT_MODELS}
    revision = m.EvidenceBase.objects.get().revision

    again = evidence_load()

    assert (again.created, again.updated, again.removed) == (0, 0, 0)
    assert again.unchanged == loaded.created
    for model, rows in before.items():
        assert dict(model.objects.values_list("pk", "updated_at")) == rows, model
    assert m.EvidenceBase.objects.get().revision == revision


def test_it_keeps_confirmations_of_unchanged_facts_and_drops_those_of_changed_ones(edit, moderator):
    root = edit(
        "products/botox_cosmetic.yaml",
        "    reaction: not verified\n",
        "    reaction: not verified\n",
    )
    evidence_load(path=root)
    now = timezone.now()
    m.AdverseReaction.objects.filter(confidence="low").update(
        confirmed_by=moderator, confirmed_at=now
    )

    evidence_load(path=root)
    assert not m.AdverseReaction.objects.awaiting_confirmation().exists()

    edit(
        "products/botox_cosmetic.yaml",
        "    rate_percent: 2\n    confidence: low\n",
        "    rate_percent: 3\n    confidence: low\n",
    )
    summary = evidence_load(path=root)
    assert summary.updated == 1
    changed = m.AdverseReaction.objects.get(key="forehead_lines_eyelid_ptosis")
    assert changed.rate_percent == "3" and changed.confirmed_at is None
    assert m.AdverseReaction.objects.get(key="platysma_bands_unverified").confirmed_by == moderator


def test_it_removes_facts_dropped_from_the_files_but_keeps_admin_additions(edit, loaded):
    m.NotCoveredItem.objects.create(
        key="added_in_admin", text="A gap a moderator noted.", source="memory", confidence="high"
    )
    root = edit(
        "misstatements.yaml",
        "- id: xeomin_no_albumin\n",
        "- id: xeomin_albumin_free\n",
    )
    summary = evidence_load(path=root)
    assert (summary.created, summary.removed) == (1, 1)
    assert set(m.Misstatement.objects.values_list("key", flat=True)) >= {"xeomin_albumin_free"}
    assert not m.Misstatement.objects.filter(key="xeomin_no_albumin").exists()
    assert m.NotCoveredItem.objects.filter(key="added_in_admin").exists()


def test_bad_files_write_nothing(edit, db):
    root = edit("products/myobloc.yaml", "    year_approved: 2019\n", "    year_approved: soon\n")
    with pytest.raises(EvidenceDataError, match=r"products/myobloc\.yaml: .*'year_approved'"):
        evidence_load(path=root)
    assert _row_count() == 0


def test_a_failure_while_writing_rolls_everything_back(edit, db):
    # Valid YAML and schema, but longer than the column allows: caught only while writing,
    # after the conditions and products before it were saved.
    root = edit(
        "products/myobloc.yaml",
        "    population: adults\n    year_approved: 2000\n",
        f"    population: {'adults ' * 40}\n    year_approved: 2000\n",
    )
    with pytest.raises(
        EvidenceDataError,
        match=r"products/myobloc\.yaml: indications \(id 'cervical_dystonia'\): population",
    ):
        evidence_load(path=root)
    assert _row_count() == 0


def test_the_command_prints_what_it_loaded(db):
    out = io.StringIO()
    call_command("load_evidence", stdout=out)
    text = out.getvalue()
    assert "Evidence base version 2, last reviewed 2026-12-07." in text
    assert (
        "35 products, 29 conditions" in text and "21 class facts, 8 safety communications" in text
    )
    assert "5 low-confidence fact(s) are hidden" in text


def test_the_command_refuses_bad_files(edit, db):
    root = edit("lexicon.yaml", "schema_version: 1", "schema_version: 7")
    with pytest.raises(CommandError, match=r"Evidence not loaded: lexicon\.yaml: schema_version"):
        call_command("load_evidence", path=root, stdout=io.StringIO())
    assert not m.Product.objects.exists()


def test_the_console_script_has_a_hyphenated_name():
    # --help stops before any database work; the command itself is run above.
    done = subprocess.run(
        [sys.executable, "-m", "curbside.cli", "load-evidence", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Validate the evidence base's data files" in done.stdout
    assert "--path" in done.stdout


def test_the_demo_command_loads_the_evidence_even_when_demo_data_exists(question):
    out = io.StringIO()
    call_command("demo", "--no-serve", stdout=out)
    assert "Demo data is already loaded" in out.getvalue()
    assert "Evidence base version 2" in out.getvalue()
    assert m.Product.objects.filter(category="toxin").count() == 8
    assert m.Product.objects.count() == 35  # and 25 fillers, Kybella and Latisse


def test_a_condition_still_used_by_admin_additions_is_not_removed(edit, loaded):
    product = m.Product.objects.get(key="letybo")
    m.Indication.objects.create(
        product=product,
        condition=m.Condition.objects.get(key="platysma_bands"),
        key="added_in_admin",
        label_wording="Platysma bands",
        population="adults",
        year_approved=2030,
        source="memory",
        confidence="low",
    )
    root = edit("conditions.yaml", "- id: platysma_bands\n", "- id: neck_bands\n")
    edit(
        "lexicon.yaml",
        "- id: platysma_bands\n  condition_id: platysma_bands",
        "- id: platysma_bands\n  condition_id: neck_bands",
    )
    cosmetic = root / "products" / "botox_cosmetic.yaml"
    text = cosmetic.read_text().replace("condition_id: platysma_bands", "condition_id: neck_bands")
    cosmetic.write_text(text)
    with pytest.raises(
        EvidenceDataError, match=r"conditions\.yaml: Vertical neck bands .*facts added in the admin"
    ):
        evidence_load(path=root)
    assert m.Condition.objects.filter(key="platysma_bands").exists()
    assert not m.Condition.objects.filter(key="neck_bands").exists()


def test_a_product_approved_as_a_device_is_stored_and_read_back_as_one(edit, loaded):
    # Every product held is a biologic (BLA) unless its file says otherwise; the definition
    # makes room for devices (PMA), which a product file may name.
    fingerprint = m.Product.objects.get(key="letybo").file_fingerprint
    assert knowledge_base().products["letybo"].pathway == "BLA"
    root = edit("products/letybo.yaml", "  serotype: A\n", "  serotype: A\n  pathway: PMA\n")
    assert evidence_load(path=root).updated == 1
    row = m.Product.objects.get(key="letybo")
    assert row.pathway == "PMA" and row.file_fingerprint != fingerprint
    assert knowledge_base().products["letybo"].pathway == "PMA"
    assert knowledge_base() == knowledge_base_from_files(root)
