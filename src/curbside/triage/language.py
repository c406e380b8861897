"""The language the triage rules read around a symptom: treatments and when they happened, the
words and misspellings of symptoms, and the text cut into sentences and clauses. How a
sentence frames a mention (negation, questions asked in general, past or settled episodes,
someone else's story, other causes) is the shared text layer, `curbside.lib.framing`.

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

from curbside.lib.framing import compiled
from curbside.lib.framing import negation_marked as framing_negation_marked


class Family(StrEnum):
    """What kind of treatment a text says the person had."""

    TOXIN = "toxin"  # botulinum toxin, any brand
    FILLER = "filler"  # dermal filler
    INJECTION = "injection"  # an injection or treatment that the text does not name
    SURGERY = "surgery"


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

# Question treatment kinds (catalogue.TreatmentKind values) → the family they name.
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
def negation_marked(text: str) -> str:
    """The normalised text with each word in a negation's scope marked (framing.negation_marked)."""
    return framing_negation_marked(normalize(text))
