"""Where physicians differ: a physician who says they disagree with, or advise against, what
another says on the same matter, set against the other physician's sentence it answers (from
the answer of the physician it names, when it names one: "I'd disagree with Dr. Volkov"). A false
difference misleads a patient more than a missing one, so it takes an explicit signal, words
that mark a disagreement or advice against, not a bare negation. General cues only, no topic's
words. (Two physicians' figures that cannot both hold — about 2 weeks against 3 to 6 weeks —
were tried as a second signal and left out: on the development sets they found one labelled
difference for seven false ones.)"""

from __future__ import annotations

import re

from curbside.consensus.judge import Sentences

MATTER = 0.40  # cosine of two sentences, each read with its neighbours, on one matter
MAX_DIFFERENCES = 3

# A physician marking their view against another's, or advising against something: much
# rarer, and much surer, than a bare negation.
DISAGREE = re.compile(
    r"\b(?:push back|pushback|disagree|contrarian|minority (?:view|camp|opinion|position)|"
    r"not a fan|i wouldn't|i would not|i'd skip|i would skip|i'd avoid|i would avoid|"
    r"advise against|recommend against|caution against|(?:don't|do not|wouldn't|would not) "
    r"recommend|rarely recommend|not worth|isn't worth|waste|wasting|no point|pointless|"
    r"little value|learn very little|not a good idea|bad idea|useless|no benefit|"
    r"anything useful|nothing useful|not useful|word of caution|beg to differ|"
    r"(?:i|we) see it differently|(?:my|our) view differs|unlike (?:dr|my colleague|others))\b",
    re.IGNORECASE,
)


# Offering, recommending or affirming something: what a disagreement is most often against.
FOR = re.compile(
    r"\b(?:offer|offers|recommend|recommends|suggest|worth doing|worth trying|reasonable|"
    r"makes sense|some of us|i usually|i often|i prefer|i start|i do|i routinely|i always|"
    r"works|helps)\b",
    re.IGNORECASE,
)
FOR_BONUS = 0.2


def _against_what(pool: Sentences, i: int, k: int) -> float:
    """How likely sentence k is what the disagreeing sentence i is against: on its matter,
    sharing its words, and best a recommendation or an affirmation."""
    bonus = FOR_BONUS if FOR.search(pool.text[k]) else 0.0
    return float(pool.near[i, k] + pool.overlap[i, k]) + bonus


def surname(name: str) -> str:
    """ "Dr. Margaret O'Sullivan, MD, FACS" → "O'Sullivan"."""
    person = name.split(",")[0].strip()
    person = re.sub(r"^(?:dr\.?|doctor)\s+", "", person, flags=re.IGNORECASE)
    return person.split()[-1] if person.split() else ""


def _named(pool: Sentences, i: int) -> int | None:
    """The other answer whose physician sentence i names ("Dr. Volkov", "Volkov's"), if one."""
    found = set()
    for answer, writer in enumerate(pool.writers):
        last = surname(writer)
        if answer == pool.owner[i] or len(last) < 2:
            continue
        pattern = rf"(?:\bdr\.?\s+{re.escape(last)}\b|\b{re.escape(last)}['’]s\b)"
        if re.search(pattern, pool.text[i], re.IGNORECASE):
            found.add(answer)
    return found.pop() if len(found) == 1 else None


def differences(pool: Sentences) -> list[tuple[int, int]]:
    """Pairs (stance, the stance against it) of sentence indices, the surest first; at most
    one difference for any two answers and MAX_DIFFERENCES in all."""
    candidates: list[tuple[float, int, int]] = []  # (how sure, stance, the one against)
    size = len(pool.text)
    against = [
        bool(DISAGREE.search(t)) and not g for t, g in zip(pool.text, pool.generic, strict=True)
    ]
    for i in (i for i in range(size) if against[i]):
        # What the physician disagrees with: the other answers' sentence it most answers.
        named = _named(pool, i)
        others = [
            j
            for j in range(size)
            if pool.owner[j] != pool.owner[i]
            and not pool.generic[j]
            and not against[j]
            and (named is None or pool.owner[j] == named)
        ]
        if others:
            j = max(others, key=lambda k: _against_what(pool, i, k))
            if pool.near[i, j] >= MATTER:
                candidates.append((float(pool.near[i, j]), j, i))
    found: list[tuple[int, int]] = []
    answers_taken: set[frozenset[int]] = set()
    sentences_taken: set[int] = set()
    for _, j, i in sorted(candidates, reverse=True):
        pair = frozenset({pool.owner[i], pool.owner[j]})
        if pair in answers_taken or {i, j} & sentences_taken:
            continue
        answers_taken.add(pair)
        sentences_taken |= {i, j}
        found.append((j, i))
        if len(found) >= MAX_DIFFERENCES:
            break
    return found
