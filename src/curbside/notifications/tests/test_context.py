from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.template import Context, Template
from django.test import RequestFactory

from curbside.accounts.tests.factories import UserFactory
from curbside.notifications.context import unread_count
from curbside.notifications.models import Kind, Notification

pytestmark = pytest.mark.django_db


def _request(user):
    request = RequestFactory().get("/")
    request.user = user
    return request


def test_it_counts_unread_notifications_in_one_query(patient, django_assert_num_queries):
    for n in range(3):
        Notification.objects.create(user=patient, kind=Kind.ANSWER, title=f"N{n}", url="/")
    Notification.objects.filter(title="N0").update(read_at="2026-01-01T00:00:00Z")
    Notification.objects.create(user=UserFactory(), kind=Kind.ANSWER, title="Other", url="/")
    context = unread_count(_request(patient))
    with django_assert_num_queries(1):
        html = Template(
            "{% if unread_notifications %}{{ unread_notifications }} new{% endif %}"
            "{% if unread_notifications > 1 %} (several){% endif %}"
        ).render(Context(context))
    assert html == "2 new (several)"


def test_it_costs_nothing_for_visitors_or_when_unused(patient, django_assert_num_queries):
    with django_assert_num_queries(0):
        context = unread_count(_request(AnonymousUser()))
        assert Template("{{ unread_notifications }}").render(Context(context)) == "0"
        unread_count(_request(patient))  # never rendered: never counted
