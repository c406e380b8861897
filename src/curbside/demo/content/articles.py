"""The demo's articles, written for it. Authors are picked when the demo loads: a verified
physician of one of `specialties`, or, for a practice's post, a practice with such a
physician. Facts about botulinum toxins follow ../shared/reference/neurotoxin_facts.yaml
(approvals, doses, label limits); other facts are stated cautiously and generally.

One post, OFF_LABEL_MYTHS, is wrong on purpose: see its comment."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

PHYSICIAN, PRACTICE = "physician", "practice"


@dataclass(frozen=True)
class DemoArticle:
    key: str
    writer: str  # PHYSICIAN or PRACTICE
    specialties: tuple[str, ...]
    title: str
    summary: str
    treatments: tuple[str, ...]
    body: str
    # Practice posts only: whether the practice names one of its physicians as reviewer.
    reviewed: bool = True


def _md(text: str) -> str:
    """Markdown joins the wrapped lines of a paragraph, so the source can stay wrapped."""
    return textwrap.dedent(text).strip()


FIRST_BOTOX_COSMETIC = DemoArticle(
    key="first_botox_cosmetic",
    writer=PRACTICE,
    specialties=("dermatology",),
    title="What to expect from your first Botox Cosmetic appointment",
    summary=(
        "What we ask before we inject, the label doses, how soon it works and how long it "
        "lasts, and the side effects worth knowing about."
    ),
    treatments=("botox-cosmetic",),
    body=_md(
        """
        Your first Botox Cosmetic visit is usually short: the injections take about ten
        minutes. The conversation before them is the part that matters most. Here is what a
        careful first appointment looks like at our practice, and what to expect in the two
        weeks after it.

        ### Before the injections

        Expect a short medical history. Tell your injector about:

        - any earlier botulinum toxin treatment, of any brand, and when it was;
        - a neuromuscular condition such as myasthenia gravis or Lambert-Eaton syndrome, which
          raises the risk of serious weakness;
        - trouble swallowing or breathing, now or in the past;
        - your medicines, especially aminoglycoside antibiotics, muscle relaxants and
          anticholinergics, which can strengthen the toxin's effect;
        - any allergic reaction to a botulinum toxin product.

        An infection where the injections would go is a reason to postpone. Most injectors
        also postpone cosmetic treatment during pregnancy and breastfeeding, because it has
        not been studied well enough there.

        ### What the label covers

        Botox Cosmetic is approved for adults with moderate to severe frown lines between the
        brows (2002), crow's feet (2013), forehead lines (2017) and, since 2024, vertical neck
        bands. Other areas people ask about, such as a "lip flip", a gummy smile or jaw
        slimming, are off-label. Some of those uses have reasonable evidence and many
        physicians offer them, but you should know when you are outside the label and ask why
        your injector recommends it.

        ### The dose

        For frown lines the label dose is 20 units: 4 units in each of five spots. Forehead
        lines are treated together with frown lines (40 units in all), and crow's feet take
        24 units. Your injector may adjust for your muscles, and it is fine to ask how many
        units you are getting and why. Units are specific to Botox; they cannot be converted
        into units of Dysport, Xeomin or any other brand.

        ### Afterwards

        You can go back to work the same day. Small bumps at the injection points settle
        within an hour or so, and a bruise is possible. Most people notice the effect within a
        few days and see the full effect at about two weeks, which is a good time for a check.
        Results usually last three to four months, and treatments should be at least three
        months apart.

        The common side effects are mild: headache, and a temporary droop of an eyelid or brow
        in a small share of people. Like every botulinum toxin product, Botox Cosmetic carries
        a boxed warning that its effect can spread beyond the injection site. No serious case
        of spread has been confirmed at the recommended cosmetic doses, but if you have trouble
        swallowing, speaking or breathing, or new muscle weakness, in the hours to weeks after
        any injection, get medical help right away.

        ### Questions worth asking

        Who will inject me, and what is their training? Which product, and how many units?
        What happens if I get a droop? A good injector welcomes these questions.
        """
    ),
)

CHRONIC_MIGRAINE = DemoArticle(
    key="chronic_migraine",
    writer=PHYSICIAN,
    specialties=("neurology",),
    title="Botox for chronic migraine: who qualifies",
    summary=(
        "Approved since 2010 to prevent headaches in adults with chronic migraine: 15 or more "
        "headache days a month. Not for episodic migraine."
    ),
    treatments=("botox",),
    body=_md(
        """
        Botox (onabotulinumtoxinA) has been FDA-approved since October 2010 to prevent
        headaches in adults with chronic migraine. The word "chronic" does a lot of work in
        that sentence, and it decides who is likely to benefit.

        ### What counts as chronic migraine

        Chronic migraine means headache on 15 or more days a month for more than three months,
        with migraine features on at least eight of those days. The Botox label is written
        for adults with 15 or more headache days a month whose headaches last four hours a day
        or longer.

        If you have 14 or fewer headache days a month, you have episodic migraine. The label
        says safety and effectiveness were not established for episodic migraine, and earlier
        trials in episodic migraine did not show a clear benefit. Tension-type headache and
        other headaches are outside the label too; Botox for them is off-label.

        ### Keep a diary first

        The most useful thing you can bring to a headache appointment is a diary: every
        headache day, how long it lasted, how bad it was and what you took for it. It shows
        whether you meet the definition, and it is the baseline against which treatment will
        be judged. It also shows medication overuse. Taking pain relievers or triptans on many
        days a month can keep headaches going by itself, and that is usually addressed
        alongside any preventive treatment.

        ### What treatment involves

        The approved dose is 155 units, given as 31 small injections of 5 units each across
        seven areas of the head and neck: forehead, brow, temples, back of the head, neck and
        upper shoulders. A session takes about fifteen minutes and is repeated every 12 weeks.

        The benefit builds gradually. Many headache specialists judge the response after two
        or three treatment cycles rather than after the first, and they count success as a
        meaningful drop in headache days, not as freedom from headache.

        ### Side effects

        In the trials the most common side effects were neck pain and headache. Others included
        a drooping eyelid, muscle stiffness and weakness of the injected muscles, usually mild
        and temporary. Like every botulinum toxin, Botox carries a boxed warning about the
        rare spread of its effect beyond the injection site; no serious case of spread has
        been confirmed at the recommended dose for chronic migraine. Trouble swallowing,
        speaking or breathing after any injection needs urgent care.

        ### Only Botox has this indication

        Dysport, Xeomin, Jeuveau, Daxxify and the other toxins are not approved for migraine,
        and their units are not interchangeable with Botox units. If a clinic offers another
        product "for migraines", ask why.

        ### Who to see

        A neurologist or headache specialist is the right first stop. They confirm the
        diagnosis, look for other causes, review what you have already tried and discuss the
        alternatives, which now include several other preventive medicines. Insurers usually
        ask for records of your headache frequency and of earlier preventive treatments before
        they cover Botox, so keep that diary going.
        """
    ),
)

DISSOLVING_FILLER = DemoArticle(
    key="dissolving_filler",
    writer=PHYSICIAN,
    specialties=("facial_plastic_surgery", "dermatology"),
    title="Dissolving hyaluronic acid filler",
    summary=(
        "When hyaluronidase makes sense, what the appointment is like, and the one situation "
        "in which dissolving filler is an emergency."
    ),
    treatments=("lip-filler", "tear-trough-filler", "cheek-filler"),
    body=_md(
        """
        Hyaluronic acid (HA) fillers are popular partly because they can be undone. An enzyme,
        hyaluronidase, breaks the gel down, usually within a day or two. Here is when
        dissolving makes sense, what it involves, and the one situation in which it is an
        emergency.

        ### Why people dissolve filler

        - Lumps or unevenness that have not settled after the first couple of weeks.
        - Filler that has migrated, for example above the border of the lip.
        - A bluish tinge under thin skin, most often under the eyes.
        - Puffiness under the eyes: tear-trough filler suits hollows and can make true bags
          look worse.
        - Simply not liking the result.

        Swelling in the first days after lip filler is normal and is not a reason to dissolve.
        Most injectors wait about two weeks before deciding, unless there is a complication.

        ### The emergency: a blocked blood vessel

        Filler injected into a blood vessel, or pressing on one, can cut off the blood supply
        to the skin. The warning signs are pain out of proportion to the treatment, skin that
        turns pale, blotchy or dusky, and color that is slow to return when pressed. Near the
        eyes and nose, any change in vision is an emergency because of the rare risk of
        blindness. Injectors treat a blocked vessel at once with high doses of hyaluronidase.
        If you notice these signs after filler, call your injector immediately; if you cannot
        reach them, or your vision changes, call 911 or go to an emergency department.

        ### The appointment

        Hyaluronidase is FDA-approved for other purposes, such as helping other injected drugs
        to be absorbed. Using it to dissolve filler is off-label, but it is long established.
        Some products come from animal sources and one is made by recombinant technology.
        Allergic reactions are uncommon but possible, so mention any history of severe
        reactions to bee or wasp stings; some injectors do a small skin test first.

        The injections sting briefly, and swelling and bruising are common for a few days.
        Often one session is enough. Larger amounts, or firmer products, can need a second
        session a week or two later.

        ### Afterwards

        The enzyme also breaks down some of your own hyaluronic acid, which the skin replaces
        over time, so the area can look a little flatter than before the filler for a while.
        If you want filler again, most injectors suggest waiting at least two weeks and
        planning a more conservative amount or a different product.

        Not every filler can be dissolved. Calcium hydroxylapatite, poly-L-lactic acid and
        permanent fillers do not respond to hyaluronidase. Ask which product you were given,
        and keep a record of it with the date and the amount.
        """
    ),
)

KYBELLA_SESSIONS = DemoArticle(
    key="kybella_sessions",
    writer=PHYSICIAN,
    specialties=("dermatology", "plastic_surgery"),
    title="Kybella: how many sessions?",
    summary=(
        "Up to six sessions at least a month apart; most people need two to four. What the "
        "swelling is like, and who is better served by something else."
    ),
    treatments=("kybella",),
    body=_md(
        """
        Kybella is deoxycholic acid, a copy of a molecule the body uses to break down dietary
        fat. Injected into the fat under the chin, it destroys fat cells. The FDA approved it
        in 2015 for adults with moderate to severe fullness from fat below the chin.

        ### How many sessions

        The label allows up to six treatments, spaced at least one month apart. In practice
        many people need two to four; people with more fullness tend to need more. Each
        session is a grid of small injections across the treated area and takes about
        twenty minutes.

        The result appears gradually, as the tissue remodels over the weeks after each
        session. Judge it a month or more after the last session, not a week after the
        first. Fat cells that are destroyed do not come back, but the remaining ones can grow
        with weight gain.

        ### Is it the right tool?

        Kybella works on fat. It does not tighten loose skin, soften vertical neck bands or
        change a small chin. If your fullness comes from lax skin or from the jaw and chin
        structure, liposuction, a chin implant or a neck lift may help more. Your physician
        should also examine the area for other causes of fullness, such as an enlarged thyroid
        gland or lymph nodes, before treating it as fat.

        ### The first days

        Swelling is the rule, not the exception. Expect a noticeably swollen neck for several
        days after the first session, often less after later ones, so plan important events
        around it. Bruising, pain, numbness, redness and firmness in the area are common and
        settle over days to weeks.

        Less common problems include:

        - injury to the nerve that moves the lower lip, which gives an uneven smile and
          usually recovers over weeks to months;
        - trouble swallowing;
        - sores, scarring or hair loss at the injection sites if the drug is placed too close
          to the skin surface.

        Tell your physician if you have had surgery or other treatment in the neck, have
        trouble swallowing, or have a bleeding disorder or take blood thinners.

        ### Cost and alternatives

        Because the number of sessions varies, ask for an estimate of the likely total rather
        than the price of one session. Liposuction removes fat in a single procedure with more
        downtime; a neck lift treats skin and muscle as well. For a small pocket of fat in
        someone with good skin tone, Kybella is a reasonable middle path, as long as you go
        in expecting more than one visit.
        """
    ),
)

PEELS_DARKER_SKIN = DemoArticle(
    key="peels_darker_skin",
    writer=PHYSICIAN,
    specialties=("dermatology",),
    title="Chemical peels and darker skin tones",
    summary=(
        "Peels can treat acne marks and melasma in skin of color, but the wrong depth causes "
        "the very dark spots you wanted to clear. How to lower that risk."
    ),
    treatments=("chemical-peel",),
    body=_md(
        """
        Chemical peels can do a lot for brown and Black skin: acne marks, uneven tone,
        melasma and texture all respond. But darker skin reacts to inflammation by making more
        pigment, and a peel is controlled inflammation. The main risk is post-inflammatory
        hyperpigmentation: new dark patches, sometimes darker than what you set out to treat.
        Less often, a peel that is too deep can lighten the skin or scar it. The good news is
        that most of this risk is in the planning.

        ### Depth matters most

        - **Superficial peels**, such as glycolic, salicylic, lactic or mandelic acid, or a
          light Jessner's peel, work on the outer layers. They are the usual choice for
          darker skin and are often given as a series.
        - **Medium-depth peels**, such as stronger trichloroacetic acid (TCA), reach deeper
          and carry a higher risk of lasting color change in darker skin. They are used
          selectively, by physicians experienced with skin of color.
        - **Deep peels**, such as phenol, are rarely appropriate for darker skin types.

        Salicylic acid peels are a common first choice when acne is part of the picture.

        ### Preparing the skin

        Many dermatologists "prime" the skin for two to four weeks before a peel: daily
        broad-spectrum sunscreen, and often a pigment-calming cream such as hydroquinone or
        azelaic acid, with or without a retinoid. Retinoids and exfoliating products are
        usually stopped a few days before the peel itself. Tell your physician if you have
        taken isotretinoin in the past year, have had cold sores (a deeper peel can trigger
        them), have eczema or are pregnant.

        A test spot in a less visible area is a sensible step before a full-face peel,
        especially with a new product.

        ### Aftercare

        Expect tightness, flaking or peeling for a few days, depending on depth. Do not pick or
        scrub the peeling skin. Use a gentle cleanser and a plain moisturizer, and be strict
        about sun protection for several weeks: sun on healing skin is the most common route
        to new dark spots. If a patch starts to darken, see your dermatologist early;
        treatment works better when it starts sooner.

        ### Who should do it

        Ask how often the person doing your peel treats skin like yours, which peel they
        suggest and why, and how they will handle darkening if it happens. Peels sold for home
        use are weaker, but they can still irritate and darken skin, particularly when combined
        with other acids or retinoids.

        Melasma deserves a special word: it tends to come back, and heat, sun and irritation
        make it worse. Peels can be one part of a longer plan, not a one-time cure.
        """
    ),
)

RHINOPLASTY_SWELLING = DemoArticle(
    key="rhinoplasty_swelling",
    writer=PHYSICIAN,
    specialties=("facial_plastic_surgery", "plastic_surgery", "otolaryngology"),
    title="Rhinoplasty swelling timeline",
    summary=(
        "Splint off at about a week, bruises gone in two, most swelling down by three months, "
        "and the tip still refining at a year or more."
    ),
    treatments=("rhinoplasty",),
    body=_md(
        """
        The most common worry after rhinoplasty is not pain; it is "my nose looks bigger than
        before". Swelling after nose surgery is slow to leave, it leaves unevenly, and it
        lasts longest exactly where people look hardest: the tip. Here is a typical timeline.
        Yours may differ with your skin, the surgery you had and how you heal.

        ### Week 1

        The nose is splinted and swollen; bruising around the eyes is common and often peaks
        on day two or three. Sleep with your head raised, use cold compresses on the cheeks
        and around the eyes (not on the splint), and avoid blowing your nose. The splint and
        any stitches usually come off at about a week.

        ### Weeks 2 to 6

        Bruising fades over the second week, and most people feel presentable in everyday
        life. The nose still looks wider and the tip fuller than it will. Avoid strenuous
        exercise and anything that could knock the nose; surgeons commonly ask patients to
        keep glasses off the bridge for several weeks after the bones were reshaped.

        ### Months 2 to 3

        Much of the visible swelling is gone by about three months. Mornings can look puffier
        than evenings. The bridge usually settles first.

        ### Months 3 to 12 and beyond

        The last swelling leaves the tip and the area just above it. Refinement continues for
        a year, and longer in thick skin, in revision surgery and after an open approach.
        Surgeons usually judge the final result at around a year. Occasionally, persistent
        swelling above the tip is treated with a small steroid injection; that is a
        decision for your surgeon, not something to ask for early.

        ### When to call

        Call your surgeon promptly for heavy bleeding that does not stop with gentle pressure,
        fever, increasing pain or redness, or a clear watery discharge. Sudden severe swelling
        of one side of the septum, or a new blocked feeling on one side in the first days,
        needs a same-day check.

        ### Patience about revisions

        Asymmetry in the first months is usually swelling, not the final shape. Most surgeons
        wait at least a year before considering a revision, because operating on swollen
        tissue makes the result harder to predict. Photos taken at the same angle and light
        each month are a better guide than the mirror.
        """
    ),
)

UNITS_DONT_CONVERT = DemoArticle(
    key="units_dont_convert",
    writer=PHYSICIAN,
    specialties=("dermatology", "facial_plastic_surgery"),
    title="Dysport, Xeomin, Jeuveau, Daxxify: units don't convert",
    summary=(
        "Every label says units are specific to its product. Why '2.5 to 1' is not a rule, "
        "and how to compare prices and brands instead."
    ),
    treatments=("dysport", "xeomin", "jeuveau", "daxxify", "botox-cosmetic"),
    body=_md(
        """
        "Is 50 units of Dysport a lot?" Not if you are comparing it with 20 units of Botox
        Cosmetic. Botulinum toxin products are measured in units, but each manufacturer
        defines its unit with its own laboratory test. Every US label says the same thing:
        units of one product cannot be compared with, or converted into, units of another.

        ### Where "2.5 to 1" comes from

        You will see conversion ratios online, most often about 2.5 to 3 units of Dysport for
        each unit of Botox. Those numbers come from studies comparing the products, with
        varying results, not from the labels. A ratio can be a starting point for an
        experienced injector switching a patient between brands. It is not a rule, and it is
        not a way to compare prices.

        ### The products

        - **Botox Cosmetic** (onabotulinumtoxinA): frown lines since 2002, crow's feet since
          2013, forehead lines since 2017 and neck bands since 2024. Label dose for frown
          lines: 20 units.
        - **Dysport** (abobotulinumtoxinA): approved in 2009 for frown lines in adults under
          65, and for cervical dystonia. Contains human albumin and lactose.
        - **Xeomin** (incobotulinumtoxinA): frown lines since 2011 and, since 2024, forehead
          lines and crow's feet as well. It is made without the complexing proteins of the
          other type A toxins, but it does contain human albumin and sucrose.
        - **Jeuveau** (prabotulinumtoxinA): approved in 2019 for frown lines only.
        - **Daxxify** (daxibotulinumtoxinA): frown lines since 2022 and cervical dystonia
          since 2023; it is the one product here made without human albumin.
        - **Letybo** (letibotulinumtoxinA): approved for frown lines in 2024.

        Outside those indications, use of a given brand is off-label, even when it is common.

        ### What all of them share

        They are all botulinum toxins with the same basic action and the same boxed warning,
        added for the whole class in 2009, about the rare spread of effect beyond the
        injection site. The common side effects, such as headache and a temporary eyelid or
        brow droop, are similar. Differences in how quickly they start or how long they last
        are real for some people and small for others; your own experience is the best guide.

        ### How to compare

        Compare the price per treatment area at the dose your injector recommends, not the
        price per unit. Ask which product you are getting and how many units, and keep a note
        of it: if you change injectors or brands, that history helps. If you react badly to
        one product, tell the next injector, because an allergy to one botulinum toxin is a
        reason to avoid the others too.
        """
    ),
)

UNDERARM_SWEATING = DemoArticle(
    key="underarm_sweating",
    writer=PHYSICIAN,
    specialties=("dermatology",),
    title="Excessive underarm sweating: treatments",
    summary=(
        "From clinical-strength antiperspirants to Botox, approved in 2004 for severe "
        "underarm sweating, and what lies beyond."
    ),
    treatments=("botox",),
    body=_md(
        """
        Sweating that soaks through shirts, stains clothes and shapes what you wear is a
        medical condition, primary axillary hyperhidrosis, and it is treatable. Here are the
        options, roughly in the order dermatologists try them.

        ### First, is it primary?

        Primary hyperhidrosis usually starts in childhood or the teens, affects both sides
        evenly and stops during sleep. Sweating that starts later in life, affects the whole
        body, comes with night sweats, weight loss or fever, or began with a new medicine
        deserves a look for another cause, such as an overactive thyroid, before treating
        the sweat itself.

        ### Antiperspirants, used well

        Clinical-strength aluminum chloride antiperspirants work better than most people
        expect when they are applied at night to completely dry skin and washed off in the
        morning. Irritation is the usual problem; applying less often, once it works, helps.

        ### Prescription wipes and pills

        A prescription anticholinergic wipe, glycopyrronium, is approved for underarm
        sweating in adults and children 9 and older. Anticholinergic tablets reduce sweating
        everywhere and are used off-label; dry mouth and blurred vision limit them for
        some people.

        ### Botox

        Botox was approved in July 2004 for severe primary underarm sweating in adults when
        topical treatments are not enough. In one of the trials behind that approval, 91% of
        treated patients had at least a 50% drop in sweating at four weeks, compared with 36%
        on placebo. The usual dose is 50 units per underarm, given as a series of tiny
        injections into the skin. The effect lasts for months; many people come back after
        about six months, some later.

        Side effects reported in the trials included pain or bleeding at the injection sites,
        sweating elsewhere on the body, flu-like symptoms, headache and itching. Like every
        botulinum toxin product, Botox carries a boxed warning about the rare spread of its
        effect beyond the injected area.

        The approval covers the underarms only. Botox for sweaty palms, feet, face or scalp is
        off-label: it can help, but hand injections are painful and can weaken grip for a
        while, and results on the face and scalp vary. Insurers often cover underarm
        treatment when topical treatment has failed, and much less often other areas.

        ### Beyond injections

        Microwave-based devices can reduce underarm sweat glands over one or two sessions.
        Surgery on the sympathetic nerves (sympathectomy) is a last resort: many patients
        develop heavy sweating elsewhere on the body afterwards, which can be worse than the
        original problem and is not reliably reversible.

        A dermatologist can help you choose, and the first step is often the cheapest one.
        """
    ),
)

CERVICAL_DYSTONIA = DemoArticle(
    key="cervical_dystonia",
    writer=PHYSICIAN,
    specialties=("neurology", "physical_medicine"),
    title="Cervical dystonia and botulinum toxin",
    summary=(
        "The first-line treatment for neck dystonia since Botox was approved for it in 2000: "
        "how doses are chosen, why EMG helps, and the side effects to watch for."
    ),
    treatments=("botox", "dysport", "xeomin", "myobloc", "daxxify"),
    body=_md(
        """
        Cervical dystonia, also called spasmodic torticollis, makes neck muscles contract on
        their own, pulling or turning the head and often causing pain. It is not the same as
        ordinary neck pain, stiffness or a "crick"; using botulinum toxin for those is
        off-label. For cervical dystonia itself, injections are the first-line treatment.

        ### Approved products

        Botox and Myobloc were approved for cervical dystonia in 2000, Dysport in 2009,
        Xeomin in 2010 and Daxxify in 2023. They are all labeled for adults. Their units
        cannot be converted into one another, so a change of product is a new dosing
        decision, not arithmetic.

        ### Dosing is individual

        No two necks are alike. The neurologist examines which muscles pull the head where,
        and often feels for the tight, enlarged ones. Doses are much higher than cosmetic
        ones: in the studies behind the Botox label, the median total dose was about 236 units
        per session, with most patients between about 200 and 300. People who have never had
        toxin before usually start lower, and the dose is adjusted at later visits according
        to the response and side effects. Injections are repeated about every three months.

        ### Why EMG or ultrasound helps

        Some of the muscles involved are deep or small. Many neurologists use EMG, a needle
        that listens to muscle activity, or ultrasound to find them. Guidance helps put the
        toxin where the abnormal activity is and can spare the muscles that should be left
        alone, which matters for both effect and side effects.

        ### Side effects

        The most important one is trouble swallowing: in Botox's cervical dystonia studies
        about 19% of patients reported it, usually mild and temporary, and keeping the dose in
        the front neck muscles (the sternocleidomastoid) moderate lowers the risk. Neck
        weakness, neck pain, and dry mouth can also occur.

        Every botulinum toxin product carries the 2009 boxed warning on distant spread of
        toxin effect. The risk is tied mainly to higher doses, such as those used for
        dystonia and spasticity, and to people with existing swallowing or breathing problems
        or neuromuscular disease. Get urgent care for trouble breathing, swallowing or
        speaking, or spreading weakness, in the hours to weeks after an injection.

        ### Allergy and test doses

        True allergy to botulinum toxin is very rare; a known allergy to any botulinum toxin
        product or its ingredients is a reason not to use it. A tiny test injection is not a
        reliable allergy test, and a dose too low to work mostly delays relief. If you have
        allergies, bring the details to your neurologist and ask which product's ingredients
        matter for you.

        ### Finding the right doctor

        Look for a neurologist, or a physiatrist, who treats dystonia regularly. Physical
        therapy can add to the benefit, and a few people whose response fades over years have
        other options, including surgery. Keep a simple diary of how your neck feels week by
        week after each session; it makes the next dosing decision better.
        """
    ),
)

# INTENTIONALLY WRONG demo content, for the claim check of a later issue (DESIGN.md,
# capability 9, and its motivating case). This practice post says off-label Botox is
# "untested" and that "there is no conclusive evidence that Botox helps migraine". Both are
# false: Botox has been approved since 2010 to prevent chronic migraine in adults
# (neurotoxin_facts.yaml, common_misstatements), and off-label does not mean untested. It
# names no reviewing physician and ends in a sales pitch, as such posts often do. Do not
# "fix" it; the claim checker is meant to flag it.
OFF_LABEL_MYTHS = DemoArticle(
    key="off_label_myths",
    writer=PRACTICE,
    specialties=("plastic_surgery",),
    title="Off-label Botox: what our patients should know",
    summary="Why our injectors stick to proven cosmetic treatments.",
    treatments=("botox", "botox-cosmetic"),
    reviewed=False,
    body=_md(
        """
        At {practice} we are asked about Botox for almost everything: headaches, jaw
        clenching, sweaty hands, even sore shoulders. Social media makes it sound like a cure
        for anything. Here is our honest take on what Botox is for, and why we keep our
        treatments focused.

        ### What Botox is proven for

        Botox Cosmetic is approved for frown lines, crow's feet and forehead lines, and it is
        one of the most studied aesthetic treatments in the world. Millions of treatments are
        given every year, and our injectors have performed thousands of them. When you come
        to us for a smoother, more rested look, you are getting a treatment with a long track
        record.

        ### Off-label means untested

        Anything outside the label is off-label, and off-label Botox is essentially untested.
        No one has studied whether it works or whether it is safe for those uses, so you are
        the experiment. We do not think that is fair to our patients.

        Take migraines. You will see clinics advertising Botox as a headache treatment, but
        there is no conclusive evidence that Botox helps migraine. The stories you read online
        are anecdotes, not science. Until the research catches up, we recommend that patients
        with headaches look elsewhere and keep Botox for what it does best.

        ### Safety first

        Every Botox treatment at our practice starts with a consultation. We review your
        medical history and medicines, talk through your goals and explain what a natural
        result looks like for your face. We only use genuine product from the manufacturer,
        stored and prepared exactly as directed, and we never rush an appointment.

        ### What to expect

        Treatment takes about fifteen minutes, with no downtime. You will start to see
        results within a few days, with the full effect at around two weeks, and most of our
        patients come back every three to four months to keep their look fresh. We offer a
        complimentary two-week check for every new patient.

        ### Book your consultation

        Ready to look as rested as you feel? Our team is happy to answer your questions and
        build a plan that is right for you. Call us today at {phone}, or fill in the contact
        form on [our practice page]({practice_url}) and we will get back to you within one
        business day.
        """
    ),
)

BLEPHAROPLASTY_LIMITS = DemoArticle(
    key="blepharoplasty_limits",
    writer=PHYSICIAN,
    specialties=("oculoplastic_surgery", "facial_plastic_surgery"),
    title="Blepharoplasty: what eyelid surgery can and can't fix",
    summary=(
        "It removes or repositions skin and fat. It does not lift a drooping lid margin, raise "
        "a low brow or erase fine lines, and knowing which problem you have matters."
    ),
    treatments=("blepharoplasty",),
    body=_md(
        """
        "Heavy eyelids" can mean several different problems, and eyelid surgery fixes only
        some of them. Before you book a blepharoplasty, it is worth knowing which one you
        have.

        ### What blepharoplasty does

        Upper blepharoplasty removes excess skin, and sometimes a little fat or muscle, from
        the upper lid. It helps when a fold of skin hangs over the lashes, making the eyes
        look tired or, when it is severe, blocking the upper part of your vision. Lower
        blepharoplasty removes or repositions the fat that bulges as under-eye bags, and
        sometimes tightens the lower lid.

        ### What it does not do

        - **Ptosis**, a drooping of the lid margin itself because the muscle that lifts the
          lid has stretched or weakened, is not corrected by removing skin. It needs a
          different operation on that muscle, which can be combined with blepharoplasty.
        - **A low brow** pushes skin down onto the lid. Removing lid skin in that case can pull
          the brow lower still; a brow lift may be the better answer.
        - **Fine lines and crow's feet** are a skin and muscle issue, treated with other
          methods such as neurotoxin or resurfacing.
        - **Dark circles** from pigment or a hollow tear trough are not removed by surgery;
          taking out fat can even make a hollow look worse.

        A careful examination sorts these out. Expect your surgeon to look at lid height,
        brow position, lid laxity, dry eye and your vision.

        ### Insurance

        Upper-lid surgery may be covered when excess skin or ptosis limits your field of
        vision. Insurers usually want visual field testing and photographs that show it.
        Surgery for appearance alone, and most lower-lid surgery, is cosmetic.

        ### Recovery

        Bruising and swelling peak over the first few days and mostly settle within two
        weeks; many people return to desk work after about a week to ten days. Cold
        compresses and a raised head help. Stitches usually come out within a week. Scars
        sit in the natural lid crease or just below the lashes and fade over months.

        Dry or irritated eyes are common for a while. If you already have dry eye, say so:
        it affects how much skin can safely be removed.

        ### When to call at once

        Severe pain, swelling that rapidly gets worse, bleeding that will not stop or any loss
        of vision after eyelid surgery is an emergency. Call your surgeon immediately, or call
        911 if you cannot reach them.

        A good outcome starts with the right diagnosis. An oculoplastic surgeon, who operates
        on the eyelids and the structures around the eye, is well placed to make it.
        """
    ),
)

PLATYSMA_BANDS = DemoArticle(
    key="platysma_bands",
    writer=PHYSICIAN,
    specialties=("facial_plastic_surgery", "plastic_surgery"),
    title="Neck bands: what Botox Cosmetic's 2024 approval covers",
    summary=(
        "Vertical platysma bands are now on the Botox Cosmetic label. Loose skin, horizontal "
        "neck lines and jaw slimming are not."
    ),
    treatments=("botox-cosmetic", "facelift"),
    body=_md(
        """
        In October 2024 the FDA approved Botox Cosmetic for moderate to severe platysma bands
        in adults: the vertical cords that stand out between the jaw and the collarbone,
        especially when you tense your neck. It is the first cosmetic approval for a neurotoxin
        below the face, and it has led to a lot of questions about what toxin can do for the
        neck.

        ### What is treated

        The platysma is a thin sheet of muscle just under the skin of the neck. With age, its
        edges can separate and show as bands. Relaxing the muscle softens the bands and can
        slightly sharpen the line of the jaw. The label dose is 26, 31 or 36 units depending
        on severity, injected along the jawline and into the bands. As with other cosmetic
        areas, the effect lasts a few months.

        ### What is not

        - **Loose skin.** A "turkey neck" of lax skin is not a muscle problem, and toxin does
          not tighten skin. A neck lift, often with a facelift, is the treatment for that.
        - **Horizontal neck lines.** The rings around the neck are off-label for toxin; filler
          or skin treatments are sometimes used.
        - **Fat under the chin.** That is a question for fat reduction, such as liposuction or
          deoxycholic acid injections.
        - **Jaw slimming.** Injecting the chewing muscle (masseter) to narrow the lower face is
          a different, off-label use.

        Other botulinum toxin brands are not approved for platysma bands, so using them there
        is off-label, even when the technique is similar.

        ### Safety in the neck

        The muscles that help you swallow and hold up your head sit close to the platysma, so
        technique and dose matter more here than in the forehead. Trouble swallowing, a weak
        or tired neck, and hoarseness are possible. All botulinum toxins carry the boxed
        warning about the rare spread of effect beyond the injection site; get urgent care for
        trouble swallowing, speaking or breathing after any injection. People with existing
        swallowing problems or neuromuscular disease should discuss whether neck treatment
        is wise at all.

        ### Choosing between toxin and surgery

        Toxin suits people with visible bands and reasonably firm skin who want a temporary,
        low-downtime improvement. When the skin is loose as well, surgery gives a result that
        toxin cannot, and it lasts years rather than months. Some people use toxin to see how
        much the bands bother them before deciding on surgery. A surgeon who does both can
        tell you honestly which you need.
        """
    ),
)

JAW_OFF_LABEL = DemoArticle(
    key="jaw_off_label",
    writer=PHYSICIAN,
    specialties=("otolaryngology", "facial_plastic_surgery", "dermatology"),
    title="Off-label is not the same as untested: toxin for jaw slimming and clenching",
    summary=(
        "No US label covers masseter injections for jaw slimming, clenching or TMJ pain. What "
        "that means, what the evidence shows, and what can go wrong."
    ),
    treatments=("botox-cosmetic", "botox", "dysport", "xeomin"),
    body=_md(
        """
        Masseter injections, toxin in the big chewing muscle at the angle of the jaw, are one
        of the most requested "tweakments". They are used to slim a square lower face and to
        ease clenching and grinding. No US botulinum toxin label includes any of these uses.
        That makes them off-label, and it is worth being clear about what that does and does
        not mean.

        ### What "off-label" means

        A label lists the uses the FDA has reviewed evidence for and approved. Physicians may
        legally use an approved drug for other purposes when they judge it appropriate, and a
        large share of everyday prescribing is off-label. Off-label does not mean "untested":
        many off-label uses have been studied in clinical trials, and some of them later
        become approved. Botox itself started with eye-muscle conditions and gained migraine,
        sweating and cosmetic indications as the evidence came in. What off-label does mean is
        that no regulator has weighed the evidence for that use and set a dose, so the quality
        of the evidence, and your physician's experience, matter more.

        ### What the evidence shows

        For **masseter prominence**, studies, including a phase 2 trial of onabotulinumtoxinA,
        have found that injections reduce muscle bulk and narrow the lower face over several
        weeks, with effects lasting months. It is still not an approved indication.

        For **clenching, grinding and TMJ pain**, the evidence is more mixed. Some trials
        report less pain; others show small effects. Toxin does not treat a worn or
        displaced joint, and grinding during sleep can continue even when the muscle is
        weaker. A dentist's night guard and a review of the cause remain the first steps.

        ### What can go wrong

        - Chewing fatigue with tough foods for a few weeks.
        - An uneven or stiff smile if toxin reaches nearby smile muscles.
        - A bulge when clenching if part of the muscle is missed.
        - A hollow under the cheekbone, or a slightly sagging look, in some people with thin
          faces after repeated treatment.

        Like all botulinum toxins, the products used carry the boxed warning on the rare
        spread of effect beyond the injection site.

        ### Questions to ask

        How often do you do this, and with which product and dose? What results do you see in
        people with a face like mine? What will you do if my smile is affected? And, for
        clenching or jaw pain: should I see a dentist or an oral and maxillofacial specialist
        first? Good answers to these questions matter more than the label status.
        """
    ),
)

ARTICLES: tuple[DemoArticle, ...] = (
    FIRST_BOTOX_COSMETIC,
    CHRONIC_MIGRAINE,
    DISSOLVING_FILLER,
    KYBELLA_SESSIONS,
    PEELS_DARKER_SKIN,
    RHINOPLASTY_SWELLING,
    UNITS_DONT_CONVERT,
    UNDERARM_SWEATING,
    CERVICAL_DYSTONIA,
    OFF_LABEL_MYTHS,
    BLEPHAROPLASTY_LIMITS,
    PLATYSMA_BANDS,
    JAW_OFF_LABEL,
)
