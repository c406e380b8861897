"""What the evidence base says about the things a sentence names, as words a learned reader
can weigh ("kb_use_off", "kb_year_other", "kb_ingredient_absent").

A sentence's wording says what kind of claim it makes ("only approved for", "contains no",
"safe for everyone"); whether the claim is true depends on the products and uses it names.
The learned reader (screener.py) reads both: the words, and these facets of the evidence
base. It therefore learns forms of claims ("only approved for" + a label with several uses)
rather than facts about one product, and follows the evidence base when it changes.
"""

from __future__ import annotations

from curbside.claims.approval_years import YEAR
from curbside.claims.basis import Basis
from curbside.claims.language import ingredients, topics
from curbside.claims.populations import ADULT, claim_ages, label_ages
from curbside.claims.reading import Reading
from curbside.evidence.facts import Product

PREFIX = "kb_"


def _families(basis: Basis, reading: Reading) -> list[tuple[str, ...]]:
    return list(dict.fromkeys(basis.family(m) for m in reading.products))


def _approval_facets(basis: Basis, reading: Reading, families: list[tuple[str, ...]]) -> list[str]:
    kb = basis.kb
    out: list[str] = []
    ages = claim_ages(reading.norm)
    years = {int(m.group(1)) for m in YEAR.finditer(reading.norm)}
    group_of = topics().group_of
    for condition in reading.conditions:
        if condition.category:
            out.append("category")
        for target in condition.targets:
            if target in kb.off_label_uses:
                out.append("off_label_use")
            holders = [f for f in basis.families if any(kb.approval(p, target) for p in f)]
            if not families:
                share = len(holders) / max(len(basis.families), 1)
                out.append(
                    "class_use_none"
                    if not holders
                    else "class_use_all"
                    if share == 1
                    else "class_use_some"
                )
            for family in families:
                approvals = [a for p in family if (a := kb.approval(p, target)) is not None]
                if not approvals:
                    out.append("use_off")
                    continue
                out.append("use_on")
                out.append("use_shared" if len(holders) > 1 else "use_exclusive")
                spans = [label_ages(a.population) for a in approvals]
                out.append("pop_minors" if min(s.low for s in spans) < ADULT else "pop_adults")
                if ages is not None:
                    inside = any(ages.overlaps(s) for s in spans)
                    out.append("age_inside" if inside else "age_outside")
                label_years = {i.year_approved for a in approvals for i in a.indications}
                label_years |= {
                    c.year for a in approvals for i in a.indications for c in i.later_changes
                }
                for year in years:
                    out.append("year_match" if year in label_years else "year_other")
                siblings = {
                    g for p in family for g in group_of(target) if g != target and kb.approval(p, g)
                }
                out.append("group_more" if siblings else "group_alone")
    return out


def _product_facets(basis: Basis, reading: Reading, families: list[tuple[str, ...]]) -> list[str]:
    kb = basis.kb
    out: list[str] = []
    named = [i for i in ingredients() if i.said.search(reading.norm)]
    boxed = kb.boxed_warning
    for family in families:
        products = [kb.products[p] for p in family]
        uses = {i.condition_id for p in products for i in p.indications}
        cosmetic = set(topics().groups.get("cosmetic", ()))
        out.append("uses_one" if len(uses) == 1 else "uses_several")
        out.append("uses_cosmetic_only" if uses <= cosmetic else "uses_medical")
        if any(p.serotype == "B" for p in products):
            out.append("serotype_b")
        firsts = {p.initial_us_approval for p in products if p.initial_us_approval}
        firsts |= {
            min(i.year_approved or 0 for i in p.indications) for p in products if p.indications
        }
        for match in YEAR.finditer(reading.norm):
            year = int(match.group(1))
            if not reading.conditions:
                out.append("first_year_match" if year in firsts else "first_year_other")
        for ingredient in named:
            state = holds(products, ingredient.label_words)
            if state is not None:
                out.append(f"ingredient_{'present' if state else 'absent'}")
                others = [
                    f
                    for f in basis.families
                    if f != family
                    and holds([kb.products[p] for p in f], ingredient.label_words) is state
                ]
                out.append("ingredient_shared" if others else "ingredient_unique")
    if not families and reading.classes:
        for ingredient in named:
            states = {
                holds([kb.products[p] for p in f], ingredient.label_words) for f in basis.families
            }
            out.append("class_ingredient_all" if states == {True} else "class_ingredient_some")
    if boxed is not None:
        for match in YEAR.finditer(reading.norm):
            out.append("box_year" if int(match.group(1)) == boxed.year else "not_box_year")
    return out


def holds(products: list[Product], words: tuple[str, ...]) -> bool | None:
    """Whether the products' formulation holds an ingredient: any of `words` in an excipient
    (present), a note saying the product is without it, or neither (absent); None when no
    formulation is known."""
    known = [p.formulation for p in products if p.formulation is not None]
    if not known:
        return None
    return any(
        any(w in e.lower() for e in f.excipients for w in words)
        and f"without {words[0]}" not in (f.note or "").lower()
        for f in known
    )


def facets(basis: Basis, reading: Reading) -> list[str]:
    """The sentence's facets, each a word starting "kb_"."""
    families = _families(basis, reading)
    found = _approval_facets(basis, reading, families) + _product_facets(basis, reading, families)
    if reading.classes and not families:
        found.append("class")
    return [PREFIX + f for f in dict.fromkeys(found)]
