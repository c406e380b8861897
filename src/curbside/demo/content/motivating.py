"""The motivating case from the design brief, written out in full: a patient with allergies
considering Botox for cervical dystonia, and six physicians who answer it."""

from __future__ import annotations

from curbside.demo.content.types import WrittenAnswer, WrittenQuestion

MOTIVATING_TITLE = (
    "Botox for neck spasms (cervical dystonia) with allergies: can I be tested first or start "
    "with a low dose?"
)

MOTIVATING = WrittenQuestion(
    key="motivating",
    title=MOTIVATING_TITLE,
    treatments=("botox",),
    city="Brooklyn, NY",
    days_ago=23,
    body="""\
About a year ago the muscles in my neck started to spasm and pull my head to the left. My \
neurologist diagnosed cervical dystonia. Physical therapy and a muscle relaxant have helped a \
little, and now she is recommending Botox injections.

My worry is that I'm allergic to a lot of things: penicillin, latex, shellfish and several \
skin-care ingredients. I've also read that using Botox for medical problems, rather than for \
wrinkles, carries serious risks, and that the label has a warning about the effect spreading \
beyond where it's injected.

So before I say yes:

- Can I be allergy-tested for Botox first?
- Can I start with a very low dose, just to see how I react?
- Is there anything else I can do to lower the risk?

I'm 52 and otherwise healthy. Thank you for any guidance.""",
    answers=(
        WrittenAnswer(
            physician="hale",
            headline="True allergy is very rare; a small test dose is one option",
            after_hours=3.5,
            helpful=5,
            agreed_by=("whitaker",),
            body="""\
An allergy to botulinum toxin itself is extremely rare, and allergies to penicillin, latex or \
shellfish don't predict a reaction to it. There is no standard skin or blood test for toxin \
allergy, so allergy testing in the usual sense isn't really available.

What some of us offer very anxious patients with many sensitivities is a **small test \
injection**: a few units in one spot, then about two weeks of waiting to see how you feel \
before the full treatment. It won't tell you how your neck will respond to a full dose, but it \
shows that you tolerate the product and its ingredients, and many patients find that \
reassuring.

Make sure the clinic knows about your latex allergy so they use latex-free gloves and \
supplies, and that they are equipped to manage an allergic reaction, as any office that \
injects should be. Your neurologist should decide whether a test dose fits into the plan.""",
        ),
        WrittenAnswer(
            physician="reyes",
            headline="A token dose mostly costs you money",
            after_hours=7,
            helpful=9,
            agreed_by=("keane", "lindstrom"),
            body="""\
A genuine allergy to Botox is extremely rare. Allergies to antibiotics, latex or foods don't \
raise that risk in any meaningful way.

I'd gently push back on the idea of a very low "trial" dose. A dose too small to relax the \
muscles won't tell you whether you'll have side effects at a treatment dose, because those \
side effects, mainly difficulty swallowing and neck weakness, depend on the dose and on which \
muscles are injected. You would pay for the visit and the product, wait weeks, and learn very \
little.

What does make sense, and what neurologists routinely do, is a **conservative starting dose** \
for someone who has never had toxin, adjusted at the next visit based on how you did. That \
isn't a sub-therapeutic dose; it's a real treatment, chosen carefully.""",
        ),
        WrittenAnswer(
            physician="keane",
            headline="The serious warnings are mostly about dose",
            after_hours=20,
            helpful=14,
            agreed_by=("pierce", "abramson", "whitfield", "medina"),
            agree_extra=2,
            body="""\
You've read correctly: the label carries a boxed warning. Since 2009 every botulinum toxin \
product sold in the US has carried a warning about **distant spread of toxin effect**. In rare \
cases the effect travels beyond the injection site and causes generalised weakness, double \
vision, drooping eyelids, hoarseness, or difficulty swallowing or breathing, hours to weeks \
after treatment, and it can be life-threatening.

Context matters, though. Reported cases cluster in therapeutic uses with large doses, \
especially children treated for spasticity, and in people who already have swallowing or \
breathing problems or a neuromuscular disease. A frown-line treatment uses about 20 units of \
Botox; doses for cervical dystonia are many times higher (the median in the Botox studies was \
over 200 units), and the neck muscles sit close to the muscles of swallowing. That is why \
difficulty swallowing is the most common side effect of dystonia treatment, and why the dose \
and the choice of muscles matter so much.

A true allergy to the toxin is extremely rare. The useful steps are: tell your neurologist \
about any existing swallowing or breathing problems, start with a dose meant for someone who \
has never had toxin, and get care right away if you have trouble swallowing, speaking or \
breathing after treatment.""",
        ),
        WrittenAnswer(
            physician="medina",
            headline="Your neurologist is the right person to plan this",
            after_hours=28,
            helpful=8,
            agreed_by=("pierce", "feldman"),
            body="""\
I treat a lot of faces with toxin, but cervical dystonia is a different job. It's usually \
treated by a neurologist, ideally one who specialises in movement disorders, who chooses the \
muscles from the way your head turns and tilts and often uses **EMG or ultrasound guidance** \
to place the injections accurately. Accurate placement is one of the best ways to limit side \
effects.

Good questions to bring to your neurologist:

- Which muscles do you plan to inject, and will you use EMG or ultrasound?
- What starting dose do you use for someone who has never had toxin?
- What should I do if I have trouble swallowing afterwards?

On the allergy question: true allergy to the toxin is very rare, but your neurologist should \
have your full list.""",
        ),
        WrittenAnswer(
            physician="whitfield",
            headline="Allergy is very unlikely; here is what actually lowers risk",
            after_hours=50,
            helpful=11,
            agreed_by=("castillo", "greer", "keane"),
            body="""\
Allergic reactions to botulinum toxin are extremely rare, and there's no reliable allergy test \
for it. The products do contain small amounts of other ingredients (for Botox, human albumin \
and sodium chloride), so review the ingredient list with your doctor if you've ever reacted to \
one of those specifically.

Things that genuinely lower risk:

1. **List every medication and supplement.** Aminoglycoside antibiotics (usually given by \
injection), muscle relaxants and anticholinergic medicines can strengthen the toxin's effect.
2. **Mention any neuromuscular condition**, or symptoms like fluctuating double vision or \
weakness.
3. **Don't stack toxins.** Avoid cosmetic toxin treatment elsewhere around the same time.
4. **Report existing swallowing or breathing problems** before the first treatment.
5. **Know the warning signs** (difficulty swallowing, speaking or breathing, or new weakness) \
and get care right away if they appear.

An experienced injector and a sensible starting dose do the rest.""",
        ),
        WrittenAnswer(
            physician="sandoval",
            headline="Leave the dosing decisions to your neurologist",
            after_hours=98,
            helpful=4,
            agreed_by=("abramson",),
            body="""\
As a plastic surgeon I use toxin mainly in cosmetic areas, where doses are small. Treating \
cervical dystonia is a neurologist's territory, and I'd trust the plan of the neurologist who \
examined you over any general advice here, mine included.

The dose for dystonia is individualised, usually started lower in people who have never had \
toxin and adjusted over the first few treatments. That built-in caution is the right answer \
to your worry. If you'd feel more comfortable, ask for a referral to a movement disorders \
specialist for a second opinion before you start.""",
        ),
    ),
)
