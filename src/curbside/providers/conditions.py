"""Find a doctor by condition: "neck spasms" → cervical dystonia → neurologists and physiatrists.

A patient names the condition in their own words. The evidence base's lexicon
(`evidence.knowledge.KnowledgeBase.match_conditions`) finds which condition or off-label use
the words mean, and `SPECIALISTS` says which of Curbside's specialties commonly treat it with
botulinum toxin. The table is editorial, not label text: it lists the specialties whose
training covers the condition (the American Board of Medical Specialties' descriptions of
each board). A use missing from it is one no specialty here treats as a rule (depression, TMJ
disorder) or one spread over many (the "other medical" group), and searching for it says so
rather than guessing.
"""

from __future__ import annotations

from dataclasses import dataclass

from curbside.evidence.knowledge import KnowledgeBase, knowledge_base
from curbside.lib.text import lower_first
from curbside.providers.models import Specialty

_FACE = (
    Specialty.DERMATOLOGY,
    Specialty.PLASTIC_SURGERY,
    Specialty.FACIAL_PLASTIC_SURGERY,
    Specialty.OCULOPLASTIC_SURGERY,
)
_LOWER_FACE_AND_BODY = (
    Specialty.DERMATOLOGY,
    Specialty.PLASTIC_SURGERY,
    Specialty.FACIAL_PLASTIC_SURGERY,
)
_MOVEMENT = (Specialty.NEUROLOGY, Specialty.PHYSICAL_MEDICINE)

# Condition or off-label use id (evidence/data/conditions.yaml, off_label.yaml) → specialties.
SPECIALISTS: dict[str, tuple[Specialty, ...]] = {
    "cervical_dystonia": _MOVEMENT,
    "upper_limb_spasticity": _MOVEMENT,
    "lower_limb_spasticity": _MOVEMENT,
    "blepharospasm": (
        Specialty.NEUROLOGY,
        Specialty.OPHTHALMOLOGY,
        Specialty.OCULOPLASTIC_SURGERY,
    ),
    "strabismus": (Specialty.OPHTHALMOLOGY,),
    "chronic_migraine": (Specialty.NEUROLOGY,),
    "episodic_migraine_and_other_headache": (Specialty.NEUROLOGY,),
    "axillary_hyperhidrosis": (Specialty.DERMATOLOGY,),
    "non_axillary_hyperhidrosis": (Specialty.DERMATOLOGY,),
    "overactive_bladder": (Specialty.UROLOGY,),
    "neurogenic_detrusor_overactivity": (Specialty.UROLOGY,),
    "chronic_sialorrhea": (Specialty.NEUROLOGY, Specialty.OTOLARYNGOLOGY),
    "glabellar_lines": _FACE,
    "lateral_canthal_lines": _FACE,
    "forehead_lines": _FACE,
    "brand_specific_cosmetic_off_label": _FACE,
    "cosmetic_other_face_areas": _LOWER_FACE_AND_BODY,
    "platysma_bands": _LOWER_FACE_AND_BODY,
    "masseter_jaw_slimming": _LOWER_FACE_AND_BODY,
    "gummy_smile": _LOWER_FACE_AND_BODY,
    "lip_flip": _LOWER_FACE_AND_BODY,
    "trapezius_barbie_botox": _LOWER_FACE_AND_BODY,
    # Fillers' areas, Kybella and Latisse (issue 16). Body contouring is left out: the FDA
    # recommends against it, and the filter does not send patients to it.
    "lip_augmentation": _LOWER_FACE_AND_BODY,
    "perioral_lines": _LOWER_FACE_AND_BODY,
    "facial_wrinkles_folds": _LOWER_FACE_AND_BODY,
    "cheek_midface_volume": _LOWER_FACE_AND_BODY,
    "cheek_skin_smoothness": _LOWER_FACE_AND_BODY,
    "cheek_fine_lines": _LOWER_FACE_AND_BODY,
    "chin_augmentation": _LOWER_FACE_AND_BODY,
    "jawline": _LOWER_FACE_AND_BODY,
    "temple_hollowing": _FACE,
    "infraorbital_hollows": _FACE,
    "acne_scars_cheek": (Specialty.DERMATOLOGY, Specialty.PLASTIC_SURGERY),
    "hiv_facial_lipoatrophy": _LOWER_FACE_AND_BODY,
    "dorsal_hand_volume": (Specialty.DERMATOLOGY, Specialty.PLASTIC_SURGERY),
    "submental_fat": _LOWER_FACE_AND_BODY,
    "eyelash_hypotrichosis": (Specialty.DERMATOLOGY, Specialty.OPHTHALMOLOGY),
    "nonsurgical_rhinoplasty": (Specialty.FACIAL_PLASTIC_SURGERY, Specialty.PLASTIC_SURGERY),
}

EXAMPLES = "'neck spasms', 'chronic migraine' or 'underarm sweating'"


class UnknownCondition(ValueError):
    """The words name no condition we can send to specialists; the message says what to do."""


@dataclass(frozen=True)
class ConditionSearch:
    """A condition found in what the patient typed, and who treats it."""

    condition_id: str
    name: str  # the condition's short name: "Cervical dystonia"
    said: str  # the patient's words that named it: "neck spasms"
    specialties: tuple[Specialty, ...]
    caveat: str = ""  # the lexicon's note on what the words do not mean

    @property
    def name_in_sentence(self) -> str:
        return lower_first(self.name)

    @property
    def specialty_labels(self) -> list[str]:
        return [Specialty(code).label for code in self.specialties]


def resolve_condition(text: str, kb: KnowledgeBase | None = None) -> ConditionSearch:
    """The condition named in `text` (lay words, a clinical name or a condition id) with the
    specialties that treat it; UnknownCondition when the words name none we can place."""
    kb = kb or knowledge_base()
    words = " ".join(text.split())
    if words in SPECIALISTS and (name := kb.name_of(words)):  # an id, as API clients send
        return ConditionSearch(words, name, name, SPECIALISTS[words])
    matches = kb.match_conditions(words)
    for match in matches:
        if match.target_id in SPECIALISTS:
            return ConditionSearch(
                condition_id=match.target_id,
                name=kb.name_of(match.target_id),
                said=match.text,
                specialties=SPECIALISTS[match.target_id],
                caveat=match.caveat,
            )
    if matches:
        raise UnknownCondition(
            f"We can't say which specialists treat {lower_first(kb.name_of(matches[0].target_id))}."
            " Choose a specialty instead."
        )
    raise UnknownCondition(
        f"We don't recognise “{words}” as a condition. Try words such as {EXAMPLES}."
    )


def condition_suggestions(kb: KnowledgeBase | None = None) -> list[str]:
    """Short names of the labeled conditions the filter knows, for the field's suggestions, A
    to Z (off-label uses are found by their words too, but their names are long)."""
    kb = kb or knowledge_base()
    names = {kb.conditions[cid].short_name for cid in SPECIALISTS if cid in kb.conditions}
    return sorted(names, key=str.lower)
