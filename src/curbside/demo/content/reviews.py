"""Review text banks: by kind of treatment and by how the patient felt. `{doctor}` becomes
"Dr. Lastname" and `{treatment}` the treatment's name."""

from __future__ import annotations

# Which bank a treatment's reviews come from.
GROUP_OF: dict[str, str] = {
    "botox-cosmetic": "toxin", "dysport": "toxin", "xeomin": "toxin", "jeuveau": "toxin",
    "daxxify": "toxin", "letybo": "toxin", "botox": "medical", "myobloc": "medical",
    "lip-filler": "filler", "cheek-filler": "filler", "tear-trough-filler": "filler",
    "kybella": "filler", "chemical-peel": "skin", "microneedling": "skin",
    "rhinoplasty": "surgery", "blepharoplasty": "surgery", "facelift": "surgery",
}

# Typical out-of-pocket ranges in USD; None when insurance usually pays.
COST_RANGE: dict[str, tuple[int, int] | None] = {
    "botox-cosmetic": (250, 750), "dysport": (250, 700), "xeomin": (250, 650),
    "jeuveau": (200, 600), "daxxify": (400, 900), "letybo": (220, 600), "botox": None,
    "myobloc": None, "lip-filler": (550, 1100), "cheek-filler": (900, 2200),
    "tear-trough-filler": (700, 1500), "kybella": (1200, 2800), "chemical-peel": (150, 600),
    "microneedling": (250, 800), "rhinoplasty": (8000, 16000),
    "blepharoplasty": (4000, 9000), "facelift": (12000, 28000),
}

TITLES: dict[str, dict[str, tuple[str, ...]]] = {
    "positive": {
        "any": (
            "Exactly what I hoped for", "Natural results", "Would recommend to anyone",
            "Thorough and honest", "Best experience I've had", "Worth the drive",
            "Finally found my doctor", "Listened to what I wanted", "Five stars, no hesitation",
            "Careful and kind", "Great results, no pressure", "So glad I went",
        ),
        "toxin": ("Refreshed, not frozen", "Still look like me", "Subtle and perfect"),
        "medical": ("Gave me my life back", "Fewer bad days", "Finally some relief"),
        "sweat": ("Dry shirts at last", "Should have done this years ago"),
        "filler": ("Subtle and balanced", "No more tired look", "Beautiful, natural lips"),
        "skin": ("My skin has never looked better", "Glowing", "Texture much improved"),
        "surgery": ("Life-changing surgery", "Excellent surgeon and aftercare",
                    "Worth every penny"),
    },
    "mixed": {
        "any": (
            "Good doctor, long wait", "Okay results", "Mixed feelings", "Decent but pricey",
            "Not quite what I expected", "Fine, but felt rushed",
        ),
        "toxin": ("Wore off fast",),
        "medical": ("Some improvement",),
        "sweat": ("Works, but not for long",),
        "filler": ("Needed a touch-up",),
        "skin": ("Subtle change",),
        "surgery": ("Happy-ish, still healing",),
    },
    "negative": {
        "any": (
            "Disappointed", "Felt rushed", "Would not return", "Poor communication",
            "Not for me", "Expected more",
        ),
        "toxin": ("Uneven result",),
        "medical": ("Didn't help me",),
        "sweat": ("Not much change",),
        "filler": ("Overfilled",),
        "skin": ("Too much downtime",),
        "surgery": ("Not the result I wanted",),
    },
}

EXPERIENCE: dict[str, dict[str, tuple[str, ...]]] = {
    "toxin": {
        "positive": (
            "I came in for {treatment} for my frown lines and forehead, and {doctor} took the "
            "time to watch how my face moves before injecting.",
            "{doctor} explained the dose, where each injection would go and what to expect in "
            "the first two weeks.",
            "Third time getting {treatment} here. Consistent results every time and I still "
            "look like myself.",
            "{doctor} talked me out of treating my whole forehead and I'm glad: my brows still "
            "move and the lines are much softer.",
            "My crow's feet are softer but I can still smile normally.",
            "Quick, almost painless, and the result kicked in around day four.",
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
    "medical": {
        "positive": (
            "I've had {treatment} for chronic migraine with {doctor} for over a year. My "
            "headache days have dropped by more than half.",
            "{doctor} treats my cervical dystonia with EMG guidance. My head sits straight for "
            "most of each cycle now.",
            "{doctor} was patient with all my questions about side effects and explained the "
            "boxed warning honestly without scaring me.",
            "The office handled the insurance authorisation for me, which was a huge relief.",
            "It took two cycles to get the dose right, but now the neck pulling is much "
            "better.",
            "{doctor} adjusted the injection points at my second visit and it made a real "
            "difference.",
        ),
        "mixed": (
            "It helps, but it wears off a couple of weeks before the next appointment.",
            "The first round gave me a stiff neck for a few weeks; the second was better.",
            "Good doctor, but getting appointments every twelve weeks is a struggle.",
        ),
        "negative": (
            "Three cycles and no real change in my headaches.",
            "I had trouble swallowing solid food for a few weeks and felt the follow-up was "
            "slow.",
            "The injections themselves were fine but the office lost my insurance paperwork "
            "twice.",
        ),
    },
    "sweat": {
        "positive": (
            "My underarm sweating is under control for the first time since high school.",
            "{doctor} did a starch-iodine test first to map the area. Six months later I'm "
            "still dry.",
            "The office helped with the insurance paperwork for hyperhidrosis treatment.",
            "Numbing cream made the injections very tolerable.",
        ),
        "mixed": (
            "It worked well, but wore off after about four months.",
            "Effective, though the injections were more uncomfortable than I expected.",
        ),
        "negative": (
            "Only a partial improvement and insurance wouldn't cover a repeat.",
        ),
    },
    "filler": {
        "positive": (
            "{doctor} suggested half a syringe when I came in asking for a full one, and it was "
            "the right call.",
            "Swelling was gone in four days and the result looks like my own lips, just better.",
            "{doctor} dissolved old filler from another clinic first and rebuilt conservatively. "
            "I look fresher, not puffy.",
            "My under-eye hollows are much softer and nobody can tell I had anything done.",
            "The cheek filler gave back the shape I had in my thirties.",
            "Clear explanation of the risks, including what to do if something went wrong.",
        ),
        "mixed": (
            "Some lumpiness for a couple of weeks, which settled after a follow-up.",
            "I like the result but the bruising lasted longer than I was told.",
            "Nice result; slightly asymmetric at first and it needed a small touch-up.",
        ),
        "negative": (
            "My lips came out bigger than we discussed and I had to have some dissolved.",
            "Swelling under my eyes never fully settled until the filler was dissolved.",
            "I felt pushed into buying a second syringe.",
        ),
    },
    "skin": {
        "positive": (
            "After a series of {treatment} sessions my acne scars are noticeably shallower.",
            "{doctor} chose a gentle peel for my skin type and prepared my skin beforehand. No "
            "dark spots afterwards.",
            "Peeling lasted about five days and my sun spots are much lighter.",
            "Very clear aftercare instructions and a follow-up call the next day.",
        ),
        "mixed": (
            "A subtle improvement. Probably needs more sessions than I budgeted for.",
            "My skin is smoother, though I had more redness than expected for a week.",
        ),
        "negative": (
            "I developed dark patches afterwards that took months to fade.",
            "Didn't see much difference after three sessions.",
        ),
    },
    "surgery": {
        "positive": (
            "{doctor} spent over an hour at my consultation and was honest about what "
            "{treatment} could and couldn't do.",
            "Recovery went exactly as described, and the team answered every call.",
            "I can breathe through my nose for the first time in years, and it looks natural.",
            "My upper lids no longer sit on my lashes. I look rested and the scars are nearly "
            "invisible.",
            "Eight months out and I'm thrilled. Swelling took a while but {doctor} kept "
            "reassuring me.",
            "{doctor} did not rush me into surgery and suggested waiting a few months first.",
        ),
        "mixed": (
            "The result is good but the swelling has taken much longer than I expected.",
            "Happy overall, though one side healed differently and needed a small revision.",
            "Great surgeon; the front desk was disorganised.",
        ),
        "negative": (
            "I'm not happy with the shape and felt dismissed at follow-up.",
            "Longer recovery than described and a scar I wasn't prepared for.",
        ),
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
