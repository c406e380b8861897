"""Cosmetic neurotoxin topics: what patients ask about frown lines, crow's feet, the forehead,
side effects, dosing, brands and aftercare, and what careful physicians answer."""

from __future__ import annotations

from curbside.demo.content.types import Seed, Topic

COSMETIC = (
    ("Botox", "botox-cosmetic"), ("Botox", "botox-cosmetic"), ("Dysport", "dysport"),
    ("Xeomin", "xeomin"), ("Jeuveau", "jeuveau"),
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
    products=COSMETIC + (("Letybo", "letybo"), ("Daxxify", "daxxify")),
    seeds=(
        Seed(("Will {product} get rid of my 11s completely?",
              "Deep frown lines between my brows: can {product} erase them?"),
             "I have two deep vertical lines between my eyebrows that are there even when my "
             "face is relaxed. Will {product} make them disappear, or only soften them?"),
        Seed(("How soon does {product} work on frown lines?",
              "Had {product} for my 11s five days ago and can still frown"),
             "I got {product} between my eyebrows five days ago and I can still frown almost "
             "normally. Is that expected, and when should it kick in?"),
        Seed(("Is 20 units of Botox enough for frown lines?",
              "How many units does the glabella really need?"),
             "My injector suggested 20 units of Botox for my frown lines. A friend of mine gets "
             "more than that. How is the dose decided, and is 20 a reasonable start?",
             ("botox-cosmetic",)),
        Seed(("Frown lines came back after only two months",
              "Why did my 11s return so quickly after {product}?"),
             "My first {product} treatment for the lines between my brows looked great, but I "
             "could frown again after about two months. Did I get too little, or is my body "
             "just breaking it down faster?"),
        Seed(("Preventive Botox for 11s in my twenties?",
              "Is it too early to treat frown lines at 25?"),
             "I frown a lot when I concentrate and the lines only show when I move. Is there any "
             "point in starting Botox now, or should I wait until the lines are there at rest?",
             ("botox-cosmetic",), age=25),
        Seed(("Filler or Botox for an etched-in frown line?",
              "One clinic says toxin, another says toxin plus filler for my 11s"),
             "The line between my brows is etched in even at rest. One clinic recommended Botox "
             "alone and another recommended Botox plus a little filler. Which makes more sense?",
             ("botox-cosmetic",)),
        Seed(("First time getting {product} for frown lines: what should I expect?",
              "Nervous about my first {product} appointment for the 11s"),
             "I booked my first ever {product} appointment for the lines between my eyebrows. "
             "What actually happens, how much does it hurt, and what should I watch for "
             "afterwards?"),
        Seed(("Can frown line treatment make me look angry or frozen?",
              "Worried {product} will give me a frozen look"),
             "I want my 11s softened but I'm afraid of looking frozen or strange. Is there a "
             "way to treat the frown lines and still look like myself?"),
    ),
    general=(0, 7, 8),
    focus=((0, 5, 4), (1, 11), (2, 3, 8), (12, 4, 2), (6, 8), (5, 0), (10, 1, 8), (9, 8, 2),),
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
    caveats=SAFETY_CAVEATS + (
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
        Seed(("Is {product} good for crow's feet?",
              "Crow's feet at 35: is toxin the right treatment?"),
             "I have lines at the corners of my eyes that get deep when I smile. Is {product} "
             "the right treatment, or do I need something else?", age=35),
        Seed(("Crow's feet still there when I'm not smiling",
              "Static lines around my eyes: will Botox help?"),
             "The lines beside my eyes are visible even when my face is relaxed, and they look "
             "crepey. Will Botox do anything for that, or is it a skin problem?",
             ("botox-cosmetic",)),
        Seed(("Smile looks weird after crow's feet injections",
              "My smile changed after {product} around the eyes"),
             "I had {product} for crow's feet ten days ago and now my smile looks a bit off, "
             "like my cheeks bunch up under my eyes. Will this go away?"),
        Seed(("Puffy under-eyes after treating crow's feet?",
              "Under-eye bags seem worse after crow's feet Botox"),
             "Since my crow's feet treatment about a week ago my under-eye area looks puffier "
             "than usual, especially in the morning. Is that related?",
             ("botox-cosmetic",)),
        Seed(("How many units for crow's feet?",
              "Is 12 units per side normal for crow's feet?"),
             "My injector used 12 units of Botox on each side for my crow's feet. Is that a "
             "normal amount?", ("botox-cosmetic",)),
        Seed(("Can I treat crow's feet before a wedding?",
              "Timing {product} for crow's feet before a big event"),
             "I'm a bridesmaid in five weeks and would like my eyes to look less crinkly in the "
             "photos. Is there enough time for {product}, and when should I book it?"),
        Seed(("Is it on-label to use Dysport for crow's feet?",
              "Which toxins are approved for crow's feet?"),
             "My clinic uses Dysport for everything. I read that not all toxins are approved for "
             "the area around the eyes. Does that matter?", ("dysport", "botox-cosmetic")),
    ),
    general=(0, 7, 8),
    focus=((0, 1, 7), (2, 0), (3, 9), (4, 10), (1, 7), (5, 8), (6, 0),),
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
    caveats=SAFETY_CAVEATS + (
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
        Seed(("Heavy forehead and brows after {product}",
              "My eyebrows feel heavy and low after forehead {product}"),
             "A week after {product} in my forehead, my brows feel heavy and my eyelids look "
             "hooded. I actually look more tired than before. What happened, and how long will "
             "it last?"),
        Seed(("One eyebrow is higher after forehead Botox",
              "Spock brow after my treatment: can it be fixed?"),
             "Two weeks after Botox my left eyebrow is arched up at the outer end and looks "
             "surprised. The right one looks normal. Can this be corrected?",
             ("botox-cosmetic",)),
        Seed(("Why did my injector treat the 11s when I asked for the forehead?",
              "Do forehead lines have to be treated together with frown lines?"),
             "I only wanted my forehead lines done, but my injector insisted on treating between "
             "the brows too. Is that really necessary?", ("botox-cosmetic",)),
        Seed(("How many units for forehead lines?",
              "Getting the forehead dose right with {product}"),
             "I've had forehead {product} twice: once I looked frozen and once nothing "
             "happened. How do injectors decide how much to use on the forehead?"),
        Seed(("Forehead lines at rest: toxin or something else?",
              "Deep horizontal forehead lines that never go away"),
             "I have three horizontal lines across my forehead that are there all the time. "
             "Will Botox get rid of them, or do I need a different treatment?",
             ("botox-cosmetic",)),
        Seed(("Can forehead Botox make my eyelids droop?",
              "I already have hooded lids: is forehead toxin a bad idea?"),
             "I have somewhat hooded eyelids and I think I raise my eyebrows to see better. "
             "Would forehead Botox make my lids heavier?", ("botox-cosmetic",)),
    ),
    general=(2, 3),
    focus=((0, 7, 6), (1, 8), (2, 9), (3, 2), (4, 10), (5, 6),),
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
    caveats=SAFETY_CAVEATS + (
        "Headache after forehead treatment is common in the first days and usually settles on "
        "its own.",
    ),
)

EYELID_DROOP = Topic(
    key="eyelid_droop",
    treatments=("botox-cosmetic",),
    questions=12,
    ages=(30, 64),
    products=COSMETIC,
    answers=(2, 5),
    seeds=(
        Seed(("Eyelid drooping after {product}: how long will it last?",
              "One eyelid is drooping a week after {product}"),
             "A week after {product} for frown lines, my right upper eyelid is lower than the "
             "left and I have to lift my brow to see properly. How long will this last and "
             "can anything be done?"),
        Seed(("Is ptosis after Botox permanent?",
              "Scared my droopy eyelid will never go back"),
             "My eyelid started drooping three days after Botox. I'm panicking that it's "
             "permanent. Has anyone seen it stay like this?", ("botox-cosmetic",)),
        Seed(("Eye drops for eyelid droop after Botox?",
              "My injector mentioned drops for a droopy lid"),
             "I have a droopy eyelid after Botox and my injector mentioned prescription eye "
             "drops. What are they and do they work?", ("botox-cosmetic",)),
        Seed(("Did my injector do something wrong? Eyelid drooped after {product}",
              "Should I go back to the same injector after an eyelid droop?"),
             "I've had {product} five times with no problems, and this time my eyelid dropped. "
             "Is this a sign my injector made a mistake? Should I go somewhere else next time?"),
        Seed(("Eyelid droop or brow droop after toxin?",
              "My eye looks smaller after Botox: is it the lid or the brow?"),
             "After Botox one eye looks smaller. I can't tell whether the eyebrow dropped or the "
             "eyelid itself. Does it matter which one it is?", ("botox-cosmetic",)),
    ),
    general=(0, 5, 6),
    focus=((0, 1), (0, 7, 4), (1,), (3, 5), (2,),),
    details=(
        "It seems worse at the end of the day when I'm tired.",
        "I don't have any vision problems otherwise.",
        "I have an important presentation coming up.",
    ),
    headlines=(  # one per point, same order
        "Temporary, though it feels long",
        "Drops can help while it wears off",
        "Lid versus brow matters",
        "Not necessarily anyone's fault",
        "Don't massage it",
        "Next time can be different",
        "Know the signs that are not a simple droop",
        "Not permanent",
    ),
    points=(
        "A drooping upper eyelid after toxin happens when a small amount reaches the levator, "
        "the muscle that lifts the lid. It's a known side effect, reported in a few percent of "
        "people treated for frown lines, and it is temporary. Most cases improve noticeably "
        "within two to six weeks and resolve as the toxin wears off.",
        "Prescription drops such as oxymetazoline or apraclonidine stimulate a small muscle "
        "in the eyelid (Müller's muscle) and can lift the lid by a millimetre or two for a few "
        "hours. They don't shorten the droop, but they can make the wait easier. They need a "
        "prescription and aren't right for everyone.",
        "It matters whether the eyelid itself dropped or the eyebrow dropped and is pushing "
        "skin down. Eyelid ptosis usually comes from product near the frown muscles; brow "
        "heaviness usually comes from the forehead. An examination tells them apart in a "
        "minute.",
        "An eyelid droop can happen even with a careful injector and a standard technique, "
        "because each person's anatomy and tissue spread differ. It doesn't necessarily mean "
        "anyone made an error. Telling your injector helps them adjust placement next time.",
        "Avoid massaging the area hoping to 'move' the product. It won't help at this point "
        "and could irritate the skin. Time is the main treatment.",
        "Next time, your injector may place the injections slightly higher or further from "
        "the brow, use a smaller volume or a lower dose. Many people who had a droop once "
        "never have it again.",
        "Double vision, droop in both lids together with difficulty swallowing or speaking, "
        "or general weakness is different from a simple local droop and needs urgent "
        "medical attention, since those can be signs of toxin effect spreading.",
        "I have not seen a toxin-related eyelid droop become permanent. It can be frustrating for "
        "a few weeks, but the nerve endings recover as the effect wears off.",
    ),
    caveats=(
        "If the droop is severe enough to block your vision, you should be seen in person "
        "rather than waiting it out.",
        "Please let your injector know now; they can document it and plan a safer approach "
        "next time.",
    ),
)

DURATION = Topic(
    key="duration",
    treatments=("botox-cosmetic",),
    questions=13,
    ages=(28, 64),
    products=COSMETIC + (("Daxxify", "daxxify"),),
    seeds=(
        Seed(("How long does {product} last?",
              "{product} wears off in 8 weeks for me: normal?"),
             "My {product} seems to wear off after about eight weeks, while my friends get four "
             "months. Is there anything I can do to make it last longer?"),
        Seed(("Does Daxxify really last six months?",
              "Is Daxxify worth it for longer-lasting results?"),
             "My dermatologist offered Daxxify and said it may last longer than Botox, but it "
             "costs more. Is the longer duration real?", ("daxxify",)),
        Seed(("Can I become resistant to {product}?",
              "{product} stopped working for me"),
             "I've had {product} for years and the last two treatments barely did anything. "
             "Could I have become immune to it?"),
        Seed(("How often can I safely get {product}?",
              "Is it okay to get toxin every two months?"),
             "I like the smooth look and would happily go every two months. Is there any harm "
             "in getting {product} that often?"),
        Seed(("Does exercise make Botox wear off faster?",
              "Marathon runner: does my training burn through toxin?"),
             "I run and do a lot of high-intensity training. Someone told me athletes break down "
             "Botox faster. Is that true?", ("botox-cosmetic",)),
        Seed(("What happens if I stop getting Botox?",
              "Will my wrinkles be worse if I stop Botox?"),
             "I've had Botox regularly for five years. If I stop, will my lines come back worse "
             "than before I started?", ("botox-cosmetic",)),
    ),
    general=(0, 1),
    focus=((0, 1, 7), (2,), (3, 7), (4,), (5, 1), (6,),),
    details=(
        "I've always gone to the same clinic.",
        "I'm trying to cut down how much I spend on this.",
        "The effect is strongest around week three and then fades quickly.",
    ),
    headlines=(  # one per point, same order
        "Three to four months is typical",
        "Dose and muscle strength drive duration",
        "Daxxify may last longer, not for everyone",
        "Resistance is possible but uncommon",
        "Don't re-treat too often",
        "Exercise is not the culprit",
        "Stopping won't age you faster",
        "A different brand is worth a try",
    ),
    points=(
        "For frown lines, most people get about three to four months from a standard dose. "
        "The first signs of movement return earlier, and the full effect fades gradually, so "
        "people notice it 'wearing off' at different times.",
        "The strongest predictor of duration is the dose relative to the strength of your "
        "muscles. Strong muscles treated with a light dose wear through it sooner. A slightly "
        "higher dose often lasts longer, but your injector has to balance that against a "
        "natural look.",
        "Daxxify's frown-line trials showed a longer median duration than is typical for other "
        "toxins, and many patients do get more time from it, but not everyone does and the "
        "price is usually higher. It is labeled for re-treatment no more often than every "
        "three months.",
        "Loss of response can happen when the body makes neutralising antibodies, though it is "
        "uncommon at cosmetic doses. It's more likely with large doses, frequent 'touch-ups' "
        "and short intervals. Before concluding you're resistant, your injector should check "
        "dose, placement, storage and whether the product was genuine.",
        "Most labels recommend no more often than every three months. Frequent small "
        "touch-ups add exposure without much benefit and may raise the chance of antibodies.",
        "There is no good evidence that exercise meaningfully shortens how long toxin lasts. "
        "People with very strong, active facial muscles may simply need a different dose.",
        "If you stop, the muscles gradually regain their strength and the lines return to "
        "what they would have been. Several years of treatment usually means less creasing in "
        "the meantime, not faster ageing afterwards.",
        "Switching to another brand sometimes helps a person who feels one product wears off "
        "early, though the evidence for one lasting longer than another in an individual is "
        "limited. Units differ between brands, so the dose has to be worked out fresh.",
    ),
    caveats=SAFETY_CAVEATS[:2],
)

UNITS = Topic(
    key="units",
    treatments=("botox-cosmetic",),
    questions=10,
    ages=(26, 60),
    products=COSMETIC,
    seeds=(
        Seed(("How many Dysport units equal one Botox unit?",
              "Dysport units vs Botox units: what's the conversion?"),
             "My new clinic quoted me 60 units of Dysport and I used to get 24 of Botox. Am I "
             "getting more or less? Is there a conversion?", ("dysport", "botox-cosmetic")),
        Seed(("Price per unit or price per area: which is better?",
              "Why do clinics charge so differently for {product}?"),
             "One clinic charges per unit, another per area. The prices are very different. "
             "How do I compare them fairly?"),
        Seed(("Is a cheap Botox deal safe?",
              "Botox at half the usual price: red flag?"),
             "A place near me advertises Botox at half the price of everywhere else. Is there a "
             "catch? Could it be diluted?", ("botox-cosmetic",)),
        Seed(("How many units of {product} do I need for my whole upper face?",
              "Total units for forehead, 11s and crow's feet"),
             "I'd like to treat my forehead, frown lines and crow's feet in one visit. Roughly "
             "how many units of {product} does that usually take?"),
        Seed(("What does dilution mean for my Botox?",
              "Does more saline mean weaker Botox?"),
             "My injector said they dilute Botox differently for different areas. Does that "
             "mean I'm getting less product?", ("botox-cosmetic",)),
    ),
    general=(0, 6),
    focus=((0, 1), (3,), (4,), (5, 0), (2,),),
    details=(
        "I'm comparing three clinics in my area.",
        "I don't mind paying more if it's safer.",
        "I've been getting the same treatment for two years.",
    ),
    headlines=(  # one per point, same order
        "Units are product-specific",
        "Different numbers, not different strength",
        "Dilution changes spread, not dose",
        "Per-unit pricing is easiest to compare",
        "Be wary of prices that seem too low",
        "The upper face adds up",
        "Keep a record of every treatment",
    ),
    points=(
        "Units of different toxins can't be converted into one another. Each product's units "
        "come from its own potency test, and every US label says so. Some studies have "
        "compared products, but no ratio holds for every person, area and batch.",
        "What matters is whether you received an appropriate dose of that product for your "
        "muscles, and whether the result met your goals. Dysport's labeled frown-line dose is "
        "50 units, Botox Cosmetic's is 20; different numbers, not different strength.",
        "Dilution changes the volume the units are dissolved in, not the number of units. A "
        "more dilute solution may spread a little more, which some injectors want in broad "
        "areas and avoid near the eyes. Ask how many units you received, not how many "
        "'syringes' or 'areas'.",
        "Per-unit pricing is the most transparent way to compare clinics, as long as the "
        "product is the same. Per-area pricing can be fair too if the clinic tells you how "
        "many units an 'area' includes.",
        "A price far below local averages can mean an inexperienced injector, a "
        "non-physician setting without medical oversight, or, rarely, product that is "
        "counterfeit or not from a licensed US distributor. It's reasonable to ask to see the "
        "vial.",
        "For Botox Cosmetic, the labeled doses are 20 units for frown lines, 20 for the "
        "forehead and 24 for crow's feet, 64 units if all three are treated together. Actual "
        "doses vary with your anatomy and goals.",
        "Keep a record of the product, total units and areas each time. It makes it much "
        "easier for any injector to adjust your dose, or to switch products sensibly.",
    ),
    caveats=SAFETY_CAVEATS[2:] + SAFETY_CAVEATS[:1],
)

SWITCHING = Topic(
    key="switching",
    treatments=("botox-cosmetic",),
    questions=10,
    ages=(28, 62),
    seeds=(
        Seed(("Switching from Botox to Xeomin: what should I know?",
              "Is Xeomin better because it has no complexing proteins?"),
             "I read that Xeomin is 'naked' and my body is less likely to become resistant. "
             "Should I switch from Botox?", ("xeomin", "botox-cosmetic")),
        Seed(("Botox vs Dysport: which kicks in faster?",
              "Dysport or Botox for my first treatment?"),
             "A friend said Dysport works faster and spreads more. Does that make it better or "
             "worse for a first-timer?", ("dysport", "botox-cosmetic")),
        Seed(("Is Jeuveau the same as Botox?",
              "Jeuveau is cheaper: is it just as good?"),
             "My med spa offers Jeuveau at a lower price than Botox. Is it basically the same "
             "thing?", ("jeuveau", "botox-cosmetic")),
        Seed(("What is Letybo and is it new?",
              "Has anyone tried Letybo yet?"),
             "My clinic just started offering Letybo. What is it, and how does it compare to "
             "what I've had before?", ("letybo",)),
        Seed(("Can I mix two brands in one session?",
              "Dysport in the forehead and Botox around the eyes?"),
             "My injector suggested Dysport for my forehead and Botox for crow's feet in the "
             "same visit. Is mixing brands okay?", ("dysport", "botox-cosmetic")),
    ),
    general=(0, 4),
    focus=((1, 4), (3,), (2, 6), (2,), (5,),),
    details=(
        "I've had Botox about eight times.",
        "Price is part of why I'm asking.",
        "My results have been inconsistent lately.",
    ),
    headlines=(  # one per point, same order
        "All approved toxins work; the injector matters more",
        "Xeomin is a reasonable switch",
        "A separately licensed product, not a copy",
        "Small differences in onset and spread",
        "Switching is fine; units change",
        "Mixing brands is done, with good reason",
        "Compare cost per treatment, not per unit",
    ),
    points=(
        "All the approved type A toxins relax muscle the same basic way, and in experienced "
        "hands each can give an excellent result. Differences in onset, feel and duration "
        "exist but are modest and vary from person to person.",
        "Xeomin is made without the complexing proteins other type A products carry, and some "
        "physicians choose it for patients who seem to have lost response. That is a "
        "reasonable idea, but it hasn't been proven to prevent resistance in ordinary "
        "cosmetic use.",
        "Jeuveau is approved only for frown lines, in 2019. It's a full, separately licensed "
        "product, not a generic copy of Botox. Letybo is the newest, approved in 2024, also for "
        "frown lines. Use on other areas is off-label for both, which is common practice.",
        "Some patients notice Dysport starting a day or so sooner, and some injectors find it "
        "spreads a little more at the same volume. Those are tendencies, not rules; technique "
        "and dose matter more.",
        "Switching brands is common and safe, but the units are not interchangeable, so your "
        "new dose has to be chosen for the new product rather than 'converted'. Expect a "
        "follow-up at two weeks after the first treatment with a new product.",
        "Using different brands in different areas at one visit is done by some experienced "
        "injectors. It is off-label territory for some areas, so ask why they prefer it and "
        "make sure the total dose is recorded.",
        "If price is driving the choice, compare the total cost for an appropriate dose of "
        "each product with the same injector. The cheapest per unit is not always cheapest per "
        "treatment.",
    ),
    caveats=SAFETY_CAVEATS[:2],
)

MASSETER = Topic(
    key="masseter",
    treatments=("botox-cosmetic",),
    questions=12,
    ages=(22, 50),
    products=(("Botox", "botox-cosmetic"), ("Dysport", "dysport"), ("Xeomin", "xeomin")),
    answers=(2, 5),
    seeds=(
        Seed(("Is {product} for jaw slimming FDA-approved?",
              "Masseter {product} for a slimmer face: is it approved?"),
             "I want a slimmer, more V-shaped jawline and I've seen masseter injections all over "
             "social media. Is {product} approved for this, and is it safe?"),
        Seed(("How many units for masseter slimming?",
              "Masseter Botox: how much and how often?"),
             "I have a square jaw from strong masseters. How many units does slimming usually "
             "take and how long until I see a difference?", ("botox-cosmetic",)),
        Seed(("Smile changed after masseter injections",
              "My smile looks uneven after jaw Botox"),
             "Three weeks after masseter Botox my smile looks lopsided. Is that from the "
             "injections and will it go back?", ("botox-cosmetic",)),
        Seed(("Chewing feels weak after masseter {product}",
              "Jaw tired when eating after {product}"),
             "Since my masseter {product} my jaw gets tired chewing steak or gum. Is that normal "
             "and how long will it last?"),
        Seed(("Sagging cheeks after jaw slimming injections?",
              "Can masseter Botox cause jowls?"),
             "I've been getting masseter Botox for two years and I feel like my lower face "
             "looks more hollow and saggy. Could that be from the injections?",
             ("botox-cosmetic",)),
    ),
    general=(0, 2, 5),
    focus=((0, 1, 5), (2, 1, 8, 7), (3,), (4,), (6, 8),),
    details=(
        "I clench my jaw when I'm stressed.",
        "My face looks wider in photos than I'd like.",
        "I've had my teeth checked and the dentist said they look fine.",
    ),
    headlines=(  # one per point, same order
        "Effective for many, but off-label",
        "Slimming takes weeks to show",
        "Larger doses, careful placement",
        "Placement protects your smile",
        "Chewing fatigue usually passes",
        "Not every wide jaw is muscle",
        "Watch for hollowing with age",
        "Paradoxical bulging is treatable",
        "Space treatments and use the lowest effective dose",
    ),
    points=(
        "Masseter injection for jaw slimming is off-label: no US toxin label includes it. "
        "Off-label use is legal and common, and this is a well-studied use, but you should "
        "know the product was not approved for it and that doses are based on experience "
        "and studies rather than a label.",
        "When the masseter is relaxed, it gradually shrinks from less use. The slimming is "
        "not immediate. Most people see it over four to eight weeks, and the effect usually "
        "lasts longer than in the upper face, often four to six months.",
        "Doses are much larger than for frown lines, and they differ by product because units "
        "aren't interchangeable. Your injector should examine your jaw while you clench to "
        "judge muscle size, and keep injections in the lower, back part of the muscle.",
        "An uneven smile after masseter treatment usually means product affected the "
        "risorius or a nearby muscle at the corner of the mouth. It's temporary and fades as "
        "the toxin wears off. Accurate placement away from the front edge of the muscle helps "
        "avoid it.",
        "Some chewing fatigue with tough foods is common for a few weeks and usually improves "
        "as you adapt. If you have trouble swallowing or speaking, that's different and needs "
        "prompt medical attention.",
        "A wide lower face isn't always from the masseter. Bone shape, fat, the parotid "
        "glands or loose skin can be the cause, and toxin only helps muscle. A careful exam "
        "separates these.",
        "In people with lax skin or little fat in the lower face, shrinking the masseter can "
        "reveal hollowing or make mild sagging more visible. That is a reason to avoid it or "
        "use lower doses in some patients, particularly as we age.",
        "Paradoxical bulging, where a small part of the muscle bulges with clenching after "
        "treatment, is uncommon but can happen. It usually responds to a small extra dose.",
        "Spacing treatments at least three months apart and using the lowest dose that gives "
        "the result you want limits exposure and the risk of losing response over time.",
    ),
    caveats=(
        "Because this is off-label, ask your injector about their experience and how they "
        "choose your dose.",
        SAFETY_CAVEATS[0],
    ),
)

TMJ = Topic(
    key="tmj",
    treatments=("botox", "botox-cosmetic"),
    questions=9,
    ages=(24, 58),
    seeds=(
        Seed(("Botox for teeth grinding at night?",
              "Will Botox stop me grinding my teeth?"),
             "I grind my teeth at night and wake with a sore jaw and headaches. My dentist "
             "suggested Botox in my jaw muscles. Does it work?", ("botox",)),
        Seed(("Botox for TMJ pain: is it covered by insurance?",
              "Is Botox approved for TMJ?"),
             "I've had TMJ pain for years. Is Botox an approved treatment for TMJ, and would "
             "insurance cover it?", ("botox",)),
        Seed(("Botox for clenching but I still wear my night guard?",
              "Night guard vs Botox for clenching"),
             "I clench all day and night. Do I still need my night guard if I get Botox in my "
             "masseters?", ("botox",)),
        Seed(("Jaw clicking: would Botox help?",
              "Clicking jaw and pain when chewing"),
             "My jaw clicks when I open wide and it hurts to chew on one side. Would Botox help "
             "with the clicking?", ("botox",)),
    ),
    general=(0, 3, 5),
    focus=((0, 2, 4), (0, 1), (2,), (1,),),
    details=(
        "I've been under a lot of stress at work.",
        "My dentist says my teeth show wear.",
        "Ibuprofen helps a little.",
    ),
    headlines=(  # one per point, same order
        "Can help clenching, but it is off-label",
        "Find out what's causing the pain",
        "Keep the night guard",
        "Start with the basics",
        "Doses are higher than for wrinkles",
        "Know the trade-offs",
    ),
    points=(
        "Toxin in the masseter and sometimes the temporalis can reduce the force of clenching "
        "and grinding, and many patients with muscle-related jaw pain feel better. It is "
        "off-label, though: no US toxin is approved for bruxism or TMJ disorder, and "
        "insurance usually doesn't cover it.",
        "TMJ disorder is a group of problems. Muscle pain from clenching is the part toxin can "
        "help. Clicking, locking or joint damage come from the disc and joint, which toxin "
        "doesn't fix. An examination by a dentist or oral surgeon with TMJ experience, "
        "sometimes with imaging, is worth doing first.",
        "Keep your night guard. Toxin reduces the force, but a guard protects the teeth, and "
        "the two work well together.",
        "Stress management, jaw exercises, physical therapy and avoiding gum chewing are "
        "first-line measures with good evidence, and they're cheap.",
        "Doses for clenching are larger than for wrinkles, and the muscle must be treated "
        "accurately to avoid affecting your smile. Expect improvement over two to four weeks "
        "and effects lasting about three to six months.",
        "Side effects include chewing fatigue, a temporarily changed smile if product "
        "spreads to nearby muscles, and, with repeated treatment, some slimming of the lower "
        "face, which not everyone wants.",
    ),
    caveats=(
        "Jaw pain with fever, swelling or difficulty opening the mouth needs a prompt medical "
        "or dental evaluation.",
    ),
)

PLATYSMA = Topic(
    key="platysma",
    treatments=("botox-cosmetic",),
    questions=6,
    ages=(42, 70),
    seeds=(
        Seed(("Botox for neck bands: does it work?",
              "Vertical neck cords: Botox or a necklift?"),
             "I have two vertical bands on my neck that stand out when I talk. Can Botox "
             "improve them or do I need surgery?", ("botox-cosmetic",)),
        Seed(("Is Botox approved for the neck now?",
              "Nefertiti lift: is it FDA-approved?"),
             "I heard Botox got approved for the neck. Does that include the 'Nefertiti lift' "
             "for the jawline?", ("botox-cosmetic",)),
        Seed(("Turkey neck: will Botox help?",
              "Loose neck skin at 60: injections or surgery?"),
             "The skin under my chin and down my neck is loose and I hate it. Will Botox "
             "tighten it?", ("botox-cosmetic",)),
    ),
    general=(3,),
    focus=((0, 4), (0, 2), (1, 4),),
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

PREGNANCY = Topic(
    key="pregnancy",
    treatments=("botox-cosmetic",),
    questions=8,
    ages=(26, 41),
    products=COSMETIC,
    seeds=(
        Seed(("Got {product} and then found out I'm pregnant",
              "Had {product} before I knew I was pregnant: should I worry?"),
             "I had {product} for frown lines about ten days ago and just found out I'm "
             "pregnant, probably around five weeks. Is my baby at risk?"),
        Seed(("Can I get Botox while breastfeeding?",
              "Botox and breastfeeding: safe or not?"),
             "My baby is four months old and I'm breastfeeding. Is it safe to get Botox for my "
             "forehead lines?", ("botox-cosmetic",)),
        Seed(("How long before trying to conceive should I stop {product}?",
              "Trying for a baby: when to stop {product}?"),
             "We're planning to start trying for a baby in a few months. How long before "
             "should I stop {product}?"),
        Seed(("Botox for migraines during pregnancy?",
              "Pregnant and my migraines are back: can I continue Botox?"),
             "I get Botox every 12 weeks for chronic migraine and I'm now pregnant. Can I "
             "continue?", ("botox",)),
    ),
    general=(0,),
    focus=((1, 0), (2, 5), (3, 5), (4,),),
    details=(
        "This is my first pregnancy.",
        "My OB hadn't heard of anyone asking this before.",
    ),
    headlines=(  # one per point, same order
        "Avoid during pregnancy, out of caution",
        "Reassuring; tell your obstetrician",
        "Best to wait until you finish nursing",
        "No set waiting period",
        "Medical uses are a different decision",
        "Keep skin care simple for now",
    ),
    points=(
        "Botulinum toxin hasn't been adequately studied in pregnancy, so the standard advice is "
        "to avoid elective treatment while pregnant or breastfeeding. That is caution based on "
        "missing data, not evidence of harm.",
        "If you were treated before you knew you were pregnant, that is reassuring in "
        "practical terms: cosmetic doses are small and injected into muscle, and little if any "
        "is expected to reach the bloodstream. Let your obstetrician know so it's in your "
        "record, but it isn't a reason for alarm.",
        "For breastfeeding, it isn't known whether toxin passes into breast milk. Most of us "
        "recommend waiting until you've finished nursing for purely cosmetic treatment.",
        "There's no defined waiting period after a cosmetic dose before trying to conceive. "
        "Many physicians suggest simply not scheduling further treatment once you start "
        "trying; the effect wears off on its own.",
        "For medical uses such as chronic migraine, the decision is different, because the "
        "condition itself affects you. That's a conversation between you, your neurologist "
        "and your obstetrician, weighing your symptoms against the limited data.",
        "Many skin treatments are fine in pregnancy, but some, like retinoids and certain "
        "peels, are usually avoided. Good sunscreen and gentle skin care are the safe "
        "mainstays until you're done.",
    ),
    caveats=(
        "Please share this with your obstetrician so they have the full picture.",
    ),
)

MEDICATIONS = Topic(
    key="medications",
    treatments=("botox-cosmetic",),
    questions=8,
    ages=(28, 66),
    products=COSMETIC,
    seeds=(
        Seed(("Can I get {product} while on antibiotics?",
              "On antibiotics for a sinus infection: cancel my {product}?"),
             "I'm on a course of antibiotics for a sinus infection and I have {product} booked "
             "next week. Should I postpone?"),
        Seed(("Botox and blood thinners",
              "I take Eliquis: can I still get Botox?"),
             "I'm on a blood thinner for atrial fibrillation. Can I still have Botox, and "
             "should I stop the blood thinner beforehand?", ("botox-cosmetic",)),
        Seed(("Fish oil and bruising before {product}",
              "Which supplements should I stop before {product}?"),
             "I take fish oil, vitamin E and turmeric. Should I stop them before my {product} "
             "appointment?"),
        Seed(("Botox with myasthenia gravis in the family?",
              "Muscle condition in my family: is Botox safe for me?"),
             "My sister has myasthenia gravis. I don't, as far as I know. Is Botox safe for "
             "me?", ("botox-cosmetic",)),
        Seed(("Can I get {product} with a cold sore?",
              "Cold sore on my lip the day before {product}"),
             "I have a cold sore starting on my upper lip and {product} booked tomorrow for "
             "my forehead. Should I cancel?"),
    ),
    general=(3, 6),
    focus=((0,), (1,), (2,), (4,), (5,),),
    details=(
        "My prescribing doctor said to ask the injector.",
        "I've had toxin before without problems.",
    ),
    headlines=(  # one per point, same order
        "Most antibiotics are fine; a few are not",
        "Never stop a prescribed blood thinner on your own",
        "Some supplements raise bruising",
        "Tell your injector everything you take",
        "Neuromuscular conditions need a conversation",
        "Wait until the cold sore heals",
        "A short delay is the safe choice",
    ),
    points=(
        "Most common antibiotics don't interact with toxin. The exception is the aminoglycoside "
        "class (like gentamicin or tobramycin), usually given by injection or IV, which can "
        "strengthen the toxin's effect. If you're unwell enough to need antibiotics, "
        "postponing an elective treatment until you've recovered is sensible anyway.",
        "Don't stop a prescribed blood thinner for a cosmetic treatment. The risk of a clot "
        "outweighs the cosmetic benefit. Toxin can be given on blood thinners; you may bruise "
        "more, and your injector can use pressure and fewer injection points.",
        "Fish oil, vitamin E, ginkgo, turmeric and high-dose garlic can increase bruising. "
        "Many injectors suggest pausing them for about a week beforehand if your own doctor "
        "agrees. Aspirin or ibuprofen taken for pain can be swapped for acetaminophen for a "
        "few days.",
        "Muscle relaxants, anticholinergic drugs and another toxin given close together can "
        "add to the effect. Bring a complete list of medications and supplements to your "
        "appointment.",
        "Known neuromuscular disorders like myasthenia gravis or Lambert-Eaton syndrome "
        "increase the risk of significant weakness with toxin. A family history alone isn't "
        "a contraindication, but mention it, and mention any symptoms such as fluctuating "
        "double vision or weakness.",
        "An active infection at the injection site, including a cold sore in the area, is a "
        "reason to wait. For an upper face treatment with a cold sore on the lip, many "
        "injectors still reschedule to avoid spreading it.",
        "If in doubt, postponing by a week or two costs you nothing; a toxin appointment is easy "
        "to move.",
    ),
    caveats=(
        "When in doubt, a quick call to the prescribing physician is worth it.",
        SAFETY_CAVEATS[0],
    ),
)

AFTERCARE = Topic(
    key="aftercare",
    treatments=("botox-cosmetic",),
    questions=11,
    ages=(24, 64),
    products=COSMETIC,
    seeds=(
        Seed(("When can I work out after {product}?",
              "Gym after {product}: how long do I have to wait?"),
             "I had {product} this morning and I usually go to a spin class in the evening. "
             "Do I need to skip it?"),
        Seed(("I lay down an hour after Botox: did I ruin it?",
              "Fell asleep right after my Botox appointment"),
             "I was told to stay upright for four hours after Botox but I fell asleep on the "
             "couch about an hour later. Did I ruin the result or cause it to spread?",
             ("botox-cosmetic",)),
        Seed(("Can I wear makeup after {product}?",
              "Skin care routine the night after {product}"),
             "When can I put on makeup and use my usual serums after {product}? I use a "
             "retinol at night."),
        Seed(("Accidentally rubbed my forehead after Botox",
              "I pressed on the injection spots after {product}"),
             "Right after {product} I forgot and rubbed my forehead hard while washing my face. "
             "Will the toxin move to my eyes?"),
        Seed(("Flying after {product}",
              "Is it safe to fly the day after {product}?"),
             "I'm flying across the country the day after my {product} appointment. Is that a "
             "problem?"),
        Seed(("Facial or massage after Botox?",
              "How long to wait for a facial after Botox?"),
             "I have a facial with extractions and a face massage booked a few days after my "
             "Botox. Should I move it?", ("botox-cosmetic",)),
        Seed(("Drinking alcohol after {product}?",
              "Wine the night after {product}: okay?"),
             "I have a dinner the evening of my {product} appointment. Is a glass of wine a "
             "problem?"),
    ),
    general=(0, 7),
    focus=((1,), (2,), (4,), (3,), (5,), (3,), (6,),),
    details=(
        "The clinic gave me a sheet but it didn't explain why.",
        "I got different advice from two injectors.",
    ),
    headlines=(  # one per point, same order
        "Aftercare rules are cautious by design",
        "Skip the gym for the rest of the day",
        "You almost certainly didn't ruin it",
        "A brief rub is unlikely to matter",
        "Makeup after a few hours",
        "Flying is fine",
        "A glass of wine mainly means bruising",
        "Call your injector if anything seems off",
    ),
    points=(
        "Most aftercare advice aims to keep the toxin where it was placed while it binds to "
        "the nerve endings, which happens over the first few hours. Evidence for any specific "
        "rule is limited, so the advice is deliberately cautious.",
        "Many of us suggest skipping strenuous exercise for the rest of the day and going back "
        "the next day. A walk is fine.",
        "Lying down an hour or two after treatment is very unlikely to change your result. "
        "The 'stay upright for four hours' advice is precautionary.",
        "A brief rub is unlikely to move a meaningful amount of product. Firm massage or "
        "pressure on the area, such as a facial or tight headband, is best avoided for a day "
        "or two.",
        "Mineral makeup can usually go on after a few hours if the skin isn't irritated. Your "
        "normal skin care, including a retinoid, can generally restart that night unless the "
        "skin is sensitive.",
        "Flying after toxin is fine. Cabin pressure doesn't affect where the product goes.",
        "Alcohol in moderation mainly increases bruising risk; skipping it the day before and "
        "the evening of treatment is reasonable but not essential.",
        "If you ever notice anything unexpected, such as a droopy lid or an uneven brow, "
        "contact your injector. Most of these are fixable or temporary.",
    ),
    caveats=(
        "Follow your own injector's aftercare sheet; they may have reasons specific to your "
        "treatment.",
    ),
)

BRUISING = Topic(
    key="bruising",
    treatments=("botox-cosmetic",),
    questions=8,
    ages=(26, 66),
    products=COSMETIC,
    seeds=(
        Seed(("Bruise after {product}: how long will it last?",
              "Big bruise by my eye after {product}"),
             "I have a purple bruise near my eye two days after {product}. How long will it last "
             "and can I speed it up?"),
        Seed(("Headache after Botox",
              "Bad headache two days after my first Botox"),
             "I got Botox for the first time two days ago and I've had a headache since. Is "
             "that normal?", ("botox-cosmetic",)),
        Seed(("Bumps after {product} injections",
              "Little welts on my forehead after {product}"),
             "Right after {product} I had little raised bumps where the needle went in. They "
             "went down after an hour. Is that normal?"),
        Seed(("Rash or itching after {product}?",
              "Itchy spots a day after {product}"),
             "The day after {product} I noticed itchy red spots on my forehead. Could I be "
             "allergic?"),
    ),
    general=(5, 4),
    focus=((0,), (1,), (2, 4), (3,),),
    details=(
        "I stopped fish oil a week before, as instructed.",
        "I have an event this weekend.",
    ),
    headlines=(  # one per point, same order
        "Bruises fade in about a week",
        "Headache is common and short-lived",
        "Small welts are normal",
        "True allergy is rare",
        "A little tenderness is expected",
        "How to bruise less next time",
    ),
    points=(
        "Bruises are the most common side effect and usually fade in five to ten days, "
        "going from purple to green to yellow. Cold compresses on the first day and arnica or "
        "a concealer with a green tint can help. Some clinics offer a vascular laser that "
        "speeds up fading.",
        "Headache after treatment, especially the first time, is common and usually mild, "
        "settling within a few days. Acetaminophen is a reasonable choice. A severe or "
        "worsening headache should be discussed with your physician.",
        "Small welts right after injection are just the liquid under the skin and settle "
        "within minutes to an hour. They're expected and harmless.",
        "True allergic reactions to toxin are rare. Itchy spots are more often irritation from "
        "the alcohol wipe, a reaction to makeup or skin care applied too soon, or a reaction "
        "to the cleanser. If you develop hives, swelling of the face or lips, or any trouble "
        "breathing, seek urgent care.",
        "Tenderness and mild redness at injection points is normal for a day.",
        "Next time, avoiding blood-thinning supplements beforehand (if your doctor agrees), "
        "icing before and after, and telling your injector you bruise easily can all reduce "
        "bruising.",
    ),
    caveats=(
        "A bruise that keeps enlarging, or one with severe pain, warrants a prompt visit.",
        "If you ever have trouble breathing or swallowing after an injection, call 911.",
    ),
)

TOPICS: tuple[Topic, ...] = (
    FROWN_LINES, CROWS_FEET, FOREHEAD, EYELID_DROOP, DURATION, UNITS, SWITCHING, MASSETER, TMJ,
    PLATYSMA, PREGNANCY, MEDICATIONS, AFTERCARE, BRUISING,
)
