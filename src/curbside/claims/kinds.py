"""The registry of claim kinds: the one place a kind of claim is added.

Each kind says what a claim of it looks like, what in the evidence base it is judged
against, and which reader finds it. A reader is a class built once per knowledge base from
the shared `Basis`, whose `findings(view)` returns the sentence's findings of its kinds; a
reader may serve several kinds (the approval reader binds a claim word to its uses once, and
the verdict says whether the claim was about the use, the year, the population or a
restriction). To add a kind: write its reader (or extend one), and register it here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from curbside.claims import approval_rules, boxed, cautions, device_labels, devices, grounds, units
from curbside.claims.approvals import ApprovalReader
from curbside.claims.basis import Basis
from curbside.claims.subjects import SentenceView
from curbside.claims.verdicts import Finding


class KindReader(Protocol):
    def findings(self, view: SentenceView) -> list[Finding]: ...


ReaderClass = type[KindReader]


@dataclass(frozen=True)
class ClaimKind:
    name: str  # as stored on a ClaimCheck and reported by the benchmark
    title: str  # for people: moderators, the benchmark
    looks_like: str  # what a claim of this kind says
    judged_by: str  # what in the evidence base settles it
    reader: ReaderClass
    # The fact a learned reading of this kind is shown with (grounds.py).
    ground: grounds.GroundFinder


class Registry:
    def __init__(self) -> None:
        self._kinds: dict[str, ClaimKind] = {}

    def register(self, kind: ClaimKind) -> ClaimKind:
        if kind.name in self._kinds:
            raise ValueError(f"The claim kind {kind.name!r} is registered twice.")
        self._kinds[kind.name] = kind
        return kind

    def __iter__(self) -> Iterator[ClaimKind]:
        return iter(self._kinds.values())

    def __getitem__(self, name: str) -> ClaimKind:
        return self._kinds[name]

    def __contains__(self, name: object) -> bool:
        return name in self._kinds

    def names(self) -> tuple[str, ...]:
        return tuple(self._kinds)

    def readers(self, basis: Basis) -> list[KindReader]:
        """One reader of each class the kinds name, in registration order."""
        built: dict[ReaderClass, KindReader] = {}
        for kind in self:
            if kind.reader not in built:
                built[kind.reader] = kind.reader(basis)  # type: ignore[call-arg]  # readers take the basis; Protocol cannot say so
        return list(built.values())


KINDS = Registry()

KINDS.register(
    ClaimKind(
        name=approval_rules.KIND_USE,
        title="Approved use",
        looks_like='a product (or the class) is, or is not, approved for a use: "Botox is not '
        'FDA-approved for migraine", "Xeomin is on-label for TMJ", "all toxins are approved '
        "for crow's feet\"",
        judged_by="the label's indications; off-label uses the evidence base lists",
        reader=ApprovalReader,
        ground=grounds.label,
    )
)
KINDS.register(
    ClaimKind(
        name=approval_rules.KIND_YEAR,
        title="Year of approval",
        looks_like='when an approval came: "approved for chronic migraine in 2004", '
        '"Jeuveau only got FDA approval in 2019"',
        judged_by="each indication's approval year and later label changes; the product's "
        "first US approval",
        reader=ApprovalReader,
        ground=grounds.label,
    )
)
KINDS.register(
    ClaimKind(
        name=approval_rules.KIND_POPULATION,
        title="Who an approval covers",
        looks_like='ages and groups an approval covers: "approved for kids", "adults only", '
        '"from age 12", "at any age"',
        judged_by="the population of each indication, read as an age range",
        reader=ApprovalReader,
        ground=grounds.label,
    )
)
KINDS.register(
    ClaimKind(
        name=approval_rules.KIND_RESTRICTION,
        title="Only approved for",
        looks_like='restrictive and exclusive forms: "only approved for frown lines", "for '
        'cosmetic use and nothing else", "Botox is the only toxin approved for X"',
        judged_by="the label's other uses of the same kind, and other products' labels",
        reader=ApprovalReader,
        ground=grounds.label,
    )
)
KINDS.register(
    ClaimKind(
        name=approval_rules.KIND_EVIDENCE,
        title="Evidence of effect",
        looks_like='"no evidence it works for migraine", "clinically proven for masseter '
        'slimming", "off-label uses are untested"',
        judged_by="approved uses (their trials settled the evidence); off-label uses, which "
        "no label covers",
        reader=ApprovalReader,
        ground=grounds.label,
    )
)
KINDS.register(
    ClaimKind(
        name=units.KIND_UNITS,
        title="Units and conversions",
        looks_like='"1 unit of Botox = 2.5 units of Dysport", "units are interchangeable", a '
        "conversion chart or ratio between brands",
        judged_by="the class warning that potency units are specific to each product",
        reader=units.UnitsReader,
        ground=grounds.units,
    )
)
KINDS.register(
    ClaimKind(
        name=units.KIND_DOSE,
        title="Label doses",
        looks_like='a label dose in units for a product and a use: "Dysport for frown lines is '
        '20 units", "bladder Botox for OAB is 200 units"',
        judged_by="the dose on the label for that use, where it has one definite total",
        reader=units.DoseReader,
        ground=grounds.units,
    )
)
KINDS.register(
    ClaimKind(
        name=boxed.KIND_BOXED,
        title="Boxed warning",
        looks_like='whether a product has the boxed warning and what it says: "Dysport has no '
        'black box warning", "the boxed warning came in 2009"',
        judged_by="the class boxed warning (distant spread of toxin effect), its year and the "
        "products it applies to",
        reader=boxed.BoxedWarningReader,
        ground=grounds.boxed_warning,
    )
)
KINDS.register(
    ClaimKind(
        name=boxed.KIND_SAFETY,
        title="Absolute safety",
        looks_like='a product said to be safe without qualification: "completely safe", '
        '"risk-free", "can\'t spread"',
        judged_by="the boxed warning's distant-spread risk",
        reader=boxed.SafetyReader,
        ground=grounds.safety,
    )
)
KINDS.register(
    ClaimKind(
        name=cautions.KIND_INGREDIENT,
        title="Ingredients",
        looks_like='a product said to contain, or be free of, an ingredient: "Xeomin has no '
        'albumin", "Dysport is dairy-free", "Daxxify is the only albumin-free toxin"',
        judged_by="the formulation (excipients) on each product's label",
        reader=cautions.IngredientReader,
        ground=grounds.ingredient,
    )
)
KINDS.register(
    ClaimKind(
        name=cautions.KIND_CONTRAINDICATION,
        title="Contraindications",
        looks_like='who must not be treated, or a stance on it: "injecting over an infected '
        'spot is fine", "allergic to Dysport? switch to Botox", "Xeomin has no '
        'contraindications"',
        judged_by="the contraindications on the product's label (and those of every product)",
        reader=cautions.CautionReader,
        ground=grounds.contraindication,
    )
)
KINDS.register(
    ClaimKind(
        name=cautions.KIND_WARNING,
        title="Warnings",
        looks_like='a stance on a label warning: "myasthenia gravis doesn\'t matter", "no '
        'interaction with muscle relaxants", "anaphylaxis has never been reported"',
        judged_by="the warnings on the product's label (neuromuscular disorders, swallowing "
        "and breathing, drug interactions, hypersensitivity, human albumin, …)",
        reader=cautions.CautionReader,
        ground=grounds.warning,
    )
)
KINDS.register(
    ClaimKind(
        name=devices.KIND_PERMANENCE,
        title="Permanent or temporary",
        looks_like='a filler said to be permanent or temporary: "fillers are permanent", '
        '"Bellafill is temporary", "HA filler wears off in 6-12 months"',
        judged_by="the class fact that approved fillers are absorbed, Bellafill (PMMA) aside, "
        "and the named product's material",
        reader=devices.PermanenceReader,
        ground=devices.ground_permanence,
    )
)
KINDS.register(
    ClaimKind(
        name=devices.KIND_REVERSIBILITY,
        title="Can it be undone",
        looks_like='"Sculptra can be dissolved", "dissolvable with an FDA-approved enzyme", '
        '"Kybella can be reversed"',
        judged_by="the class facts on hyaluronidase (off-label; no US label includes "
        "dissolving filler), non-HA fillers, Kybella and Latisse",
        reader=devices.ReversibilityReader,
        ground=devices.ground_reversibility,
    )
)
KINDS.register(
    ClaimKind(
        name=devices.KIND_DEVICE,
        title="Devices and techniques",
        looks_like="needle-free pens, at-home or over-the-counter filler, injectable silicone "
        'called approved or safe: "hyaluron pens are FDA-cleared"; and the ages the filler '
        'class is approved for: "fillers are approved from 18"',
        judged_by="the FDA's class facts and safety communications on fillers",
        reader=devices.TechniqueReader,
        ground=devices.ground_technique,
    )
)
KINDS.register(
    ClaimKind(
        name=devices.KIND_COMPOSITION,
        title="What a filler is made of",
        looks_like='"Radiesse is a hyaluronic acid filler", "Volbella has no lidocaine", '
        '"Bellafill has no animal-derived ingredients"',
        judged_by="the named product's material as its sources give it",
        reader=device_labels.CompositionReader,
        ground=devices.ground_composition,
    )
)
KINDS.register(
    ClaimKind(
        name=devices.KIND_RISK,
        title="Warnings of fillers and aesthetic drugs",
        looks_like="a risk the labels warn of, denied or stated: \"fillers can't cause "
        'blindness", "Kybella can\'t affect swallowing", "lip filler won\'t set off cold sores"',
        judged_by="the class warnings of fillers (vascular occlusion, cold sores, nodules, "
        "delayed inflammation) and the named product's own warnings",
        reader=device_labels.RiskReader,
        ground=devices.ground_risk,
    )
)
