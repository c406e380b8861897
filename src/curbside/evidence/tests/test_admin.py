"""The evidence base in the admin: moderators edit it, with source and review dates required,
and confirm low-confidence facts (audited); nobody else can."""

from __future__ import annotations

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from curbside.accounts.tests.factories import UserFactory
from curbside.audit.models import AuditEntry
from curbside.conftest import client_for
from curbside.evidence import models as m
from curbside.evidence.knowledge import knowledge_base

MODELS = [
    m.EvidenceBase,
    m.Condition,
    m.Product,
    m.ProductTreatment,
    *m.FACT_MODELS,
]


def _changelist(model: type) -> str:
    return reverse(f"admin:evidence_{model._meta.model_name}_changelist")


def _change(obj: m.models.Model) -> str:
    return reverse(f"admin:evidence_{obj._meta.model_name}_change", args=[obj.pk])


def _form(obj: m.models.Model, client) -> dict[str, str]:
    """The change form's fields as posted back unchanged (inline management forms included)."""
    response = client.get(_change(obj))
    assert response.status_code == 200
    form = response.context["adminform"].form
    data: dict[str, str] = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if value is None:
            continue
        if isinstance(value, list):
            data[name] = value  # type: ignore[assignment]
        elif hasattr(value, "isoformat"):
            data[name] = value.isoformat()
        else:
            data[name] = form[name].value() if name == "field_sources" else str(value)
    for formset in response.context["inline_admin_formsets"]:
        management = formset.formset.management_form
        for name in management.fields:
            data[f"{management.prefix}-{name}"] = str(management[name].value())
        for inline_form in formset.formset.forms:
            for name in inline_form.fields:
                value = inline_form[name].value()
                if value is not None:
                    data[inline_form.add_prefix(name)] = str(value)
    return data


def test_moderators_see_every_evidence_model(loaded, moderator):
    client = client_for(moderator)
    for model in MODELS:
        assert client.get(_changelist(model)).status_code == 200, model
    product = m.Product.objects.get(key="botox")
    assert client.get(_change(product)).status_code == 200
    assert client.get("/admin/").status_code == 200


def test_others_are_kept_out(loaded, patient, physician):
    for user in (None, patient, physician.user):
        response = client_for(user).get(_changelist(m.Indication))
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    staff_non_moderator = UserFactory(role="physician", is_staff=True)
    assert client_for(staff_non_moderator).get(_changelist(m.Indication)).status_code == 403


def test_an_admin_edit_is_what_the_knowledge_base_shows(loaded, moderator):
    client = client_for(moderator)
    assert knowledge_base().approval("botox", "chronic_migraine").population == "adults"
    indication = m.Indication.objects.get(product__key="botox", key="chronic_migraine")
    data = _form(indication, client)
    data["population"] = "adults 18 and older"
    response = client.post(_change(indication), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    [approved] = knowledge_base().approval("botox", "chronic_migraine").indications
    assert approved.population == "adults 18 and older"


def test_source_is_required_and_checked(loaded, moderator):
    client = client_for(moderator)
    reaction = m.AdverseReaction.objects.get(
        product__key="botox", key="cervical_dystonia_dysphagia"
    )
    data = _form(reaction, client)
    for bad, message in [
        ("", "This field is required."),
        ("the label", "Source entries are http(s) URLs or the word &#x27;memory&#x27;"),
        ("memory", "rests on &#x27;memory&#x27;: say how confident it is"),
    ]:
        response = client.post(_change(reaction), {**data, "source": bad, "confidence": ""})
        assert response.status_code == 200
        assert message in response.content.decode()
    reaction.refresh_from_db()
    assert reaction.source.startswith("https://")


def test_last_reviewed_is_required(loaded, moderator):
    client = client_for(moderator)
    for obj in (m.Product.objects.get(key="letybo"), m.EvidenceBase.objects.get()):
        data = {**_form(obj, client), "last_reviewed": ""}
        response = client.post(_change(obj), data)
        assert response.status_code == 200
        assert "This field is required." in response.content.decode()
    assert m.Product.objects.get(key="letybo").last_reviewed.isoformat() == "2026-11-23"


def _confirm(client, model, pks):
    return client.post(
        _changelist(model),
        {"action": "confirm_low_confidence", ACTION_CHECKBOX_NAME: [str(pk) for pk in pks]},
        follow=True,
    )


def test_moderators_confirm_low_confidence_facts(loaded, moderator):
    hidden = m.AdverseReaction.objects.get(key="forehead_lines_eyelid_ptosis")
    already_shown = m.AdverseReaction.objects.get(
        product__key="botox", key="cervical_dystonia_dysphagia"
    )
    assert "forehead_lines_eyelid_ptosis" not in {
        r.id for r in knowledge_base().products["botox_cosmetic"].adverse_reactions
    }

    response = _confirm(client_for(moderator), m.AdverseReaction, [hidden.pk, already_shown.pk])

    assert "Confirmed 1 low-confidence fact(s)" in response.content.decode()
    assert "1 selected fact(s) were not awaiting confirmation" in response.content.decode()
    hidden.refresh_from_db()
    assert hidden.confirmed_by == moderator and hidden.confirmed_at is not None
    audit = AuditEntry.objects.get(action="evidence.confirm")
    assert (audit.actor, audit.target_type, audit.target_id) == (
        moderator,
        "evidence.adversereaction",
        hidden.pk,
    )
    assert "forehead_lines_eyelid_ptosis" in {
        r.id for r in knowledge_base().products["botox_cosmetic"].adverse_reactions
    }


def test_a_non_moderator_cannot_confirm(loaded):
    superuser_not_moderator = UserFactory(role="physician", is_staff=True, is_superuser=True)
    hidden = m.Dose.objects.get(product__key="xeomin", key="upper_limb_spasticity_pediatric")
    client = client_for(superuser_not_moderator)
    assert client.get(_changelist(m.Dose)).status_code == 200
    assert "confirm_low_confidence" not in client.get(_changelist(m.Dose)).content.decode()

    _confirm(client, m.Dose, [hidden.pk])

    hidden.refresh_from_db()
    assert hidden.confirmed_at is None
    assert not AuditEntry.objects.exists()


def test_the_confirm_service_refuses_non_moderators(loaded, physician):
    from django.core.exceptions import PermissionDenied

    from curbside.evidence.services import evidence_confirm

    with pytest.raises(PermissionDenied):
        evidence_confirm(facts=m.Dose.objects.awaiting_confirmation(), moderator=physician.user)
    assert m.Dose.objects.awaiting_confirmation().count() == 1
