"""The language the triage rules read around a symptom: treatments and when they happened,
negation, questions asked in general, past or settled episodes, other causes.

Everything here is data: phrase lists compiled into regular expressions, applied to text that
`normalize` has lower-cased, with typographic quotes, common apostrophe-less contractions and
shorthand ("cant", "cnt", "im") made regular, and key words misspelled by one slip ("swalow",
"vison") put right. `rules.py` decides what the matches mean.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from enum import StrEnum


class Family(StrEnum):
    """What kind of treatment a text says the person had."""

    TOXIN = "toxin"  # botulinum toxin, any brand
    FILLER = "filler"  # dermal filler
    INJECTION = "injection"  # an injection or treatment that the text does not name
    SURGERY = "surgery"


def phrases(*alternatives: str) -> str:
    """One non-capturing alternation of regex fragments, whole words at both ends."""
    return r"(?<![\w'])(?:" + "|".join(alternatives) + r")(?![\w'])"


def compiled(*alternatives: str) -> re.Pattern[str]:
    return re.compile(phrases(*alternatives))


# "Can't", "cannot", "unable to" … as one fragment, for the symptom patterns.
CANT = (
    r"(?:can't|cannot|couldn't|could not|unable to|not able to|no longer able to|can no longer"
    r"|can barely|can hardly|could barely|could hardly"
    r"|(?:haven't|hasn't|have not|has not) been able to)"
)
# A short run of words inside one clause ("trouble with breathing", "trouble, swallowing").
GAP = r"(?:[ ,]+[\w']+){0,4}?[ ,]+"
SOME = r"(?:[\w']+ ){0,2}"  # up to two filler words: "is getting really"

# ---------------------------------------------------------------------------------------------
# Treatments, by family. An "event" is a treatment the person had (not one they plan).
# ---------------------------------------------------------------------------------------------
# Where injections go, as people name the site of a treatment ("had my armpits done").
_SITE = (
    r"(?:lips?|masseters?|forehead|frown lines|crow's feet|jaw(?:line)?|cheeks?|chin"
    r"|under ?eyes|tear troughs?|nose|11s|elevens|glabella|brows?|neck(?: bands)?|bands|traps?"
    r"|temples?|platysma|armpits?|underarms?|pits|palms?|hands?|feet|soles|bladder|calf|calves"
    r"|legs?|arms?|shoulders?|scalp|bunny lines|smile lines|marionette lines|nasolabials?"
    r"|gummy smile)"
)
TREATMENT_TERMS: dict[Family, re.Pattern[str]] = {
    Family.TOXIN: compiled(
        r"botox(?:ed)?",
        "dysport",
        "xeomin",
        "jeuveau",
        "daxxify",
        "letybo",
        "myobloc",
        r"botulinum(?: toxin)?",
        r"(?:neuro)?toxins?",
        r"neuromodulators?",
        "tox",
        "lip flip",
        # Toxins are dosed in units ("I had my 155 units yesterday"); fillers in syringes.
        r"units?",
    ),
    Family.FILLER: compiled(
        r"fillers?",
        r"juv[eé]derm",
        "restylane",
        "radiesse",
        "sculptra",
        "belotero",
        "rha",
        "revanesse",
        r"vol(?:uma|bella|lure|ux)",
        "kysse",
        r"hyaluronic(?: acid)?",
        r"lip (?:injections?|augmentation|enhancement)",
        r"(?:liquid|non-?surgical) (?:rhinoplasty|nose job|face ?lift)",
        r"skin ?boosters?",
        "profhilo",
        r"syringes?",
    ),
    Family.INJECTION: compiled(
        # "They did my forehead", "she injected my neck": a treatment told by the site.
        rf"(?:did|injected|botoxed|filled|toxed|tox'd) (?:my|her|his|both) {_SITE}",
        r"injections?",
        "injected",
        r"shots?",
        r"jabs?",
        r"treatments?",
        r"procedures?",
        r"appointments?",
        r"sessions?",
        "kybella",
        rf"{_SITE} (?:done|injected|treated)",
    ),
    Family.SURGERY: compiled(
        r"surger(?:y|ies)",
        r"operations?",
        "op",
        "rhinoplasty",
        "nose job",
        r"(?:face|neck|brow|eyelid|breast|butt) ?lift",
        "blepharoplasty",
        "eyelid surgery",
        "liposuction",
        "lipo",
        "tummy tuck",
        "abdominoplasty",
        "bbl",
        r"(?:breast|butt) (?:augmentation|implants?|reduction)",
        r"(?:boob|breast|tummy|nose|eye) jobs?",
        "bleph",
        r"(?:breast|boob) aug",
        # Surgery named by what was done to where: "had her eyelids done", "got my nose fixed".
        r"(?:eyelids?|lids|eyes|nose|face|neck|boobs?|breasts?|tummy|belly|chin|jowls|brows?)"
        r" (?:done|fixed|lifted|tucked|reduced|redone|operated on)",
        r"implants?",
        r"an(?:a)?esthesia",
    ),
}

# Question treatment kinds (qa.TreatmentKind values) → the family they name.
KIND_FAMILIES: dict[str, Family] = {
    "neurotoxin": Family.TOXIN,
    "filler": Family.FILLER,
    "injectable": Family.INJECTION,
    "surgery": Family.SURGERY,
}

_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_NUMBER = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|a couple of"
    r"|a couple|couple of|several)"
)
# When something happened, recently enough to matter (the toxin's spread shows hours to weeks
# after the injection; a filler's blocked vessel within minutes to days).
RECENT = compiled(
    "yesterday",
    "today",
    "tonight",
    "last night",
    r"this (?:morning|afternoon|evening|week|weekend)",
    rf"last (?:week|weekend|{_DAY})",
    rf"(?:on )?{_DAY}",
    rf"(?:on )?{_DAY} (?:morning|afternoon|evening|night)",
    rf"{_NUMBER} (?:minutes?|mins?|hours?|hrs?|days?|weeks?) ago",
    r"an hour ago",
    r"earlier (?:today|this week)",
    "the other day",
    "just now",
    "recently",
    r"hours? later",
    r"days? later",
    r"(?:the )?next day",
    r"day (?:\d+|one|two|three|four|five|six|seven)",
)
# A person's own treatment: "after my Botox", "since the injection", "post-filler".
CONNECTOR = re.compile(
    r"(?<![\w'])(?:after|since|following|post|from|because of|due to|caused by|ever since|during"
    r"|right after|just after|soon after|shortly after|(?:day|days|hours?|weeks?) after"
    r"|within (?:[\w']+ ){1,2}of"
    r"|(?:above|below|near|around|under|beside|next to|where) (?:the|my|they put|she put"
    r"|he put|they injected|she injected|he injected))"
    r"(?:[ -][\w']+){0,3}[ -]$"
)
POST_PREFIX = re.compile(r"(?<![\w'])post-?$")
PAST_TREATMENT_VERB = re.compile(
    r"(?<![\w'])(?:got|had|received|did|tried|was given|were given|gave me|gave her|gave him"
    r"|went (?:in )?for|came (?:back )?from|have had|'ve had|has had|just had|just got"
    r"|was injected with|injected (?:me |her |him )?with|was done with|did my)"
    r"(?: (?:my|the|a|an|some|her|his|first|second|more|\d+|units|of|[\w']+)){0,3} $"
)
INJECTED_BY = re.compile(
    r"(?<![\w'])(?:was|were|got|been|i|she|he|they|we|nurse|doctor|injector|dr\.? \w+) (?:just )?$"
)
# The treatment's name that says it was done: "did my forehead", "injected her neck".
DONE_TO_SITE = re.compile(r"(?:did|injected|botoxed|filled|toxed|tox'd) ")
PRONOUN_EVENT = compiled(
    r"(?:i|she|he|we) (?:got|had|received|did) (?:it|them|mine|that|this|these)"
)
POSSESSIVE = re.compile(r"(?<![\w'])(?:my|her|his|our|their|mine)(?![\w'])")
FUTURE = compiled(
    "next", "tomorrow", "upcoming", "soon", r"in (?:a|two|few|couple of) (?:days|weeks)"
)
# Plans, not events: "I'm getting Botox next week", "before I get filler".
PROSPECTIVE = compiled(
    "will",
    r"(?:i|we|you|she|he|they)'ll",
    "going to",
    "gonna",
    "planning",
    r"plan(?:s)? to",
    "considering",
    "consider",
    r"thinking (?:about|of)",
    "scheduled",
    "booked",
    r"want(?:s)? to",
    "wanna",
    "would like",
    r"should (?:i|she|he)",
    "next",
    "tomorrow",
    "upcoming",
    r"before (?:i|getting|my|the|she|he|having)",
    "about to",
    "haven't",
    "never",
    r"if (?:i|she|he)",
    r"first (?:time|ever)",
)
PLANNED = re.compile(
    r"(?<![\w'])(?:i'm|i am|we're|she's|he's|is|are|am) (?:getting|having|doing|booked|scheduled)"
    r"(?: [\w']+){0,3} $"
)
# "My first session is Monday": a date ahead, said after the treatment's name.
PLANNED_AFTER = re.compile(r"^ (?:[\w']+ )?(?:is|will be|'s)(?: (?:on|at|in|this|next))? ")
# "the Botox spread", "my filler migrated": said of a treatment someone had.
TREATMENT_AFTERMATH = re.compile(
    r"^ (?:has |have |had |is |was )?(?:spread|kicked in|taken effect|took effect|worn off|wore off"
    r"|wearing off|started (?:working|to work)|migrated|moved|went in|was done)(?![\w'])"
)
# "Two days after Dysport": a treatment dated by when the symptom followed it.
TIMED_CAUSE = re.compile(
    rf"(?<![\w']){_NUMBER} (?:minutes?|mins?|hours?|hrs?|days?|weeks?) (?:after|post|since"
    rf"|following)"
    r"(?:[ -][\w']+){0,3}[ -]$"
)
# The treatment was long ago, or one of many ("for years", "the last time").
DISTANT = compiled(
    r"(?:years?|months?) ago",
    "last year",
    "a year ago",
    "a while ago",
    "long ago",
    "a long time ago",
    "in the past",
    r"back in (?:\d{4}|the day)",
    r"previous(?:ly)?",
    "last time",
    r"my (?:last|previous|first) (?:\w+ )?(?:treatment|session|round|injection|appointment|time)",
    "for years",
    r"every (?:\d+|few|three|four|six) (?:weeks|months)",
    "regularly",
    "many times",
    r"once(?: before)?$",
    r"(?:botox|filler|injections?|it) before",
)
# A symptom dated in another year is history, whoever had it ("a hematoma in 2019", "a scare
# a couple of years back"), unless the text says it is back or still there.
DATED_PAST = compiled(
    r"in (?:19|20)\d\d",
    r"back in (?:19|20)\d\d",
    r"(?:\d+|a|one|two|three|four|five|several|many|a few|a couple(?: of)?|couple of) years?"
    r" (?:ago|back|before|earlier)",
    r"years (?:ago|back|before|earlier)",
    r"(?:\d+|a|one|two|three|several|many|a few|a couple(?: of)?|couple of)? ?decades? (?:ago|back"
    r"|before|earlier)",
    r"last year",
    r"(?:in|back in|during) the (?:19|20)?\d0'?s",
    r"(?:in|back in|during|since) (?:january|february|march|april|june|july|august|september"
    r"|october|november|december)",
    r"last (?:spring|summer|fall|autumn|winter)",
    r"as a (?:kid|child|teen|teenager|baby)",
    r"when (?:i|she|he) was (?:a )?(?:kid|child|teen|teenager|little|younger|\d+)",
)
# Words that a dated symptom is back or still there ("in 2019 … and it is back now").
NOW = compiled(
    "still",
    "now",
    "right now",
    "currently",
    "today",
    "tonight",
    "this morning",
    "again",
    "anymore",
    "since then",
    "ever since",
)
# Words that a symptom is going on now or started recently: they let a symptom that begins
# after an older treatment still count ("Botox two months ago and I still can't swallow").
ONGOING = compiled(
    "still",
    "now",
    "ever since",
    "since then",
    rf"since (?:my|the|her|his|getting|having|yesterday|today|last|this|{_DAY}|then)",
    "anymore",
    r"(?:won't|isn't|not|hasn't|doesn't) (?:go(?:ing)?|gone|went) away",
    r"(?:getting|got|gotten) worse",
    "worse",
    "worsening",
    r"keeps?",
    "kept",
    "started",
    "began",
    "suddenly",
    "currently",
    "right now",
    "lately",
    "woke up",
    "overnight",
    "out of nowhere",
    "today",
    "tonight",
    "this morning",
    "yesterday",
)

# ---------------------------------------------------------------------------------------------
# Around a symptom
# ---------------------------------------------------------------------------------------------
# Words that deny what follows them in the clause ("no trouble breathing", "not having any").
NEGATION = compiled(
    "no",
    "not",
    "never",
    "without",
    "none",
    "nor",
    "neither",
    r"(?:do|does|did|have|has|had|is|are|was|were|wo)n't",
    "denies",
    "deny",
    "zero",
    "free of",
    r"absence of",
    r"lack of",
)
# Phrases with a negation word that deny nothing ("I'm not sure if …", "no longer able to").
NOT_NEGATION = compiled(
    r"not (?:sure|certain|100% sure)",
    r"(?:don't|do not|didn't) (?:know|think so|understand)",
    "no idea",
    r"(?:can't|cannot) tell",
    r"not (?:only|just)",
    r"no longer able to",
    r"can no longer",
    r"(?:won't|isn't|not|hasn't|doesn't|didn't) (?:go(?:ing)?|gone|went) away",
    r"(?:hasn't|haven't|isn't|not) (?:gotten|getting|got) better",
    "no matter",
    r"nothing (?:helps|works)",
)
# A symptom after a negation word is still denied across a list ("no fever, cough, or trouble
# breathing") but not across an interjection ("No, I can't swallow").
NEGATION_WORDS = 6

# A symptom that is the condition itself is hypothetical: "what happens if someone can't
# swallow?", "in case you get trouble breathing". About people at large it never counts; about
# the writer ("what should I do if I can't swallow?") it is read as a question in general.
CONDITION = re.compile(
    r"(?<![\w'])(?:if|in case|suppose|supposing|unless|should)"
    r"(?: (?P<who>[\w']+))?(?: (?:ever|were to|happens? to|starts? to|begins? to))?"
    r"(?: (?:have|has|had|get|gets|got|develop\w*|experience\w*|start\w*|notice\w*|ends? up with"
    r"|is|are|am|was|were|feel|feels|suffer\w*|show\w*))?"
    r"(?: (?:some|any|a|an|bad|severe|serious|sudden|signs of|symptoms of|real))? ?$"
)
GENERIC_PERSON = compiled(
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "you",
    "one",
    "people",
    "patients",
    r"a (?:person|patient|child|kid)",
    "children",
    "kids",
    "they",
    "there",
)
NOT_CONDITION = compiled(
    "as if",
    "even if",
    r"(?:not sure|unsure|don't know|do not know|wonder(?:ing)?|can't tell|cannot tell) (?:if"
    r"|whether)",
    r"(?:see|check|know|tell me|ask(?:ed|ing)?(?: [\w']+){0,3}) (?:if|whether)",
    # "Is it an emergency if my lips turned blue?" asks about what is happening.
    r"(?:is|would) (?:it|this|that) (?:be )?(?:an emergency|serious|urgent|dangerous|bad|normal|ok"
    r"|okay) (?:that|if|when)",
)
# Questions asked in general, about risks, or on someone else's behalf at large.
GENERAL = compiled(
    r"(?:can|could|does|do|did|will|would|might|may)(?: [\w']+){0,3} (?:cause|causes|lead to"
    r"|result in"
    r"|give (?:you|people|someone)|trigger|make (?:you|people))",
    r"(?:risks?|chances?|odds|likelihood|possibility|incidence|rates?|dangers?) of",
    r"how (?:common|likely|rare|often|frequent|dangerous|serious|long)",
    r"side[ -]?effects? (?:like|such as|include|including|are|of)",
    r"(?:signs?|symptoms?) (?:of|that|like|such as|to (?:watch|look)|include|including)",
    r"what (?:are|is) the",
    r"how (?:do|would|can|will|should) (?:i|you|we|one|someone) (?:know|tell|recogni[sz]e|spot)",
    r"how (?:do|does|would|should|can|will|are|is) (?:[\w']+ ){0,3}(?:handle|manage|deal with"
    r"|treat|respond to|prepare for|react to|handled|managed|treated|prevented)",
    r"what (?:does|do|did|would|will|might) (?:[\w']+ ){1,5}(?:feel|look|sound|seem) like",
    r"warning signs?",
    r"watch (?:out )?for",
    r"look out for",
    r"(?:worried|worry|worrying|afraid|scared|nervous|concerned|anxious|fear|terrified|paranoid)"
    r" (?:about|of|that|it)",
    r"(?:read|heard|seen|saw|told|warned|learned|mentioned|listed)",
    r"(?:says|said|lists?)",
    "label",
    "leaflet",
    "boxed warning",
    "black box",
    r"(?:an |the |this )?(?:article|study|studies)",
    "online",
    "forum",
    r"(?:prevent|avoid|reduce|lower|minimi[sz]e)",
    "in rare cases",
    "rarely",
    "can happen",
    r"possibl[ey]",
    "potential",
    "ever",
    "anyone",
    "anybody",
    "someone",
    "somebody",
    "people",
    "patients",
    "others",
    "a person",
    r"some (?:women|men|people)",
    "in general",
    r"(?:are|is) there",
    "generally",
    "typically",
    r"is (?:it|this|that) (?:a )?(?:common|known|usual|typical|rare)",
    r"(?:common|normal|usual|typical|rare)",
    r"(?:can|could|would|will|do|does) (?:you|i|one) (?:get|have|develop|experience)",
    "you",
    r"(?:considering|planning|scheduled|booked)",
    r"thinking (?:about|of)",
    r"want(?:s)? to (?:get|try|have)",
    r"should i (?:get|try|do|have|go ahead)",
    r"before (?:i|getting|my|the|having)",
    "first time",
    r"never (?:had|tried|done)",
)
# Who has the symptom, said just before it: the writer or someone they speak for, now.
_PERSON = (
    r"(?:i|i'm|i've|we|we're|she|she's|he|he's|they|they're|my|her|his|our|their"
    r"|(?:my|her|his|our) (?:[\w']+ ){0,2}(?:is|are|has|have|was|were|feels?|felt|keeps?|started"
    r"|seems?|sounds?|looks?|went|goes|gets|got|became))"
)
_LEAD_FILLER = (
    r"(?:have|has|had|am|is|are|'m|'ve|been|now|still|also|suddenly|really|just|started|start"
    r"|starting|keep|keeps|kept|developed|noticed|notice|got|get|getting|feel|feels|felt|feeling"
    r"|having"
    r"|experiencing|experienced|woke|up|with|some|a|an|bad|severe|real|little|bit|lot|lots|of|much"
    r"|serious|major|terrible|awful|constant|new|more|increasing|like|definitely|actually|already"
    r"|again|slowly|gradually|kind|sort|quite|very|so|totally|completely)"
)
PERSON_LEAD = re.compile(rf"(?<![\w']){_PERSON}(?: {_LEAD_FILLER}){{0,6}} ?$")
PERSONAL = compiled(
    "i",
    "i'm",
    "i've",
    "i'd",
    "me",
    "my",
    "mine",
    "myself",
    "we",
    "our",
    "us",
    "she",
    "she's",
    "her",
    "he",
    "he's",
    "his",
    "they're",
    "their",
)
OTHER_PERSON = compiled(
    r"(?:my|her|his|our|a) (?:\w+ )?(?:friend|mom|mother|mum|dad|father|sister|brother|aunt|uncle"
    r"|cousin|coworker|co-worker|colleague|neighbou?r|wife|husband|partner|daughter|son|grandma"
    r"|grandmother|grandpa|grandfather|niece|nephew|boss|client|patient)",
    r"someone (?:i know|at work)",
    "she",
    "he",
    "they",
)
PAST_VERB = compiled(
    "had",
    "got",
    "developed",
    "experienced",
    "suffered",
    r"ended up",
    r"couldn't",
    "could not",
    "went",
    "was",
    "were",
    "felt",
    "needed",
    "attempted",
)
# The episode is over, or long past, or a lifelong pattern.
RESOLVED = compiled(
    "went away",
    "resolved",
    r"cleared(?: up)?",
    r"(?:is|are|was|were) (?:all )?gone",
    "got better",
    "wore off",
    "subsided",
    "disappeared",
    r"(?:is|are|was|were|went|got|back) (?:back )?to normal",
    "recovered",
    r"(?:fine|ok|okay|normal|better) now",
    r"doing (?:well|fine|great|ok|okay|better)(?: now)?",
    r"got (?:help|treatment|treated)",
    r"healed(?: up)?(?: (?:perfectly|fine|well|nicely|completely))?",
    r"(?:colou?r|feeling|sensation|vision|sight|voice|strength) (?:came|has come|had come|is|was)"
    r" back",
    r"(?<!can )no longer(?! able)",
    "improved",
    r"(?:has |had )?passed(?! out)",
    r"stopped(?! \w+ing)",
)
# A resolution that is denied is no resolution ("it hasn't gone away").
UNRESOLVED = compiled(
    r"(?:never|didn't|did not|hasn't|has not|haven't|have not|won't|will not|not|isn't|doesn't)"
    r"(?: [\w']+)? (?:went|gone|go|going|got|gotten|get|getting|cleared|resolved|improved|better"
    r"|stopped|subsided|disappeared|recovered)(?: away| up| better)?",
)
HABITUAL = compiled(
    "always",
    r"chronic(?:ally)?",
    "for years",
    r"(?:my|her|his) whole life",
    r"since (?:childhood|birth|i was|she was|he was|forever)",
    r"as a (?:child|kid|teen(?:ager)?|baby)",
    r"when i was (?:young|little|a)",
    "growing up",
    r"(?:years?|months?) ago",
    "last year",
    "used to",
    "in the past",
    r"history of",
    r"before (?:my|the|i had|having|getting|she had|he had)",
    r"previous(?:ly)?",
    "last time",
    r"my (?:last|previous) (?:\w+ )?(?:treatment|session|round|injection|appointment)",
    r"once(?: before)?$",
    "sometimes",
    "occasionally",
    "often",
    "usually",
)
# Conditions that explain a symptom without any treatment ("trouble swallowing from my ALS").
_OTHER_CAUSES = (
    "als",
    r"stroke",
    r"parkinson'?s",
    "cerebral palsy",
    "multiple sclerosis",
    "ms",
    "myasthenia",
    "asthma",
    "copd",
    r"(?:seasonal )?allergies",
    "hay fever",
    r"(?:a|the|head|common|bad) cold",
    "flu",
    "covid",
    r"anxiety",
    r"panic(?: attacks?)?",
    "reflux",
    "gerd",
    r"heartburn",
    r"sinus(?:itis|es)?",
    "deviated septum",
    r"polyps",
    "sleep apnea",
    "laryngitis",
    r"tonsil(?:litis|s)",
    r"strep(?: throat)?",
    "pregnancy",
    r"pregnant",
)
OTHER_CAUSE = compiled(*_OTHER_CAUSES)
# A condition named as a comparison is no cause either ("weak like the flu").
COMPARISON = re.compile(
    r"(?<![\w'])(?:like|as if|as though|similar to|worse than|than)(?: [\w']+)? $"
)
# A condition named as what a treatment was for is not another cause ("Botox for his cerebral
# palsy"): the words just before it.
INDICATION = re.compile(r"(?<![\w'])for (?:[\w']+ ){0,2}$")
# … and said to be the cause, which outweighs a treatment named beside it.
OTHER_CAUSE_GIVEN = re.compile(
    r"(?<![\w'])(?:from|due to|because of|caused by|thanks to) (?:[\w']+ )?"
    + phrases(*_OTHER_CAUSES)
)
# "I feel fine": said by someone asking about a risk, it means the risk is what they ask about.
REASSURED = compiled(
    r"(?:feel|feels|felt|feeling|am|'m) (?:[\w']+ )?(?:fine|great|good|ok|okay|normal|well)",
    r"i'm (?:fine|ok|okay|good|great)",
    r"(?:no|zero|without any) (?:side[ -]?effects|symptoms|problems|issues|complications)",
    r"everything (?:is|seems|feels|was|went|looks) (?:[\w']+ )?(?:fine|ok|okay|normal|good|great"
    r"|well)",
    "so far so good",
    "all good",
)

# ---------------------------------------------------------------------------------------------
# Normalising and cutting the text
# ---------------------------------------------------------------------------------------------
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "`": "'"})
_CONTRACTIONS = {
    "cant": "can't",
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "arent": "aren't",
    "werent": "weren't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "hadnt": "hadn't",
    "wont": "won't",
    "couldnt": "couldn't",
    "shouldnt": "shouldn't",
    "im": "i'm",
    "ive": "i've",
    "can not": "cannot",
    # Texting shorthand for the same words.
    "cnt": "can't",
    "carnt": "can't",
    "cannt": "cannot",
    "dnt": "don't",
    "cudnt": "couldn't",
}
_CONTRACTION_RE = re.compile(r"(?<![\w'])(" + "|".join(_CONTRACTIONS) + r")(?![\w'])")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+|;\s*|(?<=[.!?])$")
_CLAUSE_BREAK = re.compile(
    r",?\s+(?:but|however|although|though|except|yet|whereas|otherwise)(?![\w'])"
    # "He had a heart attack last year and now he wants a facelift": "now" starts a new clause.
    r"|,?\s+and(?=,?\s+now(?![\w']))"
    r"|,\s*so(?![\w'])|\s+[-\u2013\u2014]+\s+|[()]"
)


# ---------------------------------------------------------------------------------------------
# Spelling: a word one slip away from a word the rules look for is read as that word
# ---------------------------------------------------------------------------------------------
# The words the symptom and treatment patterns hinge on ("swalow", "breathng", "slured",
# "vison", "tounge" and "botx" are still read). Only words of five letters or more: shorter
# ones have too many real neighbours ("weak", "week").
KEY_WORDS = (
    "swallow",
    "swallowing",
    "swallowed",
    "breathe",
    "breathing",
    "breath",
    "breathless",
    "speak",
    "speaking",
    "speech",
    "talking",
    "slurred",
    "slurring",
    "hoarse",
    "hoarseness",
    "voice",
    "double",
    "vision",
    "eyesight",
    "blurry",
    "blurred",
    "eyelid",
    "eyelids",
    "drooping",
    "droopy",
    "weakness",
    "weaker",
    "struggling",
    "struggle",
    "trouble",
    "difficulty",
    "difficult",
    "choking",
    "swelling",
    "swollen",
    "tongue",
    "throat",
    "wheezing",
    "dizzy",
    "dizziness",
    "lightheaded",
    "fainted",
    "fainting",
    "paralyzed",
    "paralysis",
    "numbness",
    "anaphylaxis",
    "anaphylactic",
    "mottled",
    "blotchy",
    "occlusion",
    "necrosis",
    "shortness",
    "suffocating",
    "gasping",
    "injection",
    "injections",
    "injected",
    "yesterday",
    "botox",
    "dysport",
    "xeomin",
    "jeuveau",
    "daxxify",
    "myobloc",
    "letybo",
    "filler",
    "fillers",
    "juvederm",
    "restylane",
    "radiesse",
    "sculptra",
)
# Real words one edit away from a key word, never corrected: "shallow" is not "swallow",
# "slurry" is not "blurry", "drooling" is not "drooping", "infection" is not "injection".
# (Found with an English word list; a key word added above needs its neighbours added here.)
_NEIGHBOUR_WORDS = """
    balking beaker blotch blurring blurted bottled breach breaching breadth breathed breather
    breathes breaths breathy burry calking chowing coarse coarseness coking cooking ditzy
    doable doubled doubler doubles doublet doubly drooling droop droops dropping dumbness
    dwelling fainter faller fallers feinted feinting feller fellers filled fillet fillets
    filter filters fizzy flurry fuller fullers gaping gashing gassing gawping grasping hearse
    hoarsen hoarser horse infected infection infections killer killers leaker lizzy miller
    millers mottle mottles necroses neurosis occlusions painted painting paralyses paralyze
    paralyzes peak peaking rasping sainted sallow selling shallow shelling slurped slurping
    slurry smelling sneak sneaking speaks spear spearing speck spelling spurred spurring
    stalking steak straggle straggling struggled struggles swallower swallows swellings
    swilling tacking tainted tainting taking tanking tasking threat throats throaty tiller
    tillers tizzy tongued tongues trooping troubled troubles vice virion visions voiced voices
    voile walking wallow wallowed wallowing weaken wearer weaver welling wheeling wreath
    wreathe wreathing yesterdays
"""
REAL_NEIGHBOURS = frozenset(_NEIGHBOUR_WORDS.split())
# Misspellings more than one edit away that are common enough to name.
MISSPELLINGS = {
    "tounge": "tongue",
    "toungue": "tongue",
    "dubble": "double",
    "swolow": "swallow",
    "swolowing": "swallowing",
    "swollowing": "swallowing",
    "slurd": "slurred",
    "eyesite": "eyesight",
    "brething": "breathing",
    "breathin": "breathing",
}
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_edit(word: str) -> set[str]:
    """Every string one deletion, insertion, substitution or swap of two neighbouring letters
    away from `word`."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    found = {left + right[1:] for left, right in splits if right}
    found |= {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    found |= {left + c + right[1:] for left, right in splits if right for c in _LETTERS}
    found |= {left + c + right for left, right in splits for c in _LETTERS}
    found.discard(word)
    return found


def _respellings() -> dict[str, str]:
    """Misspelling → key word: each string one edit from exactly one key word, unless it is a
    word itself."""
    targets: dict[str, set[str]] = {}
    for key in KEY_WORDS:
        for variant in _one_edit(key):
            targets.setdefault(variant, set()).add(key)
    keep = set(KEY_WORDS) | REAL_NEIGHBOURS
    table = {
        variant: next(iter(keys))
        for variant, keys in targets.items()
        if len(keys) == 1 and len(variant) >= 4 and variant not in keep
    }
    return table | MISSPELLINGS


RESPELLED = _respellings()
_WORD_TOKEN = re.compile(r"(?<![\w'])[a-z]{4,}(?![\w'])")


def respell(text: str) -> str:
    """Lower-cased text with each misspelled key word put right."""
    return _WORD_TOKEN.sub(lambda m: RESPELLED.get(m.group(), m.group()), text)


def normalize(text: str) -> str:
    lowered = text.translate(_QUOTES).lower()
    lowered = respell(_CONTRACTION_RE.sub(lambda m: _CONTRACTIONS[m.group(1)], lowered))
    return "\n".join(_SPACES.sub(" ", line).strip() for line in lowered.splitlines())


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    sentence: int


class Layout:
    """A normalised text cut into sentences and clauses, for finding what surrounds a match."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentences: list[Span] = []
        self.clauses: list[Span] = []
        start = 0
        for boundary in [*_SENTENCE_END.finditer(text), None]:
            end = boundary.start() if boundary else len(text)
            if end > start:
                self._add_sentence(start, end)
            start = boundary.end() if boundary else len(text)
        self._clause_starts = [c.start for c in self.clauses]
        self._sentence_starts = [s.start for s in self.sentences]

    def _add_sentence(self, start: int, end: int) -> None:
        index = len(self.sentences)
        self.sentences.append(Span(start, end, index))
        clause_start = start
        for cut in _CLAUSE_BREAK.finditer(self.text, start, end):
            if cut.start() > clause_start:
                self.clauses.append(Span(clause_start, cut.start(), index))
            clause_start = cut.end()
        if end > clause_start:
            self.clauses.append(Span(clause_start, end, index))

    def clause_at(self, position: int) -> Span:
        return self.clauses[max(bisect_right(self._clause_starts, position) - 1, 0)]

    def sentence_at(self, position: int) -> Span:
        return self.sentences[max(bisect_right(self._sentence_starts, position) - 1, 0)]

    def part(self, span: Span) -> str:
        return self.text[span.start : span.end]


# ---------------------------------------------------------------------------------------------
# Negation scope, for the screener's wording model
# ---------------------------------------------------------------------------------------------
_SCOPE_END = re.compile(
    r"[.,;:!?()\n]|(?<![\w'])(?:but|however|although|though|except|yet|while)(?![\w'])"
)
_TOKEN = re.compile(r"[\w']+|[^\w\s']")
SCOPE_WORDS = 5


def negation_marked(text: str) -> str:
    """The normalised text with each word in a negation's scope prefixed "neg_": up to
    SCOPE_WORDS words after a negation cue, to the end of the clause ("no calf swelling, both
    legs the same" → "no neg_calf neg_swelling , both legs the same"). A bag of n-grams then
    tells "no calf swelling" from "calf swelling", as NegEx-style features do."""
    words: list[str] = []
    left = 0
    for token in _TOKEN.findall(normalize(text)):
        if _SCOPE_END.fullmatch(token):
            left = 0
            words.append(token)
        elif NEGATION.fullmatch(token) and not NOT_NEGATION.match(token):
            left = SCOPE_WORDS
            words.append(token)
        elif left:
            left -= 1
            words.append(f"neg_{token}")
        else:
            words.append(token)
    return " ".join(words)
