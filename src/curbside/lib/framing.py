"""The shared text layer's reading of context: how a sentence frames what it mentions.

Whether a mention is denied ("no trouble breathing"), a condition or a question asked in
general ("what happens if someone can't swallow?"), about the writer or someone they speak
for, someone else's past story, over, dated in another year, habitual, or explained by another
condition. Phrase lists compiled into regular expressions over lower-cased text with regular
apostrophes; the triage rules read them around each symptom (`triage.reading`), and the words
are data for editors to read and extend. Imports no app: the claim check can read with it too.
"""

from __future__ import annotations

import re


def phrases(*alternatives: str) -> str:
    """One non-capturing alternation of regex fragments, whole words at both ends."""
    return r"(?<![\w'])(?:" + "|".join(alternatives) + r")(?![\w'])"


def compiled(*alternatives: str) -> re.Pattern[str]:
    return re.compile(phrases(*alternatives))


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
# Negation scope, for learned models over words
# ---------------------------------------------------------------------------------------------
SCOPE_END = re.compile(
    r"[.,;:!?()\n]|(?<![\w'])(?:but|however|although|though|except|yet|while)(?![\w'])"
)
TOKEN = re.compile(r"[\w']+|[^\w\s']")
SCOPE_WORDS = 5


def negation_marked(
    normalized: str,
    *,
    cue: re.Pattern[str] = NEGATION,
    not_cue: re.Pattern[str] = NOT_NEGATION,
    scope: int = SCOPE_WORDS,
) -> str:
    """A normalised text with each word in a negation's scope prefixed "neg_": up to `scope`
    words after a negation cue, to the end of the clause ("no calf swelling, both legs the
    same" → "no neg_calf neg_swelling , both legs the same"). A bag of n-grams then tells "no
    calf swelling" from "calf swelling", as NegEx-style features do."""
    words: list[str] = []
    left = 0
    for token in TOKEN.findall(normalized):
        if SCOPE_END.fullmatch(token):
            left = 0
            words.append(token)
        elif cue.fullmatch(token) and not not_cue.match(token):
            left = scope
            words.append(token)
        elif left:
            left -= 1
            words.append(f"neg_{token}")
        else:
            words.append(token)
    return " ".join(words)
