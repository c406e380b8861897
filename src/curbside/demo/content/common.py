"""Phrases any question or answer can use: how patients open and close, how physicians open
and close by kind of treatment."""

from __future__ import annotations

# How patients introduce themselves. {age} comes from the topic's age range.
QUESTION_OPENERS: tuple[str, ...] = (
    "I'm {age}.",
    "{age} years old, first time asking here.",
    "I've been reading answers on this site for weeks and finally decided to post.",
    "Female, {age}.",
    "I'm a {age}-year-old teacher, so I'm on my feet and talking all day.",
    "Quick question, hoping someone can help.",
    "My doctor is hard to reach, so I'm asking here.",
    "Posting for the first time.",
    "Long-time lurker.",
    "I'm {age} and I like to understand things before I do them.",
    "I tried searching but couldn't find an answer that matched my situation.",
)

# Openers that claim good health or a cosmetic motive: only for cosmetic topics.
QUESTION_OPENERS_COSMETIC: tuple[str, ...] = (
    "Some background: I'm {age}, healthy, and take no regular medications.",
    "I'm {age}. No allergies that I know of, nonsmoker.",
    "I'm {age} and work in front of a camera a lot, so I care about how this looks.",
    "I'm {age} and have had a few cosmetic treatments over the years.",
)

# Context a patient asking about a cosmetic treatment might add.
QUESTION_DETAILS: tuple[str, ...] = (
    "I don't have any medical conditions and I don't take blood thinners.",
    "Budget matters to me, so I'd like to get this right the first time.",
    "I have a big family event in about six weeks.",
    "I'm on a thyroid pill and a daily multivitamin, nothing else.",
    "I bruise easily, if that matters.",
    "My injector has been great, I just want a second opinion.",
    "I'm not looking for a dramatic change, just to look less tired.",
    "I have seasonal allergies and take an antihistamine most days.",
    "I tend to overthink things, so please be blunt.",
    "I've read a lot of conflicting things online.",
    "I exercise most days and sleep reasonably well.",
    "I'd rather wait than do something I regret.",
)

QUESTION_CLOSINGS: tuple[str, ...] = (
    "Thanks in advance.",
    "Any advice appreciated.",
    "Thank you for your time.",
    "I'd appreciate honest answers.",
    "Appreciate any input!",
    "Thanks!",
    "Thank you, doctors.",
    "Any thoughts would help.",
    "Thanks so much.",
    "Grateful for any guidance.",
)

ANSWER_OPENERS: tuple[str, ...] = (
    "Thank you for your question.",
    "Thanks for asking; this comes up often in my practice.",
    "Good question.",
    "Thank you for the detailed history; it helps.",
    "This is a very common concern.",
    "Thanks for reaching out.",
    "I understand the worry.",
    "A fair question, and worth asking before rather than after.",
    "Thanks for posting.",
    "Happy to help with this.",
)

# How a later answer introduces a point beyond the question's core, adding to the others.
ANSWER_ADDITIONS: tuple[str, ...] = (
    "To add to what my colleagues have said:",
    "One more practical point:",
    "Something else worth knowing:",
    "Beyond your specific question, one thing I tell all my patients:",
    "I agree with the answers above, and would add this:",
    "A related point that often gets missed:",
)

CLOSINGS: dict[str, tuple[str, ...]] = {
    "injectable": (
        "An in-person examination by a board-certified physician is the only way to give you "
        "a specific recommendation.",
        "Please see an experienced, board-certified injector in person; photos can only tell us "
        "so much.",
        "I'd encourage you to book a consultation where your history and anatomy can be "
        "assessed face to face.",
        "Online answers are general information. The physician who examines you is your best "
        "guide.",
        "Bring these questions to your consultation; a good injector will welcome them.",
        "Choose a board-certified physician who treats this area regularly and who will see "
        "you for follow-up.",
        "If anything changes or worries you, contact the office that treated you, since they "
        "know exactly what was injected and where.",
        "Best of luck, and please keep your treating physician in the loop.",
        "Your injector should be able to walk you through all of this in person, and should "
        "offer a follow-up visit.",
        "Take your time choosing who treats you; experience with facial anatomy matters more "
        "than price.",
    ),
    "medical": (
        "Please discuss this with the physician who is treating your condition; they know "
        "your history and your exam.",
        "The physician who will treat you is the right person to tailor this to you.",
        "This is general information, not a substitute for an in-person evaluation by a "
        "specialist in this condition.",
        "Bring a written list of these questions to your next appointment.",
        "I'd encourage you to see a physician who treats this condition regularly and can "
        "examine you.",
        "If your current physician doesn't treat this often, it is reasonable to ask for a "
        "referral to someone who does.",
    ),
    "skin": (
        "A board-certified dermatologist who examines your skin in person can tailor the plan "
        "to your skin type.",
        "Please see a board-certified physician for an in-person skin assessment before "
        "committing to a series.",
        "Your treating physician should see your skin before choosing the depth and the product.",
        "An in-person consultation is the best way to get a plan that fits your skin and your "
        "schedule.",
        "Bring photos of how your skin has reacted to treatments before; they help a lot.",
        "Good skin care and sun protection make any of these treatments work better.",
    ),
    "surgery": (
        "Please direct these questions to your surgeon as well; they know exactly what was done.",
        "An in-person examination by a board-certified surgeon is essential before any decision.",
        "Your operating surgeon should see you regularly through recovery; keep those "
        "appointments.",
        "I'd encourage you to meet with two or three board-certified surgeons and compare "
        "their plans.",
        "Be patient with the process and stay in close contact with your surgeon.",
        "This is general information; your surgeon's examination should guide the next step.",
    ),
}

# Headlines any answer in a group can fall back on.
GENERIC_HEADLINES: dict[str, tuple[str, ...]] = {
    "injectable": (
        "Best assessed in person",
        "A few things to consider",
        "Talk it through with your injector",
        "Here is how I approach this",
        "Good question; some general guidance",
        "It depends on your anatomy",
    ),
    "medical": (
        "Worth discussing with your specialist",
        "Some general guidance",
        "Here is how I think about it",
        "Individual treatment plans matter here",
    ),
    "skin": (
        "Depends on your skin type",
        "Some general guidance",
        "Best judged with an in-person skin exam",
        "Here is how I approach this",
    ),
    "surgery": (
        "Patience, and follow up with your surgeon",
        "Some general guidance",
        "Best judged in person",
        "Here is how I think about it",
    ),
}
