from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from curbside.accounts.tests.factories import UserFactory
from curbside.conftest import client_for
from curbside.notifications.models import EmailOptOut, Kind, Notification

pytestmark = pytest.mark.django_db


def _notice(user, title, minutes_ago=0, read=False, url="/questions/1/q/"):
    when = timezone.now() - timedelta(minutes=minutes_ago)
    return Notification.objects.create(
        user=user,
        kind=Kind.ANSWER,
        title=title,
        url=url,
        created_at=when,
        read_at=when if read else None,
    )


def test_it_lists_my_notifications_newest_first_with_unread_marked(patient):
    _notice(patient, "Older and read", minutes_ago=60, read=True)
    _notice(patient, "Newest and unread", minutes_ago=1)
    _notice(UserFactory(), "Someone else's")
    html = client_for(patient).get("/notifications/").content.decode()
    assert html.index("Newest and unread") < html.index("Older and read")
    assert "Someone else" not in html
    assert html.count('class="notification unread"') == 1


def test_it_is_paginated(patient, settings):
    settings.CURBSIDE_PAGE_SIZE = 3
    for n in range(5):
        _notice(patient, f"Notice number {n}", minutes_ago=n)
    first = client_for(patient).get("/notifications/").content.decode()
    second = client_for(patient).get("/notifications/?page=2").content.decode()
    assert "Notice number 0" in first and "Notice number 3" not in first
    assert "Notice number 3" in second and "Page 2 of 2" in second


def test_mark_all_read(patient):
    _notice(patient, "One")
    _notice(patient, "Two")
    other = _notice(UserFactory(), "Not mine")
    response = client_for(patient).post("/notifications/read/")
    assert response.status_code == 302
    assert not Notification.objects.filter(user=patient).unread().exists()
    other.refresh_from_db()
    assert other.read_at is None
    assert client_for(patient).get("/notifications/read/").status_code == 405


def test_opening_a_notice_marks_it_read_and_follows_it(patient):
    notice = _notice(patient, "Answered", url="/questions/7/q/")
    response = client_for(patient).get(f"/notifications/{notice.pk}/")
    assert response.status_code == 302 and response["Location"] == "/questions/7/q/"
    notice.refresh_from_db()
    assert notice.read_at is not None


def test_a_notice_never_redirects_off_site(patient):
    notice = _notice(patient, "Odd", url="https://evil.example/")
    response = client_for(patient).get(f"/notifications/{notice.pk}/")
    assert response["Location"] == "/notifications/"


def test_someone_elses_notice_is_not_found(patient):
    notice = _notice(UserFactory(), "Theirs")
    assert client_for(patient).get(f"/notifications/{notice.pk}/").status_code == 404
    notice.refresh_from_db()
    assert notice.read_at is None


def test_visitors_are_sent_to_sign_in():
    for response in (
        client_for(None).get("/notifications/"),
        client_for(None).post("/notifications/read/"),
    ):
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_e_mail_preferences_turn_kinds_off_and_on(patient):
    c = client_for(patient)
    html = c.get("/notifications/").content.decode()
    assert (
        "A question you follow was answered" in html
        and "A review was published or replied to" in html
    )
    assert "consultation request" not in html  # not a patient's kind
    assert "Your question held by emergency triage was published" in html
    assert (
        c.post("/notifications/preferences/", {"kinds": ["review", "released"]}).status_code == 302
    )
    assert set(EmailOptOut.objects.filter(user=patient).values_list("kind", flat=True)) == {
        "answer"
    }
    kinds = ["review", "answer", "released"]
    assert c.post("/notifications/preferences/", {"kinds": kinds}).status_code == 302
    assert not EmailOptOut.objects.filter(user=patient).exists()
    c.post("/notifications/preferences/", {})
    assert EmailOptOut.objects.filter(user=patient).count() == 3


def test_unknown_kinds_are_refused(patient):
    response = client_for(patient).post("/notifications/preferences/", {"kinds": ["consultation"]})
    assert response.status_code == 400 and "Unknown kind of e-mail" in response.content.decode()
    assert not EmailOptOut.objects.exists()


def test_a_kind_turned_off_by_link_can_be_turned_back_on(patient):
    EmailOptOut.objects.create(user=patient, kind=Kind.CONSULTATION)
    c = client_for(patient)
    assert "consultation request" in c.get("/notifications/").content.decode()
    c.post(
        "/notifications/preferences/", {"kinds": ["answer", "review", "released", "consultation"]}
    )
    assert not EmailOptOut.objects.exists()
