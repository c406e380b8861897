"""Therapeutic neurotoxin topics: chronic migraine, underarm sweating, cervical dystonia and
blepharospasm."""

from __future__ import annotations

from curbside.demo.content.types import Seed, Topic

NEURO = ("neurology", "physical_medicine")

MIGRAINE = Topic(
    key="migraine",
    treatments=("botox",),
    questions=14,
    ages=(22, 62),
    group="medical",
    specialties=("neurology",),
    answers=(2, 5),
    seeds=(
        Seed(
            (
                "Is Botox really approved for migraines?",
                "Botox for migraine: approved or experimental?",
            ),
            "A friend told me Botox for migraine is experimental and there's no real evidence. "
            "My neurologist recommended it. Who's right?",
        ),
        Seed(
            (
                "Botox for migraine: do I qualify?",
                "I get migraines about 8 days a month: is Botox an option?",
            ),
            "I have migraines about eight days a month, and they wreck my week. Would Botox "
            "help, and would insurance cover it?",
        ),
        Seed(
            (
                "How many injections does migraine Botox take?",
                "What happens at a migraine Botox appointment?",
            ),
            "I've been scheduled for my first migraine Botox session. How many shots is it, "
            "where do they go, and how much does it hurt?",
        ),
        Seed(
            (
                "Migraine Botox isn't working after two rounds",
                "Second round of Botox for chronic migraine, no improvement",
            ),
            "I've had two rounds of Botox for chronic migraine, 12 weeks apart, and I still "
            "have about 18 headache days a month. Should I give up?",
        ),
        Seed(
            (
                "Neck pain after migraine Botox",
                "Stiff neck and heavy head after Botox for migraines",
            ),
            "After my migraine Botox my neck feels stiff and weak, and it's hard to hold my "
            "head up at the end of the day. Is that normal?",
        ),
        Seed(
            (
                "Can I combine Botox with the new migraine shots?",
                "Botox plus a CGRP injection for chronic migraine?",
            ),
            "I'm on a monthly CGRP injection and it helps some. My doctor wants to add Botox. "
            "Is combining them safe and does it make sense?",
        ),
        Seed(
            ("Eyebrow droop after migraine Botox", "Migraine Botox made my forehead heavy"),
            "Since my migraine Botox my eyebrows feel heavy and my eyes look tired. Can the "
            "injection pattern be changed?",
        ),
    ),
    general=(3, 7),
    focus=(
        (0, 1),
        (1, 7),
        (2, 4),
        (3, 8, 7),
        (4,),
        (6,),
        (5, 4),
    ),
    details=(
        "I've tried two daily preventive medications that didn't help or caused side effects.",
        "I take sumatriptan several times a week, which I know isn't ideal.",
        "My headaches started after my second pregnancy.",
        "I keep a headache diary on my phone.",
    ),
    headlines=(  # one per point, same order
        "Approved for chronic migraine since 2010",
        "Chronic and episodic migraine are treated differently",
        "155 units, 31 sites, every 12 weeks",
        "Give it at least two cycles",
        "Neck stiffness is the most common side effect",
        "The pattern can be adjusted",
        "Combination treatment is common",
        "Look at medication overuse too",
        "Know when to move on",
    ),
    points=(
        "Botox has been FDA-approved since 2010 to prevent headaches in adults with chronic "
        "migraine, meaning 15 or more headache days a month with headaches lasting four hours "
        "or more. It isn't experimental. It is the only botulinum toxin with this indication.",
        "The approval doesn't cover episodic migraine (14 or fewer headache days a month); the "
        "trials didn't show a benefit there. At eight days a month, other preventive options "
        "are usually tried, and Botox for you would be off-label. Insurers generally require "
        "a diagnosis of chronic migraine and often want other preventives tried first.",
        "The standard protocol is 155 units given as 31 small injections across seven muscle "
        "areas of the forehead, temples, back of the head, neck and shoulders, repeated every "
        "12 weeks. The injections sting briefly; the whole session takes about fifteen "
        "minutes.",
        "Many patients notice improvement after the first session, but some need two or three "
        "cycles to judge the response fairly. A headache diary makes the decision much easier: "
        "a meaningful reduction in headache days, not zero headaches, is the goal.",
        "The most common side effects are neck pain and stiffness, headache around the "
        "injection time, and sometimes eyelid or brow droop. Neck weakness is usually "
        "temporary and settles over a few weeks; your injector can adjust the neck doses next "
        "time.",
        "A heavy brow can be addressed by adjusting where and how much is injected in the "
        "forehead at the next session, while keeping within the protocol's intent. Tell your "
        "injector before the next cycle.",
        "Combining Botox with a CGRP monoclonal antibody is done by many headache specialists "
        "for people who don't respond enough to one; the two work differently. Coverage for "
        "both can be a hurdle.",
        "Frequent use of acute medicines, such as triptans or painkillers on ten or more days "
        "a month, can cause medication-overuse headache, which keeps headaches frequent. "
        "Addressing that often improves how well any preventive works.",
        "If after three cycles your headache days haven't dropped meaningfully, it's "
        "reasonable to stop and move to other options. Botox helps many people with chronic "
        "migraine, but not everyone.",
    ),
    caveats=(
        "A sudden severe headache unlike your usual ones, or headache with weakness, confusion "
        "or vision loss, needs emergency care, not a preventive.",
        "Trouble swallowing, speaking or breathing after any toxin injection needs immediate "
        "medical attention.",
    ),
)

SWEATING = Topic(
    key="sweating",
    treatments=("botox",),
    questions=10,
    ages=(19, 52),
    group="medical",
    specialties=("dermatology",),
    seeds=(
        Seed(
            ("Does Botox work for underarm sweating?", "Botox for sweaty armpits: worth it?"),
            "I sweat through my shirts even in winter, and clinical-strength antiperspirant "
            "barely helps. Does Botox work, and how long does it last?",
        ),
        Seed(
            (
                "Is Botox for sweating covered by insurance?",
                "Getting insurance to pay for hyperhidrosis Botox",
            ),
            "My dermatologist says I have hyperhidrosis. Will insurance cover Botox for my "
            "underarms?",
        ),
        Seed(
            ("Botox for sweaty palms?", "Can Botox stop my hands from sweating?"),
            "My palms sweat so much I avoid shaking hands. Can Botox help, and is it the same "
            "as for the underarms?",
        ),
        Seed(
            (
                "Sweating more elsewhere after underarm Botox?",
                "Compensatory sweating after Botox for armpits",
            ),
            "I had Botox in my underarms and it worked, but now I feel like I sweat more on my "
            "back. Is that possible?",
        ),
        Seed(
            ("Why do I sweat so much? Should I be tested?", "Sudden heavy sweating at 40"),
            "I never had a sweating problem until the last year. Now I drench my shirts. Should "
            "I just get Botox?",
            age=40,
        ),
    ),
    general=(0, 6),
    focus=(
        (0, 1),
        (4,),
        (2,),
        (3,),
        (5,),
    ),
    details=(
        "It's affecting my work; I present to clients.",
        "I've tried prescription aluminum chloride and it irritated my skin.",
    ),
    headlines=(  # one per point, same order
        "Approved and effective for underarms",
        "Quick injections, lasting results",
        "Palms are possible but off-label",
        "Sweating elsewhere is usually mild",
        "Insurance often covers it with documentation",
        "Rule out a cause first",
        "Other options exist",
    ),
    points=(
        "Botox has been FDA-approved since 2004 for severe underarm sweating that isn't "
        "controlled by topical treatments. In the pivotal trial most treated patients had at "
        "least a halving of sweat production. Results commonly last many months, often around "
        "six, though it varies.",
        "The treatment is a grid of small injections into the skin of each underarm, with 50 "
        "units per side on the label. A starch-iodine test beforehand can map the sweatiest "
        "area. Discomfort is brief and numbing cream helps.",
        "Palms, soles and face are off-label. Palm injections can work well but hurt more "
        "and can temporarily weaken the small muscles of the hand, which matters for "
        "musicians and people who type or use tools all day.",
        "Sweating elsewhere after treatment is reported in a small percentage of people. It "
        "is usually mild. The dramatic compensatory sweating people read about is mainly a "
        "complication of sympathectomy surgery, not of Botox.",
        "Insurers often cover it when primary hyperhidrosis is documented and topical "
        "treatments have failed. A letter from your dermatologist describing what you've tried "
        "helps.",
        "Sweating that starts suddenly in adulthood, occurs all over the body, or comes with "
        "night sweats, weight loss or palpitations needs a medical evaluation first; thyroid "
        "problems, medications, infections and other conditions can cause it.",
        "Other options include prescription antiperspirants, a glycopyrronium wipe for the "
        "underarms, oral medications and microwave-based devices. Each has trade-offs your "
        "dermatologist can go over.",
    ),
    caveats=("Choose a physician who treats hyperhidrosis regularly; technique matters.",),
)

CERVICAL_DYSTONIA = Topic(
    key="cervical_dystonia",
    treatments=("botox",),
    questions=12,
    ages=(30, 70),
    group="medical",
    specialties=NEURO,
    seeds=(
        Seed(
            (
                "Botox for cervical dystonia: what should I expect?",
                "Newly diagnosed with cervical dystonia, neurologist suggests Botox",
            ),
            "My head pulls to the right and my neck muscles spasm. My neurologist diagnosed "
            "cervical dystonia and wants to start Botox. What should I expect from the first "
            "treatments?",
        ),
        Seed(
            (
                "Trouble swallowing after Botox for neck spasms",
                "Food feels stuck a week after dystonia injections",
            ),
            "A week after my dystonia injections, bread and meat feel like they stick when I "
            "swallow. Liquids are fine. Is this a known effect, and will it pass?",
        ),
        Seed(
            (
                "Botox stopped working for my dystonia",
                "Myobloc after Botox stopped helping my torticollis?",
            ),
            "Botox helped my torticollis for six years but the last two treatments did almost "
            "nothing. My doctor mentioned Myobloc. Could I have antibodies?",
            ("botox", "myobloc"),
        ),
        Seed(
            (
                "Is EMG guidance necessary for dystonia injections?",
                "Should my dystonia injections be done with ultrasound?",
            ),
            "My new doctor injects my neck without EMG or ultrasound. My old one used EMG. "
            "Does it matter?",
        ),
        Seed(
            (
                "Neck pain and tightness: is it dystonia?",
                "Could my stiff neck be cervical dystonia?",
            ),
            "I have a stiff, painful neck from working at a laptop. A friend with dystonia "
            "says Botox changed her life. Should I ask for it?",
        ),
        Seed(
            (
                "Xeomin or Dysport for cervical dystonia?",
                "Which toxin is best for cervical dystonia?",
            ),
            "My neurologist offered Xeomin, Dysport or Botox for my cervical dystonia. Is one "
            "better?",
            ("botox", "xeomin", "dysport"),
        ),
        Seed(
            (
                "Daxxify for cervical dystonia: longer between shots?",
                "Are there longer-lasting options for dystonia injections?",
            ),
            "By week ten my neck spasms come back and I have to wait until week twelve for "
            "the next shots. Is Daxxify an option to last longer?",
            ("daxxify", "botox"),
        ),
    ),
    general=(0, 1, 8),
    focus=(
        (1, 2, 3),
        (2,),
        (4, 6),
        (3,),
        (5,),
        (6, 0),
        (7, 6),
    ),
    details=(
        "I also have a tremor in my head.",
        "I've been doing physical therapy for six months.",
        "Touching my chin lightly makes the pulling better for a moment.",
    ),
    headlines=(  # one per point, same order
        "A well-established, approved treatment",
        "Dosing builds over the first visits",
        "Swallowing changes are a known side effect",
        "Guidance helps with the tricky muscles",
        "Loss of response needs a reassessment",
        "Not every stiff neck is dystonia",
        "Several approved options exist",
        "Every 12 weeks, adjusted to you",
        "Injections work best with therapy",
    ),
    points=(
        "Botulinum toxin is the first-line treatment for cervical dystonia. Botox has been "
        "approved for it since 2000, Myobloc since 2000, Dysport since 2009, Xeomin since 2010 "
        "and Daxxify since 2023. Most patients get meaningful relief of the pulling and pain.",
        "The first session is a starting point. The neurologist chooses muscles from how your "
        "head turns, tilts or shifts, and from which muscles feel overactive, then adjusts at "
        "later visits. It's common to need two or three cycles to find the right pattern and "
        "dose.",
        "Difficulty swallowing is the most common side effect with neck injections; it was "
        "reported in a substantial minority of patients in the Botox trials. It is usually "
        "mild and improves over a few weeks. Soft foods and small bites help. Any trouble "
        "with liquids, choking, breathing or speaking needs urgent medical attention.",
        "EMG or ultrasound guidance helps find deep or small muscles and is especially useful "
        "when the response has been poor or the pattern is complex. Many experienced "
        "injectors treat the large superficial muscles by palpation alone, but guidance is a "
        "reasonable thing to ask for.",
        "Loss of response can come from neutralising antibodies, but more often from a change "
        "in the dystonia pattern or in dose and muscle selection. A structured reassessment "
        "comes first; switching to the type B toxin, Myobloc, is an option when antibodies to "
        "type A are suspected.",
        "Ordinary neck pain and stiffness from posture or arthritis isn't cervical dystonia, "
        "and toxin isn't an approved treatment for it. Dystonia involves involuntary pulling "
        "or twisting, often with a 'sensory trick' like touching the chin that briefly helps. "
        "A neurologist can tell the difference.",
        "The approved toxins all work for cervical dystonia, and their units can't be "
        "converted between products. The choice often comes down to the neurologist's "
        "experience, how you've responded before, insurance coverage and, for Daxxify, the "
        "hope of longer intervals.",
        "Re-treatment is usually no more often than every 12 weeks. If symptoms return early, "
        "adjusting the dose or the muscles treated is the first step; some patients do get "
        "longer benefit from a different product.",
        "Physical therapy, stretching and attention to posture work well alongside the "
        "injections. Some patients with severe dystonia that doesn't respond go on to "
        "consider deep brain stimulation, which a movement disorders center can discuss.",
    ),
    caveats=(
        "Seek care right away for trouble breathing, choking, slurred speech or new weakness "
        "after injections.",
        "A movement disorders neurologist is the ideal person to treat this if one is "
        "available to you.",
    ),
)

BLEPHAROSPASM = Topic(
    key="blepharospasm",
    treatments=("botox",),
    questions=4,
    ages=(45, 75),
    group="medical",
    specialties=("neurology", "oculoplastic_surgery", "ophthalmology"),
    seeds=(
        Seed(
            (
                "Eyelid twitching for weeks: do I need Botox?",
                "Constant eyelid twitch: blepharospasm?",
            ),
            "My lower eyelid has been twitching on and off for three weeks. Is this "
            "blepharospasm, and do I need Botox?",
        ),
        Seed(
            (
                "Botox for blepharospasm: how often?",
                "My eyes squeeze shut on their own: Botox helps but wears off",
            ),
            "I have benign essential blepharospasm. Botox works but by ten weeks my eyes are "
            "clamping shut again. What can be done?",
            ("botox", "xeomin"),
        ),
    ),
    general=(3,),
    focus=(
        (0, 4),
        (2, 1),
    ),
    details=("Bright light makes it worse.", "I drink a lot of coffee."),
    headlines=(  # one per point, same order
        "Most twitching isn't blepharospasm",
        "Toxin is the standard treatment",
        "The dose and points can be adjusted",
        "Protect the eye surface",
        "A one-sided spasm deserves evaluation",
    ),
    points=(
        "Most eyelid twitching, a flickering of one lid, is called myokymia. It's common, "
        "harmless and often linked to stress, caffeine or poor sleep, and it usually goes away "
        "on its own. It isn't blepharospasm.",
        "Blepharospasm is involuntary, forceful closing of both eyes, sometimes enough to "
        "interfere with reading or driving. Botox is approved for it (blepharospasm associated "
        "with dystonia), as is Xeomin, and injections around the eyes are the standard "
        "treatment.",
        "If the effect wears off before the next treatment, your doctor can adjust the dose "
        "or the injection points. Dry-eye treatment, tinted lenses and avoiding triggers also "
        "help many people.",
        "Side effects include eyelid droop, dry eye and reduced blinking, which can irritate "
        "the cornea. Lubricating drops are often recommended.",
        "Twitching that spreads to the cheek or mouth on one side may be hemifacial spasm, a "
        "different condition that deserves a neurological evaluation, sometimes with an MRI.",
    ),
    caveats=(
        "Any change in vision, or a twitch with drooping or weakness of the face, should be "
        "examined promptly.",
    ),
)

TOPICS: tuple[Topic, ...] = (MIGRAINE, SWEATING, CERVICAL_DYSTONIA, BLEPHAROSPASM)
