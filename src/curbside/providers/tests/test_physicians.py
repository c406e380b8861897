from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client

from curbside.audit.models import AuditEntry
from curbside.conftest import client_for
from curbside.notifications.models import Notification
from curbside.providers.models import Physician
from curbside.providers.services import physician_reject, physician_verify
from curbside.providers.tests.factories import PhysicianFactory, valid_npi
from curbside.qa.tests.factories import TreatmentFactory

pytestmark = pytest.mark.django_db

FORM = {
    "email": "dr.vance@example.com",
    "password": "a long passphrase 42",
    "first_name": "Mira",
    "last_name": "Vance",
    "credentials": "MD, FAAD",
    "specialty": "dermatology",
    "npi": valid_npi(777),
    "practicing_since": 2012,
    "city": "Tucson",
    "state": "AZ",
    "board_certifications": "American Board of Dermatology\n",
    "bio": "I treat **skin**.",
}


def test_a_physician_applies_and_waits_for_verification(client: Client):
    TreatmentFactory(slug="botox", name="Botox", kind="neurotoxin")
    response = client.post("/accounts/signup/physician/", FORM)
    assert response.status_code == 302
    physician = Physician.objects.get()
    assert physician.status == "pending" and physician.user.role == "physician"
    assert physician.slug == "mira-vance" and "<strong>skin</strong>" in physician.bio_html
    assert [t.slug for t in physician.treatments.all()] == ["botox"]
    assert physician.board_certifications.get().verified_at is None
    assert client.get(physician.get_absolute_url()).status_code == 404  # not signed in yet
    link = re.search(r"http://testserver(/\S+)", mail.outbox[-1].body).group(1)
    assert client.get(link)["Location"] == physician.get_absolute_url()  # confirms, signs in
    assert client.get(physician.get_absolute_url()).status_code == 200  # the owner sees it
    assert Client().get(physician.get_absolute_url()).status_code == 404  # nobody else does yet


@pytest.mark.parametrize(
    ("over", "message"),
    [
        ({"npi": "1234567890"}, "check digit"),
        ({"npi": "12345"}, "at least 10"),
        ({"specialty": "astrology"}, "Select a valid choice"),
        ({"practicing_since": 2099}, "future"),
        ({"first_name": "<script>x</script>"}, "HTML"),
    ],
)
def test_bad_applications_are_refused(client: Client, over, message):
    response = client.post("/accounts/signup/physician/", {**FORM, **over})
    assert response.status_code == 400 and message in response.content.decode()
    assert Physician.objects.count() == 0


def test_a_duplicate_npi_is_refused(client: Client, physician):
    response = client.post("/accounts/signup/physician/", {**FORM, "npi": physician.npi})
    assert response.status_code == 400 and "already registered" in response.content.decode()


def test_a_bulk_verification_is_audited_without_telling_the_physician(moderator, pending_physician):
    physician_verify(physician=pending_physician, moderator=moderator, notify=False)
    physician_reject(
        physician=PhysicianFactory(status="pending"),
        moderator=moderator,
        reason="No NPI match.",
        notify=False,
    )
    assert AuditEntry.objects.count() == 2
    assert not Notification.objects.exists() and mail.outbox == []


def test_a_moderator_verifies_with_an_audit_row_and_a_mail(moderator, pending_physician):
    c = client_for(moderator)
    assert pending_physician.display_name in c.get("/moderation/").content.decode()
    response = c.post(
        f"/moderation/physicians/{pending_physician.pk}/verification/", {"decision": "verify"}
    )
    assert response.status_code == 302
    pending_physician.refresh_from_db()
    assert pending_physician.status == "verified"
    entry = AuditEntry.objects.get()
    assert (entry.actor, entry.action, entry.target_id) == (
        moderator,
        "physician.verified",
        pending_physician.pk,
    )
    assert (
        mail.outbox[0].to == [pending_physician.user.email] and "verified" in mail.outbox[0].subject
    )
    assert Client().get(pending_physician.get_absolute_url()).status_code == 200


def test_rejection_needs_a_reason(moderator, pending_physician):
    c = client_for(moderator)
    response = c.post(
        f"/moderation/physicians/{pending_physician.pk}/verification/", {"decision": "reject"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    # The error is in the card acted on, and the form brings the moderator back to it.
    card = html[html.index(f'id="physician-{pending_physician.pk}"') :]
    assert "Say why" in card[: card.index("</article>")]
    assert f'verification/#physician-{pending_physician.pk}"' in card
    assert "npiregistry.cms.hhs.gov/provider-view/" in card
    pending_physician.refresh_from_db()
    assert pending_physician.status == "pending" and AuditEntry.objects.count() == 0
    c.post(
        f"/moderation/physicians/{pending_physician.pk}/verification/",
        {"decision": "reject", "reason": "NPI belongs to someone else"},
    )
    pending_physician.refresh_from_db()
    assert pending_physician.status == "rejected"
    assert AuditEntry.objects.get().reason == "NPI belongs to someone else"
    assert "NPI belongs to someone else" in mail.outbox[0].body


def test_the_profile_shows_what_was_checked(client: Client, physician, moderator):
    from django.utils import timezone

    from curbside.providers.models import BoardCertification

    BoardCertification.objects.create(
        physician=physician,
        board="American Board of Dermatology",
        verified_at=timezone.now(),
        verified_by=moderator,
    )
    html = client.get(physician.get_absolute_url()).content.decode()
    assert (
        "NPI verified" in html
        and "American Board of Dermatology — verified by a moderator on" in html
    )
    assert "Dr. Ana Ruiz, MD, FACS" in html


def test_the_audit_log_is_paged(moderator):
    from curbside.audit.services import audit_record

    for n in range(31):
        audit_record(actor=moderator, action="physician.verified", target=moderator, reason=f"#{n}")
    html = client_for(moderator).get("/moderation/").content.decode()
    audit = html[html.index('id="audit"') :]
    assert "#30<" in audit and "#0<" not in audit  # newest first, 30 a page
    assert "?page=2#audit" in audit
    assert "#0<" in client_for(moderator).get("/moderation/?page=2").content.decode()
