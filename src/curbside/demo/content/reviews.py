"""Review text banks, by what was treated and how the patient felt about it. `{doctor}`
becomes "Dr. Lastname" and `{treatment}` the treatment's name."""

from __future__ import annotations

# What a review is about, by treatment. Botox and Myobloc reviews are about migraine,
# dystonia or sweating depending on the physician; the loader decides.
GROUP_OF: dict[str, str] = {
    "botox-cosmetic": "toxin",
    "dysport": "toxin",
    "xeomin": "toxin",
    "jeuveau": "toxin",
    "daxxify": "toxin",
    "letybo": "toxin",
    "botox": "toxin",
    "myobloc": "dystonia",
    "lip-filler": "lips",
    "cheek-filler": "cheeks",
    "tear-trough-filler": "undereye",
    "kybella": "kybella",
    "chemical-peel": "peel",
    "microneedling": "microneedling",
    "rhinoplasty": "rhinoplasty",
    "blepharoplasty": "blepharoplasty",
    "facelift": "facelift",
}

# Which family of titles and shared sentences a group draws on.
FAMILY: dict[str, str] = {
    "toxin": "toxin",
    "migraine": "medical",
    "dystonia": "medical",
    "sweat": "medical",
    "lips": "filler",
    "cheeks": "filler",
    "undereye": "filler",
    "kybella": "filler",
    "peel": "skin",
    "microneedling": "skin",
    "rhinoplasty": "surgery",
    "blepharoplasty": "surgery",
    "facelift": "surgery",
}

# Typical out-of-pocket ranges in USD; None when insurance usually pays.
COST_RANGE: dict[str, tuple[int, int] | None] = {
    "botox-cosmetic": (250, 750),
    "dysport": (250, 700),
    "xeomin": (250, 650),
    "jeuveau": (200, 600),
    "daxxify": (400, 900),
    "letybo": (220, 600),
    "botox": (250, 700),
    "myobloc": None,
    "lip-filler": (550, 1100),
    "cheek-filler": (900, 2200),
    "tear-trough-filler": (700, 1500),
    "kybella": (1200, 2800),
    "chemical-peel": (150, 600),
    "microneedling": (250, 800),
    "rhinoplasty": (8000, 16000),
    "blepharoplasty": (4000, 9000),
    "facelift": (12000, 28000),
}

TITLES: dict[str, dict[str, tuple[str, ...]]] = {
    "positive": {
        "any": (
            "Exactly what I hoped for",
            "Natural results",
            "Would recommend to anyone",
            "Thorough and honest",
            "Best experience I've had",
            "Worth the drive",
            "Finally found my doctor",
            "Listened to what I wanted",
            "Would go back in a heartbeat",
            "Careful and kind",
            "Great results, no pressure",
            "So glad I went",
        ),
        "toxin": ("Refreshed, not frozen", "Still look like me", "Subtle and perfect"),
        "medical": ("Gave me my life back", "Fewer bad days", "Finally some relief"),
        "filler": ("Subtle and balanced", "No more tired look", "Beautiful, natural result"),
        "skin": ("My skin has never looked better", "Glowing", "Texture much improved"),
        "surgery": (
            "Life-changing surgery",
            "Excellent surgeon and aftercare",
            "Worth every penny",
        ),
    },
    "mixed": {
        "any": (
            "Good doctor, long wait",
            "Okay results",
            "Mixed feelings",
            "Decent but pricey",
            "Not quite what I expected",
            "Fine, but felt rushed",
        ),
        "toxin": ("Wore off fast",),
        "medical": ("Some improvement",),
        "filler": ("Needed a touch-up",),
        "skin": ("Subtle change",),
        "surgery": ("Happy-ish, still healing",),
    },
    "negative": {
        "any": (
            "Disappointed",
            "Felt rushed",
            "Would not return",
            "Poor communication",
            "Not for me",
            "Expected more",
        ),
        "toxin": ("Uneven result",),
        "medical": ("Didn't help me",),
        "filler": ("Overdone",),
        "skin": ("Too much downtime",),
        "surgery": ("Not the result I wanted",),
    },
}

# Sentences about the treatment itself, in story order (context first, result last).
EXPERIENCE: dict[str, dict[str, tuple[str, ...]]] = {
    "toxin": {
        "positive": (
            "I came in for {treatment} for my frown lines and forehead, and {doctor} took the "
            "time to watch how my face moves before injecting.",
            "Third time getting {treatment} here.",
            "{doctor} explained the dose, where each injection would go and what to expect in "
            "the first two weeks.",
            "{doctor} talked me out of treating my whole forehead and I'm glad: my brows still "
            "move and the lines are much softer.",
            "Quick, almost painless, and the result kicked in around day four.",
            "Consistent results every time and I still look like myself.",
        ),
        "mixed": (
            "The result was good but faded after about two and a half months.",
            "{doctor} was competent, though I had a small bruise and one brow sat a bit higher "
            "until the touch-up.",
            "Results were fine. The price per unit is higher than other places nearby.",
        ),
        "negative": (
            "One eyebrow ended up higher than the other and it took a while to get a touch-up "
            "appointment.",
            "I barely saw a difference and was told to pay for more units.",
            "I felt the appointment was rushed and my questions were brushed aside.",
        ),
    },
    "migraine": {
        "positive": (
            "I've had {treatment} for chronic migraine with {doctor} for over a year.",
            "{doctor} went through my headache diary with me before deciding on treatment.",
            "My headache days have dropped by more than half.",
            "I still get migraines, but far fewer, and I've cut back on my rescue medication.",
        ),
        "mixed": (
            "It helps, but it wears off a couple of weeks before the next appointment.",
            "The first round gave me a stiff neck for a few weeks; the second was better.",
        ),
        "negative": (
            "Three cycles and no real change in my headaches.",
            "The injections themselves were fine but the office lost my insurance paperwork twice.",
        ),
    },
    "dystonia": {
        "positive": (
            "{doctor} treats my cervical dystonia with EMG guidance.",
            "{doctor} was patient with all my questions about side effects and explained the "
            "boxed warning honestly without scaring me.",
            "It took two cycles to get the dose right, but now the pulling in my neck is much "
            "better.",
            "My head sits straight for most of each cycle now.",
        ),
        "mixed": (
            "It helps, but wears off a couple of weeks before the next appointment.",
            "Good doctor, but getting appointments every twelve weeks is a struggle.",
        ),
        "negative": (
            "I had trouble swallowing solid food for a few weeks and felt the follow-up was slow.",
            "Two rounds and very little change in my neck.",
        ),
    },
    "sweat": {
        "positive": (
            "{doctor} did a starch-iodine test first to map the area.",
            "The office helped with the insurance paperwork for hyperhidrosis treatment.",
            "Numbing cream made the injections very tolerable.",
            "My underarm sweating is under control for the first time since high school.",
        ),
        "mixed": (
            "It worked well, but wore off after about four months.",
            "Effective, though the injections were more uncomfortable than I expected.",
        ),
        "negative": ("Only a partial improvement, and insurance wouldn't cover a repeat.",),
    },
    "lips": {
        "positive": (
            "{doctor} suggested half a syringe when I came in asking for a full one, and it was "
            "the right call.",
            "{doctor} dissolved old filler from another clinic first and rebuilt conservatively.",
            "Swelling was gone in four days.",
            "My lips look like my own lips, just a bit fuller.",
        ),
        "mixed": (
            "Some lumpiness for a couple of weeks, which settled after a follow-up.",
            "Nice result; slightly uneven at first and it needed a small touch-up.",
        ),
        "negative": (
            "My lips came out bigger than we discussed and I had to have some dissolved.",
            "I felt pushed into buying a second syringe.",
        ),
    },
    "cheeks": {
        "positive": (
            "{doctor} looked at my face from every angle before suggesting anything.",
            "We did it in two sessions so it wouldn't look overdone.",
            "The cheek filler gave back the shape I had in my thirties.",
        ),
        "mixed": ("I like the result but the bruising lasted longer than I was told.",),
        "negative": ("My face looked wider than I wanted and I had some of it dissolved.",),
    },
    "undereye": {
        "positive": (
            "{doctor} was honest that filler wouldn't fix my bags, only the hollows.",
            "A very small amount was used, with a cannula.",
            "My under-eye hollows are much softer and nobody can tell I had anything done.",
        ),
        "mixed": ("A little puffiness in the mornings for a few weeks, then it settled.",),
        "negative": ("Swelling under my eyes never fully settled until the filler was dissolved.",),
    },
    "kybella": {
        "positive": (
            "{doctor} warned me about the swelling, which was big for about a week.",
            "Two sessions so far.",
            "My profile looks noticeably better and my jawline is sharper.",
        ),
        "mixed": ("The swelling was rough and I'll need at least one more session.",),
        "negative": ("Three sessions and only a small change under my chin.",),
    },
    "peel": {
        "positive": (
            "{doctor} chose a gentle peel for my skin type and prepared my skin beforehand.",
            "Peeling lasted about five days.",
            "No dark spots afterwards, and my sun spots are much lighter.",
        ),
        "mixed": ("My skin is smoother, though I had more redness than expected for a week.",),
        "negative": ("I developed dark patches afterwards that took months to fade.",),
    },
    "microneedling": {
        "positive": (
            "I did a series of four sessions.",
            "Redness was gone by the next morning each time.",
            "My acne scars are noticeably shallower.",
        ),
        "mixed": ("A subtle improvement. Probably needs more sessions than I budgeted for.",),
        "negative": ("Didn't see much difference after three sessions.",),
    },
    "rhinoplasty": {
        "positive": (
            "{doctor} showed me realistic simulations and talked me out of going too small.",
            "I can breathe through my nose for the first time in years, and it looks natural.",
            "Eight months out and I'm thrilled. The tip took a while but {doctor} kept "
            "reassuring me.",
        ),
        "mixed": ("The result is good but the swelling has taken much longer than I expected.",),
        "negative": ("I'm not happy with the tip and felt dismissed at follow-up.",),
    },
    "blepharoplasty": {
        "positive": (
            "{doctor} checked my eyes for dryness before agreeing to operate.",
            "Bruising was mostly gone in ten days.",
            "My upper lids no longer sit on my lashes. I look rested and the scars are nearly "
            "invisible.",
        ),
        "mixed": ("Happy overall, though my eyes were dry for a couple of months.",),
        "negative": ("One lid heals differently from the other and I needed a small revision.",),
    },
    "facelift": {
        "positive": (
            "{doctor} explained what a facelift would and wouldn't change.",
            "The numbness took a few months to go but the result is natural.",
            "I look like a rested version of myself, not pulled.",
        ),
        "mixed": ("Good result; recovery was longer than I had planned for.",),
        "negative": ("Longer recovery than described and a scar I wasn't prepared for.",),
    },
}

# Sentences that fit any treatment in a family.
SHARED: dict[str, dict[str, tuple[str, ...]]] = {
    "toxin": {
        "positive": ("Clear explanation of side effects, and no pressure to add areas.",),
        "mixed": (),
        "negative": (),
    },
    "medical": {
        "positive": ("The office handled the insurance authorisation for me, a huge relief.",),
        "mixed": (),
        "negative": (),
    },
    "filler": {
        "positive": (
            "Clear explanation of the risks, including what to do if something went wrong.",
        ),
        "mixed": (),
        "negative": (),
    },
    "skin": {
        "positive": ("Very clear aftercare instructions and a follow-up call the next day.",),
        "mixed": (),
        "negative": (),
    },
    "surgery": {
        "positive": (
            "{doctor} spent over an hour at my consultation and was honest about what "
            "{treatment} could and couldn't do.",
            "Recovery went exactly as described, and the team answered every call.",
            "{doctor} did not rush me into surgery.",
        ),
        "mixed": ("Great surgeon; the front desk was disorganised.",),
        "negative": (),
    },
}

OFFICE: dict[str, tuple[str, ...]] = {
    "positive": (
        "The staff were warm and the office ran on time.",
        "Follow-up at two weeks was included, which I appreciated.",
        "Clean, calm office and no upselling.",
        "{doctor} gave me a direct number for questions afterwards.",
        "I never felt pressured to do more than I wanted.",
        "",
    ),
    "mixed": (
        "Waited forty minutes past my appointment time.",
        "Parking was difficult and the office was busy.",
        "",
    ),
    "negative": (
        "Hard to reach anyone on the phone afterwards.",
        "The front desk seemed more interested in selling packages.",
        "",
    ),
}
