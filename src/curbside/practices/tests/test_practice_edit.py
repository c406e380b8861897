from __future__ import annotations

import pytest

from curbside.conftest import client_for
from curbside.lib.geo import zip_location
from curbside.practices.models import Practice
from curbside.providers.models import Physician

pytestmark = pytest.mark.django_db

URL = "/practices/madison-lane/edit/"


def _data(practice: Practice, **overrides: str) -> dict[str, str]:
    data = {
        "name": "Madison Lane Dermatology & Laser",
        "street": practice.street,
        "city": practice.city,
        "state": practice.state,
        "zip_code": practice.zip_code,
        "phone": "(212) 555-0144",
        "website": "https://madison-lane.example",
        "description": "We treat **neck spasms** and frown lines.",
    }
    data.update(overrides)
    return data


def test_staff_edit_their_practice_page(practice, staff):
    client = client_for(staff)
    form = client.get(URL)
    assert form.status_code == 200 and 'value="Madison Lane Dermatology"' in form.content.decode()
    response = client.post(URL, _data(practice))
    assert response.status_code == 302 and response["Location"] == "/practices/madison-lane/"
    practice.refresh_from_db()
    assert practice.name == "Madison Lane Dermatology & Laser"
    assert practice.phone == "(212) 555-0144"
    assert (
        practice.description_html == "<p>We treat <strong>neck spasms</strong> and frown lines.</p>"
    )
    assert "<strong>neck spasms</strong>" in client.get("/practices/madison-lane/").content.decode()


def test_moderators_may_edit_any_practice_page(practice, moderator):
    assert client_for(moderator).post(URL, _data(practice)).status_code == 302


def test_no_one_else_may_edit_it(cast, practice, other_staff, physician):
    outsiders = [
        cast["patient"],
        physician.user,  # physicians of the practice manage their profile, not the practice
        cast["pending_physician"],
        other_staff,
    ]
    for user in outsiders:
        client = client_for(user)
        assert client.get(URL).status_code == 404, user
        assert client.post(URL, _data(practice)).status_code == 404, user
    visitor = client_for(None).post(URL, _data(practice))
    assert visitor.status_code == 302 and "/accounts/login/" in visitor["Location"]
    practice.refresh_from_db()
    assert practice.name == "Madison Lane Dermatology"


@pytest.mark.parametrize(
    ("overrides", "field_message"),
    [
        ({"description": "<script>alert(1)</script>"}, "contains HTML"),
        ({"name": ""}, "This field is required"),
        ({"zip_code": "ABCDE"}, "five-digit ZIP code"),
        ({"website": "javascript:alert(1)"}, "starting https://"),
        ({"phone": "none"}, "area code"),
        ({"state": "ZZ"}, "Select a valid choice"),
    ],
)
def test_it_refuses_bad_input(practice, staff, overrides, field_message):
    response = client_for(staff).post(URL, _data(practice, **overrides))
    assert response.status_code == 400
    assert field_message in response.content.decode()
    practice.refresh_from_db()
    assert practice.name == "Madison Lane Dermatology"


def test_a_new_zip_code_moves_the_practice_and_its_physicians(practice, staff, physician):
    expected = zip_location("19103")
    assert expected is not None
    response = client_for(staff).post(
        URL, _data(practice, city="Philadelphia", state="PA", zip_code="19103")
    )
    assert response.status_code == 302
    practice.refresh_from_db()
    assert (practice.latitude, practice.longitude) == pytest.approx(expected)
    physician = Physician.objects.get(pk=physician.pk)
    assert (physician.latitude, physician.longitude) == pytest.approx(expected)


def test_an_unknown_zip_code_is_refused(practice, staff):
    response = client_for(staff).post(
        URL, _data(practice, city="Nowhere Special", state="PA", zip_code="00000")
    )
    assert response.status_code == 400
    assert "We could not find ZIP code 00000" in response.content.decode()
    practice.refresh_from_db()
    assert practice.zip_code != "00000"
