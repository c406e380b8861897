from __future__ import annotations

import pytest

from curbside.limits.models import RateCounter
from curbside.limits.services import Rate, forget_refusals, rate_hit

FIVE = Rate(limit=5, window=60)
NOW = 1_800_000_030.0  # 30 s into a one-minute window


def test_the_first_requests_up_to_the_limit_pass_and_the_next_is_refused(db):
    for _ in range(FIVE.limit):
        assert rate_hit(scope="s", client="ip:192.0.2.1", rate=FIVE, now=NOW) is None
    assert rate_hit(scope="s", client="ip:192.0.2.1", rate=FIVE, now=NOW) == 30


def test_each_request_is_counted_before_it_is_checked(db):
    # Refused requests count too: one counter row, at limit + refusals.
    for _ in range(FIVE.limit + 3):
        forget_refusals()  # as if each came to another web process
        rate_hit(scope="s", client="ip:192.0.2.1", rate=FIVE, now=NOW)
    (row,) = RateCounter.objects.all()
    assert row.hits == FIVE.limit + 3


def test_a_refused_client_costs_no_write_until_its_window_ends(db, django_assert_num_queries):
    for _ in range(FIVE.limit + 1):
        rate_hit(scope="s", client="ip:192.0.2.1", rate=FIVE, now=NOW)
    with django_assert_num_queries(0):
        assert rate_hit(scope="s", client="ip:192.0.2.1", rate=FIVE, now=NOW + 5) == 25


def test_clients_scopes_and_windows_are_counted_apart(db):
    for _ in range(FIVE.limit + 1):
        rate_hit(scope="s", client="ip:192.0.2.1", rate=FIVE, now=NOW)
    assert rate_hit(scope="s", client="ip:192.0.2.2", rate=FIVE, now=NOW) is None
    assert rate_hit(scope="other", client="ip:192.0.2.1", rate=FIVE, now=NOW) is None
    assert rate_hit(scope="s", client="ip:192.0.2.1", rate=FIVE, now=NOW + 30) is None


def test_client_addresses_are_not_stored_as_they_are(db):
    rate_hit(scope="s", client="ip:192.0.2.1", rate=FIVE, now=NOW)
    (row,) = RateCounter.objects.all()
    assert "192.0.2.1" not in row.key


def test_expired_counters_are_deleted_as_new_windows_open(db, monkeypatch):
    monkeypatch.setattr("curbside.limits.services.PURGE_ONE_IN", 1)
    rate_hit(scope="s", client="ip:192.0.2.1", rate=FIVE, now=NOW - 3600)
    rate_hit(scope="s", client="ip:192.0.2.1", rate=FIVE, now=NOW)
    assert RateCounter.objects.count() == 1


def test_with_redis_configured_it_counts_in_the_cache(db, settings):
    settings.REDIS_URL = "redis://127.0.0.1:6379/0"  # the cache itself stays the test's locmem
    for _ in range(FIVE.limit):
        assert rate_hit(scope="s", client="ip:192.0.2.1", rate=FIVE, now=NOW) is None
    assert rate_hit(scope="s", client="ip:192.0.2.1", rate=FIVE, now=NOW) == 30
    assert not RateCounter.objects.exists()


def test_limits_can_be_turned_off_for_tests_about_something_else(db, settings):
    settings.CURBSIDE_RATE_LIMITS = False
    for _ in range(FIVE.limit * 3):
        assert rate_hit(scope="s", client="ip:192.0.2.1", rate=FIVE, now=NOW) is None


@pytest.mark.parametrize("window", [1, 60, 3600])
def test_retry_after_is_at_least_a_second(db, window):
    rate = Rate(limit=0, window=window)
    retry = rate_hit(scope="s", client="c", rate=rate, now=NOW + window - 0.001)
    assert retry is not None
    assert 1 <= retry <= window
