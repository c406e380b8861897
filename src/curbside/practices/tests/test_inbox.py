from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from curbside.conftest import client_for
from curbside.practices.models import ConsultationNote, ConsultationRequest
from curbside.practices.tests.factories import ConsultationNoteFactory, ConsultationRequestFactory
from curbside.providers.tests.factories import PhysicianFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultation(practice) -> ConsultationRequest:
    return ConsultationRequestFactory(
        practice=practice,
        name="Rosa Delgado",
        email="rosa@example.com",
        message="Neck spasms, please call.",
    )


@pytest.fixture
def everyone(cast, other_staff, practice, physician):
    """Every role, each with whether it may see this practice's inbox."""
    outsider_physician = PhysicianFactory(first_name="Out", last_name="Sider").user
    return [
        (None, "visitor", False),
        (cast["patient"], "patient", False),
        (cast["pending_physician"], "pending physician of the practice", False),
        (outsider_physician, "verified physician elsewhere", False),
        (other_staff, "another practice's staff", False),
        (cast["practice_staff"], "the practice's staff", True),
        (physician.user, "verified physician of the practice", True),
        (cast["moderator"], "moderator", True),
    ]


def test_staff_see_the_inbox_and_filter_it(practice, staff, consultation):
    ConsultationRequestFactory(practice=practice, name="Booked Person", status="booked")
    client = client_for(staff)
    html = client.get("/practices/madison-lane/inbox/").content.decode()
    assert "Rosa Delgado" in html and "Booked Person" in html
    html = client.get("/practices/madison-lane/inbox/?status=booked").content.decode()
    assert "Booked Person" in html and "Rosa Delgado" not in html
    html = client.get("/practices/madison-lane/inbox/?status=bogus").content.decode()
    assert "Rosa Delgado" in html  # an unknown filter shows everything


def test_the_inbox_lists_only_this_practices_requests(practice, staff, other_staff):
    ConsultationRequestFactory(
        practice=other_staff.practice_membership.practice, name="Elsewhere Patient"
    )
    html = client_for(staff).get("/practices/madison-lane/inbox/").content.decode()
    assert "Elsewhere Patient" not in html


def test_the_inbox_is_seen_only_by_the_practice_and_moderators(everyone, consultation):
    urls = ["/practices/madison-lane/inbox/", f"/practices/madison-lane/inbox/{consultation.pk}/"]
    for user, who, allowed in everyone:
        for url in urls:
            response = client_for(user).get(url)
            if user is None:
                assert response.status_code == 302 and "/accounts/login/" in response["Location"], (
                    who
                )
            elif allowed:
                assert response.status_code == 200, who
                assert "Rosa Delgado" in response.content.decode(), who
            else:
                assert response.status_code == 404, who
                assert "Rosa Delgado" not in response.content.decode(), who


def test_no_one_outside_can_change_a_request(everyone, consultation):
    url = f"/practices/madison-lane/inbox/{consultation.pk}/"
    for user, who, allowed in everyone:
        if allowed:
            continue
        response = client_for(user).post(url, {"status": "closed", "note": "x"})
        assert response.status_code in (302, 404), who
        if user is not None:
            assert response.status_code == 404, who
    consultation.refresh_from_db()
    assert consultation.status == "new" and not consultation.notes.exists()


def test_moderators_read_but_do_not_work_a_request(moderator, consultation):
    client = client_for(moderator)
    url = f"/practices/madison-lane/inbox/{consultation.pk}/"
    assert "can read this request but not change it" in client.get(url).content.decode()
    assert client.post(url, {"status": "contacted"}).status_code == 403
    consultation.refresh_from_db()
    assert consultation.status == "new"


def test_a_request_of_another_practice_is_not_found_in_this_inbox(staff, practice, other_staff):
    theirs = ConsultationRequestFactory(practice=other_staff.practice_membership.practice)
    client = client_for(staff)
    assert client.get(f"/practices/madison-lane/inbox/{theirs.pk}/").status_code == 404
    assert (
        client.post(f"/practices/madison-lane/inbox/{theirs.pk}/", {"status": "closed"}).status_code
        == 404
    )
    assert client.get(f"/practices/elsewhere/inbox/{theirs.pk}/").status_code == 404
    assert client.get("/practices/madison-lane/inbox/999999/").status_code == 404


def test_staff_mark_a_request_contacted_and_it_is_logged(staff, consultation):
    client = client_for(staff)
    url = f"/practices/madison-lane/inbox/{consultation.pk}/"
    response = client.post(url, {"status": "contacted", "note": "Left a voicemail."})
    assert response.status_code == 302 and response["Location"] == url
    consultation.refresh_from_db()
    assert consultation.status == "contacted"
    assert consultation.first_response_at is not None and consultation.status_changed_at
    note = ConsultationNote.objects.get()
    assert (note.status, note.text, note.author) == ("contacted", "Left a voicemail.", staff)
    html = client.get(url).content.decode()
    assert "status changed to <strong>Contacted</strong>" in html and "Left a voicemail." in html


def test_the_first_response_time_is_kept_through_later_changes(physician, consultation):
    client = client_for(physician.user)
    url = f"/practices/madison-lane/inbox/{consultation.pk}/"
    client.post(url, {"status": "contacted"})
    consultation.refresh_from_db()
    first = consultation.first_response_at
    client.post(url, {"status": "booked"})
    client.post(url, {"status": "booked", "note": "Booked for Tuesday."})
    consultation.refresh_from_db()
    assert consultation.status == "booked" and consultation.first_response_at == first
    assert list(consultation.notes.values_list("status", "text")) == [
        ("contacted", ""),
        ("booked", ""),
        ("", "Booked for Tuesday."),
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"status": "new"}, "Change the status or write a note."),
        ({"status": "archived"}, "Select a valid choice"),
        ({"status": "new", "note": "<b>call</b> back"}, "contains HTML"),
    ],
)
def test_it_refuses_bad_updates(staff, consultation, data, message):
    response = client_for(staff).post(f"/practices/madison-lane/inbox/{consultation.pk}/", data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not consultation.notes.exists()


def test_the_detail_shows_notes_in_a_fixed_number_of_queries(
    staff, consultation, django_assert_num_queries
):
    client = client_for(staff)
    url = f"/practices/madison-lane/inbox/{consultation.pk}/"
    ConsultationNoteFactory.create_batch(3, request=consultation, author=staff)
    # user, membership, practice, request, notes with authors, unread notifications
    with django_assert_num_queries(6):
        assert client.get(url).status_code == 200
    ConsultationNoteFactory.create_batch(5, request=consultation, author=staff)
    with django_assert_num_queries(6):
        assert client.get(url).status_code == 200


def test_the_inbox_lists_in_a_fixed_number_of_queries(
    practice, staff, botox, django_assert_num_queries
):
    client = client_for(staff)
    ConsultationRequestFactory.create_batch(3, practice=practice, treatment=botox)
    # user, membership, practice, status counts, page count, page, unread notifications
    with django_assert_num_queries(7):
        assert client.get("/practices/madison-lane/inbox/").status_code == 200
    ConsultationRequestFactory.create_batch(6, practice=practice, treatment=botox)
    with django_assert_num_queries(7):
        assert client.get("/practices/madison-lane/inbox/").status_code == 200


def test_old_requests_page_and_keep_the_filter(practice, staff, settings):
    settings.CURBSIDE_PAGE_SIZE = 2
    for n in range(3):
        ConsultationRequestFactory(
            practice=practice, status="closed", created_at=timezone.now() - timedelta(days=n)
        )
    html = client_for(staff).get("/practices/madison-lane/inbox/?status=closed").content.decode()
    assert "?status=closed&amp;page=2" in html


def test_the_header_inbox_link_leads_staff_to_their_own_inbox(staff, patient):
    from curbside.conftest import client_for

    response = client_for(staff).get("/practices/my-inbox/")
    assert response.status_code == 302
    assert response["Location"] == f"/practices/{staff.practice_membership.practice.slug}/inbox/"
    assert client_for(patient).get("/practices/my-inbox/").status_code == 404
