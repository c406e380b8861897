"""Cosmetic neurotoxin topics about dose, duration, brands and the jaw muscles."""

from __future__ import annotations

from curbside.demo.content.toxin_cosmetic import COSMETIC, SAFETY_CAVEATS
from curbside.demo.content.types import Seed, Topic

DURATION = Topic(
    key="duration",
    treatments=("botox-cosmetic",),
    questions=13,
    ages=(28, 64),
    products=(*COSMETIC, ("Daxxify", "daxxify")),
    seeds=(
        Seed(
            ("How long does {product} last?", "{product} wears off in 8 weeks for me: normal?"),
            "My {product} seems to wear off after about eight weeks, while my friends get four "
            "months. Is there anything I can do to make it last longer?",
        ),
        Seed(
            (
                "Does Daxxify really last six months?",
                "Is Daxxify worth it for longer-lasting results?",
            ),
            "My dermatologist offered Daxxify and said it may last longer than Botox, but it "
            "costs more. Is the longer duration real?",
            ("daxxify",),
        ),
        Seed(
            ("Can I become resistant to {product}?", "{product} stopped working for me"),
            "I've had {product} for years and the last two treatments barely did anything. "
            "Could I have become immune to it?",
        ),
        Seed(
            ("How often can I safely get {product}?", "Is it okay to get toxin every two months?"),
            "I like the smooth look and would happily go every two months. Is there any harm "
            "in getting {product} that often?",
        ),
        Seed(
            (
                "Does exercise make Botox wear off faster?",
                "Marathon runner: does my training burn through toxin?",
            ),
            "I run and do a lot of high-intensity training. Someone told me athletes break down "
            "Botox faster. Is that true?",
            ("botox-cosmetic",),
        ),
        Seed(
            ("What happens if I stop getting Botox?", "Will my wrinkles be worse if I stop Botox?"),
            "I've had Botox regularly for five years. If I stop, will my lines come back worse "
            "than before I started?",
            ("botox-cosmetic",),
        ),
    ),
    general=(0, 1),
    focus=(
        (0, 1, 7),
        (2,),
        (3, 7),
        (4,),
        (5, 1),
        (6,),
    ),
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
        Seed(
            (
                "How many Dysport units equal one Botox unit?",
                "Dysport units vs Botox units: what's the conversion?",
            ),
            "My new clinic quoted me 60 units of Dysport and I used to get 24 of Botox. Am I "
            "getting more or less? Is there a conversion?",
            ("dysport", "botox-cosmetic"),
        ),
        Seed(
            (
                "Price per unit or price per area: which is better?",
                "Why do clinics charge so differently for {product}?",
            ),
            "One clinic charges per unit, another per area. The prices are very different. "
            "How do I compare them fairly?",
        ),
        Seed(
            ("Is a cheap Botox deal safe?", "Botox at half the usual price: red flag?"),
            "A place near me advertises Botox at half the price of everywhere else. Is there a "
            "catch? Could it be diluted?",
            ("botox-cosmetic",),
        ),
        Seed(
            (
                "How many units of {product} do I need for my whole upper face?",
                "Total units for forehead, 11s and crow's feet",
            ),
            "I'd like to treat my forehead, frown lines and crow's feet in one visit. Roughly "
            "how many units of {product} does that usually take?",
        ),
        Seed(
            ("What does dilution mean for my Botox?", "Does more saline mean weaker Botox?"),
            "My injector said they dilute Botox differently for different areas. Does that "
            "mean I'm getting less product?",
            ("botox-cosmetic",),
        ),
    ),
    general=(0, 6),
    focus=(
        (0, 1),
        (3,),
        (4,),
        (5, 0),
        (2,),
    ),
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
        Seed(
            (
                "Switching from Botox to Xeomin: what should I know?",
                "Is Xeomin better because it has no complexing proteins?",
            ),
            "I read that Xeomin is 'naked' and my body is less likely to become resistant. "
            "Should I switch from Botox?",
            ("xeomin", "botox-cosmetic"),
        ),
        Seed(
            (
                "Botox vs Dysport: which kicks in faster?",
                "Dysport or Botox for my first treatment?",
            ),
            "A friend said Dysport works faster and spreads more. Does that make it better or "
            "worse for a first-timer?",
            ("dysport", "botox-cosmetic"),
        ),
        Seed(
            ("Is Jeuveau the same as Botox?", "Jeuveau is cheaper: is it just as good?"),
            "My med spa offers Jeuveau at a lower price than Botox. Is it basically the same "
            "thing?",
            ("jeuveau", "botox-cosmetic"),
        ),
        Seed(
            ("What is Letybo and is it new?", "Has anyone tried Letybo yet?"),
            "My clinic just started offering Letybo. What is it, and how does it compare to "
            "what I've had before?",
            ("letybo",),
        ),
        Seed(
            (
                "Can I mix two brands in one session?",
                "Dysport in the forehead and Botox around the eyes?",
            ),
            "My injector suggested Dysport for my forehead and Botox for crow's feet in the "
            "same visit. Is mixing brands okay?",
            ("dysport", "botox-cosmetic"),
        ),
    ),
    general=(0, 4),
    focus=(
        (1, 4),
        (3,),
        (2, 6),
        (2,),
        (5,),
    ),
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
        Seed(
            (
                "Is {product} for jaw slimming FDA-approved?",
                "Masseter {product} for a slimmer face: is it approved?",
            ),
            "I want a slimmer, more V-shaped jawline and I've seen masseter injections all over "
            "social media. Is {product} approved for this, and is it safe?",
        ),
        Seed(
            ("How many units for masseter slimming?", "Masseter Botox: how much and how often?"),
            "I have a square jaw from strong masseters. How many units does slimming usually "
            "take and how long until I see a difference?",
            ("botox-cosmetic",),
        ),
        Seed(
            ("Smile changed after masseter injections", "My smile looks uneven after jaw Botox"),
            "Three weeks after masseter Botox my smile looks lopsided. Is that from the "
            "injections and will it go back?",
            ("botox-cosmetic",),
        ),
        Seed(
            (
                "Chewing feels weak after masseter {product}",
                "Jaw tired when eating after {product}",
            ),
            "Since my masseter {product} my jaw gets tired chewing steak or gum. Is that normal "
            "and how long will it last?",
        ),
        Seed(
            ("Sagging cheeks after jaw slimming injections?", "Can masseter Botox cause jowls?"),
            "I've been getting masseter Botox for two years and I feel like my lower face "
            "looks more hollow and saggy. Could that be from the injections?",
            ("botox-cosmetic",),
        ),
    ),
    general=(0, 2, 5),
    focus=(
        (0, 1, 5),
        (2, 1, 8, 7),
        (3,),
        (4,),
        (6, 8),
    ),
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
        Seed(
            ("Botox for teeth grinding at night?", "Will Botox stop me grinding my teeth?"),
            "I grind my teeth at night and wake with a sore jaw and headaches. My dentist "
            "suggested Botox in my jaw muscles. Does it work?",
            ("botox",),
        ),
        Seed(
            ("Botox for TMJ pain: is it covered by insurance?", "Is Botox approved for TMJ?"),
            "I've had TMJ pain for years. Is Botox an approved treatment for TMJ, and would "
            "insurance cover it?",
            ("botox",),
        ),
        Seed(
            (
                "Botox for clenching but I still wear my night guard?",
                "Night guard vs Botox for clenching",
            ),
            "I clench all day and night. Do I still need my night guard if I get Botox in my "
            "masseters?",
            ("botox",),
        ),
        Seed(
            ("Jaw clicking: would Botox help?", "Clicking jaw and pain when chewing"),
            "My jaw clicks when I open wide and it hurts to chew on one side. Would Botox help "
            "with the clicking?",
            ("botox",),
        ),
    ),
    general=(0, 3, 5),
    focus=(
        (0, 2, 4),
        (0, 1),
        (2,),
        (1,),
    ),
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


TOPICS: tuple[Topic, ...] = (DURATION, UNITS, SWITCHING, MASSETER, TMJ)
