"""The kinds of claim only devices and the other aesthetic drugs raise:

- duration_permanence: a filler said to be permanent, or temporary ("fillers are
  permanent", "Bellafill is temporary"): only Bellafill (PMMA) stays in the body;
- reversibility: a filler said to be dissolvable or not ("Sculptra can be dissolved",
  "hyaluronidase is FDA-approved to dissolve filler", "Kybella can be reversed");
- device_or_technique: needle-free pens, at-home or over-the-counter filler and injectable
  silicone called approved or safe;
- the ages the fillers' class is approved for ("fillers are approved from 18"), a claim of
  the approval_population kind said of the class with no use named.

Each is judged against the class facts of the evidence base (classes.yaml) and the named
product's material, as the reference gives them. Only a base that holds fillers is read:
these words about toxins are the toxins' readers' business. A clause the writer says is false
is judged reversed (ClauseReader). device_labels.py reads what filler claims say about the
products themselves: composition, warnings, and approval claims in filler text's own forms."""

from __future__ import annotations

import re
from abc import abstractmethod

from curbside.claims import wording
from curbside.claims.approval_rules import KIND_POPULATION
from curbside.claims.basis import Basis
from curbside.claims.grounds import Ground, GroundFinder
from curbside.claims.reading import Reading
from curbside.claims.subjects import ClauseReader, ClauseView, SentenceView
from curbside.claims.verdicts import (
    CONSISTENT,
    CONTRADICTS,
    OVERSTATES,
    Finding,
    Subject,
    Verdict,
)
from curbside.evidence.knowledge import Product

KIND_PERMANENCE = "duration_permanence"
KIND_REVERSIBILITY = "reversibility"
KIND_DEVICE = "device_or_technique"
KIND_COMPOSITION = "composition"
KIND_RISK = "device_warning"  # a filler's or aesthetic drug's warning denied

# Class facts (classes.yaml) that settle these claims.
ABSORBABLE = "mostly_absorbable"
HYALURONIDASE = "hyaluronidase_off_label"
HYALURONIDASE_LABELS = "hyaluronidase_us_labels"
NON_HA = "non_ha_not_dissolvable"
KYBELLA = "kybella_permanent_fat_cell_destruction"
NEEDLE_FREE = "needle_free_devices"
NO_HOME = "no_home_or_otc_filler"
SILICONE = "injectable_silicone"
ONLINE = "unapproved_online_fillers"
AGE = "age_22_plus"


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_NOT = r"(?:not|n't|never|no\s+longer|hardly)"
_TEMPORARY = _words(
    r"\b(?:temporary|temporarily|semi[\s-]?permanent|non[\s-]?permanent|(?<!non-)(?<!non)absorbable|"
    r"(?:is|are|gets?|get|gradually|slowly|eventually|naturally)\s+(?:\w+\s+)?(?:absorbed|"
    r"broken\s+down|metaboli[sz]ed)|wears?\s+off|wear\s+off|fades?\s+(?:away\s+)?over|"
    r"breaks?\s+down\s+(?:after|over|within|in)|goes?\s+away\s+(?:after|over|within|in)|"
    r"(?:lasts?|last)\s+(?:only\s+)?(?:about\s+|around\s+|roughly\s+|up\s+to\s+|between\s+)?"
    r"(?:\d|a\s+few|several|six|nine|twelve|eighteen|a\s+year|one\s+year|two\s+years)|"
    rf"{_NOT}\s+(?:\w+\s+){{0,2}}?permanent|"
    r"(?:is|are)n'?t\s+(?:\w+\s+)?permanent|isnt\s+permanent|arent\s+permanent)"
)
_PERMANENT = _words(
    r"\b(?:permanent(?:ly)?|lasts?\s+(?:forever|for\s+ever|a\s+lifetime|for\s+life)|"
    r"last\s+(?:forever|a\s+lifetime|for\s+life)|lifetime\s+results?|for\s+life|"
    r"never\s+(?:\w+\s+)?(?:wears?|goes?|go|wear)\s+(?:off|away)|"
    r"(?:does|do|will|wo)(?:n'?t|\s+not|\s+never)\s+(?:ever\s+)?(?:wear\s+off|go\s+away|"
    r"get\s+absorbed|be\s+absorbed|break\s+down)|non[\s-]?absorbable|not\s+absorbable|"
    r"stays?\s+(?:in\s+(?:the|your)\s+(?:body|face|lips?)\s+)?forever)\b"
)
_JUST_DENIED = _words(r"(?:n'?t|not|never|no)\s+(?:\w+\s+)?$")
_SEMI = _words(r"\bsemi[\s-]?permanent|long[\s-]lasting|longer[\s-]lasting\b")

_DISSOLVE = _words(
    r"\b(?:dissolv\w*|revers\w*|undo(?:ne)?|undid|melt(?:ed|s|ing)?\s+(?:away|it|them)|"
    r"(?:broken|break|breaks)\s+(?:it\s+|them\s+)?down|get\s+rid\s+of\s+it|take\s+it\s+out|"
    r"hyaluronidase|hylenex|vitrase|amphadase)"
)
# A claim about whether it can be undone, not an act ("a reason to dissolve", "the body uses it
# to break down fat"): a word of ability or of the result.
_ABILITY = _words(
    r"\b(?:can|could|cannot|can'?t|cant|able|unable|possible|impossible|dissolvable|reversible|"
    r"irreversible|undissolvable|be\s+(?:dissolved|reversed|undone|broken\s+down)|"
    r"(?:will|won'?t|wont|does(?:n'?t)?|do(?:n'?t)?)\s+(?:\w+\s+)?(?:dissolve|reverse|undo|"
    r"break\s+down)|dissolves|reverses)"
)
_NOT_DISSOLVE = _words(
    r"(?:can'?t|cannot|can\s+not|could\s+not|couldn'?t|won'?t|will\s+not|no\s+way\s+to|"
    r"impossible\s+to|nothing\s+(?:can|will)|never|doesn'?t|does\s+not|don'?t|do\s+not)\s+"
    r"(?:\w+[\s-]+){0,3}?(?:dissolv|revers|undo|undone|broken\s+down|break\s+(?:it\s+|them\s+)?down)"
    r"|(?:isn'?t|aren'?t|is\s+not|are\s+not|not)\s+(?:\w+\s+)?(?:dissolvable|reversible|"
    r"dissolved|reversed)"
    r"|\b(?:irreversible|non[\s-]?reversible|not\s+reversible|undissolvable|non[\s-]?dissolvable)"
)
_DISSOLVING = _words(r"\b(?:dissolv\w*|revers\w*|undo\w*|break\w*\s+down|melt\w*|fillers?)\b")
_OTHER_USE = _words(r"\b(?:other\s+(?:purposes|uses|things)|adjuvants?|absorb\w*|dispersion)\b")
_ENZYME = _words(r"\b(?:hyaluronidase|hylenex|vitrase|amphadase|hyalase|enzymes?)\b")
_APPROVED = _words(
    r"\b(?:fda[\s-]*(?:approved|cleared|authori[sz]ed)|approved|cleared|on[\s-]label)"
)
_NOT_APPROVED = _words(
    r"\b(?:not|isn'?t|aren'?t|never|no|nor)\s+(?:\w+[\s-]+){0,3}?(?:fda[\s-]*)?(?:approved|cleared)"
    r"|\b(?:off[\s-]label|unapproved|without\s+(?:fda\s+)?approval|adjuvant)"
)
_HA = _words(r"\b(?:hyaluronic|ha)\b")
_FILLER = _words(r"\bfillers?\b")

_NEEDLE_FREE = _words(
    r"\b(?:needle[\s-]*free|needleless|no[\s-]needles?|without\s+(?:a\s+)?needles?|"
    r"hyaluron(?:ic)?[\s-]+pens?|hyla[\s-]?pens?|filler[\s-]+pens?|pressure\s+pens?)"
)
_HOME = _words(
    r"\b(?:at[\s-]home|home[\s-]use|diy|do[\s-]it[\s-]yourself|over[\s-]the[\s-]counter|otc|"
    r"without\s+a\s+prescription|inject\s+(?:it\s+)?yourself|self[\s-]inject\w*)"
)
_SILICONE = _words(r"\b(?:liquid\s+|injectable\s+|medical[\s-]grade\s+)?silicone\b")
_ONLINE = _words(
    r"\b(?:(?:bought|buy|buying|ordered|order|purchased|sold)\s+(?:\w+\s+){0,3}?online|"
    r"online\s+(?:fillers?|shops?|stores?|sellers?)|from\s+(?:a|that|this)\s+(?:website|site)|"
    r"juvederm\s+ultra\s+[234])"
)
_SAFE_OR_APPROVED = _words(
    r"\b(?:safe(?:ly|r)?|harmless|risk[\s-]?free|no\s+risks?|gentle|legal(?:ly)?|legit|"
    r"approved|cleared|authori[sz]ed|fine|recommended|sanctioned|regulated|the\s+same|"
    r"identical|genuine|real)\b"
)
_WARNED = _words(
    r"\b(?:not|never|isn'?t|aren'?t|don'?t|do\s+not|avoid|unsafe|dangerous|illegal|unapproved|"
    r"warn\w*|risky|banned|against|unregulated|fake|counterfeit|contaminated|inside\s+the\s+eye|"
    r"in\s+the\s+eye|retina\w*|ophthalm\w*|"
    r"no\s+(?:\w+\s+)?(?:is|are)\s+(?:fda[\s-]*)?(?:approved|cleared)|nor)\b"
)
# "The FDA never warned about hyaluron pens": it did, in 2021.
_NEVER_WARNED = _words(
    r"\b(?:never|hasn'?t|has\s+not|didn'?t|did\s+not|no)\s+(?:\w+\s+){0,3}?"
    r"(?:warn\w*|warnings?|safety\s+communications?|issued)"
)

_AGES = _words(
    r"\b(?:(?:from|over|above|aged?|anyone|everyone|people|patients|adults?|ages?)\s+"
    r"(?:\w+\s+){0,2}?(1[0-9]|2[0-9])(?:\s*\+|\s+and\s+(?:up|older|over)|\s+or\s+older)?|"
    r"(1[0-9]|2[0-9])\s*\+|(1[0-9]|2[0-9])\s+and\s+(?:up|older|over)|"
    r"(teen(?:ager)?s?|minors?|kids|children|high[\s-]school\w*|under[\s-]?18s?))(?!\w)"
)


class DeviceReader(ClauseReader):
    """A reader of a base that holds fillers: nothing to read in one that does not."""

    def __init__(self, basis: Basis) -> None:
        super().__init__(basis)
        self.active = bool(basis.kb.products_in("filler"))

    def clause_findings(self, view: ClauseView, sentence: SentenceView) -> list[Finding]:
        if not self.active or self.basis.experience(view.clause):
            return []
        # Someone else's claim, then corrected ("the salon swore it was approved, which is
        # nonsense"): the writer does not make it.
        told = self.lang.attribution.search(view.clause.text)
        if told is not None and self.lang.correction.search(
            view.sentence_norm[view.clause.start + told.end() :]
        ):
            return []
        return self.read(view, sentence)

    @abstractmethod
    def read(self, view: ClauseView, sentence: SentenceView) -> list[Finding]:
        """The findings of one asserted clause that no attribution withdraws."""

    def _products(self, subject: Subject | None) -> list[Product]:
        if subject is None or subject.is_class:
            return []
        return [self.kb.products[f[0]] for f in subject.families if f[0] in self.kb.products]

    def _finding(
        self, verdict: Verdict, kind: str, fact_id: str, product_id: str = ""
    ) -> list[Finding]:
        fact = wording.class_fact(self.kb, fact_id, product_id=product_id or None)
        if fact is None:
            return []
        return [Finding(verdict, kind, fact, product_id, fact_id)]


def _non_absorbable(product: Product) -> bool:
    """PMMA beads (Bellafill) stay in the body; every other approved filler is absorbed."""
    material = product.material.lower()
    return "pmma" in material or "polymethylmethacrylate" in material


def _hyaluronic(product: Product) -> bool:
    return "hyaluronic" in product.material.lower()


class PermanenceReader(DeviceReader):
    def read(self, view: ClauseView, sentence: SentenceView) -> list[Finding]:
        text, subject = view.clause.text, view.subject
        if subject is None or _SEMI.search(text):
            return []
        temporary = _TEMPORARY.search(text)
        permanent = None if temporary else _PERMANENT.search(text)
        if temporary is None and permanent is None:
            return []
        says_permanent = permanent is not None
        if (
            permanent is not None
            and re.match(r"\s+(?:\w+\s+)?fillers?\b", text[permanent.end() :])
            and not re.search(
                r"\b(?:is|are|'s|as)\s+(?:a\s+|the\s+)?(?:only\s+)?$", text[: permanent.start()]
            )
        ):
            return []  # "permanent fillers do not respond…": named, not claimed
        if temporary is not None and re.search(
            r"\b(?:everything|anything|all|every\s+\w+)\s+else\b|\bthe\s+(?:others?|rest)\b|"
            r"\bother\s+fillers\b",
            text[: temporary.start()],
        ):
            return []  # "everything else gets absorbed": said of the others
        if temporary is not None and "permanent" not in temporary.group().lower():
            # "doesn't get absorbed", "never wears off": the words of a temporary filler,
            # denied, say it is permanent.
            says_permanent = bool(_JUST_DENIED.search(text[: temporary.start()]))
        products = [p for p in self._products(subject) if p.category == "filler"]
        named = {m.product_ids[0] for m in view.clause.products}
        if len(named) == 1 and subject.is_class:
            # "Of all the fillers, only Bellafill is non-absorbable": said of the one named.
            products = [self.kb.products[next(iter(named))]]
        if products:
            product = products[0]
            true = _non_absorbable(product) == says_permanent
            return self._finding(
                CONSISTENT if true else CONTRADICTS, KIND_PERMANENCE, ABSORBABLE, product.id
            )
        if not subject.is_class:
            return []
        # The class: most fillers are absorbed; one (Bellafill) is not. "Fillers are
        # temporary" holds as said of most; "all fillers are temporary" and "no filler is
        # permanent" miss Bellafill; "some fillers are permanent" holds.
        if subject.scope == "some":
            true = True
        elif subject.scope in ("universal", "none"):
            true = False
        else:
            true = not says_permanent
        return self._finding(CONSISTENT if true else CONTRADICTS, KIND_PERMANENCE, ABSORBABLE)


class ReversibilityReader(DeviceReader):
    def read(self, view: ClauseView, sentence: SentenceView) -> list[Finding]:
        text = view.clause.text
        dissolve = _DISSOLVE.search(text)
        if dissolve is None:
            return []
        # "If you change your mind, any filler can be dissolved": the condition is the
        # reader's, the claim is not conditional; "if it can be dissolved" is.
        if self.lang.conditional.search(re.split(r"[,;]", text[: dissolve.start()])[-1]):
            return []
        found = self._enzyme_approval(text, sentence.reading.norm)
        if found:
            return found
        subject = view.subject
        if subject is None or not _ABILITY.search(text):
            return []
        cannot = bool(_NOT_DISSOLVE.search(text))
        products = self._products(subject)
        if products:
            product = products[0]
            if product.id == "kybella":  # destroys fat cells: not reversible
                return self._finding(
                    CONSISTENT if cannot else CONTRADICTS, KIND_REVERSIBILITY, KYBELLA, product.id
                )
            if product.category != "filler":
                return []
            if _hyaluronic(product):
                return self._finding(
                    CONTRADICTS if cannot else CONSISTENT,
                    KIND_REVERSIBILITY,
                    HYALURONIDASE,
                    product.id,
                )
            return self._finding(
                CONSISTENT if cannot else CONTRADICTS, KIND_REVERSIBILITY, NON_HA, product.id
            )
        if not subject.is_class:
            return []
        hyaluronic = bool(_HA.search(text))
        if re.search(r"\bnot\s+(?:every|all|any)\b", text):
            # "Not every filler can be dissolved": only hyaluronic acid ones can.
            return self._finding(CONSISTENT, KIND_REVERSIBILITY, NON_HA)
        if subject.scope in ("universal",) and not hyaluronic and not cannot:
            # "any filler can be dissolved": not CaHA, PLLA or PMMA
            return self._finding(CONTRADICTS, KIND_REVERSIBILITY, NON_HA)
        if subject.scope == "none" or (cannot and subject.scope in ("class", "universal")):
            # "no filler can be dissolved", "fillers can't be reversed": HA fillers can
            return self._finding(CONTRADICTS, KIND_REVERSIBILITY, HYALURONIDASE)
        if hyaluronic and not cannot:
            return self._finding(CONSISTENT, KIND_REVERSIBILITY, HYALURONIDASE)
        return []

    def _enzyme_approval(self, text: str, sentence: str) -> list[Finding]:
        """ "Hyaluronidase is FDA-approved to dissolve filler", "dissolvable with an
        FDA-approved enzyme": no US hyaluronidase label includes dissolving filler."""
        enzyme = _ENZYME.search(text)
        if enzyme is None or not _APPROVED.search(text) or not _DISSOLVING.search(sentence):
            return []
        if _NOT_APPROVED.search(text) or _NOT_APPROVED.search(sentence) or _OTHER_USE.search(text):
            return self._finding(CONSISTENT, KIND_REVERSIBILITY, HYALURONIDASE_LABELS)
        return self._finding(CONTRADICTS, KIND_REVERSIBILITY, HYALURONIDASE_LABELS)


class TechniqueReader(DeviceReader):
    """Needle-free pens, filler at home or over the counter, injectable silicone: none is
    approved, and the FDA warns against them."""

    def read(self, view: ClauseView, sentence: SentenceView) -> list[Finding]:
        text = view.clause.text
        for pattern, fact_id in (
            (_NEEDLE_FREE, NEEDLE_FREE),
            (_HOME, NO_HOME),
            (_ONLINE, ONLINE),
            (_SILICONE, SILICONE),
        ):
            if not pattern.search(text):
                continue
            if fact_id in (NO_HOME, ONLINE) and not (
                view.clause.classes or view.clause.products or _FILLER.search(text)
            ):
                continue  # "at home", "online" in a sentence about no filler
            if fact_id != ONLINE and _NEVER_WARNED.search(text):
                return self._finding(CONTRADICTS, KIND_DEVICE, fact_id)
            claim = _SAFE_OR_APPROVED.search(text)
            if claim is None:
                continue
            warned = _WARNED.search(text)
            verdict = CONSISTENT if warned else OVERSTATES
            return self._finding(verdict, KIND_DEVICE, fact_id)
        return self._ages(view)

    def _ages(self, view: ClauseView) -> list[Finding]:
        """The ages fillers are approved for, said of the class or a filler with no use named
        ("fillers are approved for anyone over 18", "RHA is approved 18+"), or of an area's
        filler ("lip filler is approved for teenagers"): every filler label is for adults over
        21."""
        clause, subject = view.clause, view.subject
        if not any(p.kind == "approval" for p in clause.predicates):
            return []
        first = clause.predicates[0].start
        area_filler = [
            c
            for c in clause.conditions
            if c.end <= first and _FILLER.search(view.sentence_norm[c.start : c.end])
        ]
        products = [p for p in self._products(subject) if p.category == "filler"]
        if area_filler and len(area_filler) == len(clause.conditions):
            pass  # "lip filler is approved for…": the area's fillers
        elif subject is None or clause.conditions or not (subject.is_class or products):
            return []
        ages = _AGES.search(clause.text)
        if ages is None:
            return []
        number = next((g for g in ages.groups()[:3] if g), None)
        if number is not None:
            # "over 21", "22 and older", "21+" agree with the class's 22 and older
            said = int(number)
            over = re.search(r"\b(?:over|above|older\s+than)\s+" + number, clause.text, re.I)
            youngest = said + 1 if over else said
            verdict = CONSISTENT if youngest >= 22 else OVERSTATES
        else:
            verdict = OVERSTATES  # teens, children, minors
        negated = any(not p.positive for p in clause.predicates if p.kind == "approval")
        if negated:
            verdict = CONSISTENT if verdict == OVERSTATES else CONTRADICTS
        return self._finding(verdict, KIND_POPULATION, AGE)


# The fact a learned reading of each kind would be shown with (kinds.py).
def _named(subject: Subject | None) -> str | None:
    return None if subject is None or subject.is_class else subject.families[0][0]


def _class_fact(fact_id: str) -> GroundFinder:
    """The class fact that settles the kind, cited from the named product's label."""

    def ground(basis: Basis, reading: Reading, subject: Subject | None) -> Ground | None:
        product_id = _named(subject)
        fact = wording.class_fact(basis.kb, fact_id, product_id=product_id)
        return None if fact is None else (product_id or "", fact)

    return ground


def ground_composition(basis: Basis, reading: Reading, subject: Subject | None) -> Ground | None:
    """The named product's material."""
    product_id = _named(subject)
    fact = None if product_id is None else wording.material(basis.kb, product_id)
    return None if fact is None or product_id is None else (product_id, fact)


def ground_risk(basis: Basis, reading: Reading, subject: Subject | None) -> Ground | None:
    """The serious risk the named product's label (or the class's) warns of."""
    product_id = _named(subject)
    fact = wording.serious_warning(basis.kb, product_id)
    return None if fact is None else (product_id or "", fact)


ground_permanence = _class_fact(ABSORBABLE)
ground_reversibility = _class_fact(HYALURONIDASE)
ground_technique = _class_fact(NEEDLE_FREE)
