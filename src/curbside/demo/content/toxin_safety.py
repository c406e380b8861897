"""Cosmetic neurotoxin topics about side effects, medicines, pregnancy and aftercare."""

from __future__ import annotations

from curbside.demo.content.toxin_cosmetic import COSMETIC, SAFETY_CAVEATS
from curbside.demo.content.types import Seed, Topic

EYELID_DROOP = Topic(
    key="eyelid_droop",
    treatments=("botox-cosmetic",),
    questions=12,
    ages=(30, 64),
    products=COSMETIC,
    answers=(2, 5),
    seeds=(
        Seed(
            (
                "Eyelid drooping after {product}: how long will it last?",
                "One eyelid is drooping a week after {product}",
            ),
            "A week after {product} for frown lines, my right upper eyelid is lower than the "
            "left and I have to lift my brow to see properly. How long will this last and "
            "can anything be done?",
        ),
        Seed(
            ("Is ptosis after Botox permanent?", "Scared my droopy eyelid will never go back"),
            "My eyelid started drooping three days after Botox. I'm panicking that it's "
            "permanent. Has anyone seen it stay like this?",
            ("botox-cosmetic",),
        ),
        Seed(
            (
                "Eye drops for eyelid droop after Botox?",
                "My injector mentioned drops for a droopy lid",
            ),
            "I have a droopy eyelid after Botox and my injector mentioned prescription eye "
            "drops. What are they and do they work?",
            ("botox-cosmetic",),
        ),
        Seed(
            (
                "Did my injector do something wrong? Eyelid drooped after {product}",
                "Should I go back to the same injector after an eyelid droop?",
            ),
            "I've had {product} five times with no problems, and this time my eyelid dropped. "
            "Is this a sign my injector made a mistake? Should I go somewhere else next time?",
        ),
        Seed(
            (
                "Eyelid droop or brow droop after toxin?",
                "My eye looks smaller after Botox: is it the lid or the brow?",
            ),
            "After Botox one eye looks smaller. I can't tell whether the eyebrow dropped or the "
            "eyelid itself. Does it matter which one it is?",
            ("botox-cosmetic",),
        ),
    ),
    general=(0, 5, 6),
    focus=(
        (0, 1),
        (0, 7, 4),
        (1,),
        (3, 5),
        (2,),
    ),
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


PREGNANCY = Topic(
    key="pregnancy",
    treatments=("botox-cosmetic",),
    questions=8,
    ages=(26, 41),
    products=COSMETIC,
    seeds=(
        Seed(
            (
                "Got {product} and then found out I'm pregnant",
                "Had {product} before I knew I was pregnant: should I worry?",
            ),
            "I had {product} for frown lines about ten days ago and just found out I'm "
            "pregnant, probably around five weeks. Is my baby at risk?",
        ),
        Seed(
            ("Can I get Botox while breastfeeding?", "Botox and breastfeeding: safe or not?"),
            "My baby is four months old and I'm breastfeeding. Is it safe to get Botox for my "
            "forehead lines?",
            ("botox-cosmetic",),
        ),
        Seed(
            (
                "How long before trying to conceive should I stop {product}?",
                "Trying for a baby: when to stop {product}?",
            ),
            "We're planning to start trying for a baby in a few months. How long before "
            "should I stop {product}?",
        ),
        Seed(
            (
                "Botox for migraines during pregnancy?",
                "Pregnant and my migraines are back: can I continue Botox?",
            ),
            "I get Botox every 12 weeks for chronic migraine and I'm now pregnant. Can I continue?",
            ("botox",),
        ),
    ),
    general=(0,),
    focus=(
        (1, 0),
        (2, 5),
        (3, 5),
        (4,),
    ),
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
    caveats=("Please share this with your obstetrician so they have the full picture.",),
)


MEDICATIONS = Topic(
    key="medications",
    treatments=("botox-cosmetic",),
    questions=8,
    ages=(28, 66),
    products=COSMETIC,
    seeds=(
        Seed(
            (
                "Can I get {product} while on antibiotics?",
                "On antibiotics for a sinus infection: cancel my {product}?",
            ),
            "I'm on a course of antibiotics for a sinus infection and I have {product} booked "
            "next week. Should I postpone?",
        ),
        Seed(
            ("Botox and blood thinners", "I take Eliquis: can I still get Botox?"),
            "I'm on a blood thinner for atrial fibrillation. Can I still have Botox, and "
            "should I stop the blood thinner beforehand?",
            ("botox-cosmetic",),
        ),
        Seed(
            (
                "Fish oil and bruising before {product}",
                "Which supplements should I stop before {product}?",
            ),
            "I take fish oil, vitamin E and turmeric. Should I stop them before my {product} "
            "appointment?",
        ),
        Seed(
            (
                "Botox with myasthenia gravis in the family?",
                "Muscle condition in my family: is Botox safe for me?",
            ),
            "My sister has myasthenia gravis. I don't, as far as I know. Is Botox safe for me?",
            ("botox-cosmetic",),
        ),
        Seed(
            (
                "Can I get {product} with a cold sore?",
                "Cold sore on my lip the day before {product}",
            ),
            "I have a cold sore starting on my upper lip and {product} booked tomorrow for "
            "my forehead. Should I cancel?",
        ),
    ),
    general=(3, 6),
    focus=(
        (0,),
        (1,),
        (2,),
        (4,),
        (5,),
    ),
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
        Seed(
            (
                "When can I work out after {product}?",
                "Gym after {product}: how long do I have to wait?",
            ),
            "I had {product} this morning and I usually go to a spin class in the evening. "
            "Do I need to skip it?",
        ),
        Seed(
            (
                "I lay down an hour after Botox: did I ruin it?",
                "Fell asleep right after my Botox appointment",
            ),
            "I was told to stay upright for four hours after Botox but I fell asleep on the "
            "couch about an hour later. Did I ruin the result or cause it to spread?",
            ("botox-cosmetic",),
        ),
        Seed(
            ("Can I wear makeup after {product}?", "Skin care routine the night after {product}"),
            "When can I put on makeup and use my usual serums after {product}? I use a "
            "retinol at night.",
        ),
        Seed(
            (
                "Accidentally rubbed my forehead after Botox",
                "I pressed on the injection spots after {product}",
            ),
            "Right after {product} I forgot and rubbed my forehead hard while washing my face. "
            "Will the toxin move to my eyes?",
        ),
        Seed(
            ("Flying after {product}", "Is it safe to fly the day after {product}?"),
            "I'm flying across the country the day after my {product} appointment. Is that a "
            "problem?",
        ),
        Seed(
            ("Facial or massage after Botox?", "How long to wait for a facial after Botox?"),
            "I have a facial with extractions and a face massage booked a few days after my "
            "Botox. Should I move it?",
            ("botox-cosmetic",),
        ),
        Seed(
            ("Drinking alcohol after {product}?", "Wine the night after {product}: okay?"),
            "I have a dinner the evening of my {product} appointment. Is a glass of wine a "
            "problem?",
        ),
    ),
    general=(0, 7),
    focus=(
        (1,),
        (2,),
        (4,),
        (3,),
        (5,),
        (3,),
        (6,),
    ),
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
        Seed(
            (
                "Bruise after {product}: how long will it last?",
                "Big bruise by my eye after {product}",
            ),
            "I have a purple bruise near my eye two days after {product}. How long will it last "
            "and can I speed it up?",
        ),
        Seed(
            ("Headache after Botox", "Bad headache two days after my first Botox"),
            "I got Botox for the first time two days ago and I've had a headache since. Is "
            "that normal?",
            ("botox-cosmetic",),
        ),
        Seed(
            ("Bumps after {product} injections", "Little welts on my forehead after {product}"),
            "Right after {product} I had little raised bumps where the needle went in. They "
            "went down after an hour. Is that normal?",
        ),
        Seed(
            ("Rash or itching after {product}?", "Itchy spots a day after {product}"),
            "The day after {product} I noticed itchy red spots on my forehead. Could I be "
            "allergic?",
        ),
    ),
    general=(5, 4),
    focus=(
        (0,),
        (1,),
        (2, 4),
        (3,),
    ),
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


TOPICS: tuple[Topic, ...] = (EYELID_DROOP, PREGNANCY, MEDICATIONS, AFTERCARE, BRUISING)
