"""Search synonyms: product brand ↔ nonproprietary names and lay ↔ label condition terms.

Version 1, taken from ../shared/reference/neurotoxin_facts.yaml (reviewed 2026-11-23): the
`products[].brand` / `nonproprietary_name` pairs and the `lexicon[]` lay terms. Each group's
`source` names the reference entry it came from (and that entry's own source URLs).

Schema of a group:
- `id`: the reference id (product or condition id),
- `kind`: "product", "class" or "condition",
- `terms`: equivalent terms; a query for any of them also searches for all the others,
- `narrower` (optional): terms a query for this group also searches for, but not the other way
  round (a search for "botulinum toxin" finds Dysport; a search for Dysport does not find every
  toxin),
- `source`: where the terms come from.

Lay terms the reference marks as ambiguous are left out on purpose: "CD", "squint", "lazy eye"
(usually amblyopia), bare "spasticity" (upper or lower limb), "smile lines" / "turkey neck"
(usually something toxin does not treat), and phrases that are queries rather than terms
("botox for sweating").
"""

from __future__ import annotations

from typing import TypedDict

VERSION = 1
REFERENCE = "shared/reference/neurotoxin_facts.yaml"
REFERENCE_REVIEWED = "2026-11-23"


class _Required(TypedDict):
    id: str
    kind: str
    terms: list[str]
    source: str | list[str]


class SynonymGroup(_Required, total=False):
    narrower: list[str]


_PRODUCT_TERMS = [
    "onabotulinumtoxinA",
    "abobotulinumtoxinA",
    "incobotulinumtoxinA",
    "prabotulinumtoxinA",
    "daxibotulinumtoxinA",
    "letibotulinumtoxinA",
    "rimabotulinumtoxinB",
    "Botox",
    "Dysport",
    "Xeomin",
    "Jeuveau",
    "Daxxify",
    "Letybo",
    "Myobloc",
]

GROUPS: list[SynonymGroup] = [
    # Products: brand ↔ nonproprietary name (the suffixed form as on the label, too).
    {
        "id": "botox",
        "kind": "product",
        "terms": ["Botox", "Botox Cosmetic", "onabotulinumtoxinA"],
        "source": "products[botox, botox_cosmetic].brand, .nonproprietary_name",
    },
    {
        "id": "dysport",
        "kind": "product",
        "terms": ["Dysport", "abobotulinumtoxinA"],
        "source": "products[dysport].brand, .nonproprietary_name",
    },
    {
        "id": "xeomin",
        "kind": "product",
        "terms": ["Xeomin", "incobotulinumtoxinA"],
        "source": "products[xeomin].brand, .nonproprietary_name",
    },
    {
        "id": "jeuveau",
        "kind": "product",
        "terms": ["Jeuveau", "prabotulinumtoxinA", "prabotulinumtoxinA-xvfs"],
        "source": "products[jeuveau].brand, .nonproprietary_name",
    },
    {
        "id": "daxxify",
        "kind": "product",
        "terms": ["Daxxify", "daxibotulinumtoxinA", "daxibotulinumtoxinA-lanm"],
        "source": "products[daxxify].brand, .nonproprietary_name",
    },
    {
        "id": "letybo",
        "kind": "product",
        "terms": ["Letybo", "letibotulinumtoxinA", "letibotulinumtoxinA-wlbg"],
        "source": "products[letybo].brand, .nonproprietary_name",
    },
    {
        "id": "myobloc",
        "kind": "product",
        "terms": ["Myobloc", "rimabotulinumtoxinB"],
        "source": "products[myobloc].brand, .nonproprietary_name",
    },
    {
        "id": "botulinum_toxin",
        "kind": "class",
        "terms": ["botulinum toxin", "botulinum toxins", "botulinum neurotoxin"],
        "narrower": _PRODUCT_TERMS,
        "source": "scope; products[].nonproprietary_name",
    },
    # Conditions: label name ↔ lay terms (lexicon[]).
    {
        "id": "cervical_dystonia",
        "kind": "condition",
        "terms": [
            "cervical dystonia",
            "neck muscle spasms",
            "neck spasms",
            "wry neck",
            "torticollis",
            "spasmodic torticollis",
            "twisted neck",
            "neck dystonia",
            "dystonia in my neck",
            "laterocollis",
            "anterocollis",
            "retrocollis",
        ],
        "source": [
            "lexicon[cervical_dystonia]",
            "http://www.allergan.com/treatments/neurosciences/cervical_dystonia.htm",
            "https://myobloc.com/Cervical-Dystonia/about-cervical-dystonia",
        ],
    },
    {
        "id": "glabellar_lines",
        "kind": "condition",
        "terms": [
            "glabellar lines",
            "frown lines",
            "11s",
            "elevens",
            "lines between my eyebrows",
            "furrow between brows",
            "angry lines",
            "worry lines between eyes",
            "glabella",
        ],
        "source": [
            "lexicon[glabellar_lines]",
            "https://www.rxlist.com/jeuveau-side-effects-drug-center.htm",
        ],
    },
    {
        "id": "lateral_canthal_lines",
        "kind": "condition",
        "terms": [
            "lateral canthal lines",
            "crow's feet",
            "crows feet",
            "laugh lines around eyes",
            "wrinkles at the corner of the eyes",
            "squint lines",
        ],
        "source": [
            "lexicon[lateral_canthal_lines]",
            "http://www.skininc.com/treatments/medicalesthetics/FDA-Approves-Botox-to-Address-Appearance-of-Crows-Feet-Lines-227233521.html",
        ],
    },
    {
        "id": "forehead_lines",
        "kind": "condition",
        "terms": [
            "forehead lines",
            "forehead wrinkles",
            "horizontal forehead lines",
            "worry lines on forehead",
            "surprise lines",
        ],
        "source": [
            "lexicon[forehead_lines]",
            "https://cm.healio.com/news/dermatology/20171003/fda-approves-botox-for-forehead-lines",
        ],
    },
    {
        "id": "platysma_bands",
        "kind": "condition",
        "terms": ["platysma bands", "neck bands", "neck cords", "vertical neck bands"],
        "source": [
            "lexicon[platysma_bands]",
            "https://pharmexec.com/view/fda-approves-allergan-aesthetics-botox-cosmetic-moderate-severe-vertical-platysma-bands",
        ],
    },
    {
        "id": "axillary_hyperhidrosis",
        "kind": "condition",
        "terms": [
            "hyperhidrosis",
            "axillary hyperhidrosis",
            "excessive sweating",
            "underarm sweating",
            "armpit sweating",
            "sweaty armpits",
        ],
        "source": [
            "lexicon[axillary_hyperhidrosis]",
            "https://www.botoxone.com/hyperhidrosis",
        ],
    },
    {
        "id": "chronic_migraine",
        "kind": "condition",
        "terms": [
            "chronic migraine",
            "chronic migraines",
            "daily headaches",
            "headaches most days",
        ],
        "source": [
            "lexicon[chronic_migraine]",
            "https://www.botoxchronicmigraine.com/botox-faq",
        ],
    },
    {
        "id": "overactive_bladder",
        "kind": "condition",
        "terms": [
            "overactive bladder",
            "OAB",
            "leaky bladder",
            "bladder leakage",
            "urge incontinence",
            "sudden urge to pee",
            "frequent urination",
        ],
        "source": [
            "lexicon[overactive_bladder]",
            "https://www.botoxforoab.com/what-to-expect/treatment-considerations/",
        ],
    },
    {
        "id": "neurogenic_detrusor_overactivity",
        "kind": "condition",
        "terms": ["neurogenic detrusor overactivity", "neurogenic bladder"],
        "source": [
            "lexicon[neurogenic_detrusor_overactivity]",
            "https://www.medicalnewstoday.com/articles/233292.php?sr",
        ],
    },
    {
        "id": "blepharospasm",
        "kind": "condition",
        "terms": [
            "blepharospasm",
            "benign essential blepharospasm",
            "eyelid spasms",
            "uncontrolled blinking",
            "forceful blinking",
        ],
        "source": [
            "lexicon[blepharospasm]",
            "https://www.xeomin.com/healthcare-professionals/indications/blepharospasm",
        ],
    },
    {
        "id": "strabismus",
        "kind": "condition",
        "terms": ["strabismus", "crossed eyes", "cross-eyed", "misaligned eyes"],
        "source": [
            "lexicon[strabismus]",
            "http://women.emedtv.com/botox/botox-medication-information.html",
        ],
    },
    {
        "id": "upper_limb_spasticity",
        "kind": "condition",
        "terms": ["upper limb spasticity", "stiff arm after stroke", "clenched fist"],
        "source": [
            "lexicon[upper_limb_spasticity]",
            "https://www.medicalnewstoday.com/releases/181807.php",
        ],
    },
    {
        "id": "lower_limb_spasticity",
        "kind": "condition",
        "terms": ["lower limb spasticity", "stiff leg after stroke", "equinus"],
        "source": [
            "lexicon[lower_limb_spasticity]",
            "https://wxpress.wuxiapptec.com/u-s-fda-approves-botox-treatment-lower-limb-spasticity-adults/",
        ],
    },
    {
        "id": "chronic_sialorrhea",
        "kind": "condition",
        "terms": [
            "sialorrhea",
            "chronic sialorrhea",
            "drooling",
            "excessive drooling",
            "too much saliva",
            "hypersalivation",
        ],
        "source": [
            "lexicon[chronic_sialorrhea]",
            "https://www.myoblochcp.com/Sialorrhea/about-sialorrhea",
        ],
    },
]
