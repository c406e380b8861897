"""Emergency triage of a question's text: explainable rules, no model.

What counts as urgent comes from the botulinum toxin boxed warning (distant spread of toxin
effect: trouble swallowing, breathing or speaking, a changed voice, generalised weakness, double
vision, blurred vision with drooping eyelids), from the hypersensitivity warning (anaphylaxis),
and from the recognised signs of a filler blocking a blood vessel (vision change, skin that
blanches or turns dusky or mottled, severe pain at the site).

Policy (recall on urgent texts comes first; ordinary questions should pass):

- A symptom is read in its clause. It does not count when it is denied ("no trouble
  breathing", "I can breathe fine" never matches), when it sits inside a condition ("what
  happens if someone can't swallow?"), when it is over or long past ("it went away", "as a
  child", "before my rhinoplasty"), when the clause gives it another cause ("from my asthma")
  or another meaning ("breathing through my nose", "talking to my injector"), or when it is
  someone else's past story ("my friend had trouble breathing after hers").
- A symptom that is ordinary on its own needs a link to a treatment the person had: in the
  same clause ("since my Botox"), or an injection the text says happened ("I got filler on
  Friday"), or, for a question filed under an injectable treatment, a symptom that started
  recently ("since Tuesday"). A planned treatment is not a link.
- A few symptoms are emergencies whatever caused them and count with no treatment named, when
  the writer (or someone they speak for) has them now: can't breathe, throat closing, tongue
  swelling, anaphylaxis, a suspected vascular occlusion.
- A question asked in general ("can Botox cause trouble swallowing?", "what are the signs of
  spread?") is not held, unless the same text says the person had a treatment recently and
  does not say they feel fine: then the question is probably about themselves, and a moderator
  releases it if not.
- Some findings only count together: blurred vision with drooping eyelids (after a toxin;
  after a filler blurred vision counts alone); hives, a rash or an allergic reaction with
  swelling of the lips, face or eyes, or with dizziness or fainting; such swelling with
  dizziness or fainting (anaphylaxis). Drooping eyelids, swelling of the lips after a filler,
  a few hives or fainting at the sight of a needle are expected or minor on their own.
- The emergency advice fits the treatment named: the toxin's spread after a toxin, a blocked
  vessel (and a call to the injector) after a filler, anaphylaxis for allergic signs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from curbside.triage.language import CANT, GAP, KIND_FAMILIES, SOME, Family, compiled
from curbside.triage.reading import (
    ANY,
    COMPANION,
    INJECTABLE,
    NOT_TOXIN,
    Combination,
    Compiled,
    Group,
    Reading,
    Symptom,
)
from curbside.triage.tables import load

TEXT_MAX = 12000  # the longest text read: a question's title and body fit many times over


_DIFFICULTY = (
    r"(?:trouble|difficult(?:y|ies)|problems?|issues?|(?:a )?hard time|struggl(?:e|es|ed|ing)"
    r"|harder|hard|painful)"
)
_SPEECH = (
    r"(?:speak(?:ing)?|talk(?:ing)?|saying (?:my )?words|getting (?:my |the )?words out"
    r"|forming words|articulating)(?! (?:to|with|about|into|over|on|in front|up)(?![\w']))"
)
_BECOMES = (
    r"(?:is|are|was|were|feels?|felt|(?:has|have) (?:become|gotten|got|been|felt|gone)"
    r"|(?:has|have) been (?:feeling|getting)|seems?|seemed|got|gets|became|becoming|getting"
    r"|sounds?|sounded|looks?|looked|went|goes|keeps?(?: getting| feeling)?|is (?:getting|feeling)"
    r"|started(?: to)?(?: feel| get)?)"
)


# What one eats or drinks, said of what will not go down.
_FOOD = (
    r"(?:food|bread|rice|meat|chicken|steak|toast|pasta|bites?|solids?|solid food|pills?"
    r"|tablets?|capsules?|vitamins?|meds|medications?|medicine|water|liquids?|drinks?|soup"
    r"|everything i eat)"
)
# Food that sticks, lodges or catches on the way down.
_STICKS = r"(?:stick|sticks|sticking|stuck|lodg(?:e|es|ed|ing)|catch(?:es|ing)?|caught)"
# A breath that will not come in full.
_FULL_BREATH = (
    r"(?:a |one |my )?(?:full|deep|proper|good|big|complete|decent|whole|real|normal) breaths?"
)
# Not weakness of a body: "a weak batch", "weaker results", "weak at the knees".
_NOT_A_BODY = (
    r"(?! (?:at|in) the knees| (?:batch|dose|doses|dilution|results?|effects?|bottles?|vials?"
    r"|products?|formula|units|versions?|toxin|botox|brand|stuff)(?![\w']))"
)
# What weak hands cannot hold or do.
_HELD = (
    r"(?:a |my |the |her |his )?(?:cup|coffee cup|mug|glass|jar|jars|bottle|shirt|buttons?|pen"
    r"|fork|phone|bag|kettle|brush|toothbrush)"
)

_SITE = (
    r"(?:skin|area|spot|patch|lips?|nose|cheeks?|chin|forehead|tip|temples?|brows?|face"
    r"|jaw(?:line)?"
    r"|under[- ]?eyes?|tear troughs?)"
)
_TURNS = (
    r"(?:turned|turning|went|is|are|looks?|became|becoming|getting|gone|has gone|has turned"
    r"|is turning|was)"
)
_COLOUR = (
    r"(?:white|pale|grey|gray|blue|bluish|purple|dusky|black|mottled|blotchy)(?:ish)?"
    r"(?:[- ](?:white|grey|gray|blue|purple))?"
)

SYMPTOMS: tuple[Symptom, ...] = (
    Symptom(
        key="breathing",
        reason="trouble breathing",
        group=Group.SPREAD,
        patterns=(
            rf"{_DIFFICULTY}{GAP}breath(?:e|ing)?",
            r"short(?:ness)? of breath",
            r"out of breath",
            r"breathless(?:ness)?",
            rf"{CANT} (?:[\w']+ )?catch (?:my|her|his) breath",
            r"(?:hard|difficult|harder|tough|painful) (?:for me )?to breathe",
            rf"breathing {_BECOMES} {SOME}(?:hard|harder|difficult|labou?red|shallow|weak|weaker"
            r"|strained|restricted|off|wrong|funny|weird|noisy|rapid|a struggle)",
            r"(?:labou?red|shallow|weak|rapid) breathing",
            r"dyspno?ea",
            r"not getting enough air",
            r"air hunger",
            rf"{CANT} (?:[\w']+ )?(?:get|take|catch|draw|pull|grab) (?:in )?{_FULL_BREATH}",
            rf"(?:hard|difficult|harder|tough|a struggle|an effort|impossible) (?:for me )?to"
            rf" (?:get|take|catch|draw|pull) (?:in )?(?:{_FULL_BREATH}|(?:enough )?air)",
            rf"{CANT} (?:fill|expand|fully inflate) (?:my|her|his) lungs",
            r"(?:work|working|works|worked|effort|fight|fighting|concentrate) (?:[\w']+ )?(?:to"
            r" breathe|to get air|to pull (?:in )?air|for (?:each|every) breath)",
            r"(?:get|gets|getting|got|am|i'm|is|she's|he's|feel|feels|feeling) (?:so |really |very"
            r" |easily |completely )?winded",
        ),
        acute=(
            rf"{CANT} (?:[\w']+ )?breathe",
            # "I can't breath": the noun for the verb, with nothing between that makes it a noun.
            rf"{CANT} (?:really |properly |even |barely |hardly |fully |normally |right )?breath"
            r"(?! (?:of|smells?|odou?r|mints?|freshener|test))",
            rf"{CANT} get (?:enough )?air",
            r"gasping(?: for (?:air|breath))?",
            r"struggl\w* (?:for (?:air|breath)|to breathe)",
            r"(?:feel|feels|felt|feeling) like (?:i'm|i am|she's|he's) (?:suffocating|choking)",
            r"suffocating",
        ),
        links=ANY,
        unrelated=(
            r"(?:through|out of|in) (?:my|the|one|her|his|a) (?:\w+ )?(?:nose|nostrils?)",
            r"nasal(?:ly)?",
            r"nostrils?",
            r"(?:deviated )?septum",
            r"stuffy",
            r"congest\w*",
            r"blocked nose",
            r"bad breath",
            "halitosis",
            r"breath (?:smells?|odou?r)",
            r"snor\w*",
            "cpap",
        ),
    ),
    Symptom(
        key="swallowing",
        reason="trouble swallowing",
        group=Group.SPREAD,
        patterns=(
            rf"{_DIFFICULTY}{GAP}swallow\w*",
            rf"swallow\w* {_BECOMES} {SOME}(?:hard|harder|difficult|painful|off|wrong|weird"
            r"|strange|funny|different|slow|a (?:problem|struggle|challenge|chore)|an (?:issue"
            r"|effort))",
            rf"{CANT} (?:[\w']+ )?swallow",
            r"(?:hard|difficult|harder|tough|painful) (?:for me )?to swallow",
            r"dysphagia",
            r"(?:went|goes|go|going|gone) down the wrong (?:way|pipe|tube|hole)",
            r"(?:food|water|liquids?|drinks?|pills?|it|everything) (?:is |keeps |keep )?(?:getting"
            r" |gets |got )?stuck",
            r"stuck in (?:my|her|his) throat",
            r"chok(?:e|es|ed|ing) on (?:my |a |the |her |his )?(?:own )?(?:food|water|drinks?"
            r"|liquids?"
            r"|saliva|spit|everything|pills?|soup|coffee|tea|meals?)",
            r"keeps? choking",
            r"gag(?:s|ged|ging)? (?:on|when|whenever|every time)",
            r"(?:food|liquids?|water|drinks?|meals?) (?:keeps? |kept )?(?:coming|comes|came) back"
            r" up",
            r"(?:liquids?|water|drinks?|food|milk|coffee) (?:comes?|came|coming|goes|went) (?:back"
            r" )?"
            r"(?:out|up) (?:of |through )?(?:my|her|his) nose",
            r"cough(?:s|ing)? (?:when|whenever|every time|each time) (?:i|she|he) (?:eat|drink"
            r"|swallow)",
            rf"{CANT} (?:eat|drink)(?: [\w']+){{0,3}} without (?:choking|coughing|gagging)",
            # Food that sticks, lodges or will not go down.
            rf"{_FOOD}(?: (?:keeps?|kept|just|still|always|now|kind of|kinda|sort of|seems? to"
            rf"|feels? like (?:it|they)|is|are|gets?|got|getting|has|have|been))* {_STICKS}",
            r"(?:stick|sticks|sticking|stuck|lodg(?:e|es|ed|ing)|catch(?:es|ing)?)(?: [\w']+){0,3}"
            r" (?:when|as|while|whenever|every time|each time|if) (?:i|she|he|they) (?:swallow|eat"
            r"|drink)",
            rf"{_STICKS} (?:halfway|half way|part ?way|on the way)(?: down)?",
            rf"{_STICKS} in (?:my|her|his|the) (?:throat|gullet|chest|esophagus|oesophagus)",
            rf"{_FOOD} (?:won't|will not|doesn't|does not|wouldn't|didn't) go down",
            rf"{CANT} get (?:my |her |his |the |any )?(?:{_FOOD}|anything) down",
            r"swallow\w* (?:takes|is taking|took|requires|needs) (?:[\w']+ )?(?:effort|work"
            r"|concentration|(?:several|a few|multiple|two|three) (?:tries|attempts|goes|gulps))",
            r"(?:takes?|taking|took|need|needs) (?:[\w']+ ){0,2}(?:tries|attempts|goes|gulps) to"
            r" (?:swallow|get (?:it|food|them|pills?) down)",
        ),
        links=INJECTABLE,
        unrelated=(
            r"hard to swallow pills?",
            r"pills? (?:are|is) (?:always )?hard to swallow",
            r"(?:news|truth|price|bill|cost)",
            r"stuck (?:with|on|at|in (?:traffic|line|bed))",
            r"catch(?:es|ing)? (?:up|a cold|the light|light)",
            r"stick(?:s|ing)? (?:out|up|to|with|around)",
        ),
    ),
    Symptom(
        key="speaking",
        reason="trouble speaking",
        group=Group.SPREAD,
        patterns=(
            rf"{_DIFFICULTY}{GAP}{_SPEECH}",
            r"slurr(?:ed|ing|s|y)?",
            # Speech that others hear as drunk, or cannot follow.
            r"(?:sound|sounds|sounded|sounding|talk|talks|talking|speak|speaks|speaking)"
            r"(?: like)?(?: (?:i'm|i am|i was|i've been|she's|he's|she is|he is|she was|he was"
            r"|someone who's|someone))? (?:drunk|tipsy|intoxicated|wasted|been drinking)",
            r"(?:can't|cannot|can barely|can hardly|couldn't|could barely|struggl\w* to|hard"
            r" (?:for [\w']+ )?to) understand (?:me|her|him|what (?:i'm|she's|he's) saying"
            r"|(?:my|her|his) (?:speech|words))",
            r"words? (?:don't|won't|doesn't|aren't|isn't|do not|will not) (?:come|coming) out"
            r" (?:right|properly|clearly|normally|straight)",
            rf"speech {_BECOMES} {SOME}(?:slurred|slow|thick|garbled|unclear|off|weird|strange"
            rf"|funny"
            r"|different|mumbled|impaired|affected|changed)",
            rf"{CANT} (?:[\w']+ )?(?:speak|talk)(?! (?:to|with|about|on|over|up)(?![\w']))",
            rf"{CANT} get (?:my|the|her|his) words out",
            rf"(?:hard|difficult|harder|tough) (?:for me )?to {_SPEECH}",
            r"dysarthria",
            rf"(?:talking|speaking) {_BECOMES} {SOME}(?:hard|harder|difficult|slurred|slow|an"
            rf" effort"
            r"|a struggle)",
            r"words? (?:are |keep |keeps )?(?:coming|come|came|comes) out (?:[\w']+ )?(?:wrong"
            r"|slurred"
            r"|jumbled|garbled|funny|weird|mumbled)",
            rf"tongue {_BECOMES} {SOME}(?:thick|heavy|clumsy)",
        ),
        links=INJECTABLE,
        unrelated=(
            r"public speaking",
            r"straws?",
            r"whistl\w*",
            r"pucker\w*",
            r"pronounc\w*",
            r"certain (?:words|sounds|letters)",
            r"(?:p|b)'?s",
            r"talk(?:ing)? (?:about it|it over)",
            r"accents?",
            r"(?:foreign )?languages?",
            r"english",
            r"translat\w*",
        ),
    ),
    Symptom(
        key="voice",
        reason="a hoarse, weak or lost voice",
        group=Group.SPREAD,
        patterns=(
            r"hoarse(?:ness)?",
            r"raspy voice",
            r"(?:lost|losing|lose) (?:my|her|his) voice",
            rf"voice {_BECOMES} {SOME}(?:gone|hoarse|horse|raspy|weak|weaker|breathy|strained|quiet"
            r"|faint|croaky|different|changed|off|strange|weird|nasal|funny|muffled|squeaky"
            r"|whispery|thin|rough|gravelly|husky|scratchy|slurr\w*|drunk|a whisper)",
            r"(?:raspy|husky|croaky|gravelly|scratchy|hoarse|breathy|whispery) voice",
            r"voice (?:is )?(?:barely|only|no more than) (?:a whisper|audible)",
            r"(?:can|could) (?:only|barely|just) whisper",
            r"(?:changes? in|change to) (?:my |her |his )?voice",
            r"voice (?:change|changes|loss)",
            r"dysphonia",
            r"voice (?:keeps |is |has been )?crack(?:s|ing)",
            r"(?:i|she|he|they) (?:sound|sounds|sounded) (?:[\w']+ )?(?:nasal|hoarse|horse|raspy"
            r"|croaky|breathy|husky|gravelly)",
            r"(?:i|she|he) (?:sound|sounds|sounded) (?:[\w']+ )?(?:funny|weird|strange|different"
            r"|muffled)",
            rf"{CANT} (?:raise|project) (?:my|her|his) voice",
            r"(?:have|has|got) no voice(?! (?:change|changes|problems|issues))",
        ),
        links=frozenset({Family.TOXIN, Family.INJECTION}),
        unrelated=(
            r"sing(?:ing)?",
            r"concert",
            r"yell(?:ing|ed)?",
            r"shout(?:ing|ed)?",
            r"cheer(?:ing|ed)?",
            r"sore throat",
            r"intubat\w*",
            r"breathing tube",
            r"laugh\w*",
            r"recordings?",
            # A lip flip's small effect on lip sounds is expected.
            r"straws?",
            r"whistl\w*",
            r"pucker\w*",
            r"pronounc\w*",
            r"certain (?:words|sounds|letters)",
            r"(?:p|b)'?s",
        ),
    ),
    Symptom(
        key="weakness",
        reason="weakness spreading beyond the injected area",
        group=Group.SPREAD,
        patterns=(
            r"(?:arms?|legs?|limbs?|whole body|entire body|body|knees|thighs|hips|shoulders)"
            r"(?: [\w']+){0,2} (?:feels?|felt|are|is|went|goes|have gone|has gone|became|getting"
            r"|got"
            r"|gave|give|giving|keep|keeps|seem|seems|buckle|buckled|buckling)"
            r" (?:[\w']+ ){0,2}(?:weak|weaker|heavy|limp|floppy"
            r"|like jelly|jelly|rubbery|out|way|no strength)",
            r"weak(?:ness)? (?:in|of|throughout|across) (?:my |her |his |both |all )?(?:arms?|legs?"
            r"|limbs?|whole body|entire body|body|shoulders|hips|thighs|muscles)",
            r"weak (?:all over|everywhere)",
            r"(?:i'm|i am|i feel|i felt|i've been|i have been|he's|she's|he is|she is|he feels"
            r"|she feels|feeling) (?:so |very |really |extremely |super |quite |incredibly )?"
            r"weak(?:er)?(?! (?:in|on|at|around) )",
            # Weakness that grows, or that takes in everything.
            r"(?:i|i'm|i've|she|she's|he|he's|they|they're|everything|everything's|my body"
            r"|(?:my|her|his) whole body)(?: (?:is|am|are|has|have|been|keeps?|just|only|seem"
            r"|seems))* (?:getting|growing|gotten|grown|becoming|become|going|gone)"
            rf" (?:[\w']+ )?weak(?:er)?{_NOT_A_BODY}",
            r"weaker (?:and weaker|by the day|(?:every|each) day|day by day|by the hour)",
            r"(?:all (?:of )?(?:my|her|his) muscles|every muscle|(?:my|her|his) muscles)"
            r" (?:are|feel|feels|felt|have|has|seem|seems|got|get|getting|became|all)"
            r"(?: [\w']+){0,2} weak(?:er|ened)?",
            # Hands too weak to grip or hold.
            r"(?:grip|grasp|hands?|fingers) (?:is|are|feels?|felt|has|have|got"
            r"|gotten|getting|became|gone|went|seems?)(?: [\w']+){0,2} weak(?:er)?",
            r"(?:weak|weaker|weakening) (?:grip|grasp)",
            rf"{CANT} (?:[\w']+ )?(?:grip|grasp|hold|open|button|squeeze|lift|pick up) {_HELD}",
            # Stairs and walking that have become hard.
            r"(?:stairs|walking)(?: [\w']+)? (?:are|is|have become|have gotten|has become"
            r"|feel|feels|seem|seems|became|got|get) (?:[\w']+ )?(?:hard|harder|difficult"
            r"|impossible|a struggle|exhausting|a challenge|too much)",
            r"(?:struggl\w*|trouble|difficulty|(?:a )?hard time) (?:with|on|climbing|walking up"
            r"|going up|getting up) (?:the )?stairs",
            rf"{CANT} (?:[\w']+ )?(?:manage|do|handle|get up|climb) (?:the |a flight of )?stairs",
            r"(?:knees|legs) (?:keep |kept |are |have been |started )?(?:buckl\w*|giving"
            r" (?:out|way))",
            r"weakness (?:all over|everywhere|throughout)",
            r"generali[sz]ed (?:muscle )?weakness",
            r"(?:muscle )?weakness (?:is |has been |keeps |seems to be )?spread\w*",
            r"spread\w* (?:muscle )?weakness",
            r"weakness (?:beyond|outside|away from) (?:the |where )?(?:injected|injection|treated"
            r"|treatment)",
            r"(?:can't|cannot|couldn't|can barely|could barely|unable to|not able to|struggl\w* to)"
            r" (?:[\w']+ )?(?:hold|keep|lift) (?:my|her|his) head up",
            r"head (?:keeps |is |keeps on )?(?:falling|dropping|flopping|drooping) (?:forward|down"
            r"|over)",
            r"(?:can't|cannot|can barely|could barely|unable to|not able to|struggl\w* to|hard to)"
            r" (?:[\w']+ )?(?:walk|stand(?: up)?|climb (?:the )?stairs|get up|get out of bed"
            r"|lift (?:my |her |his )?(?:arms?|legs?))",
            r"too weak to",
            r"(?:lost|losing|loss of) (?:all )?(?:my |her |his )?(?:muscle )?strength",
            r"no strength (?:in|left)",
            r"asthenia",
        ),
        links=INJECTABLE,
        unrelated=(r"gym", r"work ?out", r"lifting weights", r"hangover", r"marathon"),
    ),
    Symptom(
        key="face_droop",
        reason="drooping of one side or all of the face",
        group=Group.SPREAD,
        patterns=(
            r"(?:one|left|right|other) side of (?:my|her|his|the) face(?: [\w']+){0,2}"
            r" (?:droop\w*|sag\w*|fallen|fell|dropped|paraly\w*|numb|weak|limp|can't move)",
            r"(?:half|side) of (?:my|her|his|the) face(?: [\w']+){0,2}"
            r" (?:droop\w*|sag\w*|fallen|fell|dropped|paraly\w*|limp|can't move)",
            r"(?:whole|entire) face(?: [\w']+){0,2} (?:droop\w*|sag\w*|paraly\w*|limp|weak)",
            r"facial (?:droop\w*|paralysis|weakness)",
            r"face (?:is |was |started )?(?:droop\w*|sagg\w*|paraly\w*|fall\w*) (?:on )?"
            r"(?:one|the left|the right|the other|my left|my right) side",
            r"droop\w* (?:is |has |keeps )?spread\w*",
            r"spread\w* droop\w*",
            r"droop\w*(?: [\w']+){0,3} (?:beyond|outside|away from) (?:the |where )?"
            r"(?:injected|injection|treated|treatment)",
        ),
        links=INJECTABLE,
    ),
    Symptom(
        key="double_vision",
        reason="double vision",
        group=Group.SPREAD,
        patterns=(
            r"double vision",
            r"(?:see|sees|seeing|saw) (?:things |everything |it |you )?double",
            r"see(?:s|ing)? (?:two|2) of (?:everything|things|you|it)",
            r"diplopia",
            r"vision (?:is |has |went |keeps )?(?:\w+ )?doubl\w+",
            r"(?:everything|things|objects|words|text|faces?) (?:looks?|is|are|seems?|appears?)"
            r" (?:[\w']+ )?(?:doubled|double|in two)(?! (?:the|what|that|my|as|of|your|her|his"
            r"|price|cost|amount|dose|units)(?![\w']))",
            r"(?:see|sees|seeing|saw|get|gets|getting|got) (?:a |[\w']+ )?(?:double|two|2|ghost"
            r"|duplicate|overlapping) images?",
            r"(?:ghost|overlapping) images?",
            r"eyes? (?:don't|won't|aren't|are not|do not|can't|cannot|no longer) (?:[\w']+ )?"
            r"(?:line up|work together|move together|focus together|track together|align)",
        ),
        links=ANY,
    ),
    Symptom(
        key="vision_loss",
        reason="loss of vision",
        group=Group.VASCULAR,
        patterns=(
            r"(?:lost|losing|loss of|lose)(?: [\w']+)? (?:vision|sight|eyesight)",
            r"vision loss",
            r"(?:went|going|gone|go|am|is) blind",
            r"blind (?:in (?:one|my|her|his|the|left|right)|spot)",
            r"(?:vision|sight|eye)(?: [\w']+)? (?:went|goes|going|turned|is|turning) (?:dark|black"
            r"|grey|gray|dim)",
            rf"{CANT} see (?:out of|anything|with)",
            r"(?:dark|black|grey|gray) (?:spot|patch|area|curtain|shadow) (?:in|over|across) (?:my"
            r" |her |his )?(?:vision|eye)",
            r"curtain (?:over|across|in front of) (?:my |her |his )?(?:eye|vision)",
        ),
        links=ANY,
    ),
    Symptom(
        key="blurred_vision",
        reason="blurred vision or a change in vision",
        group=Group.VASCULAR,
        patterns=(
            r"blurr(?:y|ed) vision",
            rf"vision {_BECOMES} {SOME}(?:blurry|blurred|fuzzy|hazy|cloudy|dim|foggy|off|weird"
            rf"|strange)",
            r"(?:everything|things|it) (?:looks?|is|are|seems?) (?:[\w']+ )?(?:blurry|fuzzy|hazy)",
            rf"{CANT} (?:[\w']+ )?(?:focus|see (?:clearly|properly|well|straight))",
            r"(?:eyes?|eyesight|vision)(?: [\w']+){0,4} (?:is|are|went|got|looks?|seems?|feels?"
            r"|became"
            r"|turned|has gone|gone) (?:[\w']+ )?(?:blurry|blurred|fuzzy|hazy|dim|cloudy)",
            r"(?:vision|visual) (?:changes?|disturbances?|problems?)",
            r"changes? (?:in|to) (?:my |her |his )?(?:vision|eyesight)",
            rf"{_DIFFICULTY}{GAP}seeing",
            r"seeing (?:spots|flashes|sparkles|stars)",
        ),
        links=NOT_TOXIN,  # after a toxin only with drooping eyelids (COMBINATIONS)
    ),
    Symptom(
        key="eyelid_droop",
        reason="drooping eyelids",
        group=Group.SPREAD,
        patterns=(
            rf"(?:eye)?lids?(?: {_BECOMES})? (?:[\w']+ )?(?:droop\w*|sagg\w*|heavy|falling"
            rf"|dropp\w*|hanging|hangs?|half[- ]?(?:closed|shut))",
            r"(?:eye)?lids? (?:[\w']+ )?(?:covers?|covering|covered) (?:half |most |part )?(?:of )?"
            r"(?:my|her|his|the) (?:pupils?|eyes?|iris)",
            r"droop\w* (?:eye)?lids?",
            r"droopy eyes?",
            r"eyes? (?:is |are )?droop\w*",
            r"ptosis",
            rf"{CANT} (?:fully )?open (?:my|her|his) eyes?",
        ),
        links=COMPANION,
    ),
    Symptom(
        key="bladder",
        reason="loss of bladder control",
        group=Group.SPREAD,
        patterns=(
            r"(?:loss of|lost|losing|can't control) (?:my |her |his )?bladder(?: control)?",
            r"(?:wetting|peeing|wet) (?:myself|herself|himself)",
        ),
        links=COMPANION,
    ),
    Symptom(
        key="throat",
        reason="throat swelling or tightness",
        group=Group.ALLERGY,
        patterns=(
            r"throat(?: [\w']+){0,3} (?:swelling|swollen|tight|tightening|constrict\w*)",
            r"(?:tight|tightening|swollen|swelling) (?:in )?(?:my |her |his |the )?throat",
        ),
        acute=(
            r"throat(?: [\w']+){0,4} (?:closing|closed|shutting|swelling shut|swelled shut)",
            r"(?:closing|closed) (?:up )?(?:my |her |his |the )?throat",
        ),
        links=ANY,
        unrelated=(r"sore throat", r"strep", r"tonsil\w*"),
    ),
    Symptom(
        key="tongue",
        reason="tongue swelling",
        group=Group.ALLERGY,
        patterns=(),
        acute=(
            r"tongue(?: [\w']+){0,2} (?:swell\w*|swollen|puff\w*|huge|enlarged)",
            r"swollen tongue",
        ),
        links=ANY,
    ),
    Symptom(
        key="wheezing",
        reason="wheezing",
        group=Group.ALLERGY,
        patterns=(r"wheez\w*",),
        links=ANY,
    ),
    Symptom(
        key="chest",
        reason="chest tightness",
        group=Group.ALLERGY,
        patterns=(
            r"chest (?:feels |is |has been |getting |got |gets )?(?:so |really |very )?(?:tight"
            r"|constricted|heavy)",
            r"tight(?:ness)? (?:in |across )?(?:my |her |his |the )?chest",
        ),
        links=ANY,
    ),
    Symptom(
        key="anaphylaxis",
        reason="signs of anaphylaxis (a severe allergic reaction)",
        group=Group.ALLERGY,
        patterns=(),
        acute=(r"anaphyla\w*",),
        links=ANY,
    ),
    Symptom(
        key="hives",
        reason="hives or a rash",
        group=Group.ALLERGY,
        patterns=(r"hives", r"urticaria", r"welts", r"rash(?:es)?", r"itch(?:y|ing|iness)?"),
        links=COMPANION,
    ),
    Symptom(
        key="allergic_reaction",
        reason="an allergic reaction",
        group=Group.ALLERGY,
        patterns=(r"(?:severe |bad |serious |an |having an |having a )?allergic reaction",),
        links=COMPANION,
    ),
    Symptom(
        key="swelling",
        reason="swelling of the lips, face or eyes",
        group=Group.ALLERGY,
        patterns=(
            r"(?:lips?|face|eyes?|eyelids?)(?: [\w']+){0,2} (?:swell\w*|swollen|puff\w*|huge)",
            r"swollen (?:lips?|face|eyes?|eyelids?)",
        ),
        links=COMPANION,
    ),
    Symptom(
        key="faint",
        reason="dizziness or fainting",
        group=Group.ALLERGY,
        patterns=(
            r"dizz(?:y|iness)",
            r"light-? ?headed(?:ness)?",
            r"(?:feel|feels|felt|feeling)(?: [\w']+)? faint",
            r"faint(?:ed|ing)",
            r"pass(?:ed|ing)? out",
            r"black(?:ed)? out",
            r"(?:heart|pulse) (?:is )?(?:racing|pounding)",
            r"palpitations",
        ),
        links=COMPANION,
    ),
    Symptom(
        key="blanching",
        reason="skin turning white, grey, blue or mottled near the injection",
        group=Group.VASCULAR,
        patterns=(
            r"blanch\w*",
            rf"{_SITE}(?: [\w']+){{0,6}} {_TURNS} (?:[\w']+ ){{0,3}}{_COLOUR}",
            rf"(?:it|it's|it is|that|this|that's) (?:is |has )?(?:turning|turned|went|gone|going"
            rf"|getting)"
            rf" (?:[\w']+ )?{_COLOUR}",
            r"(?:white|pale|grey|gray|dusky|mottled|lacy|purple|purplish|bluish|blue|black)"
            r"(?: [\w']+)? (?:patch|patches|spots?|area|discolou?ration|blotch\w*|pattern|net|web)",
            r"mottl\w*",
            r"dusky",
            r"livedo",
            r"reticula(?:r|ted)",
            r"(?:lacy|net-?like|web-?like)(?: [\w']+)? (?:pattern|rash|look|patch|discolou?ration)",
            rf"{_SITE}(?: [\w']+){{0,6}} (?:is|are|feels?) (?:[\w']+ ){{0,3}}cold",
            r"necros\w*",
            r"skin (?:is )?dying",
            r"dead skin",
        ),
        links=INJECTABLE,
        unrelated=(r"(?<!not a )(?<!n't a )bruis\w*", r"tyndall", r"tint", r"hue", r"dark circles"),
    ),
    Symptom(
        key="occlusion",
        reason="a possible blocked blood vessel (vascular occlusion)",
        group=Group.VASCULAR,
        patterns=(),
        acute=(
            r"vascular (?:occlusion|compromise|event)",
            r"occlu(?:ded|sion)(?: [\w']+)? (?:artery|vessel|blood vessel)",
            r"(?:blocked|blocking) (?:an |a )?(?:artery|vessel|blood vessel)",
        ),
        links=ANY,
    ),
    Symptom(
        key="severe_pain",
        reason="severe pain at the injection site",
        group=Group.VASCULAR,
        patterns=(
            r"(?:severe|excruciating|intense|unbearable|extreme|terrible|horrible|horrendous|awful"
            r"|agoni[sz]ing|insane|worst|searing|stabbing) (?:[\w']+ )?pain",
            rf"pain {_BECOMES} {SOME}(?:unbearable|severe|excruciating|worse|worsening|intense)",
            r"(?:hurts|hurting) (?:so (?:much|bad(?:ly)?)|like (?:crazy|hell)|terribly|unbearably)",
            r"pain out of proportion",
        ),
        links=NOT_TOXIN,
        unrelated=(r"headaches?", r"migraines?"),
    ),
)


_PROCEDURES = load("procedures", {"CANT": CANT, "GAP": GAP, "SOME": SOME, "BECOMES": _BECOMES})
SYMPTOMS += _PROCEDURES.symptoms

COMBINATIONS: tuple[Combination, ...] = (
    # The boxed warning lists blurred vision with drooping eyelids among the signs of spread.
    Combination(frozenset({"blurred_vision"}), frozenset({"eyelid_droop", "face_droop"}), ANY),
    # Skin signs of allergy with swelling or a falling blood pressure: anaphylaxis.
    Combination(
        frozenset({"hives", "allergic_reaction"}),
        frozenset({"swelling", "faint"}),
        frozenset(),
    ),
    # Swelling of the lips, face or eyelids with faintness: angioedema with falling pressure.
    Combination(frozenset({"swelling"}), frozenset({"faint"}), frozenset()),
    *_PROCEDURES.combinations,
)


@dataclass(frozen=True)
class RulesVerdict:
    """What the rules found: the urgent symptoms in plain words, and the emergency families
    whose advice applies (empty when nothing urgent was found)."""

    reasons: list[str] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)


_TABLE = tuple(Compiled.of(s) for s in SYMPTOMS)
_BY_KEY = {s.key: s for s in SYMPTOMS}
_VISION = frozenset({"double_vision", "vision_loss", "blurred_vision"})
_EYE_AREA = compiled(
    r"(?:eye|eyelid|lid|brow|forehead|temple)s?(?: lift| surgery| tuck| job)?",
    "blepharoplasty",
    r"under[- ]?eyes?",
    r"tear troughs?",
    "bleph",
)


def _advice_groups(reading: Reading, urgent: set[str]) -> list[Group]:
    """Which explanations apply: the toxin's spread after a toxin, a blocked vessel after a
    filler; a change in vision may be either."""
    groups = {_BY_KEY[k].group for k in urgent}
    families = reading.named | reading.context
    if families:
        if urgent & _VISION:
            groups |= {Group.SPREAD, Group.VASCULAR}
        unnamed = Family.INJECTION in families
        if Family.TOXIN not in families and not (unnamed and Family.FILLER not in families):
            groups.discard(Group.SPREAD)
        if Family.FILLER not in families and not (unnamed and Family.TOXIN not in families):
            groups.discard(Group.VASCULAR)
        if urgent & _VISION and Family.SURGERY in families and _EYE_AREA.search(reading.layout.text):
            groups.add(Group.EYE)
    return [g for g in Group if g in groups]


def rules_triage(text: str, *, treatment_kinds: Iterable[str] = ()) -> RulesVerdict:
    """Read a question (title and body) for urgent symptoms. `treatment_kinds` are the kinds
    (qa.TreatmentKind values) of the treatments the question is filed under."""
    context = frozenset(KIND_FAMILIES[k] for k in treatment_kinds if k in KIND_FAMILIES)
    reading = Reading(text[:TEXT_MAX], _TABLE, context)
    urgent = {s.key for s in SYMPTOMS if s.links and reading.counts(s.key, s.links)}
    for combination in COMBINATIONS:
        allowed = combination.links or None
        firsts = {k for k in combination.first if reading.counts(k, allowed)}
        seconds = {k for k in combination.second if reading.counts(k, allowed)}
        if firsts and seconds:
            urgent |= firsts | seconds
    if not urgent:
        return RulesVerdict()
    # Companions seen beside an urgent finding of their group are named too, for the record.
    groups = {_BY_KEY[k].group for k in urgent}
    urgent |= {
        s.key for s in SYMPTOMS if not s.links and s.group in groups and reading.counts(s.key, None)
    }
    reasons = [s.reason for s in SYMPTOMS if s.key in urgent]
    return RulesVerdict(reasons=reasons, groups=_advice_groups(reading, urgent))
