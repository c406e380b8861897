"""Every emergency family of the policy: held with advice that fits it, by the rules alone
(they are what a moderator can read) and through the combined check; and the near misses the
policy publishes."""

from __future__ import annotations

import pytest

from curbside.triage.check import EMERGENCY, TriageResult, triage
from curbside.triage.reading import Group


def rules(text: str) -> TriageResult:
    return triage(text, screener=None)


@pytest.mark.parametrize(
    ("text", "family", "advice"),
    [
        (
            "Facelift on Thursday. Since this morning the left side of my neck is rock hard and "
            "ballooning, way bigger than the right.",
            Group.BLEEDING,
            "hematoma",
        ),
        (
            "rhinoplasty 2 days ago and the nosebleed won't stop, soaked through the drip pad "
            "three times in an hour",
            Group.BLEEDING,
            "firm pressure",
        ),
        (
            "5 days after lipo I have a fever of 102 and the redness round the incision keeps "
            "spreading",
            Group.INFECTION,
            "sepsis",
        ),
        (
            "Tummy tuck 6 days ago, now my left calf is swollen and it hurts to breathe in.",
            Group.CLOT,
            "blood clot",
        ),
        (
            "My mum had her eyelids done yesterday and now she says her left eye is bulging and "
            "she can't see out of it.",
            Group.EYE,
            "bleeding behind the eye",
        ),
        (
            "My husband suddenly can't lift his right arm and his speech is off, what do we do",
            Group.HEART,
            "stroke",
        ),
        ("I've had crushing chest pain for twenty minutes.", Group.HEART, "Call 911"),
        (
            "i honestly dont want to be alive anymore since my rhinoplasty ruined my face",
            Group.CRISIS,
            "988",
        ),
        ("I've written goodbye letters to my kids. The revision failed.", Group.CRISIS, "988"),
    ],
)
def test_each_family_is_held_by_the_rules_with_its_advice(
    text: str, family: Group, advice: str
) -> None:
    result = rules(text)
    assert result.urgent and family in result.groups, result
    assert advice in result.advice
    assert result.reasons and all(r and r[0].islower() for r in result.reasons)
    # The full check, the screener beside the rules, holds it too.
    assert triage(text).urgent


def test_self_harm_alone_is_answered_gently_with_the_crisis_line_first() -> None:
    result = rules("Since the revision I keep thinking everyone would be better off without me.")
    assert result.groups == [Group.CRISIS]
    assert result.advice.startswith("Thank you for telling us how you feel.")
    assert "call or text 988" in result.advice and EMERGENCY not in result.advice


def test_self_harm_beside_a_physical_emergency_puts_the_crisis_line_first() -> None:
    result = rules("My chest has been hurting for an hour and honestly I want to die.")
    assert result.groups == [Group.HEART, Group.CRISIS]
    assert result.advice.index("988") < result.advice.index(EMERGENCY)


@pytest.mark.parametrize(
    "text",
    [
        "What are the signs of a blood clot after a tummy tuck?",
        "I had a hematoma after my breast augmentation in 2019. Will it happen again?",
        "my uncle lost the sight in one eye after an eyelid op back in the 90s, is that a risk?",
        "Day 2 after rhinoplasty, a little pink drip on the gauze that is slowing down. Normal?",
        "Mild redness at my incision, no fever, no spreading. Should I keep the ointment on?",
        "im dying to get lip filler for my wedding",
        "This price is killing me. Is Dysport cheaper than Botox?",
        "I wont be here next week because I'm travelling; can I get filler after I'm back?",
        "How common is a stroke during a facelift under general anaesthesia?",
        "I cried about my nose for a week but I'm booked for a revision and feel hopeful.",
    ],
)
def test_near_misses_are_published(text: str) -> None:
    assert not rules(text).urgent
    assert not triage(text).urgent


def test_the_issues_cases_as_a_new_user_would_write_them() -> None:
    clot = triage("tummy tuck 6 days ago, now my calf is swollen and it hurts to breathe in")
    assert clot.urgent and clot.groups == [Group.CLOT]
    spread = triage(
        "got dysport in my neck monday, today my food keeps going down wrong and my words "
        "sound drunk"
    )
    assert spread.urgent and spread.groups == [Group.SPREAD]
    assert "toxin's effect has spread" in spread.advice
    assert not triage("can Botox cause trouble swallowing?").urgent
    assert not triage(
        "years ago my aunt had a scare with her breathing after botox, is that common?"
    ).urgent
