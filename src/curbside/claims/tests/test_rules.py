"""The claim rules on sentences written for these tests (not the evaluation set), against the
packaged evidence base read straight from its files."""

from __future__ import annotations

import pytest

from curbside.claims.rules import check_text
from curbside.evidence.knowledge import KnowledgeBase, knowledge_base_from_files


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return knowledge_base_from_files()


def verdict_of(text: str, kb: KnowledgeBase) -> str | None:
    verdicts = check_text(text, kb)
    assert len(verdicts) <= 1, verdicts
    return verdicts[0].verdict if verdicts else None


CONTRADICTS = [
    # approval status, with every kind of negation
    "Botox is not FDA-approved for migraine.",
    "Botox isn't approved for chronic migraine.",
    "Botox has never been approved for migraines.",
    "Botox is no longer approved for cervical dystonia.",
    "The FDA has not approved Botox for excessive sweating.",
    "OnabotulinumtoxinA has yet to be approved for overactive bladder.",
    "Myobloc does not have FDA approval for cervical dystonia.",
    "Xeomin is unapproved for drooling.",
    "Using Botox for migraine prevention is off-label.",
    "Dysport for frown lines is off-label.",
    "Treating neck spasms with Botox is an off-label use.",
    "Botox is not approved for sweaty armpits.",
    # hedged, and reported without a correction: still misleading
    "Botox may not be approved for migraine.",
    "I believe Botox isn't approved for overactive bladder.",
    "Some say Botox is not approved for chronic migraine.",
    # the class and scope words
    "No toxin is approved for migraine.",
    "Botulinum toxin is not approved for neck spasms.",
    "Neurotoxins are not FDA-approved for cervical dystonia.",
    "Botox Cosmetic is only approved for frown lines.",
    "Xeomin is only approved for frown lines.",
    "Botox is the only toxin approved for frown lines.",
    "Jeuveau and Dysport are not approved for frown lines.",
    "Unlike Botox, Dysport is not approved for cervical dystonia.",
    # years
    "Botox was approved for chronic migraine in 2015.",
    "Botox has been FDA-approved for cervical dystonia since 2012.",
    "Botox was first approved in 1995.",
    # evidence
    "There is no conclusive evidence that Botox helps migraine.",
    "There's no evidence Botox helps excessive sweating.",
    "Botox has not been proven to work for chronic migraine.",
    "Botox doesn't work for cervical dystonia.",
    "Off-label Botox is essentially untested.",
    # units
    "One unit of Botox equals three units of Dysport.",
    "1 unit of Botox = 2.5 units of Dysport.",
    "Units are interchangeable between Botox and Xeomin.",
    "You can swap Dysport for Botox at the same dose.",
    "Dysport needs 2.5 times as many units as Botox.",
    "You can convert Botox to Dysport at a 1:3 ratio.",
    "To convert Botox units to Dysport, multiply by 2.5.",
    "The same dose of Xeomin and Botox gives the same result.",
    # boxed warning and absolute safety
    "Cosmetic Botox has no black box warning.",
    "Botox does not carry a boxed warning.",
    "Xeomin's boxed warning was removed.",
    "Botox got its boxed warning in 2015.",
    "Botox is completely safe.",
    "Dysport is 100% risk-free.",
    "Botox doesn't spread beyond where it is injected.",
    "Botox has zero side effects.",
    "Botox is FDA-approved, so it is completely safe.",
    "Botox's only approved cosmetic use is frown lines.",
    "Botox can be used for migraines, but it's not FDA-approved for that.",
    "Why Botox is not approved for migraine",
    # the writer denies a true fact
    "It is not true that Botox is approved for cervical dystonia.",
    "It's false that Xeomin carries a boxed warning.",
    # negations without apostrophes, with adverbs, and "until"
    "Botox doesnt work for chronic migraine.",
    "Dysport isnt approved for cervical dystonia",
    "Botox is not really approved for chronic migraine.",
    "Botox wasn't approved for overactive bladder until 2015.",
    "Botox worked no better than placebo for chronic migraine.",
    "In the US, Botox for chronic migraine is still considered experimental.",
    # ages the labels cover
    "Dysport is not approved for spasticity in kids.",
    "Xeomin isn't approved for drooling in children.",
    # kinds of use
    "Dysport is only approved for cosmetic use.",
    "Xeomin is not approved for any medical condition.",
    "Daxxify is approved for frown lines and nothing else.",
    # the approval noun, and uses as the subject
    "Dysport got its cervical dystonia approval in 2012.",
    "Bladder leakage caused by multiple sclerosis is not an approved use of Botox.",
    # units and the boxed warning, more wordings
    "10 units of Xeomin are basically the same as 10 units of Botox.",
    "Dysport units convert neatly into Botox units.",
    "A unit is a unit, whatever the brand of toxin.",
    "Jeuveau is exempt from the boxed warning.",
    "The distant spread warning was added in 2011.",
    "Botox was first approved in 2002.",
    "Botox for overactive bladder got FDA approval in 2010.",
    # brand and generic names, lay terms, typography
    "AbobotulinumtoxinA is not approved for cervical dystonia.",
    "Botox isn\u2019t approved for crow\u2019s feet.",
    "Botox is not approved for the 11s.",
]

OVERSTATES = [
    "Botox is FDA-approved for jaw slimming.",
    "Dysport is approved for migraine.",
    "Botox is approved for episodic migraine.",
    "Xeomin is FDA approved for TMJ.",
    "Botox is approved for all migraines.",
    "Jeuveau is approved for crow's feet.",
    "All toxins are approved for frown lines.",
    "Every neurotoxin is FDA-approved for cervical dystonia.",
    "Botox is clinically proven for jaw slimming.",
    "Dysport is indicated for chronic migraine.",
    "Botox is approved for teeth grinding.",
    "Botox Cosmetic is FDA-approved for lip flips.",
    "Botox for sweaty palms is on-label.",
    "Botox is approved for chronic migraine in children.",
    "Letybo is approved for forehead lines.",
    "Daxxify is approved for overactive bladder.",
    "Botox is approved for blepharospasm in toddlers.",
    "Botox Cosmetic is approved for crow's feet in teenagers.",
    "Dysport is approved for frown lines at any age.",
    "Myobloc is approved for wrinkles.",
    "Jaw clenching is one of the approved uses of Dysport.",
    "Trap tox is an FDA-approved Botox treatment.",
    "Barbie Botox is FDA approved.",
    "Botox might be approved for gummy smile.",
    "Botulinum toxin is FDA-approved for jaw slimming.",
    "IncobotulinumtoxinA is approved for chronic migraine.",
    "Dysport is the only toxin approved for masseter reduction.",
]

CONSISTENT = [
    "Botox has been FDA-approved for chronic migraine since 2010.",
    "Botox was approved for cervical dystonia in 2000.",
    "Dysport is approved for cervical dystonia.",
    "Jaw slimming with Botox is off-label.",
    "No botulinum toxin is approved for jaw slimming.",
    "Units of Botox and Dysport are not interchangeable.",
    "Units of different toxins cannot be converted into one another.",
    "Units of Botox and Dysport cannot be directly converted.",
    "Every botulinum toxin carries a boxed warning.",
    "Botox has carried a boxed warning since 2009.",
    "Botox is the only toxin approved for chronic migraine.",
    "Only Botox is approved for chronic migraine.",
    "Xeomin is approved for chronic drooling.",
    "Botox is not approved for episodic migraine.",
    "Dysport is not approved for migraine.",
    "Myobloc is approved for cervical dystonia and chronic sialorrhea.",
    "Neither Jeuveau nor Letybo is approved for crow's feet.",
    "Dysport is similar to Botox, which is approved for migraine.",
    "Botox is approved for chronic migraine, but Dysport is not.",
    "Botox is approved for chronic migraine but not for jaw slimming.",
    "Botox is approved for crow's feet.",
    "Jeuveau is only approved for frown lines.",
    "Botox is effective for chronic migraine.",
    "Studies show Botox reduces headache days in chronic migraine.",
    "Botox is approved for chronic migraine if you have 15 or more headache days a month.",
    "While Botox is approved for chronic migraine, it is not approved for episodic migraine.",
    "Botox is approved to prevent chronic migraine, not to treat a migraine attack once it starts.",
    "Botox and Myobloc were approved for cervical dystonia in 2000, Dysport in 2009 and "
    "Xeomin in 2010.",
    "Daxxify was approved for frown lines in 2022 and for cervical dystonia in 2023.",
    "Botox Cosmetic is approved for frown lines (2002), crow's feet (2013), forehead lines "
    "(2017) and, since 2024, vertical neck bands.",
    "Botox was first approved by the FDA in 1989.",
    "Botox is not completely risk-free.",
    "IncobotulinumtoxinA is approved for drooling.",
    "Botox is not approved for chronic migraine in children.",
    "It's a myth that Botox isn't approved for migraine.",
    "Many people wrongly believe that Botox is approved for jaw slimming.",
    "It is not true that Botox is approved for TMJ.",
    "Xeomin is approved for drooling in children.",
    "Botox is approved for strabismus in teenagers.",
    "Dysport is not approved for frown lines in people over 65.",
    "Jeuveau is approved only for cosmetic use.",
    "Letybo is not approved for any medical condition.",
    "Botox Cosmetic was first approved in 2002.",
    "Botox wasn't approved for overactive bladder until 2013.",
    "Botox got the FDA's green light for overactive bladder in 2013.",
    "Myobloc is approved for cervical dystonia, not for cosmetic use.",
    "Botox is approved for chronic migraine rather than episodic migraine or tension headaches.",
    "Contrary to what some clinics say, Botox is not approved for jaw slimming.",
]

NO_CLAIM = [
    # questions and conditionals
    "Is Botox approved for TMJ?",
    "Is Botox FDA approved for migraines",
    "Ask your doctor whether Botox is approved for your condition.",
    "If Botox is not approved for your use, insurance may not pay for it.",
    # mentions without a checkable claim
    "I had Botox for my crow's feet last year.",
    "Botox takes about two weeks to work.",
    "Some people use Botox for migraines.",
    "We offer Botox, Dysport and Xeomin at our clinic.",
    # narrower statements about effect
    "Botox doesn't work for everyone with chronic migraine.",
    "Botox may not help your migraines.",
    "Botox didn't help my migraines.",
    "There is no evidence that Botox causes long-term harm.",
    "There is no evidence that higher doses of Botox work better for migraine.",
    "Botox for jaw slimming works for many of my patients.",
    "Studies show Botox can help with teeth grinding.",
    # future, other countries, other approvers
    "Botox could be approved for depression in the future.",
    "In Canada, Botox is approved for jaw slimming.",
    "My insurance approved Botox for my migraines.",
    # claims reported to be rejected
    "Some clinics advertise Botox as approved for TMJ, but it is not.",
    # qualified safety, and a ratio reported as what studies used
    "Botox is generally safe in experienced hands.",
    "No treatment is completely risk-free.",
    "Studies have used ratios of about 2.5 Dysport units per Botox unit.",
    "Xeomin and Botox are often dosed 1:1.",
    "I used the same dose of Botox as last time.",
    # "approved" as an adjective, and denials about part of the class
    "FDA-approved Dysport can be used for migraines.",
    "Other toxin brands are not approved for platysma bands.",
    # populations the labels do not settle
]


@pytest.mark.parametrize("text", CONTRADICTS)
def test_it_flags_what_contradicts_the_label(text: str, kb: KnowledgeBase) -> None:
    assert verdict_of(text, kb) == "contradicts"


@pytest.mark.parametrize("text", OVERSTATES)
def test_it_flags_claims_beyond_the_label(text: str, kb: KnowledgeBase) -> None:
    assert verdict_of(text, kb) == "overstates"


@pytest.mark.parametrize("text", CONSISTENT)
def test_it_confirms_what_agrees(text: str, kb: KnowledgeBase) -> None:
    assert verdict_of(text, kb) == "consistent"


@pytest.mark.parametrize("text", NO_CLAIM)
def test_it_says_nothing_without_a_checkable_claim(text: str, kb: KnowledgeBase) -> None:
    assert verdict_of(text, kb) is None


def test_the_verdict_carries_the_fact_and_the_label_as_source(kb: KnowledgeBase) -> None:
    (verdict,) = check_text("Botox is not FDA-approved for migraine.", kb)
    assert verdict.fact == (
        "Botox has been FDA-approved for chronic migraine prevention in adults since 2010."
    )
    assert verdict.source == kb.products["botox"].label_reference
    assert verdict.provenance and all(u.startswith("http") for u in verdict.provenance)
    assert verdict.as_dict() == {
        "sentence": "Botox is not FDA-approved for migraine.",
        "verdict": "contradicts",
        "fact": verdict.fact,
        "source": verdict.source,
        "kind": "approval_use",
        "words": ["Botox", "not FDA-approved", "migraine"],
    }


def test_a_cosmetic_use_of_botox_cites_botox_cosmetic(kb: KnowledgeBase) -> None:
    (verdict,) = check_text("Botox is not approved for crow's feet.", kb)
    assert verdict.fact.startswith("Botox Cosmetic (onabotulinumtoxinA, the same ingredient as")
    assert verdict.source == kb.products["botox_cosmetic"].label_reference


def test_botox_cosmetic_named_alone_is_held_to_its_own_label(kb: KnowledgeBase) -> None:
    (verdict,) = check_text("Botox Cosmetic is approved for chronic migraine.", kb)
    assert verdict.verdict == "overstates"
    assert "only Botox is" in verdict.fact


def test_an_overstatement_names_who_holds_the_approval(kb: KnowledgeBase) -> None:
    (verdict,) = check_text("Dysport is approved for migraine.", kb)
    assert verdict.fact == (
        "Dysport is not FDA-approved for chronic migraine prevention; among botulinum toxins "
        "only Botox is, in adults since 2010."
    )
    (jaw,) = check_text("Xeomin is approved for jaw slimming.", kb)
    assert "off-label" in jaw.fact and jaw.source == kb.products["xeomin"].label_reference


def test_the_most_serious_claim_of_a_sentence_wins(kb: KnowledgeBase) -> None:
    (verdict,) = check_text(
        "Botox is approved for cervical dystonia and jaw slimming, and it has no boxed warning.",
        kb,
    )
    assert verdict.verdict == "contradicts"
    assert verdict.kind == "boxed_warning"


def test_several_products_each_get_their_fact(kb: KnowledgeBase) -> None:
    (verdict,) = check_text("Botox and Dysport are both approved for migraine.", kb)
    assert verdict.verdict == "overstates"
    assert verdict.product == "dysport"


def test_it_reads_it_as_the_product_of_the_sentence_before(kb: KnowledgeBase) -> None:
    verdicts = check_text("Botox is a neurotoxin. It is not approved for migraine.", kb)
    assert [(v.sentence, v.verdict) for v in verdicts] == [
        ("It is not approved for migraine.", "contradicts")
    ]
    # Only within a paragraph.
    assert check_text("Botox is a neurotoxin.\n\nIt is not approved for migraine.", kb) == []


def test_it_reads_markdown(kb: KnowledgeBase) -> None:
    text = (
        "## What **Botox** is for\n\n"
        "- Botox is *not* approved for [migraine](https://example.com).\n"
        "- Dr. Lee says Botox is approved for cervical dystonia, e.g. neck spasms.\n"
    )
    verdicts = check_text(text, kb)
    assert [(v.sentence, v.verdict) for v in verdicts] == [
        ("Botox is not approved for migraine.", "contradicts"),
        ("Dr. Lee says Botox is approved for cervical dystonia, e.g. neck spasms.", "consistent"),
    ]


def test_hedged_claims_are_marked_hedged(kb: KnowledgeBase) -> None:
    (verdict,) = check_text("Botox might not be approved for migraine.", kb)
    assert verdict.verdict == "contradicts" and verdict.hedged
    (plain,) = check_text("Botox is not approved for migraine.", kb)
    assert not plain.hedged


def test_an_empty_knowledge_base_checks_nothing(kb: KnowledgeBase) -> None:
    from curbside.evidence.knowledge import _EMPTY

    assert check_text("Botox is not approved for migraine.", _EMPTY) == []


# Denials, restrictions and years that state a wrong fact: never "consistent".
WRONG_DENIALS = [
    # a denial behind "I don't think" / "I doubt"
    "I don't think Dysport is approved for cervical dystonia.",
    "I doubt Xeomin is really approved for drooling.",
    # the spread-of-toxin warning denied by name
    "Xeomin is a newer toxin so it doesn't have the spread-of-toxin warning.",
    "Jeuveau does not carry the distant spread warning.",
    # "can't use it on-label" for a use the label has
    "Dysport is sold for cosmetic use here; doctors can't use it on-label for spasticity.",
    # "the only thing X is approved for is Y" when the label has more uses of that kind
    "The only thing Botox Cosmetic is approved for is crow's feet.",
    # "strictly a … product", "no therapeutic approval", "not approved for anything"
    "Daxxify is strictly a frown-line product; it has no therapeutic approval.",
    "Xeomin isn't approved for anything.",
    # an age restriction the label does not have
    "Botox is approved for upper limb spasticity in adults only.",
    # the year of one use given for another
    "Botox Cosmetic's forehead line approval goes back to 2002.",
    "Botox Cosmetic got its forehead lines indication in 2013, the same year as the crow's feet.",
    "Myobloc only got FDA approval in 2015.",
    "Botox got its approval for spastic legs in 2010.",
    # "isn't an approved use" for a use on the label
    "Botox for eyelid spasms (blepharospasm) isn't an approved use.",
    # evidence denied for an approved use
    "There is no clinical data showing Botox reduces armpit sweat.",
    # units said to convert, or a label said to give the conversion
    "The nurse multiplies by 3 to get the Xeomin dose; that ratio is on the label.",
    "Each label lists a conversion ratio to other brands.",
    "The package insert gives the Dysport conversion ratio.",
    "Neurotoxin units are standardized, so 10 units is 10 units whatever brand you use.",
    # a class-wide denial that one product's label contradicts
    "No toxin is approved for spasticity in children.",
]

OVERSTATED_SCOPE = [
    "Our clinic offers FDA-approved Botox treatment for sweaty palms.",
    "Botox Cosmetic is approved for anyone 15 and older with frown lines.",
    "Nose bunny lines are an FDA-approved Botox Cosmetic treatment area.",
    "Botox is approved to prevent migraines even if you get only a few a month.",
    "Jeuveau carries an FDA indication for forehead wrinkles.",
]

AGREEING_SCOPE = [
    "Dysport's frown line approval is adults only.",
    "Dysport is approved for frown lines in patients 18 and older.",
    "Xeomin carries an FDA indication for forehead wrinkles.",
    "I don't think Botox is approved for TMJ.",
    "I don't think Botox is off-label for chronic migraine.",
    "Doctors can't use Xeomin on-label for jaw slimming.",
    "Botox is not only on-label for migraine but also for spasticity.",
    "Botox Cosmetic was approved for frown lines and, since 2013, for crow's feet.",
    "Jeuveau is strictly a cosmetic product; it has no therapeutic approval.",
]


@pytest.mark.parametrize("text", WRONG_DENIALS)
def test_a_wrong_denial_restriction_or_year_contradicts(text: str, kb: KnowledgeBase) -> None:
    assert verdict_of(text, kb) == "contradicts"


@pytest.mark.parametrize("text", OVERSTATED_SCOPE)
def test_an_area_age_or_product_beyond_the_label_overstates(text: str, kb: KnowledgeBase) -> None:
    assert verdict_of(text, kb) == "overstates"


@pytest.mark.parametrize("text", AGREEING_SCOPE)
def test_true_denials_and_restrictions_agree(text: str, kb: KnowledgeBase) -> None:
    assert verdict_of(text, kb) == "consistent"


@pytest.mark.parametrize(
    "text",
    [
        "A friend said Dysport is approved for TMJ. Is that right?",
        "Someone on a forum claimed Botox is approved for depression. Is that true?",
        "Units are not standardized across brands.",
        "The conversion ratio is not on the label.",
        "Dysport is not approved for anything else.",
    ],
)
def test_a_reported_claim_asked_about_or_a_true_units_remark_is_not_flagged(
    text: str, kb: KnowledgeBase
) -> None:
    assert all(v.verdict not in ("contradicts", "overstates") for v in check_text(text, kb))
