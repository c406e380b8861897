from __future__ import annotations

import pytest

from curbside.search import synonyms
from curbside.search.data.synonyms import GROUPS


def test_it_maps_brands_to_nonproprietary_names_both_ways() -> None:
    assert ("onabotulinumtoxina",) in synonyms.expansions(("botox",))
    assert ("botox",) in synonyms.expansions(("onabotulinumtoxina",))
    assert ("botox", "cosmetic") in synonyms.expansions(("onabotulinumtoxina",))
    assert ("abobotulinumtoxina",) in synonyms.expansions(("dysport",))
    assert ("rimabotulinumtoxinb",) in synonyms.expansions(("myobloc",))


def test_it_maps_lay_terms_to_label_terms_both_ways() -> None:
    assert ("cervical", "dystonia") in synonyms.expansions(("neck", "spasms"))
    assert ("neck", "spasms") in synonyms.expansions(("cervical", "dystonia"))
    assert ("glabellar", "lines") in synonyms.expansions(("11s",))
    assert ("lateral", "canthal", "lines") in synonyms.expansions(("crow", "s", "feet"))
    assert ("hyperhidrosis",) in synonyms.expansions(("excessive", "sweating"))


def test_it_matches_singular_and_plural() -> None:
    assert ("glabellar", "lines") in synonyms.expansions(("frown", "line"))


def test_the_class_term_expands_to_products_but_not_back() -> None:
    assert ("xeomin",) in synonyms.expansions(("botulinum", "toxin"))
    assert ("botulinum", "toxin") not in synonyms.expansions(("xeomin",))


def test_it_leaves_other_words_alone() -> None:
    assert synonyms.expansions(("swelling",)) == (("swelling",),)


@pytest.mark.parametrize("group", GROUPS, ids=lambda g: g["id"])
def test_every_group_cites_its_source(group: dict[str, object]) -> None:
    assert group["source"]
    assert group["terms"]
