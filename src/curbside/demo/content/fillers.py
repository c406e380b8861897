"""Filler and Kybella topics."""

from __future__ import annotations

from curbside.demo.content.types import Seed, Topic

OCCLUSION_WARNING = (
    "Skin that turns pale, grey, dusky or blotchy purple, pain that is severe or keeps growing, "
    "or any change in vision after filler is an emergency: call your injector at once and, if "
    "you can't reach them, go to an emergency department.",
    "Your injector should give you an after-hours number. Use it for severe pain, skin colour "
    "changes or vision changes, not just for questions about swelling.",
)

LIP_SWELLING = Topic(
    key="lip_swelling",
    treatments=("lip-filler",),
    questions=14,
    ages=(20, 48),
    answers=(2, 5),
    seeds=(
        Seed(
            (
                "Lips very swollen the day after filler",
                "Huge swelling after my first lip filler: is this normal?",
            ),
            "I had 1 syringe of lip filler yesterday and my lips are twice the size, "
            "especially the top lip. Is this normal and how long will it last?",
        ),
        Seed(
            ("Lumps in my lips two weeks after filler", "Can I massage lumps after lip filler?"),
            "Two weeks after lip filler I can feel small hard lumps, and one is visible when I "
            "smile. Should I massage them?",
        ),
        Seed(
            ("Uneven lips after filler", "One side of my lip is bigger after filler"),
            "My lips look uneven five days after filler: the left side of the top lip is "
            "fuller. Should I wait or go back now?",
        ),
        Seed(
            (
                "Duck lips: did my injector overfill?",
                "My upper lip sticks out too far after filler",
            ),
            "Three weeks after filler my top lip sticks out past the bottom one in profile. "
            "It looks like a duck bill. Is this swelling or too much filler?",
        ),
        Seed(
            ("Filler migration above my lip line", "Lip filler has moved above the border"),
            "I've had lip filler every six months for three years. Now there's a puffy shelf "
            "above my upper lip border, even when I'm not smiling. Is this migration?",
        ),
        Seed(
            (
                "How much lip filler should I get the first time?",
                "Half a syringe or one syringe for my first lip filler?",
            ),
            "I have thin lips and want a subtle change. Should I start with half a syringe or "
            "a full one?",
        ),
        Seed(
            ("Cold sores after lip filler", "I get cold sores: is lip filler a bad idea?"),
            "I get cold sores a few times a year. Can lip filler trigger one, and can I still "
            "get it?",
        ),
    ),
    general=(8, 9),
    focus=(
        (0, 3),
        (1, 2),
        (3, 0),
        (4, 10),
        (5, 11),
        (6,),
        (7,),
    ),
    details=(
        "It's hyaluronic acid filler, I checked.",
        "My injector is a nurse at a med spa with a doctor on site.",
        "I took ibuprofen beforehand, which I now realise I shouldn't have.",
        "I have a photo from before and the difference is big.",
    ),
    headlines=(  # one per point, same order
        "Swelling peaks at one to three days",
        "Early firmness often settles",
        "Persistent lumps are fixable",
        "Wait two weeks before judging symmetry",
        "Too much projection can be corrected",
        "Migration is common with repeated filling",
        "Less is more the first time",
        "Plan ahead if you get cold sores",
        "Bruising is common in the lips",
        "Know what was injected",
        "Filler can't change the proportions",
        "Dissolve rather than add more",
    ),
    points=(
        "Swelling after lip filler is expected and is usually worst on day one to three, "
        "often uneven and more in the upper lip. Most of it settles within a week and the "
        "final result is clearer at two weeks. Cool compresses, sleeping with your head raised "
        "and avoiding alcohol and hard exercise for a day or two help.",
        "Small firm areas in the first two weeks are often swelling or product not yet "
        "integrated. Gentle massage is sometimes advised, but only if your injector recommends "
        "it; aggressive squeezing can make things worse.",
        "Lumps that persist after two to four weeks can be smoothed by your injector, and "
        "hyaluronic acid lumps can be dissolved with hyaluronidase if needed. Rarely a delayed "
        "lump is inflammatory, which is treated differently, so have it examined.",
        "Some asymmetry is normal; nobody's lips are perfectly even to begin with. Wait until "
        "the two-week mark before deciding on a touch-up, because uneven swelling often "
        "explains early differences.",
        "A lip that projects too far in profile usually means too much volume for the size "
        "of the lip or for the teeth and jaw behind it. If it persists after the swelling "
        "settles, dissolving some or all of it is an option.",
        "Filler above the lip border (a 'filler moustache') is a common problem after many "
        "sessions. Hyaluronic acid lasts longer than people expect, and topping up every few "
        "months can cause build-up. Dissolving and waiting before re-treating gives the best "
        "result.",
        "For a first treatment, half to one syringe is typical. Starting with less lets you "
        "see how your lips respond and how you feel about the change; adding more is easy.",
        "Lip injections can trigger a cold sore in people who get them. Many physicians "
        "prescribe an antiviral to start before treatment. Never inject when a sore is "
        "active.",
        "Bruising is common in the lips. Avoiding blood-thinning supplements and alcohol "
        "beforehand (if your doctor agrees) helps; bruises fade in about a week.",
        "Make sure you know exactly which product was used and how much; it matters if you "
        "ever need correction.",
        "Overfilled lips often come from trying to add height to a lip that is naturally shallow "
        "from front to back. Filler can't change the teeth and jaw behind the lip, so the lip ends "
        "up projecting instead of gaining shape.",
        "Migration often shows only when smiling at first, then at rest. If your injector "
        "recommends dissolving, that is usually better than adding more filler to 'even out' the "
        "border.",
    ),
    caveats=OCCLUSION_WARNING,
)

LIP_DISSOLVE = Topic(
    key="lip_dissolve",
    treatments=("lip-filler",),
    questions=10,
    ages=(22, 52),
    seeds=(
        Seed(
            ("Is dissolving lip filler painful?", "What's it like to get lip filler dissolved?"),
            "I hate my lip filler and want it dissolved. Does hyaluronidase hurt, and will my "
            "lips look deflated afterwards?",
        ),
        Seed(
            (
                "Can hyaluronidase dissolve my own tissue?",
                "Will dissolving filler damage my natural lips?",
            ),
            "I read that hyaluronidase can dissolve your own hyaluronic acid and leave your "
            "lips thinner than before. Is that true?",
        ),
        Seed(
            (
                "How soon after dissolving can I redo lip filler?",
                "Waiting time between dissolving and refilling lips",
            ),
            "I had my lips dissolved a week ago because of migration. How long should I wait "
            "before getting filler again?",
        ),
        Seed(
            ("Allergic to hyaluronidase?", "Do I need an allergy test before filler is dissolved?"),
            "I'm allergic to bee stings. I read that hyaluronidase can cause allergic "
            "reactions. Should I have a test first?",
        ),
        Seed(
            (
                "Filler from years ago still in my lips?",
                "Does lip filler really last only six months?",
            ),
            "I had lip filler four years ago and was told it lasts six months. An MRI for "
            "something else apparently showed it's still there. How is that possible?",
        ),
    ),
    general=(0, 5),
    focus=(
        (0, 7, 6),
        (1,),
        (2, 7),
        (3,),
        (4,),
    ),
    details=(
        "The filler was done at a different clinic.",
        "I don't know exactly which product was used.",
    ),
    headlines=(  # one per point, same order
        "Dissolving is quick and usually well tolerated",
        "Your own tissue recovers",
        "Give your lips time before refilling",
        "A skin test is reasonable in some cases",
        "Filler often lasts longer than advertised",
        "Only hyaluronic acid can be dissolved",
        "A second session is sometimes needed",
        "Wait to see your true baseline",
    ),
    points=(
        "Hyaluronidase is an enzyme that breaks down hyaluronic acid filler. It works within "
        "hours to a couple of days. It stings briefly and swelling for a day or two is common. "
        "The lips usually return close to where they were before filler, though stretched "
        "tissue may look a little different for a while.",
        "Hyaluronidase can also break down some of your natural hyaluronic acid, but your "
        "body replenishes it quickly. Lasting thinning beyond your natural lips is not "
        "expected with usual doses.",
        "Most of us suggest waiting at least two weeks after dissolving before adding filler "
        "again, to let swelling settle and see your baseline. After migration, a longer break "
        "is often wise.",
        "Allergic reactions to hyaluronidase are uncommon, and some hyaluronidase products are "
        "derived from animal sources. People with bee or wasp venom allergy are sometimes "
        "considered at higher risk. A small skin test before elective dissolving is reasonable; "
        "in an emergency such as a vascular occlusion, treatment isn't delayed for testing.",
        "Hyaluronic acid filler often persists much longer than the six to twelve months "
        "commonly quoted, and imaging studies have found it years later. That's one reason "
        "building up layer on layer causes problems.",
        "Only hyaluronic acid fillers can be dissolved. If you don't know what was used, get "
        "your records from the original clinic before treatment.",
        "Results can be patchy after one session; a second, smaller treatment is sometimes needed "
        "a week or two later.",
        "Expect your lips to look flatter for a few days after dissolving; it takes a week or two "
        "to see your true baseline.",
    ),
    caveats=OCCLUSION_WARNING[:1],
)

CHEEK = Topic(
    key="cheek",
    treatments=("cheek-filler",),
    questions=10,
    ages=(28, 66),
    seeds=(
        Seed(
            ("How much cheek filler do I need?", "Two syringes in my cheeks: is that too much?"),
            "My injector recommended two syringes for my cheeks. I'm worried about looking "
            "puffy or overdone. Is that a normal amount?",
        ),
        Seed(
            ("Cheek filler made my face look puffy", "Pillow face after cheek filler"),
            "I've had cheek filler three times over the past few years and now my face looks "
            "wide and puffy in photos. Can this be fixed?",
        ),
        Seed(
            ("Will cheek filler lift my jowls?", "Can cheek filler fix sagging in the lower face?"),
            "I'm starting to get jowls. My injector says cheek filler can give a lift. Does "
            "that really work?",
        ),
        Seed(
            (
                "Cheek filler vs fat transfer",
                "Is fat grafting better than filler for hollow cheeks?",
            ),
            "I lost weight and my cheeks look hollow. Should I get filler or fat transfer?",
        ),
        Seed(
            (
                "Swelling and tenderness after cheek filler",
                "Cheeks sore to touch a week after filler",
            ),
            "My cheeks were injected a week ago and still feel a bit tender when I press. "
            "Is that normal?",
        ),
    ),
    general=(0, 5),
    focus=(
        (0, 6),
        (1,),
        (2,),
        (3,),
        (4,),
    ),
    details=(
        "I've always had flat cheekbones.",
        "I run a lot and have lost facial fat.",
    ),
    headlines=(  # one per point, same order
        "Restore, don't inflate",
        "Overfilling builds up over time",
        "Cheek support has limits",
        "Filler and fat each have a place",
        "Some tenderness is normal",
        "Cheek filler lasts a long time",
        "Proportions over syringe counts",
    ),
    points=(
        "The amount depends on your bone structure, how much volume you've lost and your "
        "goals. One to two syringes across both cheeks is common, but a good plan is based on "
        "examination, not a set number. Staging it over two visits is a sensible way to avoid "
        "overdoing it.",
        "A puffy, wide look after repeated cheek filler usually comes from accumulated "
        "product placed too far forward or too low. Dissolving some of it and rebuilding "
        "more conservatively, if needed, usually restores a natural shape.",
        "Well-placed cheek filler can soften the fold from nose to mouth and a little of the "
        "lower face by supporting tissue from above. It can't lift true jowls caused by "
        "skin and tissue laxity; chasing that with more filler leads to a heavy face.",
        "Fat transfer is surgical and longer-lasting, but less predictable: some of the fat "
        "doesn't survive and it can't be dissolved. Filler is adjustable and reversible. "
        "After major weight loss, a surgeon can discuss both.",
        "Mild tenderness and swelling for one to two weeks is common. Increasing pain, "
        "redness and warmth, or skin colour changes, need prompt review.",
        "Cheek filler usually lasts a year or more, and often longer with some products. "
        "Touch-ups should follow what you actually need, not the calendar.",
        "Ask to see your face from the side and at rest during treatment. Good injectors check "
        "proportions as they go rather than working to a preset number of syringes.",
    ),
    caveats=OCCLUSION_WARNING,
)

TEAR_TROUGH = Topic(
    key="tear_trough",
    treatments=("tear-trough-filler",),
    questions=12,
    ages=(28, 62),
    specialties=("oculoplastic_surgery", "facial_plastic_surgery", "dermatology"),
    seeds=(
        Seed(
            ("Tear trough filler made my under-eyes puffy", "Puffy bags after under-eye filler"),
            "Six weeks after tear trough filler my under-eyes look puffier than before, "
            "especially in the morning. Will it settle?",
        ),
        Seed(
            (
                "Blue tint under my eyes after filler",
                "Bluish bump under my eye months after filler",
            ),
            "I have a faint bluish tint under my left eye where the filler was placed. It's "
            "been there for months. What is it?",
        ),
        Seed(
            ("Am I a candidate for tear trough filler?", "Under-eye bags: filler or surgery?"),
            "I have dark circles and bags under my eyes. Would tear trough filler help, or do "
            "I need surgery?",
        ),
        Seed(
            (
                "How long does tear trough filler last?",
                "Under-eye filler still there after three years?",
            ),
            "I had tear trough filler three years ago and I think it's still there. How long "
            "does it really last?",
        ),
        Seed(
            ("Is tear trough filler risky?", "Blindness risk with under-eye filler?"),
            "I read that under-eye filler can cause blindness. Is that true and how do I "
            "reduce the risk?",
        ),
        Seed(
            (
                "Cannula or needle for tear troughs?",
                "Should under-eye filler be done with a cannula?",
            ),
            "One injector uses a cannula and another uses a needle for tear troughs. Which is "
            "safer?",
        ),
    ),
    general=(7, 0),
    focus=(
        (1, 0),
        (2,),
        (0, 7, 6),
        (3,),
        (4, 5),
        (5, 4),
    ),
    details=(
        "Dark circles run in my family.",
        "I have allergies that make my eyes puffy in spring.",
        "I'm not ready for surgery.",
    ),
    headlines=(  # one per point, same order
        "Hollows yes, bags no",
        "Puffiness after under-eye filler is fixable",
        "The Tyndall effect is fixable",
        "Under-eye filler can last years",
        "Rare but serious risks: choose carefully",
        "Technique matters more than the tool",
        "Dark circles are not always hollows",
        "Patient selection matters most",
    ),
    points=(
        "Tear trough filler suits a hollow groove between the lower lid and cheek. It does not "
        "treat bulging fat pads (bags) and can make them look worse. Bags are usually better "
        "treated with lower eyelid surgery.",
        "Puffiness after under-eye filler can come from the filler drawing in water, from too "
        "much product, or from placement too close to the surface. Hyaluronic acid attracts "
        "water, and this area drains poorly. Dissolving usually helps.",
        "A bluish tint is usually the Tyndall effect: hyaluronic acid placed too superficially "
        "scatters light and looks blue through thin skin. It won't resolve quickly on its own; "
        "dissolving with hyaluronidase corrects it.",
        "Under-eye filler often lasts much longer than elsewhere, sometimes years, because "
        "there is little movement. Small amounts go a long way.",
        "Blindness from filler is rare but real. It happens when filler enters an artery "
        "connected to the eye's blood supply. Choosing an experienced physician who knows the "
        "anatomy, uses small amounts with careful technique and has hyaluronidase on hand "
        "reduces the risk.",
        "Cannulas may lower the chance of entering a blood vessel, and many injectors prefer "
        "them under the eyes, but they don't eliminate risk. Needle technique placed deep on "
        "the bone is also used by experts. The injector's experience matters more than the "
        "tool.",
        "Dark circles from pigment or visible blood vessels don't respond to filler. Skin "
        "treatments, sunscreen and sometimes lasers are better for those.",
        "Good candidates have a visible hollow, thicker skin and little puffiness. People with "
        "thin skin, prominent bags or fluid retention tend to do less well.",
    ),
    caveats=OCCLUSION_WARNING,
)

FILLER_SAFETY = Topic(
    key="filler_safety",
    treatments=("lip-filler", "cheek-filler"),
    questions=6,
    ages=(22, 60),
    specialties=("facial_plastic_surgery", "plastic_surgery", "dermatology"),
    answers=(3, 6),
    seeds=(
        Seed(
            (
                "What are the warning signs of vascular occlusion after filler?",
                "How do I know if filler blocked a blood vessel?",
            ),
            "I'm getting lip filler next week. What are the signs that filler has blocked a "
            "blood vessel, and what should I do if it happens?",
            ("lip-filler",),
        ),
        Seed(
            (
                "Does my injector need hyaluronidase on hand?",
                "What should a safe filler clinic have ready?",
            ),
            "What should I ask a clinic before getting cheek filler, to make sure they can "
            "handle a complication?",
            ("cheek-filler",),
        ),
        Seed(
            (
                "Difference between bruising and a filler emergency",
                "Is this a bruise or something serious after filler?",
            ),
            "How can I tell the difference between normal bruising and a real problem after "
            "filler? I'm anxious by nature.",
            ("lip-filler", "cheek-filler"),
        ),
    ),
    general=(6, 2),
    focus=(
        (0, 2, 4),
        (3, 4, 5),
        (1, 0),
    ),
    details=(
        "A friend had a bad experience and I'm nervous.",
        "I want to be prepared, not scared.",
    ),
    headlines=(  # one per point, same order
        "Know the signs of an occlusion",
        "Bruise versus emergency",
        "Vision changes are an emergency",
        "Ask about their emergency plan",
        "Reversible filler in high-risk areas",
        "How injectors reduce risk",
        "Prepared, not scared",
    ),
    points=(
        "A vascular occlusion is when filler blocks or compresses a blood vessel. Signs include "
        "skin blanching (turning white) during or after injection, then a dusky, mottled or "
        "purplish net-like pattern, pain that is out of proportion or increasing, and, later, "
        "blisters or scabbing.",
        "Bruising is usually a defined purple patch that's tender but not severely painful "
        "and gradually fades. Occlusion tends to look blotchy or lacy, often with poor "
        "colour return when pressed, and hurts more over time.",
        "Any vision change, such as blurring, dark spots or loss of vision, after filler in "
        "the face is an emergency. Call 911 or go straight to an emergency department and "
        "contact your injector on the way.",
        "A safe clinic has hyaluronidase on site, a written plan for occlusion, an "
        "after-hours number and a physician available. It's reasonable to ask all of this "
        "before you book.",
        "Hyaluronic acid fillers are preferred in high-risk areas because they can be "
        "dissolved. Treatment of an occlusion involves large doses of hyaluronidase given "
        "promptly, and time matters.",
        "Injectors reduce risk through anatomy knowledge, slow injection of small volumes, "
        "choice of depth, and sometimes cannulas. None of these removes risk entirely.",
        "Most filler treatments go smoothly. Knowing the signs isn't about fear; it's so "
        "that a rare problem is recognised within minutes, not days.",
    ),
    caveats=OCCLUSION_WARNING,
)

KYBELLA = Topic(
    key="kybella",
    treatments=("kybella",),
    questions=10,
    ages=(28, 62),
    answers=(2, 4),
    seeds=(
        Seed(
            ("Kybella swelling: how long does it last?", "Bullfrog neck after Kybella"),
            "I had Kybella under my chin two days ago and the swelling is huge. How long will "
            "this last?",
        ),
        Seed(
            ("How many Kybella sessions will I need?", "One Kybella treatment and no change"),
            "I've had one Kybella session six weeks ago and see little change. How many "
            "sessions does it usually take?",
        ),
        Seed(
            ("Crooked smile after Kybella", "My smile is uneven after Kybella: nerve damage?"),
            "Ten days after Kybella my smile is uneven; one corner of my mouth doesn't move "
            "down properly. Is this nerve damage? Will it recover?",
        ),
        Seed(
            (
                "Kybella or liposuction for a double chin?",
                "Is Kybella worth it compared with chin lipo?",
            ),
            "I have a double chin even at a healthy weight. Is Kybella worth it or should I "
            "just have liposuction?",
        ),
        Seed(
            ("Numbness under my chin after Kybella", "Hard lumps and numbness after Kybella"),
            "Three weeks after Kybella I have numb spots and small firm areas under my chin. "
            "Is this normal?",
        ),
        Seed(
            ("Is Kybella permanent?", "Will the fat come back after Kybella?"),
            "If Kybella destroys fat cells, is the result permanent? What if I gain weight?",
        ),
    ),
    general=(1, 7),
    focus=(
        (0,),
        (1,),
        (2,),
        (4, 6),
        (3,),
        (5,),
    ),
    details=(
        "I'm at a stable weight.",
        "My chin fullness is genetic; my dad has it too.",
    ),
    headlines=(  # one per point, same order
        "Swelling is expected and temporary",
        "Plan for more than one session",
        "A rare nerve effect that usually recovers",
        "Numbness and firmness usually pass",
        "The right choice depends on the anatomy",
        "Permanent, with caveats",
        "Make sure it is fat",
        "Swallowing trouble is rare; report it",
    ),
    points=(
        "Significant swelling is expected after Kybella and is part of how it works. It "
        "usually peaks in the first few days and settles over one to two weeks; the first "
        "session tends to swell the most. Cold packs and sleeping with your head raised help.",
        "Most people need two to four sessions, spaced at least a month apart; the label allows "
        "up to six. Results build gradually, so judge them six to eight weeks after each "
        "session.",
        "An uneven smile after Kybella can be caused by injury to the marginal mandibular "
        "nerve, which runs along the jaw. It's uncommon and usually temporary, recovering over "
        "weeks to a few months. Let your injector know so they can document and follow it.",
        "Numbness, firmness and small nodules under the chin are common for several weeks "
        "and usually resolve as the tissue heals.",
        "Kybella suits modest fullness under the chin with good skin elasticity. Liposuction "
        "removes more fat in one procedure, has a shorter overall timeline, and may be better "
        "for larger volumes; loose skin or muscle bands may need a necklift.",
        "Fat cells destroyed by Kybella don't come back, but the remaining fat cells can "
        "still grow with weight gain.",
        "A fullness under the chin isn't always fat. Loose skin, platysma bands, salivary "
        "glands or a small chin can look similar. Examination before treatment avoids "
        "disappointment.",
        "Difficulty swallowing after treatment is rare but has been reported; let your "
        "physician know promptly if it happens.",
    ),
    caveats=("Sores, skin colour changes or increasing pain at the site should be seen promptly.",),
)

TOPICS: tuple[Topic, ...] = (
    LIP_SWELLING,
    LIP_DISSOLVE,
    CHEEK,
    TEAR_TROUGH,
    FILLER_SAFETY,
    KYBELLA,
)
