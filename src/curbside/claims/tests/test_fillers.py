"""The claim check for dermal fillers, Kybella and Latisse: each class read against its own
facts, the kinds of claim only devices raise, and the demo's false filler post."""

from __future__ import annotations

import pytest

from curbside.articles.tests.factories import publish_demo_post
from curbside.claims.models import FlagStatus
from curbside.claims.rules import ClaimChecker, ClaimVerdict
from curbside.demo.content.articles import ARTICLES
from curbside.evidence.knowledge import KnowledgeBase, knowledge_base_from_files


@pytest.fixture(scope="module")
def checker() -> ClaimChecker:
    return ClaimChecker(knowledge_base_from_files(), reader=None)


def _one(checker: ClaimChecker, text: str) -> ClaimVerdict | None:
    verdicts = checker.check_text(text)
    assert len(verdicts) <= 1, verdicts
    return verdicts[0] if verdicts else None


def _verdict(checker: ClaimChecker, text: str) -> str:
    found = _one(checker, text)
    return "none" if found is None else found.verdict


def test_the_issue_s_three_sentences(checker: ClaimChecker):
    nose = _one(checker, "Juvederm Voluma is FDA-approved for non-surgical nose jobs.")
    assert nose is not None and nose.verdict == "overstates"
    assert nose.fact.startswith("No US filler label includes filler injected into the nose")
    assert nose.source.startswith("http")
    body = _one(checker, "hyaluronic acid fillers are FDA-approved for buttock augmentation")
    assert body is not None and body.verdict == "overstates"
    assert "buttocks" in body.fact
    kysse = _one(checker, "Restylane Kysse has been FDA-approved for lip augmentation since 2020.")
    assert kysse is not None and kysse.verdict == "consistent"
    assert kysse.fact == (
        "Restylane Kysse has been FDA-approved for lip augmentation in adults over 21 since 2020."
    )


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # approvals by area and year, product by product
        ("Juvederm Voluma XC is approved for the lips.", "overstates"),
        ("Voluma was approved for cheek augmentation in 2013.", "consistent"),
        ("Restylane Kysse was approved for lips in 2018.", "contradicts"),
        ("No filler is approved for under the eyes.", "contradicts"),
        ("Restylane Eyelight is approved for tear troughs.", "consistent"),
        ("Restylane Eyelight was the first filler approved for under-eye hollows.", "contradicts"),
        ("Juvederm Volbella XC was the first filler approved for under-eye hollows.", "consistent"),
        ("Restylane Lyft is only approved for cheeks.", "contradicts"),
        ("Kybella is approved for jowls.", "overstates"),
        ("Kybella is FDA-approved for submental fat.", "consistent"),
        ("latisse is not fda approved, its a cosmetic", "contradicts"),
        ("liquid rhinoplasty is fda approved now", "overstates"),
        # ages
        ("Fillers are approved for anyone 18 or older.", "overstates"),
        ("Fillers are approved for adults over 21.", "consistent"),
        ("Lip filler is FDA approved for teenagers.", "overstates"),
        # permanence and reversibility
        ("Fillers are permanent.", "contradicts"),
        ("Bellafill is permanent.", "consistent"),
        ("HA fillers are temporary.", "consistent"),
        ("Sculptra can be dissolved with hyaluronidase.", "contradicts"),
        ("Radiesse cannot be dissolved.", "consistent"),
        ("Juvederm Ultra XC can be dissolved if you hate it.", "consistent"),
        ("Hyaluronidase is FDA-approved to dissolve filler.", "contradicts"),
        ("Lip filler is dissolvable with an FDA-approved enzyme.", "contradicts"),
        ("Not every filler can be dissolved.", "consistent"),
        ("Kybella results can be reversed.", "contradicts"),
        # devices, techniques, composition, warnings, safety
        ("Hyaluron pens are FDA-approved.", "overstates"),
        ("The FDA warns against needle-free pens, which are not approved.", "consistent"),
        ("Radiesse is a hyaluronic acid filler.", "contradicts"),
        ("Restylane Kysse contains lidocaine.", "consistent"),
        ("Fillers can't cause blindness.", "contradicts"),
        ("Kybella can't affect swallowing at all.", "contradicts"),
        ("Fillers are completely safe.", "overstates"),
        ("Fillers have been proven safe during pregnancy.", "overstates"),
    ],
)
def test_filler_claims(checker: ClaimChecker, text: str, verdict: str):
    got = _one(checker, text)
    expected_flag = verdict in ("contradicts", "overstates")
    assert got is not None, text
    assert (got.verdict in ("contradicts", "overstates")) == expected_flag, (text, got)
    if not expected_flag:
        assert got.verdict == "consistent"


@pytest.mark.parametrize(
    "text",
    [
        "Swelling in the first days after lip filler is normal and is not a reason to dissolve.",
        "Hyaluronidase is FDA-approved for other purposes, such as helping other injected drugs "
        "to be absorbed.",
        "Calcium hydroxylapatite, poly-L-lactic acid and permanent fillers do not respond to "
        "hyaluronidase.",
        "Dark circles from pigment or visible blood vessels don't respond to filler.",
        "If you notice these signs after filler, call your injector; if you cannot reach them, "
        "or your vision changes, call 911.",
        "Other areas people ask about, such as a lip flip or a gummy smile, are off-label.",
        "The girl at the salon swore her hyaluron pen was FDA approved, which is nonsense.",
    ],
)
def test_careful_sentences_are_not_flagged(checker: ClaimChecker, text: str):
    assert _verdict(checker, text) in ("none", "consistent")


def test_each_class_is_read_against_its_own_facts(checker: ClaimChecker):
    # The toxins' class words and boxed warning are not the fillers', nor the reverse.
    assert _verdict(checker, "Botox is not FDA-approved for migraine.") == "contradicts"
    assert _verdict(checker, "Botulinum toxins are completely safe.") == "contradicts"
    box = _one(checker, "Fillers are completely safe.")
    assert box is not None and "blood vessel" in box.fact and "toxin" not in box.fact
    # "Fillers are approved for fat under the chin": Kybella is no filler.
    chin = _one(checker, "Fillers are approved for submental fat.")
    assert chin is not None and chin.verdict == "overstates"


def test_a_text_about_no_filler_skips_the_fillers_reader(monkeypatch: pytest.MonkeyPatch):
    kb: KnowledgeBase = knowledge_base_from_files()
    checker = ClaimChecker(kb, reader=None)
    fillers = checker.checkers[1]
    called: list[str] = []
    monkeypatch.setattr(fillers, "check_sentences", lambda text: called.append(text) or [])
    checker.check_text("Botox is approved for chronic migraine.")
    assert called == []
    checker.check_text("Voluma is approved for cheeks.")
    assert called == ["Voluma is approved for cheeks."]


FILLER_MYTHS = next(a for a in ARTICLES if a.key == "filler_myths")


@pytest.mark.django_db
def test_the_demo_filler_post_is_flagged(evidence, client):
    article = publish_demo_post(FILLER_MYTHS, kind="filler")
    flags = {c.sentence: c for c in article.claim_checks.flags()}
    nose = next(c for s, c in flags.items() if "non-surgical nose jobs" in s)
    assert nose.verdict == "overstates" and nose.status == FlagStatus.OPEN
    for words in (
        "buttock augmentation",
        "Fillers are permanent",
        "FDA-approved enzyme",
        "completely risk-free",
    ):
        assert any(words in s for s in flags), words
    # Its true approval dates are not flagged.
    assert not any("Restylane Kysse" in s or "cheek volume in 2013" in s for s in flags)
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Evidence note:" in html and "No US filler label includes" in html
