"""What filler and aesthetic-drug claims say about the products themselves, read beside the
kinds of devices.py: what a filler is made of (composition), the risks its label warns of
denied (device_warning), and approval claims in forms only filler text takes ("the first filler
approved for under-eye hollows", "liquid rhinoplasty is FDA approved", "Latisse is not FDA
approved"), which the approval reader asks for (approvals.py)."""

from __future__ import annotations

import re

from curbside.claims import wording
from curbside.claims.approval_rules import KIND_USE, KIND_YEAR
from curbside.claims.devices import (
    _HA,
    KIND_COMPOSITION,
    KIND_RISK,
    DeviceReader,
    _hyaluronic,
    _words,
)
from curbside.claims.subjects import ClauseView, SentenceView
from curbside.claims.verdicts import CONSISTENT, CONTRADICTS, OVERSTATES, Finding
from curbside.evidence.knowledge import Product

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


class CompositionReader(DeviceReader):
    """What a filler is made of: "Radiesse is a hyaluronic acid filler", "Volbella has no
    lidocaine", "Bellafill has no animal-derived ingredients"."""

    def read(self, view: ClauseView, sentence: SentenceView) -> list[Finding]:
        text, clause = view.clause.text, view.clause
        products = [p for p in self._products(view.subject) if p.category != "toxin"]
        if not products or clause.predicates:
            return []
        findings: list[Finding] = []
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
            holds = _holds(product, words)
            if product.category == "toxin" or holds is None:
                continue
            # The words just before it, in its own part of the clause: "is a", "has no".
            before = re.split(r"[,;:]", text[: match.start()])[-1]
            near = re.search(r"(?:\S+\s+){0,4}$", before)
            cue = near.group() if near else before
            lacks = bool(_LACKS.search(cue)) or bool(
                re.search(r"-free\b", text[match.end() : match.end() + 6])
            )
            if not lacks and not _HAS.search(cue):
                continue
            fact = wording.material(self.kb, product.id)
            if fact is None:
                continue
            verdict = CONSISTENT if holds != lacks else CONTRADICTS
            findings.append(Finding(verdict, KIND_COMPOSITION, fact, product.id, KIND_COMPOSITION))
        # "Pure synthetic PMMA with no animal-derived ingredients": the wrong part decides.
        wrong = [f for f in findings if f.verdict == CONTRADICTS]
        return (wrong or findings)[:1]


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
# "Delayed swelling after a vaccine has nothing to do with your filler".
_UNRELATED = _words(
    r"[^.;]{0,40}?\b(?:has|have)\s+nothing\s+to\s+do\s+with|[^.;]{0,40}?\b(?:unrelated\s+to|"
    r"(?:is|are)(?:n'?t|\s+not)\s+(?:related|linked|due)\s+to)"
)
# "Kybella has no nerve-related side effects".
_NO_BEFORE = _words(r"\b(?:no|zero|without|never\s+any)\s+(?:\w+[\s-]+){0,2}$")
_HARM_AFTER = _words(
    r"[\s-]*(?:related\s+)?(?:side[\s-]effects?|risks?|complications?|problems?|issues?|damage|"
    r"injur\w+)"
)
_MYTH = _words(r"[^.;]{0,30}?\b(?:is|are|'s)\s+(?:just\s+|only\s+)?(?:a\s+)?myth")
_CAUSES = _words(
    r"\b(?:cause\w*|lead\w*\s+to|trigger\w*|set\s+off|sets\s+off|result\w*\s+in|risk|"
    r"affect\w*|change\w*|happen\w*|possible|reported|can|may|could)\b"
)


class RiskReader(DeviceReader):
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
            before, after = text[: match.start()], text[match.end() :]
            if (
                _DENIED_CAUSE.search(before[-60:])
                or _MYTH.match(after)
                or _UNRELATED.match(after)
                or (_NO_BEFORE.search(before) and _HARM_AFTER.match(after))
            ):
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


class ApprovalFormsReader(DeviceReader):
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
        if first is None or not clause.conditions:
            return []
        # The product named before "first" is the one said to be first.
        named = [m for m in clause.products if m.end <= clause.start + first.start()]
        products = [self.kb.products[named[-1].product_ids[0]]] if named else []
        if len(products) != 1 or products[0].category == "toxin":
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
            earliest = min(a.year or 9999 for a in approvals)
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
            return [Finding(OVERSTATES if positive else CONSISTENT, KIND_USE, fact, "", target)]
        if not self.kb.approvals_for_condition(target):
            return []
        fact = wording.several_approved(self.kb, target)
        return [Finding(CONSISTENT if positive else CONTRADICTS, KIND_USE, fact, "", target)]

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
            Finding(CONTRADICTS, KIND_USE, wording.first_approval(self.kb, product.id), product.id)
        ]
