"""Skin treatment and facial surgery topics."""

from __future__ import annotations

from curbside.demo.content.types import Seed, Topic

PEEL = Topic(
    key="peel",
    treatments=("chemical-peel",),
    questions=10,
    ages=(22, 64),
    group="skin",
    specialties=("dermatology",),
    seeds=(
        Seed(
            (
                "How much downtime after a medium chemical peel?",
                "TCA peel recovery: how long will I peel?",
            ),
            "I'm thinking of a medium-depth TCA peel for sun damage. How long will I be "
            "peeling and when can I go back to work?",
        ),
        Seed(
            (
                "Chemical peel for dark skin: is it safe?",
                "Will a peel make my hyperpigmentation worse?",
            ),
            "I have deep brown skin and dark marks left from acne. Is a chemical peel safe for "
            "me, or could it make the dark spots worse?",
        ),
        Seed(
            ("Do I need to stop retinol before a peel?", "Tretinoin and chemical peels"),
            "I use tretinoin every night. When should I stop it before a chemical peel, and "
            "when can I restart?",
        ),
        Seed(
            ("Skin darker after my chemical peel", "Dark patches two weeks after a peel"),
            "Two weeks after a glycolic peel I have darker patches on my cheeks. What "
            "happened, and will it fade?",
        ),
        Seed(
            ("Chemical peel for melasma?", "Can a peel get rid of melasma?"),
            "I have melasma on my cheeks and upper lip. Will a series of peels clear it?",
        ),
        Seed(
            ("Light peel before an event?", "How close to my wedding can I get a peel?"),
            "My wedding is in three weeks. Is it too late for a light peel to brighten my skin?",
        ),
    ),
    general=(7, 6),
    focus=(
        (0,),
        (1, 3),
        (2,),
        (3,),
        (4,),
        (5, 0),
    ),
    details=(
        "I had a reaction to a strong vitamin C serum once.",
        "I live somewhere very sunny.",
        "I've had cold sores in the past.",
    ),
    headlines=(  # one per point, same order
        "Depth determines downtime",
        "Safe for darker skin with the right peel",
        "Pause retinoids, then restart",
        "Post-inflammatory darkening usually fades",
        "Melasma needs a long-term plan",
        "Only a familiar peel before an event",
        "Plan ahead if you get cold sores",
        "Gentle aftercare matters",
    ),
    points=(
        "Light peels cause a few days of flaking at most. Medium-depth TCA peels usually "
        "mean about a week of peeling and redness that can last a few more weeks. Deep peels "
        "need weeks of healing and are rarely done now.",
        "Darker skin types can have peels, but the risk of post-inflammatory "
        "hyperpigmentation, darkening after irritation, is higher. Superficial peels, careful "
        "preparation with pigment-lightening creams and strict sun protection lower the risk. "
        "Choose someone experienced with your skin type.",
        "Most physicians ask you to stop a retinoid three to seven days before a peel, "
        "depending on depth, and to restart once the skin has fully healed, often a week or "
        "two after.",
        "Dark patches after a peel are usually post-inflammatory hyperpigmentation. They tend "
        "to fade over weeks to months with sun protection and pigment-lightening treatment "
        "from your dermatologist. Avoid picking and further irritation.",
        "Melasma can improve with peels, but it is a chronic condition that tends to return, "
        "especially with sun or heat exposure. A plan usually combines daily broad-spectrum "
        "sunscreen (a tinted mineral one helps with visible light), topical lightening agents "
        "and sometimes oral treatment, with peels as an add-on.",
        "A light peel two to three weeks before an event is usually fine if you've had that "
        "peel before without trouble. Never try a new or stronger peel close to an important "
        "date.",
        "If you get cold sores, ask about antiviral medication before a medium or deep peel; "
        "a peel can trigger an outbreak.",
        "After any peel, avoid sun, use a gentle cleanser and moisturiser, and don't pick at "
        "peeling skin.",
    ),
    caveats=(
        "Increasing pain, pus, crusting or fever after a peel needs prompt review for infection.",
    ),
)

MICRONEEDLING = Topic(
    key="microneedling",
    treatments=("microneedling",),
    questions=5,
    ages=(22, 55),
    group="skin",
    specialties=("dermatology",),
    seeds=(
        Seed(
            (
                "Microneedling for acne scars: how many sessions?",
                "Will microneedling fix my rolling acne scars?",
            ),
            "I have rolling and boxcar acne scars on my cheeks. How many microneedling "
            "sessions will I need?",
        ),
        Seed(
            (
                "Microneedling with PRP: worth the extra cost?",
                "Is the vampire facial better than plain microneedling?",
            ),
            "My clinic offers microneedling with PRP for much more money. Is it worth it?",
        ),
        Seed(
            ("Breakout after microneedling", "Bumps and redness a week after microneedling"),
            "I have small bumps and redness a week after microneedling. Is this normal?",
        ),
    ),
    general=(4,),
    focus=(
        (0, 1),
        (2,),
        (3,),
    ),
    details=("I have active acne sometimes.", "I tried at-home rollers before."),
    headlines=(  # one per point, same order
        "A series, not a single session",
        "Improvement, not erasure",
        "Evidence for PRP is mixed",
        "Bumps are common; infection is not",
        "Know when to wait",
    ),
    points=(
        "Most people need three to six sessions about four to six weeks apart, with gradual "
        "improvement over months. Rolling scars tend to respond better than deep icepick "
        "scars.",
        "Expect improvement, not erasure. Deeper scars often need combined treatment such as "
        "subcision, lasers or TCA applied to individual scars.",
        "Adding platelet-rich plasma may add a little benefit for some, but studies are small "
        "and mixed. It's reasonable to start without it.",
        "Small bumps and redness after treatment can be irritation, clogged pores or a flare "
        "of acne. If you have pustules, pain or spreading redness, have it checked for "
        "infection.",
        "Active acne, infection, or a tendency to keloids are reasons to delay or reconsider. "
        "Home rollers are not the same and can damage the skin.",
    ),
    caveats=("Sun protection matters for weeks after every session.",),
)

RHINO_SWELLING = Topic(
    key="rhino_swelling",
    treatments=("rhinoplasty",),
    questions=10,
    ages=(19, 52),
    group="surgery",
    specialties=("facial_plastic_surgery", "plastic_surgery", "otolaryngology"),
    answers=(2, 5),
    seeds=(
        Seed(
            (
                "Nose tip still swollen 4 months after rhinoplasty",
                "Is my nose tip going to stay this big after surgery?",
            ),
            "Four months after rhinoplasty my nose tip still looks bulbous and wide, which is "
            "what I wanted to fix. Is this swelling or the final result?",
        ),
        Seed(
            ("Swelling timeline after rhinoplasty", "When will I see my final rhinoplasty result?"),
            "I'm two weeks post-op. When will my nose look like the final result?",
        ),
        Seed(
            (
                "Nose looks crooked 3 weeks after rhinoplasty",
                "Asymmetry after rhinoplasty cast removal",
            ),
            "Three weeks after rhinoplasty, my nose looks slightly bent to the left in photos. "
            "Is it swelling or did something go wrong?",
        ),
        Seed(
            ("Bump on my bridge after rhinoplasty", "New hard bump on my nose two months post-op"),
            "Two months after rhinoplasty, I feel a small hard bump on the bridge where the "
            "hump was removed. Is it cartilage or swelling?",
        ),
        Seed(
            (
                "Steroid injection for swelling after rhinoplasty?",
                "Surgeon offered a steroid shot for my nose tip",
            ),
            "My surgeon suggested a steroid injection for persistent swelling in my "
            "supratip. Is that safe?",
        ),
        Seed(
            ("Thick skin and rhinoplasty results", "Will my thick skin ruin my rhinoplasty?"),
            "I've been told I have thick nasal skin. Does that mean my rhinoplasty will take "
            "longer to settle or look less refined?",
        ),
    ),
    general=(5, 6),
    focus=(
        (0, 3, 4),
        (0,),
        (1,),
        (2,),
        (3,),
        (4,),
    ),
    details=(
        "It was an open rhinoplasty.",
        "I had a closed rhinoplasty with hump reduction.",
        "My surgeon says it looks fine but I'm worried.",
    ),
    headlines=(  # one per point, same order
        "Swelling takes a year or more to settle",
        "Early asymmetry is often swelling",
        "A bump can settle or need a small revision",
        "Steroid injections are a common tool",
        "Thick skin is slower, not worse",
        "Judge with photos, not the mirror",
        "Small habits help swelling",
    ),
    points=(
        "Most visible swelling settles in the first few months, but the nose continues to "
        "refine for 12 to 18 months, and the tip is the last area to settle, especially "
        "after open rhinoplasty and with thicker skin.",
        "Swelling is often uneven, so a nose can look crooked or asymmetric early on even when "
        "the framework is straight. Photos under different lighting exaggerate this. Your "
        "surgeon can check the underlying structure.",
        "A firm bump on the bridge at a few months can be swelling, scar tissue, or a small "
        "irregularity of bone or cartilage. Many resolve; some need a minor revision, which "
        "should wait until at least a year.",
        "Steroid injections into persistent supratip swelling are commonly used by "
        "experienced rhinoplasty surgeons. Small doses are used carefully because too much "
        "can thin the skin.",
        "Thick skin swells more and takes longer to show fine detail. Taping, steroid "
        "injections and skin care can help. Very fine definition may be limited, but results "
        "can still be excellent.",
        "Avoid judging the result by week or month. Comparing standardised photos at three, "
        "six and twelve months with your surgeon is more useful.",
        "Sleeping with the head raised, avoiding salty foods, not wearing heavy glasses on "
        "the bridge and gentle care all help swelling settle.",
    ),
    caveats=(
        "New redness, warmth, fever or increasing pain after surgery should be reported to "
        "your surgeon promptly.",
    ),
)

RHINO_REVISION = Topic(
    key="rhino_revision",
    treatments=("rhinoplasty",),
    questions=7,
    ages=(20, 58),
    group="surgery",
    specialties=("facial_plastic_surgery", "otolaryngology", "plastic_surgery"),
    seeds=(
        Seed(
            (
                "Can't breathe through my nose after rhinoplasty",
                "Breathing worse after cosmetic rhinoplasty",
            ),
            "Eight months after rhinoplasty I breathe worse than before, especially on the "
            "left. What could cause this and can it be fixed?",
        ),
        Seed(
            (
                "When can I have revision rhinoplasty?",
                "How long to wait before a rhinoplasty revision?",
            ),
            "I'm unhappy with my nose seven months after surgery. How long do I have to wait "
            "for a revision?",
        ),
        Seed(
            (
                "Deviated septum and cosmetic nose job together?",
                "Will insurance cover part of my rhinoplasty?",
            ),
            "I have a deviated septum and also want to change the shape of my nose. Can both "
            "be done together, and would insurance cover any of it?",
        ),
        Seed(
            ("Rib cartilage for revision rhinoplasty?", "My surgeon wants to use rib cartilage"),
            "For my revision, the surgeon says I need rib cartilage because there isn't "
            "enough septum left. Is that normal?",
        ),
        Seed(
            (
                "Choosing a revision rhinoplasty surgeon",
                "Should I go back to my original surgeon for a revision?",
            ),
            "Should I go back to my original surgeon for revision or see someone new?",
        ),
    ),
    general=(1, 6),
    focus=(
        (0, 5),
        (1,),
        (2,),
        (3,),
        (4, 1),
    ),
    details=(
        "I had my first surgery three years ago.",
        "I've had allergies all my life.",
    ),
    headlines=(  # one per point, same order
        "Breathing problems are worth investigating",
        "Wait at least a year for revision",
        "Form and function can be combined",
        "Rib cartilage is common in revisions",
        "Consider a second opinion",
        "Try medical treatment first",
        "Bring your records",
    ),
    points=(
        "Breathing trouble after rhinoplasty can come from a deviated septum, collapse of the "
        "side walls (valve collapse), swollen turbinates, scar tissue, or allergies. An "
        "examination, sometimes with an endoscope, identifies the cause; several are "
        "correctable.",
        "Most surgeons recommend waiting at least a year after the previous surgery before a "
        "revision, so swelling settles and tissues soften. An earlier revision is sometimes "
        "justified for a clear, specific problem.",
        "Septoplasty and cosmetic rhinoplasty are often done together. Insurance may cover "
        "the functional part when documented nasal obstruction hasn't responded to medical "
        "treatment; the cosmetic part is out of pocket.",
        "Revisions often need extra cartilage for support. When the septum was used before, "
        "ear or rib cartilage are options; rib provides the most material and strength. It "
        "adds a small incision and a little recovery.",
        "Going back to your original surgeon is reasonable if you trust them and they "
        "understand the problem. A second opinion from a surgeon who does many revisions is "
        "also wise.",
        "Medical treatment of allergies and turbinate swelling, such as nasal steroid sprays, "
        "sometimes improves breathing enough without surgery.",
        "Bring photos from before your first surgery and the operative report; they help any "
        "surgeon understand what was done.",
    ),
    caveats=("Bring your operative report to any consultation; it saves a lot of guesswork.",),
)

BLEPHAROPLASTY = Topic(
    key="blepharoplasty",
    treatments=("blepharoplasty",),
    questions=10,
    ages=(40, 76),
    group="surgery",
    specialties=("oculoplastic_surgery", "facial_plastic_surgery", "plastic_surgery"),
    answers=(2, 5),
    seeds=(
        Seed(
            ("Dry eyes after blepharoplasty", "Eyes gritty and watery after eyelid surgery"),
            "Three weeks after upper and lower blepharoplasty my eyes feel gritty and "
            "paradoxically watery. Is this normal? When will it improve?",
        ),
        Seed(
            (
                "Do I need blepharoplasty or ptosis repair?",
                "Droopy eyelids: excess skin or ptosis?",
            ),
            "My upper lids look heavy and I feel like I'm looking through a curtain. How do "
            "I know whether I need a blepharoplasty or a ptosis repair?",
        ),
        Seed(
            (
                "Recovery time after upper blepharoplasty",
                "How long off work after upper eyelid surgery?",
            ),
            "I'm planning upper blepharoplasty. How long will I be bruised and when can I go "
            "back to work?",
        ),
        Seed(
            (
                "Will insurance cover my upper eyelid surgery?",
                "Eyelid skin blocking my vision: insurance coverage?",
            ),
            "My upper eyelid skin hangs over my lashes and I have to lift my brows to see. "
            "Would insurance cover surgery?",
        ),
        Seed(
            (
                "Can't close my eyes fully after lower blepharoplasty",
                "Eyes don't close completely after eyelid surgery",
            ),
            "Two weeks after surgery my eyes don't fully close when I sleep, my partner "
            "says. Is that going to get better?",
        ),
        Seed(
            (
                "Lower lid pulling down after blepharoplasty",
                "Round eye shape after lower eyelid surgery",
            ),
            "After lower blepharoplasty my lower lid seems to pull down at the outer corner, "
            "showing white under my iris. Will it settle?",
        ),
    ),
    general=(7, 6),
    focus=(
        (0, 6),
        (1, 3),
        (2,),
        (3, 1),
        (4, 0),
        (5,),
    ),
    details=(
        "I've had LASIK in the past.",
        "I use lubricating drops for mild dry eye already.",
        "I'm on a baby aspirin every day.",
    ),
    headlines=(  # one per point, same order
        "Dry eye is common early and usually improves",
        "Skin versus ptosis: the exam decides",
        "Plan about two weeks for social recovery",
        "Often covered when vision is affected",
        "Incomplete closure usually improves",
        "Early lid changes often settle",
        "Check your eyes before surgery",
        "Choose an experienced eyelid surgeon",
    ),
    points=(
        "Dry, gritty eyes are common in the first weeks after eyelid surgery, and watering is "
        "often a reflex response to dryness. Frequent preservative-free lubricating drops and "
        "an ointment at night usually help while things settle over weeks to a few months.",
        "Excess upper lid skin (dermatochalasis) and a low eyelid margin (ptosis) look similar "
        "but are different problems. Blepharoplasty removes skin and sometimes fat; ptosis "
        "repair tightens the muscle that lifts the lid. Many people need one, some both, and a "
        "brow position assessment matters too.",
        "Bruising and swelling after upper blepharoplasty usually settle enough for most "
        "social situations in 10 to 14 days. Cold compresses in the first two days, sleeping "
        "with the head raised and avoiding heavy exercise for a couple of weeks help.",
        "Insurance may cover upper lid surgery when excess skin or ptosis blocks your field of "
        "vision, documented by a visual field test and photographs. Lower blepharoplasty is "
        "almost always cosmetic.",
        "Incomplete closure (lagophthalmos) is common soon after surgery because of swelling "
        "and usually improves over weeks. Protect the eyes with lubricant at night and keep "
        "your surgeon informed; persistent cases need attention.",
        "Lower lid pulling down or rounding of the outer corner can happen with swelling or "
        "scar tissue. Massage, taping and time often help. If it persists, a lid-tightening "
        "procedure may be needed, which your surgeon can discuss.",
        "People with existing dry eye, prior LASIK or thyroid eye disease need a careful "
        "pre-operative eye assessment; it may change how much tissue is removed.",
        "An oculoplastic surgeon specialises in this area, but many facial plastic and "
        "plastic surgeons perform eyelid surgery with excellent results. Ask how often they do "
        "it and to see results.",
    ),
    caveats=(
        "Severe eye pain, vision loss or rapidly increasing swelling or bruising after eyelid "
        "surgery is an emergency; contact your surgeon immediately or go to an emergency "
        "department.",
    ),
)

FACELIFT = Topic(
    key="facelift",
    treatments=("facelift",),
    questions=5,
    ages=(48, 76),
    group="surgery",
    specialties=("facial_plastic_surgery", "plastic_surgery"),
    seeds=(
        Seed(
            ("Mini facelift or full facelift?", "Is a mini facelift enough for jowls?"),
            "I have jowls and some neck laxity. Is a mini facelift enough or do I need a full "
            "facelift?",
        ),
        Seed(
            (
                "Numbness in my cheeks after facelift",
                "Facelift three weeks ago, cheeks and ears still numb",
            ),
            "Three weeks after my facelift my cheeks and earlobes are still numb. When will "
            "feeling come back?",
        ),
        Seed(
            ("How long does a facelift last?", "Is a facelift worth it at 55?"),
            "If I get a facelift now, in my mid-fifties, how long will it last?",
            age=55,
        ),
    ),
    general=(4,),
    focus=(
        (0,),
        (1,),
        (2, 3),
    ),
    details=("I've had filler for years.", "I'm a former smoker; I quit two years ago."),
    headlines=(  # one per point, same order
        "Match the operation to the problem",
        "Numbness is expected and improves",
        "The clock keeps ticking",
        "No nicotine, before or after",
        "Choose your surgeon carefully",
    ),
    points=(
        "A 'mini' facelift uses shorter incisions and suits mild jowling with little neck "
        "laxity. When the neck is loose too, a full face and neck lift usually gives a better "
        "and longer-lasting result. Names vary between surgeons, so ask what is actually done.",
        "Numbness in the cheeks and around the ears is expected because small sensory nerves "
        "are cut when the skin is lifted. Feeling usually returns gradually over several "
        "months.",
        "A well-done facelift often keeps you looking younger than you otherwise would for "
        "ten years or more, but the face continues to age. Skin quality, genetics, sun and "
        "smoking all affect longevity.",
        "Smoking and nicotine greatly increase the risk of skin healing problems. Surgeons "
        "require stopping well before and after surgery.",
        "Look for a board-certified facial plastic or plastic surgeon who performs facelifts "
        "regularly and can show you results in patients like you.",
    ),
    caveats=(
        "A rapidly enlarging, painful swelling on one side after a facelift can be a "
        "haematoma and needs your surgeon immediately.",
    ),
)

TOPICS: tuple[Topic, ...] = (
    PEEL,
    MICRONEEDLING,
    RHINO_SWELLING,
    RHINO_REVISION,
    BLEPHAROPLASTY,
    FACELIFT,
)
