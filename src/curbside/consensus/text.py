"""The words of an answer's sentences, as the summary reads them: content words (for the
within-question word overlap), pleasantries and generic deferrals (never a point), and a
lead-in before a colon (its words are not the claim's). General cues only: no topic's words."""

from __future__ import annotations

import re

from curbside.claims.sentences import split_sentences

MIN_WORDS = 5

# General cues that a sentence is a pleasantry, greeting or generic deferral/disclaimer.
_GENERIC = re.compile(
    r"\b(?:thanks?|thank you|good question|great question|fair question|happy to help|"
    r"good luck|best of luck|best wishes|hope (?:this|that) helps|i understand|sorry to hear|"
    r"(?:very |quite )?common (?:concern|question)|comes up often|reaching out|for posting|"
    r"online answers?|general information|not a substitute|in[- ]person|face to face|"
    r"board[- ]certified|consultation|second opinion|"
    r"(?:is|are) (?:your|the) (?:best|right) (?:guide|person)|"
    r"(?:ask|talk to|discuss (?:this|it) with|check with|see|contact|tell) your (?:own |treating )?"
    r"(?:doctor|physician|surgeon|injector|dermatologist|provider|clinician|specialist)|"
    r"(?:bring|direct) (?:these|your|a written list of these) questions)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    re.findall(
        r"\S+",
        """
        a an the and or but if of to in on for with at by from as is are was were be
        been being it its this that these those there here you your yours i me my we our
        us they them their he she his her not no do does did doing done have has had
        having can could would should will may might must so than then too very just
        also about into over under after before more most less least some any all each
        other such only own same what which who whom when where why how because while
        until again further once up down out off both few nor don isn aren doesn won
        wouldn shouldn get got make makes one usually often
        """,
    )
)


def answer_sentences(markdown: str) -> list[str]:
    """The sentences of an answer that can carry a point: whole statements of five words or
    more, not questions to the reader or a list's lead-in."""
    found = []
    for sentence in split_sentences(markdown):
        text = sentence.text.strip()
        if len(text.split()) >= MIN_WORDS and not text.endswith(("?", ":")):
            found.append(text)
    return found


def is_generic(sentence: str) -> bool:
    """A pleasantry, greeting, disclaimer or generic deferral to another physician."""
    return bool(_GENERIC.search(sentence))


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if len(word) > 4 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


# A lead-in before a colon that opens a new sentence ("One more thing: Units of …").
_LEAD_IN = re.compile(r"^([^:0-9]{12,90}):\s+(?=[A-Z])")


def lead_in(sentence: str) -> str:
    """The sentence's lead-in before a colon, when what follows is a sentence of its own."""
    found = _LEAD_IN.match(sentence)
    return found.group(1) if found and len(found.group(1).split()) >= 3 else ""


def content_words(sentence: str) -> frozenset[str]:
    """The sentence's content words (numbers included), crudely stemmed; a lead-in's words
    are not the claim's."""
    head = lead_in(sentence)
    if head:
        sentence = sentence[len(head) + 1 :]
    return frozenset(
        _stem(w)
        for w in _WORD.findall(sentence.lower().replace("’", "'"))
        if w.isdigit() or (len(w) > 2 and w not in _STOP)
    )
