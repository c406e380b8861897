"""The ingredient, contraindication and warning kinds.

- ingredient: a product said to contain, or to be free of, an ingredient ("Xeomin has no
  albumin", "Dysport is dairy-free", "Daxxify is the only albumin-free toxin"), judged
  against the formulation on its label;
- contraindication and warning: a sentence that takes a stance on something a label rules
  out or warns about (an infection at the injection site, an allergy to another toxin,
  myasthenia gravis, drugs that interact): "it's fine", "no extra risk", "doesn't matter"
  contradict the label, "higher risk", "avoid", "a contraindication" agree with it. The
  things and the stance words are data (`data/cautions.yaml`); which label holds which caution
  comes from the evidence base.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from curbside.claims import wording
from curbside.claims.facets import holds
from curbside.claims.language import DATA_DIR, Ingredient, ingredients, read_data
from curbside.claims.reading import Clause
from curbside.claims.subjects import ClauseReader, ClauseView, SentenceView
from curbside.claims.verdicts import CONSISTENT, CONTRADICTS, Finding, Subject, Verdict
from curbside.evidence.facts import Product

KIND_INGREDIENT = "ingredient"
KIND_CONTRAINDICATION = "contraindication"
KIND_WARNING = "warning"

_NEGATION = re.compile(
    r"(?<![\w'])(?:not|no|never|without|nothing|none|zero|isn'?t|aren'?t|doesn'?t|don'?t|"
    r"didn'?t|won'?t|can'?t|cannot|hasn'?t|haven'?t|wasn'?t|neither|nor)(?![\w'])[^,;]{0,24}$"
)
_FREE = re.compile(r"^[\s-]*(?:free|less)\b|^\s+(?:is|are)\s+not\s+(?:in|inside)\b")
_CONTAINS = re.compile(
    r"(?<![\w'])(?:contains?|containing|has|have|had|with|made\s+(?:with|from|using)|includ\w*|"
    r"uses?|using|stabili[sz]\w*|formulated|carr(?:y|ies)|in\s+(?:it|the\s+vial|them)|"
    r"(?:there'?s|there\s+is)|derived|added|ingredients?|comes?\s+with|free|without|no)"
    r"(?![\w'])"
)
# Without a product named, a caution is read as said of toxins when the clause speaks of
# treatment ("we can inject right through it").
_TREATMENT = re.compile(
    r"(?<![\w'])(?:inject\w*|tox|toxins?|treat\w*|needles?|procedures?)(?![\w'])"
)
_ONLY = re.compile(r"(?<![\w'])(?:only|sole|single|unique|alone)(?![\w'])")


@dataclass(frozen=True)
class Topic:
    name: str
    kind: str
    said: re.Pattern[str]
    warnings: tuple[str, ...]  # warning ids that hold it
    contraindication: tuple[str, ...]  # words of a contraindication's text that hold it
    always_false: bool  # "no contraindications": wrong for every label
    unless: re.Pattern[str] | None  # words that make an always-false topic right after all


@dataclass(frozen=True)
class Stances:
    topics: tuple[Topic, ...]
    safe: re.Pattern[str]
    caution: re.Pattern[str]


def _any(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'])(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?![\w'])")


@cache
def stances() -> Stances:
    data: dict[str, Any] = read_data(DATA_DIR / "cautions.yaml")

    def strings(value: Any) -> tuple[str, ...]:
        if value is None:
            return ()
        return (str(value),) if isinstance(value, str) else tuple(str(v) for v in value)

    return Stances(
        topics=tuple(
            Topic(
                name=str(name),
                kind=str(entry["kind"]),
                said=_any(list(entry["said"])),
                warnings=strings(entry.get("warning")),
                contraindication=strings(entry.get("contraindication")),
                always_false=bool(entry.get("always_false")),
                unless=re.compile(str(entry["unless"])) if entry.get("unless") else None,
            )
            for name, entry in data["topics"].items()
        ),
        safe=_any(list(data["safe"])),
        caution=_any(list(data["caution"])),
    )


def _stance(text: str, spans: list[tuple[int, int]]) -> str | None:
    """ "safe" or "caution": what the clause says of the thing; None when it says neither or
    both. A stance word after a negation turns over ("not safe", "no need to avoid")."""
    table = stances()
    found: set[str] = set()
    safe_spans = [m.span() for m in table.safe.finditer(text)]
    for name, pattern in (("safe", table.safe), ("caution", table.caution)):
        for match in pattern.finditer(text):
            if any(s <= match.start() < e for s, e in spans):
                continue  # the thing's own words ("allergic reaction") take no stance
            if name == "caution" and any(s <= match.start() < e for s, e in safe_spans):
                continue  # "no cardiac warning": the caution word inside a safe stance
            stance = name
            if (
                name in ("safe", "caution")
                and _NEGATION.search(text[: match.start()])
                and not (
                    re.match(
                        r"(?:no|not|never|zero|can't|cannot|won't|doesn't|isn't)\b", match.group()
                    )
                )
            ):
                stance = "caution" if name == "safe" else "safe"
            found.add(stance)
    return found.pop() if len(found) == 1 else None


class _Reader(ClauseReader):
    def _products(self, subject: Subject | None) -> list[tuple[str, ...]]:
        if subject is None or subject.scope == "none":
            return []
        return list(subject.families)


class IngredientReader(_Reader):
    def clause_findings(self, view: ClauseView, sentence: SentenceView) -> list[Finding]:
        clause, subject = view.clause, view.subject
        if subject is None:
            return []
        findings: list[Finding] = []
        for ingredient in ingredients():
            for match in ingredient.said.finditer(clause.text):
                if self._allergy(clause.text, match):
                    continue
                claimed = self._claimed(clause.text, match)
                if claimed is None:
                    continue
                findings += self._judge(subject, ingredient, claimed, clause)
                break
        return findings[:1]

    @staticmethod
    def _allergy(text: str, match: re.Match[str]) -> bool:
        around = text[max(match.start() - 25, 0) : match.end() + 15]
        return bool(re.search(r"allerg|intoleran|sensitiv", around))

    @staticmethod
    def _claimed(text: str, match: re.Match[str]) -> bool | None:
        """True: the clause says the ingredient is there; False: that it is not; None: it
        says neither (a mention without a claim)."""
        before, after = text[: match.start()], text[match.end() :]
        if _FREE.match(after):
            # "isn't an albumin-free option": the ingredient is there after all
            return bool(_NEGATION.search(before[-40:]))
        if not _CONTAINS.search(before[-45:] + " " + after[:25]):
            return None
        return not _NEGATION.search(before[-40:])

    def _judge(
        self, subject: Subject, ingredient: Ingredient, claimed: bool, clause: Clause
    ) -> list[Finding]:
        families = self.basis.families
        states = {
            f: holds([self.kb.products[p] for p in f], ingredient.label_words) for f in families
        }
        if any(s is None for s in states.values()):
            return []

        def fact_of(family: tuple[str, ...]) -> wording.Fact | None:
            return wording.formulation(self.kb, family[0])

        if subject.is_class:
            members = [f for f in families if any(set(f) & set(s) for s in subject.families)]
            if subject.scope == "universal":
                wrong = [f for f in members if states[f] is not claimed]
                chosen = wrong[0] if wrong else families[0]
                verdict: Verdict = CONTRADICTS if wrong else CONSISTENT
            elif subject.scope == "none":
                wrong = [f for f in members if states[f] is claimed]
                chosen = wrong[0] if wrong else families[0]
                verdict = CONTRADICTS if wrong else CONSISTENT
            else:
                return []
            fact = fact_of(chosen)
            return (
                [Finding(verdict, KIND_INGREDIENT, fact, chosen[0], ingredient.name)]
                if fact
                else []
            )
        findings: list[Finding] = []
        only = subject.scope == "exclusive" or bool(_ONLY.search(clause.text))
        for family in subject.families:
            held = holds([self.kb.products[p] for p in family], ingredient.label_words)
            if held is None:
                continue
            state = held if not subject.negated else not held
            verdict = CONSISTENT if state is claimed else CONTRADICTS
            if verdict == CONSISTENT and only:
                others = [f for f in families if not set(f) & set(family) and states[f] is claimed]
                if others:
                    verdict, family = CONTRADICTS, others[0]
            fact = fact_of(family)
            if fact is not None:
                findings.append(Finding(verdict, KIND_INGREDIENT, fact, family[0], ingredient.name))
        return findings


class CautionReader(_Reader):
    """Contraindications and warnings: a stance on a caution the label holds."""

    def _listed(self, warning_id: str) -> bool:
        return any(w.id == warning_id for p in self.kb.products.values() for w in p.warnings)

    def clause_findings(self, view: ClauseView, sentence: SentenceView) -> list[Finding]:
        clause = view.clause
        subject = view.subject or sentence.carried
        if subject is None:
            if not _TREATMENT.search(sentence.reading.norm):
                return []
            subject = Subject(self.basis.class_families, scope="class")
        for topic in stances().topics:
            spans = [(m.start(), m.end()) for m in topic.said.finditer(clause.text)]
            if not spans:
                continue
            if topic.unless is not None and topic.unless.search(clause.text):
                continue
            stance = _stance(clause.text, spans)
            if topic.always_false and stance != "caution":
                stance = "safe"  # "no contraindications" is wrong however it is said
            if stance is None:
                continue
            families = self._products(subject) or list(self.basis.families)
            holders = [f for f in families if self._holds(topic, f)]
            if not holders:
                continue
            family = holders[0]
            fact = wording.caution(
                self.kb, family[0], topic.kind, topic.warnings, topic.contraindication
            )
            if fact is None:
                continue
            verdict: Verdict = CONTRADICTS if stance == "safe" or topic.always_false else CONSISTENT
            product_id = "" if subject is None or subject.is_class else family[0]
            return [Finding(verdict, topic.kind, fact, product_id, topic.name)]
        return []

    def _holds(self, topic: Topic, family: tuple[str, ...]) -> bool:
        products: list[Product] = [self.kb.products[p] for p in family]
        if topic.warnings:
            # A class warning no label names on its own list is common to every product.
            return any(w.id in topic.warnings for p in products for w in p.warnings) or any(
                w in self.kb.warnings and not self._listed(w) for w in topic.warnings
            )
        return any(
            any(word in c.text.lower() for word in topic.contraindication)
            for p in products
            for c in (*p.contraindications, *self.kb.contraindications)
        )
