from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from curbside.conftest import client_for
from curbside.qa.tests.factories import TreatmentFactory
from curbside.reviews import services
from curbside.reviews.models import Review, ReviewStatus

pytestmark = pytest.mark.django_db

GOOD = {
    "treatment": "botox",
    "stars": "5",
    "worth_it": "yes",
    "title": "Clear, careful and honest",
    "body": "She explained the dose, the risks and what to expect in the first two weeks.",
    "cost_usd": "450",
}


def _url(physician) -> str:
    return f"/reviews/new/{physician.slug}/"


def test_it_saves_a_review_for_moderation(patient, physician, botox):
    physician.treatments.set([botox])
    response = client_for(patient).post(_url(physician), GOOD)
    assert response.status_code == 302 and response["Location"] == "/reviews/mine/"
    review = Review.objects.get()
    assert (review.author, review.physician, review.treatment) == (patient, physician, botox)
    assert (review.stars, review.worth_it, review.cost_usd) == (5, "yes", 450)
    assert review.status == ReviewStatus.PENDING and review.published_at is None
    assert review.body_html.startswith("<p>She explained")
    physician.refresh_from_db()
    assert physician.review_count == 0  # not until a moderator publishes it
    mine = client_for(patient).get("/reviews/mine/").content.decode()
    assert "Clear, careful and honest" in mine and "Awaiting moderation" in mine


def test_the_form_offers_the_physicians_treatments_first_and_any_other(patient, physician, botox):
    physician.treatments.set([botox])
    TreatmentFactory(slug="lip-filler", name="Lip filler")
    html = client_for(patient).get(_url(physician) + "?treatment=botox").content.decode()
    assert '<optgroup label="Offered by Dr. Ruiz">' in html
    assert '<optgroup label="Other treatments">' in html and "Lip filler" in html
    assert "never removed at a physician" in html


def test_a_treatment_the_physician_does_not_list_is_accepted(patient, physician, botox):
    TreatmentFactory(slug="lip-filler", name="Lip filler")
    response = client_for(patient).post(_url(physician), {**GOOD, "treatment": "lip-filler"})
    assert response.status_code == 302
    assert Review.objects.get().treatment.slug == "lip-filler"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"stars": "0"}, "Choose from 1 to 5 stars."),
        ({"stars": "6"}, "Choose from 1 to 5 stars."),
        ({"stars": ""}, "This field is required."),
        ({"worth_it": "maybe"}, "Say whether it was worth it"),
        ({"body": ""}, "This field is required."),
        ({"body": "   "}, "This field is required."),
        ({"body": "<b>Great</b> doctor, I would go back again."}, "contains HTML"),
        ({"title": "<script>alert(1)</script>"}, "contains HTML"),
        ({"cost_usd": "-5"}, "greater than or equal to 0"),
        ({"treatment": "no-such"}, "Choose a treatment from the list."),
    ],
)
def test_bad_input_is_refused(patient, physician, botox, change, message):
    response = client_for(patient).post(_url(physician), {**GOOD, **change})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Review.objects.exists()


def test_a_second_review_of_the_same_physician_and_treatment_is_refused(patient, physician, botox):
    client_for(patient).post(_url(physician), GOOD)
    response = client_for(patient).post(_url(physician), {**GOOD, "title": "Second go"})
    assert response.status_code == 400
    assert "You have already reviewed Dr. Ana Ruiz, MD, FACS for Botox" in response.content.decode()
    assert Review.objects.count() == 1


def test_a_second_treatment_is_a_separate_review(patient, physician, botox):
    TreatmentFactory(slug="dysport", name="Dysport")
    client_for(patient).post(_url(physician), GOOD)
    assert (
        client_for(patient).post(_url(physician), {**GOOD, "treatment": "dysport"}).status_code
        == 302
    )
    assert Review.objects.count() == 2


def test_a_physician_cannot_review_themself(physician, botox):
    response = client_for(physician.user).post(_url(physician), GOOD)
    assert response.status_code == 403
    assert "You cannot review yourself." in response.content.decode()
    with pytest.raises(ValidationError, match="cannot review yourself"):
        services.review_create(
            author=physician.user,
            physician=physician,
            treatment=botox,
            stars=5,
            worth_it="yes",
            title="Best doctor",
            body="I am very good at this, trust me.",
        )
    assert not Review.objects.exists()


@pytest.mark.parametrize(
    "role", ["pending_physician", "verified_physician", "practice_staff", "moderator"]
)
def test_only_patients_write_reviews(cast, other_physician, botox, role):
    response = client_for(cast[role]).post(_url(other_physician), GOOD)
    assert response.status_code == 403
    assert "Only patient accounts" in response.content.decode()
    assert not Review.objects.exists()


def test_visitors_are_sent_to_sign_in(physician, botox):
    response = client_for(None).post(_url(physician), GOOD)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert not Review.objects.exists()


def test_a_patient_confirms_their_e_mail_first(unverified_patient, physician, botox):
    response = client_for(unverified_patient).post(_url(physician), GOOD)
    assert response.status_code == 400 and "confirm your e-mail" in response.content.decode()
    assert not Review.objects.exists()


def test_unverified_and_unknown_physicians_cannot_be_reviewed(patient, pending_physician, botox):
    assert client_for(patient).get(_url(pending_physician)).status_code == 404
    assert client_for(patient).get("/reviews/new/no-such-doctor/").status_code == 404


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"stars": 0}, "stars"),
        ({"stars": 6}, "stars"),
        ({"stars": True}, "stars"),
        ({"body": ""}, "body"),
        ({"body": "<p>hello there, this is HTML</p>"}, "body"),
        ({"cost_usd": -1}, "cost_usd"),
        ({"worth_it": "perhaps"}, "worth_it"),
    ],
)
def test_the_service_checks_every_rule(patient, physician, botox, change, field):
    data = {
        "stars": 4,
        "worth_it": "yes",
        "title": "Good visit",
        "body": "Explained everything clearly.",
        "cost_usd": None,
    }
    with pytest.raises(ValidationError) as exc:
        services.review_create(
            author=patient, physician=physician, treatment=botox, **{**data, **change}
        )
    assert field in exc.value.message_dict
