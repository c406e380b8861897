from __future__ import annotations

import pytest

from curbside.triage.check import EMERGENCY, NOT_URGENT_ADVICE, TriageResult
from curbside.triage.check import triage as triage_text
from curbside.triage.language import KEY_WORDS, REAL_NEIGHBOURS, normalize, respell
from curbside.triage.rules import SYMPTOMS


def triage(text: str, **kwargs: object) -> TriageResult:
    """The rules alone: these tests pin what the rules read, not the screener."""
    return triage_text(text, screener=None, **kwargs)  # type: ignore[arg-type]


# Each (text, the reasons that must be named). Written for these tests, in varied wording.
URGENT = [
    # The issue's own example.
    (
        "Since my Botox yesterday I can't swallow properly and my breathing feels weak",
        {"trouble swallowing", "trouble breathing"},
    ),
    # Trouble breathing, swallowing, speaking; voice.
    ("Struggling to breathe since my Botox treatment yesterday.", {"trouble breathing"}),
    ("I'm 4 days post Botox and having a hard time swallowing.", {"trouble swallowing"}),
    (
        "Got Dysport for neck spasms on Monday. Since Wednesday food keeps going down the wrong "
        "way and I cough when I drink.",
        {"trouble swallowing"},
    ),
    (
        "Had masseter Botox 5 days ago; now chewing and swallowing are really difficult and "
        "liquids come out of my nose.",
        {"trouble swallowing"},
    ),
    ("I had Botox for migraines 4 days ago, and today my speech is slurred.", {"trouble speaking"}),
    (
        "My voice has gone hoarse and weak since the Botox injections in my neck on Friday.",
        {"a hoarse, weak or lost voice"},
    ),
    ("3 days post botox, hard to swallow, feel like food gets stuck.", {"trouble swallowing"}),
    (
        "It's been a week since my Botox and I still feel short of breath on the stairs.",
        {"trouble breathing"},
    ),
    (
        "My Botox was 6 weeks ago and I still can't swallow solid food without choking.",
        {"trouble swallowing"},
    ),
    (
        "I haven't been able to swallow properly since my treatment on Monday.",
        {"trouble swallowing"},
    ),
    # Someone the writer speaks for.
    (
        "Please help: 2 days after Dysport my husband is slurring his words and says his arms "
        "feel like jelly.",
        {"trouble speaking", "weakness spreading beyond the injected area"},
    ),
    (
        "My mom had Botox for her cervical dystonia five days ago and now she can barely hold "
        "her head up.",
        {"weakness spreading beyond the injected area"},
    ),
    (
        "My son had Botox for his cerebral palsy spasticity last week and he's now choking on "
        "his food.",
        {"trouble swallowing"},
    ),
    # Spreading or generalised weakness; drooping with weakness.
    (
        "Got Xeomin last week and my arms and legs feel weak and heavy, is this normal?",
        {"weakness spreading beyond the injected area"},
    ),
    (
        "Botox for spasticity 10 days ago. Now generalized weakness, can barely walk.",
        {"weakness spreading beyond the injected area"},
    ),
    (
        "I woke up with my face drooping on one side, two days after Botox in my jaw.",
        {"drooping of one side or all of the face"},
    ),
    # Double vision, and blurred vision with drooping eyelids, after a toxin.
    ("Had my first Jeuveau on Saturday and I'm seeing double.", {"double vision"}),
    (
        "Three days after Xeomin for blepharospasm my eyelids droop and I see double.",
        {"double vision", "drooping eyelids"},
    ),
    (
        "Ever since my Botox on Tuesday my eyelids are drooping and my vision is blurry.",
        {"blurred vision or a change in vision", "drooping eyelids"},
    ),
    # A question phrased as "is it normal" about the writer's own recent treatment.
    ("Is it normal to have trouble swallowing 3 days after my Botox?", {"trouble swallowing"}),
    (
        "Can Botox cause trouble swallowing? I got it in my neck four days ago and it's hard to "
        "swallow now.",
        {"trouble swallowing"},
    ),
    # Anaphylaxis.
    (
        "After my Botox this morning my lips and tongue are swelling and I have hives.",
        {"tongue swelling", "hives or a rash"},
    ),
    ("I can't breathe and my throat is closing up.", {"trouble breathing"}),
    (
        "Since my filler earlier today I feel dizzy and I have hives all over.",
        {"hives or a rash", "dizziness or fainting"},
    ),
    (
        "I am wheezing and my chest feels tight after my Botox appointment this morning.",
        {"wheezing", "chest tightness"},
    ),
    ("Hives, itchy throat and wheezing after my Botox 20 minutes ago.", {"wheezing"}),
    # After a filler: blanching, dusky or mottled skin, vision change, severe pain.
    (
        "Two hours after lip filler the skin on my upper lip turned white and now looks dusky.",
        {"skin turning white, grey, blue or mottled near the injection"},
    ),
    (
        "URGENT: lip filler 30 minutes ago, area is white and blanched, injector already left.",
        {"skin turning white, grey, blue or mottled near the injection"},
    ),
    (
        "Had cheek filler an hour ago and now there's a mottled purple patch spreading across "
        "my cheek, and it hurts so much.",
        {
            "skin turning white, grey, blue or mottled near the injection",
            "severe pain at the injection site",
        },
    ),
    ("I can't see out of my right eye after my nose filler.", {"loss of vision"}),
    (
        "After tear trough filler yesterday my vision in the left eye is blurry.",
        {"blurred vision or a change in vision"},
    ),
    (
        "My daughter got lip filler yesterday and her lip looks blue and feels cold.",
        {"skin turning white, grey, blue or mottled near the injection"},
    ),
    (
        "I think I have a vascular occlusion from my lip filler.",
        {"a possible blocked blood vessel (vascular occlusion)"},
    ),
    (
        "The skin right under my left eye went dull and then white after tear trough filler "
        "this morning.",
        {"skin turning white, grey, blue or mottled near the injection"},
    ),
    (
        "It's turning greyish-blue where the filler went in an hour ago.",
        {"skin turning white, grey, blue or mottled near the injection"},
    ),
    (
        "The area around where they injected the filler is pale and cold.",
        {"skin turning white, grey, blue or mottled near the injection"},
    ),
    (
        "My vision in the left eye is suddenly dim since the nose filler yesterday.",
        {"blurred vision or a change in vision"},
    ),
    (
        "Is it an emergency if my lips turned bluish right after filler and feel icy?",
        {"skin turning white, grey, blue or mottled near the injection"},
    ),
    (
        "My cheek has a net-like purple rash after my filler yesterday and it is throbbing.",
        {"skin turning white, grey, blue or mottled near the injection"},
    ),
    # Said in other words: a voice that sounds changed, food coming back up, comparisons.
    (
        "Day 3 after baby Botox in my platysma and I'm gagging on water and my voice cracks.",
        {"trouble swallowing", "a hoarse, weak or lost voice"},
    ),
    (
        "She sounds hoarse and nasal since her Xeomin for spasticity last week.",
        {"a hoarse, weak or lost voice"},
    ),
    (
        "Food keeps coming back up when I eat, four days after Botox for my neck.",
        {"trouble swallowing"},
    ),
    (
        "My arms feel heavy, like the flu, ever since my Botox on Sunday.",
        {"weakness spreading beyond the injected area"},
    ),
    (
        "My eyelids are swelling and I'm dizzy after the injection an hour ago.",
        {"swelling of the lips, face or eyes", "dizziness or fainting"},
    ),
    # Misspelled key words and texting shorthand.
    ("my throte feels tite and i cant swolow since the botx this morning", {"trouble swallowing"}),
    ("Having truble swallowng ever since my Xeomin shots 3 days ago", {"trouble swallowing"}),
    ("since the jabs in my neck monday my speach is slured", {"trouble speaking"}),
    ("My vison is dubble since my botox two days ago", {"double vision"}),
    ("been strugling to breath since my tox on friday", {"trouble breathing"}),
    ("cnt breath good since my dysport on sunday", {"trouble breathing"}),
    ("Tounge is sweling up, had filler 10 min ago", {"tongue swelling"}),
    # Slurred speech and a changed voice in everyday words.
    (
        "My husband says I talk like I'm drunk, that started after my Botox on Wednesday.",
        {"trouble speaking"},
    ),
    (
        "People at work keep saying they can't understand me since my Dysport 4 days ago.",
        {"trouble speaking"},
    ),
    (
        "After neck Botox on Tuesday my husband says I'm slurry and my voice sounds horse.",
        {"trouble speaking", "a hoarse, weak or lost voice"},
    ),
    (
        "My voice has gone squeaky and thin since the injections in my neck last week.",
        {"a hoarse, weak or lost voice"},
    ),
    ("Since my Botox on Monday my voice is barely a whisper.", {"a hoarse, weak or lost voice"}),
    (
        "Three days after my neck Botox, I sound weird and husky, is that normal?",
        {"a hoarse, weak or lost voice"},
    ),
    # Double vision in other words, with drooping lids.
    (
        "After Botox for migraines 5 days ago I get two images when I look to the left and my lid "
        "is heavy.",
        {"double vision", "drooping eyelids"},
    ),
    (
        "My eyes won't line up since my crow's feet Botox on Friday, everything looks doubled.",
        {"double vision"},
    ),
    (
        "got the 11s and crows feet done on tues, today my eye lids r hanging and i see 2 of "
        "everything",
        {"double vision", "drooping eyelids"},
    ),
    # Weakness that spreads or grows, in everyday words.
    (
        "Since my Xeomin last week I'm getting weaker and weaker, I can barely get off the couch.",
        {"weakness spreading beyond the injected area"},
    ),
    (
        "Had Dysport 10 days ago and now my legs keep buckling and the stairs are a struggle.",
        {"weakness spreading beyond the injected area"},
    ),
    (
        "My grip has gotten so weak since my Botox on Tuesday that I can't open a jar.",
        {"weakness spreading beyond the injected area"},
    ),
    (
        "Since Jeuveau last week all my muscles feel weak.",
        {"weakness spreading beyond the injected area"},
    ),
    # Food that sticks or will not go down.
    (
        "Since my neck Botox on Saturday, rice sticks halfway down and pills won't go down.",
        {"trouble swallowing"},
    ),
    (
        "Meat keeps catching when I swallow since the Dysport in my neck last week.",
        {"trouble swallowing"},
    ),
    ("It takes me three tries to swallow since my Botox on Thursday.", {"trouble swallowing"}),
    # A breath that will not come in full.
    ("Since my botox yesterday i feel like i can't get a proper breath", {"trouble breathing"}),
    ("I have to work hard to breathe since my Daxxify three days ago.", {"trouble breathing"}),
    (
        "I get winded walking to the mailbox since my Botox for spasticity last week.",
        {"trouble breathing"},
    ),
    # A treatment told by its site or its dose rather than its name.
    (
        "the nurse injected my neck bands on monday and now i can barely swallow",
        {"trouble swallowing"},
    ),
    (
        "Got 200 units in my legs for spasticity last week and now I'm short of breath.",
        {"trouble breathing"},
    ),
    # "Is it normal…" about the writer's own symptom after their own recent injection.
    (
        "Is it normal that I can't take a deep breath? I had Botox in my neck on Monday.",
        {"trouble breathing"},
    ),
    (
        "Is it normal to feel like I can't fill my lungs? Got my traps done two days ago.",
        {"trouble breathing"},
    ),
    (
        "is it normal for food to stick in my throat 4 days after my masseter botox?",
        {"trouble swallowing"},
    ),
]

ORDINARY = [
    # Words that mean something else.
    "I had trouble breathing through my nose before rhinoplasty.",
    "Before my rhinoplasty I had a lot of trouble breathing through my nose; will filler affect that?",
    "I'm having trouble talking to my injector about my results.",
    "I have trouble speaking in public. Could Botox for sweating help my confidence?",
    "After my lip flip I can't drink from a straw and it's hard to say some words.",
    # Denied.
    "No trouble breathing or swallowing after my Botox yesterday, just a headache.",
    "I can breathe fine after my filler.",
    "I am not having any swallowing problems since my Botox.",
    "It's been a week after Botox and I feel great, no trouble swallowing or breathing at all.",
    "I don't have double vision, but my eyelid is a bit droopy after Botox.",
    "Never had trouble breathing after any of my Botox treatments.",
    # Asked in general, or about a planned treatment.
    "What happens if someone has trouble swallowing?",
    "Is it normal to have trouble swallowing after Botox?",
    "Can Botox for neck spasms cause trouble swallowing? I'm considering it.",
    "I'm getting Botox next week. What should I do if I have trouble breathing afterwards?",
    "I had Botox last week and feel fine. What are the warning signs of spread, like trouble "
    "breathing?",
    "Can filler cause blindness? I'm scared to get my nose done.",
    "What is the risk of vascular occlusion with cheek filler?",
    "My injector told me that if my vision changes after filler I should go to the ER. Is that "
    "true?",
    "How do I know if filler blocked a blood vessel? I'm getting lip filler next week.",
    "Does Botox ever cause weakness in the arms or legs?",
    # Long past, settled, someone else's story, another cause.
    "My friend had trouble breathing after her Botox years ago, so I'm nervous to try it.",
    "Last time I had Botox I had trouble swallowing for two weeks, but it went away. Should I "
    "lower the dose?",
    "I had mild trouble swallowing after my Botox a few months ago; it resolved after a week.",
    "I had trouble breathing after my Botox once, but it was a panic attack.",
    "I lost my voice from a cold the week after my Botox.",
    "I have had double vision since childhood because of strabismus. Can Botox help?",
    "My dad has ALS and trouble swallowing; could Xeomin help with his drooling?",
    "I have cervical dystonia and already some trouble swallowing. Is Botox safe for me?",
    "I've always had trouble swallowing pills. Can I still get Botox for my jaw?",
    "I have asthma and sometimes wheeze. Is Botox for migraines safe for me?",
    # Expected, local effects.
    "My eyelid is drooping a bit after Botox for crow's feet, will it go away?",
    "My lips are swollen after filler, is that normal?",
    "I have a bruise and some swelling on my lips after filler yesterday.",
    "I saw a bluish tint under my eyes months after tear trough filler.",
    "My forehead feels heavy after Botox.",
    "I got a headache after my Botox two days ago.",
    "My lips are a bit swollen after filler and I felt dizzy from the needle, but that passed.",
    "I'm getting Botox, my first appointment is Friday. What are the warning signs of spread "
    "like trouble swallowing?",
    "My hair is turning grey, can Botox help me look younger?",
    "Can I be allergy-tested before Botox? I have several allergies and read that non-cosmetic "
    "use carries serious risks.",
    # Words near a symptom's that mean something else, after a treatment the person had.
    "I think I got a weak batch, my Botox yesterday isn't working at all.",
    "Had Botox last week and I'm getting weaker results each round, should I switch to Dysport?",
    "I go weak at the knees every time I see my results after my filler yesterday lol",
    "Had filler yesterday. The swelling is big and I can't get it down with ice.",
    "Had lip filler today, here are two images of before and after, thoughts?",
    "My injector has been ghosting me since my filler last week, what do I do?",
    "Got Daxxify yesterday, it is double the price of Botox, is it worth it?",
    "I can't lift anything heavy after Botox yesterday, right?",
    "Botox yesterday, the next steps are hard to follow in the aftercare sheet.",
    "My injector can't understand me because of the language barrier, had filler yesterday.",
    "Had my forehead done today and my husband says I sound funny when I laugh, lol",
    "Had Botox yesterday, I drink lots of water and caught a cold, is that ok?",
    "Got lip filler today and my lip sticks to my teeth when I eat, normal?",
    "My filler from yesterday feels stuck in one spot, should I massage?",
    "I'm stuck between Botox and Dysport, which should I choose?",
    "After my lip flip it's hard to say p's and b's and I sound a bit funny, is that normal?",
    "They did my forehead last week and it looks great, how long until full effect?",
    "Got my armpits done yesterday! How soon will the sweating stop?",
    "I had 20 units last time and it wore off fast. Should I get more?",
    "Food sometimes sticks when I swallow because of my reflux. Is Botox safe?",
]


@pytest.mark.parametrize(("text", "reasons"), URGENT)
def test_it_holds_urgent_symptoms_and_names_them(text: str, reasons: set[str]) -> None:
    result = triage(text)
    assert result.urgent, text
    assert reasons <= set(result.reasons), result.reasons
    assert result.advice.startswith(EMERGENCY)
    assert "911" in result.advice


@pytest.mark.parametrize("text", ORDINARY)
def test_it_passes_ordinary_questions(text: str) -> None:
    result = triage(text)
    assert not result.urgent, result.reasons
    assert result.reasons == []
    assert result.advice == NOT_URGENT_ADVICE


def test_the_symptom_alone_needs_a_treatment_it_followed() -> None:
    assert not triage("I have double vision when I'm tired.").urgent
    assert triage("I have double vision since my Botox on Monday.").urgent
    assert not triage("My speech is slurred after a few glasses of wine.").urgent
    # A treatment planned, not had, is no link.
    assert not triage("My arms feel weak. Should I get Botox for my neck next month?").urgent


def test_some_symptoms_are_emergencies_without_a_treatment_named() -> None:
    assert triage("Help, my throat is closing and my tongue is swollen").urgent
    assert not triage("My tongue swelled up once years ago after eating shrimp.").urgent


def test_blurred_vision_after_a_toxin_needs_drooping_eyelids_but_not_after_a_filler() -> None:
    assert not triage("My vision is a bit blurry since my Botox on Friday.").urgent
    assert triage("My vision is blurry and my eyelids droop since my Botox on Friday.").urgent
    assert triage("My vision is blurry since my filler on Friday.").urgent


def test_hives_alone_are_not_held_but_with_fainting_they_are() -> None:
    assert not triage("I got a few hives after my filler yesterday.").urgent
    assert triage("I got hives and nearly passed out after my filler yesterday.").urgent


def test_the_questions_treatment_kind_links_a_symptom_that_started_recently() -> None:
    text = "Since Tuesday I can't swallow properly."
    assert not triage(text).urgent
    assert triage(text, treatment_kinds=["neurotoxin"]).urgent
    # A long-standing symptom is not linked by the question's treatment.
    assert not triage(
        "My father has trouble swallowing. Is it safe for him?", treatment_kinds=["neurotoxin"]
    ).urgent


def test_the_advice_fits_the_treatment() -> None:
    toxin = triage("Since my Botox yesterday I can't swallow.").advice
    assert "toxin's effect" in toxin and "blocking a blood vessel" not in toxin
    filler = triage("After my lip filler today the skin went white.").advice
    assert (
        "blocking a blood vessel" in filler and "contact the clinician who injected you" in filler
    )
    assert "toxin's effect" not in filler
    allergy = triage("Throat closing and hives after my injection this morning.").advice
    assert "anaphylaxis" in allergy


def test_reasons_are_unique_and_in_table_order() -> None:
    result = triage(
        "Since my Botox yesterday I can't swallow, I can't swallow water, and it is hard to "
        "breathe."
    )
    order = [s.reason for s in SYMPTOMS]
    assert result.reasons == sorted(set(result.reasons), key=order.index)


def test_misspelled_key_words_are_read_as_the_word() -> None:
    assert (
        respell("i cant swalow and my vison is blury") == "i cant swallow and my vision is blurry"
    )
    assert respell("breathng, speach, slured, tounge, hoarce, xeomn, botx") == (
        "breathing, speech, slurred, tongue, hoarse, xeomin, botox"
    )
    # Shorthand is expanded before the words are read.
    assert normalize("I CNT swolow") == "i can't swallow"


def test_real_words_next_to_key_words_are_left_alone() -> None:
    text = "shallow drooling slurry horse infection infected breadth walking taking threat voices"
    assert respell(text) == text
    # Key words are never turned into one another ("slurred" is one edit from "blurred").
    assert respell(" ".join(KEY_WORDS)) == " ".join(KEY_WORDS)
    assert not REAL_NEIGHBOURS & set(KEY_WORDS)
    # Short words have too many real neighbours to be corrected.
    assert respell("week weak wake") == "week weak wake"


def test_is_it_normal_about_a_symptom_of_ones_own_after_ones_own_injection() -> None:
    asked = "Is it normal to feel like I can't get a deep breath?"
    assert not triage(asked).urgent
    assert triage(f"{asked} I got Dysport in my neck on Tuesday.").urgent
    # In general, or with the treatment only planned, it is a question like any other.
    assert not triage("Is it normal to have trouble breathing after Botox?").urgent
    assert not triage(f"{asked} I'm getting Dysport in my neck next Tuesday.").urgent


def test_it_copes_with_any_text() -> None:
    for text in ["", " ", "\n\n", "?!", "a" * 50000, "<script>alert(1)</script>", "ç’“”…"]:
        assert triage(text).urgent is False
    shouting = "SINCE MY BOTOX YESTERDAY I CANT SWALLOW"
    assert triage(shouting).urgent
