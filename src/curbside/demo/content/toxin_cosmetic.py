"""Cosmetic neurotoxin topics by area: frown lines, crow's feet, forehead and neck bands."""

from __future__ import annotations

from curbside.demo.content.types import Seed, Topic

COSMETIC = (
    ("Botox", "botox-cosmetic"),
    ("Botox", "botox-cosmetic"),
    ("Dysport", "dysport"),
    ("Xeomin", "xeomin"),
    ("Jeuveau", "jeuveau"),
)


SAFETY_CAVEATS = (
    "If you ever have trouble swallowing, speaking or breathing after a toxin injection, get "
    "medical care right away. It is rare at cosmetic doses, but everyone should know the "
    "warning signs.",
    "Tell your injector about any neuromuscular condition, such as myasthenia gravis, and "
    "about recent toxin treatments elsewhere.",
    "Make sure the product comes from a licensed US supplier; counterfeit toxin does circulate "
    "and has caused real harm.",
)


FROWN_LINES = Topic(
    key="frown_lines",
    treatments=("botox-cosmetic",),
    questions=16,
    ages=(26, 62),
    products=(*COSMETIC, ("Letybo", "letybo"), ("Daxxify", "daxxify")),
    seeds=(
        Seed(
            (
                "Will {product} get rid of my 11s completely?",
                "Deep frown lines between my brows: can {product} erase them?",
            ),
            "I have two deep vertical lines between my eyebrows that are there even when my "
            "face is relaxed. Will {product} make them disappear, or only soften them?",
        ),
        Seed(
            (
                "How soon does {product} work on frown lines?",
                "Had {product} for my 11s five days ago and can still frown",
            ),
            "I got {product} between my eyebrows five days ago and I can still frown almost "
            "normally. Is that expected, and when should it kick in?",
        ),
        Seed(
            (
                "Is 20 units of Botox enough for frown lines?",
                "How many units does the glabella really need?",
            ),
            "My injector suggested 20 units of Botox for my frown lines. A friend of mine gets "
            "more than that. How is the dose decided, and is 20 a reasonable start?",
            ("botox-cosmetic",),
        ),
        Seed(
            (
                "Frown lines came back after only two months",
                "Why did my 11s return so quickly after {product}?",
            ),
            "My first {product} treatment for the lines between my brows looked great, but I "
            "could frown again after about two months. Did I get too little, or is my body "
            "just breaking it down faster?",
        ),
        Seed(
            (
                "Preventive Botox for 11s in my twenties?",
                "Is it too early to treat frown lines at 25?",
            ),
            "I frown a lot when I concentrate and the lines only show when I move. Is there any "
            "point in starting Botox now, or should I wait until the lines are there at rest?",
            ("botox-cosmetic",),
            age=25,
        ),
        Seed(
            (
                "Filler or Botox for an etched-in frown line?",
                "One clinic says toxin, another says toxin plus filler for my 11s",
            ),
            "The line between my brows is etched in even at rest. One clinic recommended Botox "
            "alone and another recommended Botox plus a little filler. Which makes more sense?",
            ("botox-cosmetic",),
        ),
        Seed(
            (
                "First time getting {product} for frown lines: what should I expect?",
                "Nervous about my first {product} appointment for the 11s",
            ),
            "I booked my first ever {product} appointment for the lines between my eyebrows. "
            "What actually happens, how much does it hurt, and what should I watch for "
            "afterwards?",
        ),
        Seed(
            (
                "Can frown line treatment make me look angry or frozen?",
                "Worried {product} will give me a frozen look",
            ),
            "I want my 11s softened but I'm afraid of looking frozen or strange. Is there a "
            "way to treat the frown lines and still look like myself?",
        ),
    ),
    general=(0, 7, 8),
    focus=(
        (0, 5, 4),
        (1, 11),
        (2, 3, 8),
        (12, 4, 2),
        (6, 8),
        (5, 0),
        (10, 1, 8),
        (9, 8, 2),
    ),
    details=(
        "My mom has very deep 11s, so I think it runs in the family.",
        "I wear glasses and squint at screens all day.",
        "People keep asking me if I'm upset when I'm just concentrating.",
        "I had one treatment years ago and liked it, then stopped.",
    ),
    headlines=(  # one per point, same order
        "Expect softening; etched lines take a few rounds",
        "Give it the full two weeks",
        "The dose follows your muscles, not a menu",
        "Units differ between products",
        "Three to four months is typical",
        "Toxin first; filler here needs extra caution",
        "Prevention is optional, sunscreen is not",
        "Side effects are usually minor",
        "Start conservatively and reassess at two weeks",
        "A frozen look usually comes from the forehead",
        "A quick appointment with little downtime",
        "Too early to judge at five days",
        "An early fade usually means a light dose",
    ),
    points=(
        "Toxin relaxes the corrugator and procerus muscles that pull the brows together. Lines "
        "that show only when you frown usually soften very well. Lines that are visible at rest "
        "often improve over several treatment cycles once the skin stops being creased every "
        "day, but a deeply etched line may not disappear entirely with toxin alone.",
        "The effect usually starts within two to four days and peaks at around two weeks. If "
        "you still have strong movement at two weeks, go back to your injector; that is the "
        "right moment to judge whether a touch-up makes sense.",
        "The labeled Botox Cosmetic dose for frown lines is 20 units split over five points. "
        "Many people do well with that, but people with strong muscles, often men, may need "
        "more. The dose should follow how your muscles move, not a standard menu.",
        "Each product has its own labeled frown-line dose: 20 units for Botox Cosmetic, Xeomin, "
        "Jeuveau and Letybo, 50 units for Dysport and 40 units for Daxxify. Those numbers cannot "
        "be converted into one another, because a unit of one product is not a unit of "
        "another.",
        "Results typically last about three to four months. A first treatment sometimes seems "
        "to wear off sooner; with regular treatment many people find they can space "
        "appointments further apart.",
        "For a line etched in at rest, some of us add a small amount of filler or use "
        "resurfacing. The area between the eyebrows is one of the higher-risk places for "
        "filler blocking a blood vessel, so it should only be done by someone who knows this "
        "anatomy well and is ready to treat a complication.",
        "Starting while the lines only show with movement is a reasonable choice, but it is "
        "not necessary and there is no magic age. Daily sunscreen, not smoking and a nightly "
        "retinoid do a lot of the preventive work too.",
        "The common side effects are small bruises, a mild headache and redness where the "
        "needle went in. A temporary eyelid droop happens in a small percentage of people if "
        "the product reaches the muscle that lifts the lid; it wears off over weeks.",
        "For a first treatment, a conservative dose with a follow-up at two weeks is a sensible "
        "way to learn how your face responds. Adding a few units is easy; waiting out an "
        "overly strong result is not.",
        "A frozen look usually comes from treating the forehead heavily at the same time, not "
        "from treating the frown lines. Softening the 11s while leaving the forehead some "
        "movement keeps expressions natural for most people.",
        "The injections themselves take a few minutes. Most people describe a quick pinch; "
        "ice or a vibration device helps. You can usually go straight back to work, avoiding "
        "rubbing the area for the rest of the day.",
        "Five days in is usually too early to judge. If movement is still strong at two weeks and "
        "the same dose worked for you before, tell your injector; it can point to a dose that is "
        "light for your muscles or, rarely, a problem with the product.",
        "A result that fades at two months usually means a dose on the light side for your "
        "muscles, or placement that left part of the muscle working. Going back at the two-week "
        "mark lets your injector see the peak effect and adjust the next treatment.",
    ),
    caveats=(
        *SAFETY_CAVEATS,
        "If you notice a drooping eyelid in the first two weeks, let your injector know; it is "
        "temporary, and there are prescription eye drops that can help while it wears off.",
    ),
)


CROWS_FEET = Topic(
    key="crows_feet",
    treatments=("botox-cosmetic",),
    questions=13,
    ages=(28, 66),
    products=COSMETIC,
    seeds=(
        Seed(
            (
                "Is {product} good for crow's feet?",
                "Crow's feet at 35: is toxin the right treatment?",
            ),
            "I have lines at the corners of my eyes that get deep when I smile. Is {product} "
            "the right treatment, or do I need something else?",
            age=35,
        ),
        Seed(
            (
                "Crow's feet still there when I'm not smiling",
                "Static lines around my eyes: will Botox help?",
            ),
            "The lines beside my eyes are visible even when my face is relaxed, and they look "
            "crepey. Will Botox do anything for that, or is it a skin problem?",
            ("botox-cosmetic",),
        ),
        Seed(
            (
                "Smile looks weird after crow's feet injections",
                "My smile changed after {product} around the eyes",
            ),
            "I had {product} for crow's feet ten days ago and now my smile looks a bit off, "
            "like my cheeks bunch up under my eyes. Will this go away?",
        ),
        Seed(
            (
                "Puffy under-eyes after treating crow's feet?",
                "Under-eye bags seem worse after crow's feet Botox",
            ),
            "Since my crow's feet treatment about a week ago my under-eye area looks puffier "
            "than usual, especially in the morning. Is that related?",
            ("botox-cosmetic",),
        ),
        Seed(
            ("How many units for crow's feet?", "Is 12 units per side normal for crow's feet?"),
            "My injector used 12 units of Botox on each side for my crow's feet. Is that a "
            "normal amount?",
            ("botox-cosmetic",),
        ),
        Seed(
            (
                "Can I treat crow's feet before a wedding?",
                "Timing {product} for crow's feet before a big event",
            ),
            "I'm a bridesmaid in five weeks and would like my eyes to look less crinkly in the "
            "photos. Is there enough time for {product}, and when should I book it?",
        ),
        Seed(
            (
                "Is it on-label to use Dysport for crow's feet?",
                "Which toxins are approved for crow's feet?",
            ),
            "My clinic uses Dysport for everything. I read that not all toxins are approved for "
            "the area around the eyes. Does that matter?",
            ("dysport", "botox-cosmetic"),
        ),
    ),
    general=(0, 7, 8),
    focus=(
        (0, 1, 7),
        (2, 0),
        (3, 9),
        (4, 10),
        (1, 7),
        (5, 8),
        (6, 0),
    ),
    details=(
        "I spend a lot of time outdoors and didn't wear sunglasses much when I was younger.",
        "I smile a lot, which I don't want to stop doing.",
        "My skin is on the thin, dry side.",
    ),
    headlines=(  # one per point, same order
        "Crow's feet respond well to a light touch",
        "The label dose is 24 units",
        "Crepey lines are partly a skin problem",
        "Low placement can change a smile",
        "Puffiness can follow crow's feet treatment",
        "Plan two to three weeks ahead",
        "Approved uses differ between products",
        "Soften, don't erase",
        "Bruising is more common around the eyes",
        "Temporary, and fixable next time",
        "Morning puffiness is usually fluid",
    ),
    points=(
        "Crow's feet come from the orbicularis oculi, the ring muscle around the eye. Toxin "
        "softens the lines that appear when you smile or squint. Botox Cosmetic has been "
        "approved for crow's feet since 2013, and Xeomin received approval for the upper "
        "facial lines, crow's feet included, in 2024.",
        "The labeled Botox Cosmetic dose for crow's feet is 24 units in total, 12 per side, "
        "over three points on each side. Some people need less, especially at a first visit, "
        "and some need a little more.",
        "Lines that are visible at rest and look crepey are partly a skin-quality problem: "
        "sun damage, thinning and loss of elasticity. Toxin can soften them, but a nightly "
        "retinoid, daily sunscreen and in some cases laser resurfacing or a light peel do more "
        "for texture.",
        "If injections sit too low, toward the cheek, the smile can look different because "
        "muscles that lift the upper lip and cheek are affected, and the cheek can bunch "
        "under the eye. It wears off over the following weeks, and the next treatment can be "
        "placed higher.",
        "Under-eye puffiness after crow's feet treatment can happen, because the relaxed "
        "muscle pumps fluid away less effectively. It is usually mild and fades as the toxin "
        "wears off. People who already have puffy lower lids may want a lighter dose.",
        "Book your treatment at least two to three weeks before an event. The effect takes up "
        "to two weeks to peak, and you want time for a touch-up if needed.",
        "Using a product outside its labeled areas is called off-label use. It is legal and "
        "common, but you should know about it. For crow's feet, Botox Cosmetic and Xeomin "
        "carry the indication; the others are labeled only for frown lines in the US.",
        "A conservative first dose around the eyes is wise. Crinkling when you laugh is part "
        "of a natural expression, and the aim is to soften it, not erase it.",
        "Small bruises are more common around the eyes than elsewhere because the skin is thin "
        "and the veins are close to the surface. Avoiding aspirin-type painkillers and alcohol "
        "for a day or two beforehand, if your doctor agrees, can help.",
        "A change in the smile from crow's feet treatment is temporary. It fades gradually over "
        "the following weeks; nothing reverses it faster, so the main tools are time and a higher "
        "placement at the next treatment.",
        "Puffiness that is worse in the morning and better by the afternoon is typical of fluid. "
        "Sleeping with an extra pillow and going easy on salt can help while it settles.",
    ),
    caveats=(
        *SAFETY_CAVEATS,
        "Dry or irritated eyes after treatment around the eyes have been reported; use "
        "lubricating drops and let your injector know if it persists.",
    ),
)


FOREHEAD = Topic(
    key="forehead",
    treatments=("botox-cosmetic",),
    questions=14,
    ages=(30, 68),
    products=COSMETIC,
    seeds=(
        Seed(
            (
                "Heavy forehead and brows after {product}",
                "My eyebrows feel heavy and low after forehead {product}",
            ),
            "A week after {product} in my forehead, my brows feel heavy and my eyelids look "
            "hooded. I actually look more tired than before. What happened, and how long will "
            "it last?",
        ),
        Seed(
            (
                "One eyebrow is higher after forehead Botox",
                "Spock brow after my treatment: can it be fixed?",
            ),
            "Two weeks after Botox my left eyebrow is arched up at the outer end and looks "
            "surprised. The right one looks normal. Can this be corrected?",
            ("botox-cosmetic",),
        ),
        Seed(
            (
                "Why did my injector treat the 11s when I asked for the forehead?",
                "Do forehead lines have to be treated together with frown lines?",
            ),
            "I only wanted my forehead lines done, but my injector insisted on treating between "
            "the brows too. Is that really necessary?",
            ("botox-cosmetic",),
        ),
        Seed(
            (
                "How many units for forehead lines?",
                "Getting the forehead dose right with {product}",
            ),
            "I've had forehead {product} twice: once I looked frozen and once nothing "
            "happened. How do injectors decide how much to use on the forehead?",
        ),
        Seed(
            (
                "Forehead lines at rest: toxin or something else?",
                "Deep horizontal forehead lines that never go away",
            ),
            "I have three horizontal lines across my forehead that are there all the time. "
            "Will Botox get rid of them, or do I need a different treatment?",
            ("botox-cosmetic",),
        ),
        Seed(
            (
                "Can forehead Botox make my eyelids droop?",
                "I already have hooded lids: is forehead toxin a bad idea?",
            ),
            "I have somewhat hooded eyelids and I think I raise my eyebrows to see better. "
            "Would forehead Botox make my lids heavier?",
            ("botox-cosmetic",),
        ),
    ),
    general=(2, 3),
    focus=(
        (0, 7, 6),
        (1, 8),
        (2, 9),
        (3, 2),
        (4, 10),
        (5, 6),
    ),
    details=(
        "I raise my eyebrows a lot when I talk.",
        "My eyelids have started to look hooded over the last few years.",
        "I have a pretty large forehead, if that matters.",
    ),
    headlines=(  # one per point, same order
        "The forehead holds up the brows",
        "A lifted outer brow is easy to fine-tune",
        "Forehead and frown lines work as a team",
        "Less is often more on the forehead",
        "Lines at rest improve slowly",
        "Hooded lids need a careful plan",
        "Brow or eyelid? The exam tells",
        "Time is the main remedy for a heavy brow",
        "Some asymmetry is normal at first",
        "Treating both areas keeps things balanced",
        "Etched lines may need resurfacing",
    ),
    points=(
        "The frontalis is the only muscle that lifts the eyebrows. If it is relaxed too much, "
        "or too low, the brows can drop and the upper lids look heavier. That heaviness is "
        "temporary and improves as the toxin wears off, usually over six to ten weeks; it is "
        "not permanent.",
        "An arched outer brow (the 'Spock' look) happens when the middle of the forehead is "
        "relaxed but the outer part of the frontalis still pulls. A tiny dose placed above "
        "the peak usually settles it within a week or two.",
        "The forehead muscle and the frown muscles pull against each other. If only the "
        "forehead is treated, the frown muscles are unopposed and the brows can sit lower. "
        "That's why the Botox Cosmetic label for forehead lines pairs 20 units in the forehead "
        "with 20 units in the frown area.",
        "Forehead dosing varies a lot with the height of the forehead, the strength of the "
        "muscle and the brow position. Many injectors deliberately use a light dose and keep "
        "injections well above the brows so some lift remains.",
        "Lines that are there at rest often improve gradually with regular treatment, but "
        "deep ones may need resurfacing or a different approach. The aim with toxin is usually "
        "softening, not a completely smooth forehead.",
        "Many people with hooded lids raise their brows all day without realising it. Relaxing "
        "the forehead removes that lift, so the lids can look heavier. If that's you, a very "
        "light forehead dose, or treating the frown lines only, may be better; sometimes "
        "the real question is whether an upper eyelid assessment is worthwhile.",
        "It's worth checking whether a heavy feeling is brow descent or an actual drooping "
        "eyelid (lid ptosis), because the two are handled differently. Your injector can tell "
        "them apart by examining you.",
        "There is nothing that reverses toxin quickly. For a heavy brow, time is the main "
        "treatment. Sometimes a small dose in the frown muscles or in the outer brow area can "
        "rebalance things, but only your injector, who knows what was done, should decide.",
        "Some asymmetry between the two sides is common, because few people use their forehead "
        "evenly. Your injector will usually want to see you at two weeks, when the effect peaks, "
        "before adding anything.",
        "Treating both areas also tends to make the result wear off more evenly. If you'd like to "
        "keep some frown movement, say so; a lighter dose between the brows is an option.",
        "For lines etched into the skin, options include resurfacing lasers, microneedling, "
        "chemical peels and, in experienced hands, very small amounts of a thin skin-quality "
        "filler. An exam tells which fits your skin.",
    ),
    caveats=(
        *SAFETY_CAVEATS,
        "Headache after forehead treatment is common in the first days and usually settles on "
        "its own.",
    ),
)


PLATYSMA = Topic(
    key="platysma",
    treatments=("botox-cosmetic",),
    questions=6,
    ages=(42, 70),
    seeds=(
        Seed(
            ("Botox for neck bands: does it work?", "Vertical neck cords: Botox or a necklift?"),
            "I have two vertical bands on my neck that stand out when I talk. Can Botox "
            "improve them or do I need surgery?",
            ("botox-cosmetic",),
        ),
        Seed(
            ("Is Botox approved for the neck now?", "Nefertiti lift: is it FDA-approved?"),
            "I heard Botox got approved for the neck. Does that include the 'Nefertiti lift' "
            "for the jawline?",
            ("botox-cosmetic",),
        ),
        Seed(
            ("Turkey neck: will Botox help?", "Loose neck skin at 60: injections or surgery?"),
            "The skin under my chin and down my neck is loose and I hate it. Will Botox "
            "tighten it?",
            ("botox-cosmetic",),
        ),
    ),
    general=(3,),
    focus=(
        (0, 4),
        (0, 2),
        (1, 4),
    ),
    details=(
        "I lost a lot of weight last year.",
        "My mother had the same neck.",
    ),
    headlines=(  # one per point, same order
        "Approved for platysma bands since 2024",
        "Toxin won't tighten loose skin",
        "The label covers the bands only",
        "Neck injections need anatomy expertise",
        "Sometimes surgery is the better tool",
    ),
    points=(
        "Botox Cosmetic was approved in 2024 for moderate to severe vertical platysma bands, "
        "the cords connecting the jaw and neck. It relaxes the muscle bands; it doesn't tighten "
        "skin. No other toxin carries this indication.",
        "Loose skin, often called 'turkey neck', is a skin and laxity problem. Toxin won't "
        "tighten it. Options range from energy-based skin tightening for mild cases to a "
        "necklift, often combined with a facelift, when laxity is significant.",
        "The approval covers the vertical bands. Broader jawline 'lift' techniques and "
        "horizontal neck lines are off-label uses. They can be reasonable in experienced hands, "
        "but the label doesn't cover them.",
        "Injections in the neck should be done by someone familiar with the anatomy, because "
        "the muscles of swallowing lie underneath. Doses are chosen to relax the bands without "
        "affecting deeper structures.",
        "If bands are very prominent along with skin laxity and fullness under the chin, a "
        "surgical consultation gives a more complete picture of what each option can achieve.",
    ),
    caveats=(
        "Any difficulty swallowing, voice change or neck weakness after neck injections needs "
        "prompt medical attention.",
    ),
)


TOPICS: tuple[Topic, ...] = (FROWN_LINES, CROWS_FEET, FOREHEAD, PLATYSMA)
