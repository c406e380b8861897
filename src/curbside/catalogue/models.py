"""The catalogue of treatments: the topics that questions, physicians, practices, articles,
reviews and the evidence base are filed under. It imports no other app, so every app may."""

from __future__ import annotations

from django.db import models
from django.urls import reverse


class TreatmentKind(models.TextChoices):
    NEUROTOXIN = "neurotoxin", "Neurotoxin injection"
    FILLER = "filler", "Dermal filler"
    INJECTABLE = "injectable", "Other injectable"
    SKIN = "skin", "Skin treatment"
    SURGERY = "surgery", "Surgery"


# schema.org's nearest type for each kind of treatment: a toxin is a drug, a filler or a
# peel a procedure.
SCHEMA_TYPE: dict[str, str] = {
    TreatmentKind.NEUROTOXIN: "Drug",
    TreatmentKind.INJECTABLE: "Drug",
    TreatmentKind.FILLER: "MedicalProcedure",
    TreatmentKind.SKIN: "TherapeuticProcedure",
    TreatmentKind.SURGERY: "SurgicalProcedure",
}


class Treatment(models.Model):
    slug = models.SlugField(max_length=60, unique=True)
    name = models.CharField(max_length=80, unique=True)
    kind = models.CharField(max_length=20, choices=TreatmentKind.choices)
    summary = models.CharField(max_length=300)

    class Meta:
        # The table keeps the name it had when the qa app owned the catalogue (migration
        # catalogue 0001 moved the model without touching the database).
        db_table = "qa_treatment"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("qa:treatment-detail", args=[self.slug])

    @property
    def schema_type(self) -> str:
        """Its schema.org type in structured data (SCHEMA_TYPE)."""
        return SCHEMA_TYPE.get(self.kind, "MedicalTherapy")
