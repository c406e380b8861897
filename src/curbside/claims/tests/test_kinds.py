"""The registry of claim kinds, and the kinds issue 11 added: ingredients, contraindications,
warnings, what the boxed warning says, absolute safety in other words, and numbers written as
words. Rules only (the learned reader is off), so each verdict here is a rule's."""

from __future__ import annotations

import pytest

from curbside.claims import grounds, wording
from curbside.claims.basis import Basis
from curbside.claims.kinds import KINDS, ClaimKind, Registry
from curbside.claims.numbers import in_digits
from curbside.claims.rules import Checker
from curbside.claims.subjects import SentenceView
from curbside.claims.verdicts import Finding
from curbside.evidence.knowledge import KnowledgeBase, knowledge_base_from_files


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return knowledge_base_from_files()


@pytest.fixture(scope="module")
def rules(kb: KnowledgeBase) -> Checker:
    return Checker(kb.restricted(["toxin"]), reader=None)


def _verdict(rules: Checker, text: str) -> tuple[str, str] | None:
    verdicts = rules.check_text(text)
    return (verdicts[0].verdict, verdicts[0].kind) if verdicts else None


def test_every_kind_the_issue_names_is_registered_with_a_reader_and_a_ground():
    assert set(KINDS.names()) == {
        "approval_use",
        "approval_year",
        "approval_population",
        "approval_restriction",
        "effect_evidence",
        "units",
        "dose",
        "boxed_warning",
        "absolute_safety",
        "ingredient",
        "contraindication",
        "warning",
        # fillers, Kybella and Latisse (issue 16)
        "duration_permanence",
        "reversibility",
        "device_or_technique",
        "composition",
        "device_warning",
    }
    for kind in KINDS:
        assert kind.looks_like and kind.judged_by and kind.title
        assert callable(kind.ground)


def test_a_kind_registered_twice_is_refused():
    registry = Registry()
    kind = KINDS["units"]
    registry.register(kind)
    with pytest.raises(ValueError, match="registered twice"):
        registry.register(kind)


class _Echo:
    """A reader for a kind added in a test: flags every sentence that names a product."""

    def __init__(self, basis: Basis) -> None:
        self.basis = basis

    def findings(self, view: SentenceView) -> list[Finding]:
        if not view.reading.products:
            return []
        product_id = view.reading.products[0].product_ids[0]
        fact = wording.formulation(self.basis.kb, product_id)
        assert fact is not None
        return [Finding("contradicts", "echo", fact, product_id, "echo")]


def test_a_kind_is_added_by_registering_it_alone(kb, monkeypatch):
    registry = Registry()
    for kind in KINDS:
        registry.register(kind)
    registry.register(
        ClaimKind(
            name="echo",
            title="Echo",
            looks_like="any sentence naming a product",
            judged_by="nothing",
            reader=_Echo,
            ground=grounds.units,
        )
    )
    monkeypatch.setattr("curbside.claims.rules.KINDS", registry)
    (verdict,) = Checker(kb.restricted(["toxin"]), reader=None).check_text(
        "We use Xeomin for most patients."
    )
    assert (verdict.verdict, verdict.kind) == ("contradicts", "echo")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xeomin has no albumin in it.", ("contradicts", "ingredient")),
        ("Xeomin contains human albumin and sucrose.", ("consistent", "ingredient")),
        ("Dysport is completely dairy-free.", ("contradicts", "ingredient")),
        ("Dysport isn't a dairy-free option.", ("consistent", "ingredient")),
        ("Daxxify is albumin-free.", ("consistent", "ingredient")),
        ("Jeuveau is albumin-free.", ("contradicts", "ingredient")),
        ("Every US toxin contains human albumin.", ("contradicts", "ingredient")),
        ("All the US toxins except Daxxify contain human albumin.", ("consistent", "ingredient")),
        ("Daxxify is the only albumin-free toxin.", ("consistent", "ingredient")),
    ],
)
def test_ingredients_are_judged_against_the_formulation(rules, text, expected):
    assert _verdict(rules, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We can inject Botox right through a little infection at the site.", "contradicts"),
        ("An infection at the injection site is a contraindication for every toxin.", "consistent"),
        ("A milk allergy is no problem with Dysport.", "contradicts"),
        ("People allergic to cow's milk protein should avoid Dysport.", "consistent"),
        ("Xeomin has no contraindications, anyone can have it.", "contradicts"),
    ],
)
def test_contraindications(rules, text, expected):
    assert _verdict(rules, text) == (expected, "contraindication")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Myasthenia gravis doesn't matter, Botox works the same for you.", "contradicts"),
        ("Patients with ALS are at higher risk with Botox.", "consistent"),
        ("Muscle relaxants have zero interaction with Dysport.", "contradicts"),
        ("Anaphylaxis has never been reported with Xeomin.", "contradicts"),
    ],
)
def test_warnings(rules, text, expected):
    assert _verdict(rules, text) == (expected, "warning")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toxin spread symptoms only show up in the first 24 hours.", "contradicts"),
        ("Nobody has ever died from botulinum toxin spreading.", "contradicts"),
        (
            "The black box warning is only about children; adults can't get distant spread.",
            "contradicts",
        ),
        ("Spread of toxin effect can appear hours to weeks after the injection.", "consistent"),
        ("The boxed warning isn't only about children; adults can be affected too.", "consistent"),
    ],
)
def test_what_the_boxed_warning_says(rules, text, expected):
    assert _verdict(rules, text) == (expected, "boxed_warning")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xeomin carries absolutely no risk of complications.", ("contradicts", "absolute_safety")),
        ("You cannot have a bad reaction to Letybo.", ("contradicts", "absolute_safety")),
        ("Letybo isn't side-effect free.", ("consistent", "absolute_safety")),
        ("Being approved doesn't make Daxxify risk-free.", ("consistent", "absolute_safety")),
        ("Botox is generally safe in experienced hands.", None),
    ],
)
def test_absolute_safety_in_other_words(rules, text, expected):
    assert _verdict(rules, text) == expected


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("approved in twenty ten", "approved in 2010"),
        ("since two thousand and four", "since 2004"),
        ("in twenty twenty-two", "in 2022"),
        ("from age sixteen", "from age 16"),
        ("fifty units", "50 units"),
        ("the one thing it's for", "the one thing it's for"),
        ("two toxins", "two toxins"),
    ],
)
def test_numbers_in_words_are_read_as_digits(text, digits):
    assert in_digits(text) == digits


def test_a_year_in_words_is_checked(rules):
    (verdict,) = rules.check_text(
        "Botox has been approved for chronic migraine since two thousand and four."
    )
    assert (verdict.verdict, verdict.kind) == ("contradicts", "approval_year")
    assert "2010" in verdict.fact
    assert verdict.sentence.endswith("two thousand and four.")


def test_a_doubted_report_makes_no_claim(rules):
    assert rules.check_text("my injector says 1 botox = 3 dysport... is that even real? idk") == []
