"""The kinds of claim only devices and the other aesthetic drugs raise:

- duration_permanence: a filler said to be permanent, or temporary ("fillers are
  permanent", "Bellafill is temporary"): only Bellafill (PMMA) stays in the body;
- reversibility: a filler said to be dissolvable or not ("Sculptra can be dissolved",
  "hyaluronidase is FDA-approved to dissolve filler", "Kybella can be reversed");
- device_or_technique: needle-free pens, at-home or over-the-counter filler and injectable
  silicone called approved or safe;
- composition: what a filler is made of ("Radiesse is a hyaluronic acid filler", "Volbella
  has no lidocaine"), against the product's material;
- device_warning: a risk the labels warn of, denied ("fillers can't cause blindness",
  "Kybella can't affect swallowing");
- the ages the fillers' class is approved for ("fillers are approved from 18"), a claim of
  the approval_population kind said of the class with no use named.

Each is judged against the class facts of the evidence base (classes.yaml) and the named
product's material, as the reference gives them. Only a base that holds fillers is read:
these words about toxins are the toxins' readers' business. A clause the writer says is false
is judged reversed (ClauseReader)."""

from __future__ import annotations

import re

from curbside.claims import wording
from curbside.claims.approval_rules import KIND_POPULATION, KIND_USE, KIND_YEAR
from curbside.claims.basis import Basis
from curbside.claims.reading import Reading
from curbside.claims.subjects import ClauseReader, ClauseView, SentenceView
from curbside.claims.verdicts import CONSISTENT, CONTRADICTS, OVERSTATES, Finding, Subject
from curbside.evidence.knowledge import Product

KIND_PERMANENCE = "duration_permanence"
KIND_REVERSIBILITY = "reversibility"
KIND_DEVICE = "device_or_technique"
KIND_AREA = KIND_USE  # an approval claim in a form only the filler readers read
KIND_COMPOSITION = "composition"
KIND_RISK = "device_warning"  # a filler's or aesthetic drug's warning denied

# Class facts (classes.yaml) that settle these claims.
ABSORBABLE = "mostly_absorbable"
HYALURONIDASE = "hyaluronidase_off_label"
HYALURONIDASE_LABELS = "hyaluronidase_us_labels"
NON_HA = "non_ha_not_dissolvable"
KYBELLA = "kybella_permanent_fat_cell_destruction"
LATISSE = "latisse_reverses_on_stopping"
NEEDLE_FREE = "needle_free_devices"
NO_HOME = "no_home_or_otc_filler"
SILICONE = "injectable_silicone"
ONLINE = "unapproved_online_fillers"
AGE = "age_22_plus"
DEVICES = "regulated_as_devices"


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_NOT = r"(?:not|n't|never|no\s+longer|hardly)"
_TEMPORARY = _words(
    r"\b(?:temporary|temporarily|semi[\s-]?permanent|non[\s-]?permanent|absorbable|"
    r"(?:is|are|gets?|get|gradually|slowly|eventually|naturally)\s+(?:\w+\s+)?(?:absorbed|"
    r"broken\s+down|metaboli[sz]ed)|wears?\s+off|wear\s+off|fades?\s+(?:away\s+)?over|"
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


class _DeviceReader(ClauseReader):
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

    def read(self, view: ClauseView, sentence: SentenceView) -> list[Finding]:
        raise NotImplementedError

    def _products(self, subject: Subject | None) -> list[Product]:
        if subject is None or subject.is_class:
            return []
        return [self.kb.products[f[0]] for f in subject.families if f[0] in self.kb.products]

    def _finding(
        self, verdict: str, kind: str, fact_id: str, product_id: str = ""
    ) -> list[Finding]:
        fact = wording.class_fact(self.kb, fact_id, product_id=product_id or None)
        if fact is None:
            return []
        return [Finding(verdict, kind, fact, product_id, fact_id)]  # type: ignore[arg-type]


def _non_absorbable(product: Product) -> bool:
    """PMMA beads (Bellafill) stay in the body; every other approved filler is absorbed."""
    material = product.material.lower()
    return "pmma" in material or "polymethylmethacrylate" in material


def _hyaluronic(product: Product) -> bool:
    return "hyaluronic" in product.material.lower()


class PermanenceReader(_DeviceReader):
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
            r"\b(?:everything|anything|all|every\s+\w+)\s+else\b|\bthe\s+others?\b|\bother\s+fillers\b",
            text[: temporary.start()],
        ):
            return []  # "everything else gets absorbed": said of the others
        if temporary is not None and "permanent" not in temporary.group().lower():
            # "doesn't get absorbed", "never wears off": the words of a temporary filler,
            # denied, say it is permanent.
            says_permanent = bool(_JUST_DENIED.search(text[: temporary.start()]))
        products = [p for p in self._products(subject) if p.category == "filler"]
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


class ReversibilityReader(_DeviceReader):
    def read(self, view: ClauseView, sentence: SentenceView) -> list[Finding]:
        text = view.clause.text
        if not _DISSOLVE.search(text) or self.lang.conditional.search(text):
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


class TechniqueReader(_DeviceReader):
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


# What a filler is made of, as its material says: (words of a claim, words of the material).
_MATERIALS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        "hyaluronic acid",
        _words(r"\b(?:hyaluronic(?:\s+acid)?|ha(?:\s+based)?|hyaluronan)\b"),
        "hyaluronic",
    ),
    (
        "calcium hydroxylapatite",
        _words(r"\b(?:calcium\s+hydroxyl?apatite|caha)\b"),
        "calcium hydroxylapatite",
    ),
    (
        "poly-L-lactic acid",
        _words(r"\b(?:poly[\s-]*l[\s-]*lactic(?:\s+acid)?|plla)\b"),
        "poly-l-lactic",
    ),
    ("PMMA", _words(r"\b(?:pmma|polymethyl\s*methacrylate|acrylic\s+beads?)\b"), "pmma"),
    (
        "lidocaine",
        _words(r"\b(?:lidocaine|numbing\s+(?:agent|medicine)|anesthetic)\b"),
        "lidocaine",
    ),
    (
        "collagen from cows",
        _words(r"\b(?:bovine|cow|animal[\s-]derived|animal)\b"),
        "bovine collagen",
    ),
    ("silicone", _words(r"\b(?:liquid\s+)?silicone\b"), "silicone"),
)
_HAS = _words(
    r"\b(?:is|are|'s|contains?|containing|has|have|made\s+(?:of|from|with)|based\s+on|"
    r"built\s+in|basically|type\s+of|kind\s+of)\b"
)
_LACKS = _words(
    r"\b(?:no|without|free\s+(?:of|from)|(?:does|do|is|are)(?:n'?t|\s+not)\s+(?:\w+\s+)?"
    r"(?:have|contain|include|made|related|use)|lacks?|not\s+(?:a|an|made)|isn'?t|aren'?t|"
    r"doesn'?t|dont|doesnt|-free|fully\s+synthetic|synthetic\s+only|non[\s-]?)"
)


def _holds(product: Product, words: str) -> bool | None:
    """Whether the product's material holds an ingredient, or None where it is not known."""
    material = product.material.lower()
    if not material:
        return None
    if words == "lidocaine":
        return "lidocaine" in material and not re.search(
            r"\bno\s+lidocaine|without\s+lidocaine", material
        )
    if words == "bovine collagen":
        return "bovine" in material or "collagen" in material
    return words in material


class CompositionReader(_DeviceReader):
    """What a filler is made of: "Radiesse is a hyaluronic acid filler", "Volbella has no
    lidocaine", "Bellafill has no animal-derived ingredients"."""

    def read(self, view: ClauseView, sentence: SentenceView) -> list[Finding]:
        text, clause = view.clause.text, view.clause
        products = [p for p in self._products(view.subject) if p.category == "filler"]
        if not products or clause.predicates:
            return []
        for _, pattern, words in _MATERIALS:
            match = pattern.search(text)
            if match is None:
                continue
            # The product named last before the material is the one it is said of.
            at = clause.start + match.start()
            before_it = [m for m in clause.products if m.end <= at]
            product = self.kb.products.get(before_it[-1].product_ids[0]) if before_it else None
            if product is None:
                product = products[0]
            if product.category != "filler":
                return []
            holds = _holds(product, words)
            if holds is None:
                return []
            # The words just before it, in its own part of the clause: "is a", "has no".
            before = re.split(r"[,;:]", text[: match.start()])[-1]
            near = re.search(r"(?:\S+\s+){0,4}$", before)
            cue = near.group() if near else before
            lacks = bool(_LACKS.search(cue)) or bool(
                re.search(r"-free\b", text[match.end() : match.end() + 6])
            )
            if not lacks and not _HAS.search(cue):
                return []
            true = holds != lacks
            fact = wording.material(self.kb, product.id)
            if fact is None:
                return []
            return [
                Finding(
                    CONSISTENT if true else CONTRADICTS,
                    KIND_COMPOSITION,
                    fact,
                    product.id,
                    KIND_COMPOSITION,
                )
            ]
        return []


# Risks the labels warn of, by the words a denial of them uses: (pattern, warning ids).
_RISKS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (
        _words(
            r"\b(?:blind\w*|vision|sight|stroke|necrosis|skin\s+death|vascular|blood\s+vessels?|"
            r"occlusion|embol\w*)\b"
        ),
        ("vascular_occlusion",),
    ),
    (_words(r"\b(?:cold\s+sores?|herpes|fever\s+blisters?)\b"), ("herpes_reactivation",)),
    (_words(r"\b(?:lumps?|nodules?|granulomas?|bumps?)\b"), ("nodules_granulomas",)),
    (_words(r"\b(?:swallow\w*|dysphagia)\b"), ("dysphagia",)),
    (_words(r"\b(?:nerve|smile|facial\s+weakness)\b"), ("marginal_mandibular_nerve_injury",)),
    (
        _words(
            r"\b(?:delayed\s+(?:swelling|inflammation|reactions?)|after\s+(?:a\s+)?"
            r"(?:vaccin\w*|covid|flu|dental))\b"
        ),
        ("delayed_onset_inflammation",),
    ),
    (
        _words(r"\b(?:eye\s+colou?r|iris|darken\w*|pigment\w*)\b"),
        ("iris_pigmentation", "eyelid_darkening_hair_growth"),
    ),
    (
        _words(r"\b(?:the\s+skin|skin\s+damage|ulcer\w*|hair\s+loss|alopecia)\b"),
        ("injection_site_tissue_damage",),
    ),
)
# "Side effects are only bruising and swelling": the labels warn of far more.
_ONLY_MILD = _words(
    r"\b(?:side[\s-]effects?|risks?|complications?)\s+(?:are|is)\s+(?:only|just|nothing\s+but|"
    r"limited\s+to|mostly\s+just)\b|\bthe\s+only\s+(?:side[\s-]effects?|risks?)\s+(?:is|are)\b"
)
_PREGNANCY = _words(r"\b(?:pregnan\w*|breast[\s-]?feeding|nursing\s+mothers?|while\s+nursing)\b")
_PROVEN_SAFE = _words(r"\b(?:safe|proven|fine|ok|okay|no\s+problem|approved|studied)\b")
_UNSTUDIED = _words(
    r"\b(?:not|never|isn'?t|aren'?t|hasn'?t|haven'?t|no)\s+(?:\w+\s+){0,3}?"
    r"(?:established|studied|tested|proven|approved|recommended|safe)|\bavoid\w*|\bunknown|"
    r"\bwait\s+until|\bpostpone"
)
_XRAY = _words(r"\b(?:x[\s-]?rays?|ct\s+scans?|ct|imaging|scans?)\b")
_INVISIBLE = _words(
    r"\b(?:invisible|doesn'?t\s+show|does\s+not\s+show|won'?t\s+show|not\s+visible|"
    r"can'?t\s+be\s+seen|isn'?t\s+visible|never\s+shows?)"
)
_DENIED_CAUSE = _words(
    r"(?:can'?t|cannot|can\s+not|cant|won'?t|wont|will\s+not|doesn'?t|doesnt|does\s+not|don'?t|"
    r"dont|do\s+not|never|couldn'?t|could\s+not|is\s+not\s+going\s+to)\s+(?:\w+\s+){0,2}?"
    r"(?:cause|lead\s+to|trigger|set\s+off|affect|hurt|harm|damage|change|result\s+in|give\s+you|"
    r"make|touch|reach|go\s+into)\b|\b(?:no|zero)\s+(?:\w+\s+)?(?:risk|chance|danger)s?\s+of\b|"
    r"\bimpossible\b"
)
_MYTH = _words(r"[^.;]{0,30}?\b(?:is|are|'s)\s+(?:just\s+|only\s+)?(?:a\s+)?myth")
_CAUSES = _words(
    r"\b(?:cause\w*|lead\w*\s+to|trigger\w*|set\s+off|sets\s+off|result\w*\s+in|risk|"
    r"affect\w*|change\w*|happen\w*|possible|reported|can|may|could)\b"
)


class RiskReader(_DeviceReader):
    """A risk the labels warn of, denied ("fillers can't cause blindness", "Kybella can't
    affect swallowing") or stated ("filler can cause blindness")."""

    def read(self, view: ClauseView, sentence: SentenceView) -> list[Finding]:
        text, subject = view.clause.text, view.subject
        if subject is None or self.lang.conditional.search(text):
            return []
        products = self._products(subject)
        product = products[0] if len(products) == 1 else None
        special = self._special(text, product)
        if special is not None:
            return special
        if view.clause.predicates:
            return []
        for pattern, warning_ids in _RISKS:
            match = pattern.search(text)
            if match is None:
                continue
            fact = wording.warning_of(self.kb, product.id if product else None, warning_ids)
            if fact is None:
                return []
            before = text[: match.start()]
            if _DENIED_CAUSE.search(before[-60:]) or _MYTH.match(text[match.end() :]):
                verdict = CONTRADICTS
            elif _CAUSES.search(before[-40:]):
                verdict = CONSISTENT
            else:
                return []
            return [Finding(verdict, KIND_RISK, fact, product.id if product else "", KIND_RISK)]
        return []

    def _special(self, text: str, product: Product | None) -> list[Finding] | None:
        """Side effects said to be only mild ones; safety in pregnancy; a filler that shows on
        X-rays said not to. None when the clause says none of these."""
        product_id = product.id if product else ""
        if _ONLY_MILD.search(text):
            ids = ("vascular_occlusion", "marginal_mandibular_nerve_injury", "iris_pigmentation")
            fact = wording.warning_of(self.kb, product_id or None, ids)
            if fact is None and product is not None:
                fact = wording.warning_of(self.kb, None, ids)
            return [] if fact is None else [Finding(CONTRADICTS, KIND_RISK, fact, product_id)]
        if _PREGNANCY.search(text) and _PROVEN_SAFE.search(text):
            verdict = CONSISTENT if _UNSTUDIED.search(text) else OVERSTATES
            fact = wording.warning_of(self.kb, None, ("populations_not_studied",))
            return [] if fact is None else [Finding(verdict, KIND_RISK, fact, product_id)]
        if (
            product is not None
            and "hydroxylapatite" in product.material
            and _XRAY.search(text)
            and _INVISIBLE.search(text)
        ):
            return self._finding(CONTRADICTS, KIND_RISK, "material_durations", product.id)
        return None


_FIRST_FOR = _words(
    r"\b(?:the\s+)?(?:very\s+)?first\s+(?:\w+[\s-]+){0,5}?(?:approved|cleared|to\s+(?:be\s+|get\s+|"
    r"gain\s+|win\s+)?(?:fda\s+)?(?:approv\w*|clear\w*|the\s+nod))"
)


class ApprovalFormsReader(_DeviceReader):
    """Approval claims in forms the approval reader leaves: "the first filler approved for
    under-eye hollows" (the earliest approval of the area, among hyaluronic acid fillers where
    the claim says so); a use as the subject ("liquid rhinoplasty is FDA approved now");
    a product said to have no approval at all ("Latisse is not FDA approved")."""

    def read(self, view: ClauseView, sentence: SentenceView) -> list[Finding]:
        return self._use_as_subject(view) or self._never_approved(view, sentence)

    def first_findings(self, view: SentenceView) -> list[Finding]:
        """ "The first filler approved for…", in every asserted clause."""
        if not self.active:
            return []
        return [f for c in view.clauses if c.asserted for f in self._first_for(c)]

    def _first_for(self, view: ClauseView) -> list[Finding]:
        clause = view.clause
        first = _FIRST_FOR.search(clause.text)
        products = [p for p in self._products(view.subject) if p.category != "toxin"]
        if first is None or len(products) != 1 or not clause.conditions:
            return []
        product = products[0]
        hyaluronic = bool(_HA.search(first.group()))
        findings = []
        for target in dict.fromkeys(t for c in clause.conditions for t in c.targets):
            approvals = [
                a
                for a in self.kb.approvals_for_condition(target)
                if a.year is not None
                and (not hyaluronic or _hyaluronic(self.kb.products[a.product_id]))
            ]
            own = self.kb.approval(product.id, target)
            if own is None or own.year is None or not approvals:
                continue
            earliest = min(a.year for a in approvals)
            fact = wording.several_approved(self.kb, target)
            verdict = CONSISTENT if own.year == earliest else CONTRADICTS
            findings.append(Finding(verdict, KIND_YEAR, fact, product.id, target))
        return findings[:1]

    def _use_as_subject(self, view: ClauseView) -> list[Finding]:
        """ "Liquid rhinoplasty is FDA approved now": a use of fillers, said to be approved."""
        clause = view.clause
        if view.subject is not None or clause.products or len(clause.conditions) != 1:
            return []
        approving = [p for p in clause.predicates if p.kind == "approval"]
        use = clause.conditions[0]
        if len(approving) != 1 or use.end > approving[0].start or len(use.targets) != 1:
            return []
        if len(clause.text[: use.start - clause.start].split()) > 3:
            return []  # the use is not the subject ("areas people ask about, such as…")
        target = use.targets[0]
        positive = approving[0].positive
        if target in self.kb.off_label_uses:
            if not self.kb.off_label_uses[target].applies_to_all_products:
                return []
            fact = wording.off_label(self.kb, target)
            return [Finding(OVERSTATES if positive else CONSISTENT, KIND_AREA, fact, "", target)]
        if not self.kb.approvals_for_condition(target):
            return []
        fact = wording.several_approved(self.kb, target)
        return [Finding(CONSISTENT if positive else CONTRADICTS, KIND_AREA, fact, "", target)]

    def _never_approved(self, view: ClauseView, sentence: SentenceView) -> list[Finding]:
        """ "Latisse is not FDA approved, it's a cosmetic": every product here has approvals."""
        clause = view.clause
        products = self._products(view.subject)
        if len(products) != 1 or clause.conditions or not products[0].indications:
            return []
        approving = [p for p in clause.predicates if p.kind == "approval"]
        if len(approving) != 1 or approving[0].positive:
            return []
        after = clause.text[approving[0].end - clause.start :]
        if re.match(r"\s*(?:for|to|in|as|by|yet|until|outside|there|here|anywhere)\b", after):
            return []  # "not approved for…", "not approved in Canada": narrower claims
        product = products[0]
        return [
            Finding(CONTRADICTS, KIND_AREA, wording.first_approval(self.kb, product.id), product.id)
        ]


# The fact a learned reading of each kind would be shown with (kinds.py): the class fact.
def _ground(fact_id: str):  # type: ignore[no-untyped-def]
    def ground(
        basis: Basis, reading: Reading, subject: Subject | None
    ) -> tuple[str, wording.Fact] | None:
        product_id = "" if subject is None or subject.is_class else subject.families[0][0]
        fact = wording.class_fact(basis.kb, fact_id, product_id=product_id or None)
        return None if fact is None else (product_id, fact)

    return ground


ground_permanence = _ground(ABSORBABLE)
ground_composition = _ground(ABSORBABLE)
ground_risk = _ground("high_risk_face_areas")
ground_reversibility = _ground(HYALURONIDASE)
ground_technique = _ground(NEEDLE_FREE)
