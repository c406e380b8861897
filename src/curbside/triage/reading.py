"""The machinery behind the triage rules: where a symptom is said, whether it is denied,
hypothetical, past or explained away, and whether it follows a treatment the person had.
`rules.py` holds the tables it reads."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from curbside.lib.framing import (
    COMPARISON,
    CONDITION,
    DATED_PAST,
    GENERAL,
    GENERIC_PERSON,
    HABITUAL,
    INDICATION,
    NEGATION,
    NEGATION_WORDS,
    NOT_CONDITION,
    NOT_NEGATION,
    NOW,
    OTHER_CAUSE,
    OTHER_CAUSE_GIVEN,
    OTHER_PERSON,
    PAST_VERB,
    PERSON_LEAD,
    PERSONAL,
    REASSURED,
    RESOLVED,
    UNRESOLVED,
    compiled,
    phrases,
)
from curbside.triage.language import (
    CONNECTOR,
    DISTANT,
    DONE_TO_SITE,
    FUTURE,
    INJECTED_BY,
    ONGOING,
    PAST_TREATMENT_VERB,
    PLANNED,
    PLANNED_AFTER,
    POSSESSIVE,
    POST_PREFIX,
    PRONOUN_EVENT,
    PROSPECTIVE,
    RECENT,
    TIMED_CAUSE,
    TREATMENT_AFTERMATH,
    TREATMENT_TERMS,
    Family,
    Layout,
    Span,
    normalize,
)


class Group(StrEnum):
    """The emergency families of the policy, each with its own advice. The values are the
    family names of the labelled sets and of the screener's classes."""

    SPREAD = "toxin_spread"  # botulinum toxin effect beyond the injected area
    ALLERGY = "anaphylaxis"
    VASCULAR = "filler_occlusion"  # a filler blocking a blood vessel
    BLEEDING = "bleeding"  # bleeding or a hematoma after surgery or a procedure
    INFECTION = "infection"  # fever with spreading redness after a procedure
    CLOT = "blood_clot"  # deep vein thrombosis or pulmonary embolism
    EYE = "eye_surgery_vision"  # vision loss after an eye-area procedure
    HEART = "chest_stroke"  # chest pain or stroke signs, whatever the cause
    CRISIS = "self_harm"  # thoughts of suicide or self-harm


ANY = frozenset(Family)
INJECTABLE = frozenset({Family.TOXIN, Family.FILLER, Family.INJECTION})
NOT_TOXIN = frozenset({Family.FILLER, Family.INJECTION})
PROCEDURE = frozenset({Family.SURGERY, Family.INJECTION})
COMPANION: frozenset[Family] = frozenset()  # counts only together with another finding


@dataclass(frozen=True)
class Symptom:
    key: str
    reason: str  # plain words, shown to the patient and to moderators
    group: Group
    patterns: tuple[str, ...]
    links: frozenset[Family]  # treatments that make it urgent; COMPANION: only in combinations
    acute: tuple[str, ...] = ()  # patterns urgent with no treatment named
    unrelated: tuple[str, ...] = ()  # clause context that gives the words another meaning


@dataclass(frozen=True)
class Combination:
    """Findings that are urgent together though not alone: one from each set."""

    first: frozenset[str]
    second: frozenset[str]
    links: frozenset[Family]  # empty: no treatment needed


@dataclass(frozen=True)
class Compiled:
    """A symptom with its patterns compiled."""

    symptom: Symptom
    patterns: tuple[re.Pattern[str], ...]
    acute: tuple[re.Pattern[str], ...]
    unrelated: re.Pattern[str] | None

    @classmethod
    def of(cls, symptom: Symptom) -> Compiled:
        return cls(
            symptom=symptom,
            patterns=tuple(re.compile(phrases(p)) for p in symptom.patterns),
            acute=tuple(re.compile(phrases(p)) for p in symptom.acute),
            unrelated=compiled(*symptom.unrelated) if symptom.unrelated else None,
        )


_WORD = re.compile(r"[\w']+|[^\w\s']")
_STILL = re.compile(r"(?<![\w'])(?:still|worse|worsening)(?![\w'])")
_INTERJECTION = re.compile(r"\s*[,.!:]")
# "my eyes won't stay open and I'm seeing double": the denial ends where a new subject begins.
_NEW_SUBJECT = re.compile(
    r"(?<![\w'])(?:and|or|so|then) (?:now |then |also )?(?:i|i'm|i've|my|she|she's|he|he's|her|his"
    r"|it|it's|they|we|everything)(?![\w'])"
)
_DENIED_AFTER = re.compile(r"\s*[?:-]\s*(?:no|none|nope|not really|not at all|negative)(?![\w'])")


@dataclass(frozen=True)
class _Event:
    """A treatment the text says someone had (not one they plan)."""

    family: Family
    personal: bool  # the sentence is about the writer or someone they speak for
    distant: bool  # long ago, or one of many


@dataclass(frozen=True)
class _Finding:
    key: str
    general: bool  # asked about in general rather than had
    acute: bool
    ongoing: bool  # said to be going on now or to have started recently
    direct: frozenset[Family]  # treatments named as its cause in the same clause


def _last_words(text: str, count: int) -> str:
    return " ".join(_WORD.findall(text)[-count:])


def _negated(before: str, after: str) -> bool:
    """Denied by a negation word shortly before it in the clause, or by "…? No." after it."""
    window = NOT_NEGATION.sub(" ", _last_words(before, 12))
    cues = list(NEGATION.finditer(window))
    if cues:
        between = window[cues[-1].end() :]
        if (
            len(_WORD.findall(between)) <= NEGATION_WORDS
            and not _INTERJECTION.match(between)
            and not _NEW_SUBJECT.search(between)
        ):
            return True
    return bool(_DENIED_AFTER.match(after))


def _named_families(text: str) -> frozenset[Family]:
    return frozenset(f for f, pattern in TREATMENT_TERMS.items() if pattern.search(text))


def _cause_words(before: str) -> str | None:
    """The words before a treatment's name that make it a cause ("since my ", "post-"), or
    None."""
    found = CONNECTOR.search(before[-60:]) or POST_PREFIX.search(before[-6:])
    return found.group() if found else None


def _events(layout: Layout) -> list[_Event]:
    text = layout.text
    events = []
    for family, pattern in TREATMENT_TERMS.items():
        for match in pattern.finditer(text):
            sentence = layout.sentence_at(match.start())
            clause = layout.clause_at(match.start())
            before = text[sentence.start : match.start()]
            clause_before = text[clause.start : match.start()]
            after = text[match.end() : clause.end][:40]
            cause = _cause_words(before)
            planned = bool(
                PROSPECTIVE.search(_last_words(clause_before, 8)) or PLANNED.search(clause_before)
            )
            # "I'll be flying home five days after my surgery": a plan, not an event.
            caused = cause is not None and not FUTURE.search(after) and not planned
            had = not planned and bool(
                PAST_TREATMENT_VERB.search(clause_before[-60:])
                or (match.group() == "injected" and INJECTED_BY.search(clause_before[-30:]))
                or bool(DONE_TO_SITE.match(match.group()))
                or TREATMENT_AFTERMATH.match(after)
            )
            recent = not planned and bool(RECENT.search(after)) and not PLANNED_AFTER.match(after)
            if not (caused or had or recent):
                continue
            clause_text = layout.part(clause)
            # Whose treatment: "after my Botox", "I got filler", "Botox yesterday" are someone's;
            # "after Botox" in a question may be anyone's.
            owned = had or recent or bool(cause and POSSESSIVE.search(cause))
            owned = owned or bool(caused and TIMED_CAUSE.search(before[-60:]))
            events.append(
                _Event(
                    family=family,
                    personal=owned and (recent or bool(PERSONAL.search(layout.part(sentence)))),
                    distant=bool(DISTANT.search(clause_text)) and not RECENT.search(clause_text),
                )
            )
    named = _named_families(text)
    for match in PRONOUN_EVENT.finditer(text):  # "I had it done on Monday"
        if RECENT.search(layout.part(layout.clause_at(match.start()))):
            events.extend(_Event(family=f, personal=True, distant=False) for f in named)
    return events


def _direct(clause_text: str) -> frozenset[Family]:
    """Treatments named as a cause in this clause: "since my Botox", "post-filler"."""
    return frozenset(
        family
        for family, pattern in TREATMENT_TERMS.items()
        for match in pattern.finditer(clause_text)
        if _cause_words(clause_text[: match.start()]) is not None
    )


def _other_cause(clause_text: str, own: tuple[int, int] = (0, 0)) -> bool:
    """A condition in the clause that could explain the symptom, other than one named as what
    the treatment was for or as a comparison, and other than the symptom itself (at `own` in
    the clause: "I'm having a stroke" names no other cause)."""
    return any(
        not INDICATION.search(clause_text[: m.start()])
        and not COMPARISON.search(clause_text[: m.start()])
        and not (m.start() < own[1] and own[0] < m.end())
        for m in OTHER_CAUSE.finditer(clause_text)
    )


def _cause_given(clause_text: str, own: tuple[int, int]) -> bool:
    """The clause gives the symptom another cause ("from my asthma"), not itself."""
    return any(
        not (m.start() < own[1] and own[0] < m.end())
        for m in OTHER_CAUSE_GIVEN.finditer(clause_text)
    )


_REFERS_BACK = re.compile(
    r"(?:it|that|this|they|which|both|all|everything|those|the symptoms?)(?:'s|'re)?(?![\w'])"
)


def _settled_next(layout: Layout, clause: Span) -> bool:
    """Whether the next clause says that this one is over or had another cause: "…; it
    resolved after a week", "…, but it was a panic attack"."""
    index = layout.clauses.index(clause)
    if index + 1 >= len(layout.clauses):
        return False
    following = layout.part(layout.clauses[index + 1]).strip()
    settled = RESOLVED.search(UNRESOLVED.sub(" ", following)) or _other_cause(following)
    return bool(_REFERS_BACK.match(following) and settled and not _STILL.search(following))


def _finding(layout: Layout, entry: Compiled, match: re.Match[str], acute: bool) -> _Finding | None:
    """The symptom at `match`, or None when the text denies it, makes it a condition about
    people at large, puts it in the past, gives it another cause or meaning, or tells it as
    someone else's past story."""
    text = layout.text
    clause = layout.clause_at(match.start())
    clause_text = layout.part(clause)
    before = text[clause.start : match.start()]
    direct = _direct(clause_text)
    if entry.unrelated and entry.unrelated.search(clause_text):
        return None
    if _negated(before, text[match.end() : match.end() + 20]):
        return None
    condition = CONDITION.search(NOT_CONDITION.sub(" ", before))
    if condition and GENERIC_PERSON.fullmatch(condition.group("who") or "there"):
        return None
    still = bool(_STILL.search(clause_text))
    if RESOLVED.search(UNRESOLVED.sub(" ", clause_text)) and not still:
        return None
    ongoing = bool(ONGOING.search(clause_text))
    recent = bool(RECENT.search(clause_text))
    if DATED_PAST.search(clause_text) and not (still or NOW.search(clause_text) or recent):
        return None
    distant = bool(DISTANT.search(clause_text)) and not recent
    if HABITUAL.search(clause_text) and not (still or ongoing or (direct and not distant)):
        return None
    own = (match.start() - clause.start, match.end() - clause.start)
    if _cause_given(clause_text, own) or (_other_cause(clause_text, own) and not direct):
        return None
    if _settled_next(layout, clause) and not still:
        return None
    story = OTHER_PERSON.search(before) and PAST_VERB.search(before)
    if story and not (ongoing or recent):
        return None
    sentence_text = layout.part(layout.sentence_at(match.start()))
    lead = bool(PERSON_LEAD.search(before[-80:]))
    general = bool(condition) or (not lead and bool(GENERAL.search(sentence_text)))
    return _Finding(
        key=entry.symptom.key,
        general=general,
        acute=acute and not general,
        ongoing=ongoing,
        direct=direct,
    )


class Reading:
    """Everything the rules found in one text: each symptom where the text says someone has
    it (or asks about it in general), and each treatment it says someone had."""

    def __init__(self, text: str, table: Iterable[Compiled], context: frozenset[Family]) -> None:
        self.layout = Layout(normalize(text))
        self.events = _events(self.layout)
        self.named = _named_families(self.layout.text)
        self.context = context
        self.reassured = bool(REASSURED.search(self.layout.text))
        self.findings: dict[str, list[_Finding]] = {}
        for entry in table:
            for acute, patterns in ((True, entry.acute), (False, entry.patterns)):
                for pattern in patterns:
                    for match in pattern.finditer(self.layout.text):
                        found = _finding(self.layout, entry, match, acute)
                        if found is not None:
                            self.findings.setdefault(found.key, []).append(found)

    def _family(self, event: _Event) -> frozenset[Family]:
        # An unnamed "injection" is the product the text names elsewhere, if it names one.
        products = self.named & {Family.TOXIN, Family.FILLER}
        if event.family == Family.INJECTION and products:
            return products
        return frozenset({event.family})

    def linked(self, finding: _Finding, allowed: frozenset[Family] | None) -> bool:
        """Whether the finding counts: tied to a treatment of an allowed family, or, with
        `allowed` None, simply had (not only asked about)."""
        wanted = allowed if allowed is not None else ANY
        events = [e for e in self.events if self._family(e) & wanted]
        if finding.general:
            return not self.reassured and any(e.personal and not e.distant for e in events)
        if allowed is None or finding.acute or finding.direct & wanted:
            return True
        if any(not e.distant or finding.ongoing for e in events):
            return True
        return bool(self.context & wanted) and finding.ongoing

    def counts(self, key: str, allowed: frozenset[Family] | None) -> bool:
        return any(self.linked(f, allowed) for f in self.findings.get(key, []))
