from __future__ import annotations

import pytest
from django.test import RequestFactory

from curbside.practices import spam


def _request(remote: str = "10.0.0.2", forwarded: str | None = None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().post("/", **extra)


def test_it_trusts_remote_addr_and_ignores_forwarded_for_by_default(settings):
    assert spam.client_ip(_request("203.0.113.5", "1.2.3.4")) == "203.0.113.5"


def test_behind_trusted_proxies_it_reads_the_address_they_saw(settings):
    settings.CURBSIDE_TRUSTED_PROXIES = 1
    # The client forged the first entry; our one proxy appended the real peer.
    request = _request("10.0.0.2", "6.6.6.6, 203.0.113.5")
    assert spam.client_ip(request) == "203.0.113.5"
    settings.CURBSIDE_TRUSTED_PROXIES = 2
    assert spam.client_ip(_request("10.0.0.2", "6.6.6.6, 203.0.113.5, 10.0.0.9")) == "203.0.113.5"
    # Fewer entries than proxies: the header was not written by them.
    assert spam.client_ip(_request("10.0.0.2", "")) == "10.0.0.2"


def test_form_tokens_check_age_and_practice():
    token = spam.form_token(practice_id=7, now=1000)
    assert spam.form_token_age(token, practice_id=7, now=1010) == 10
    for now, code in [(1001, "too_fast"), (1000 + spam.FORM_MAX_SECONDS + 1, "expired")]:
        with pytest.raises(spam.FormTokenError) as caught:
            spam.form_token_age(token, practice_id=7, now=now)
        assert caught.value.code == code
    with pytest.raises(spam.FormTokenError):
        spam.form_token_age(token, practice_id=8, now=1010)
    with pytest.raises(spam.FormTokenError):
        spam.form_token_age(token[:-2] + "xx", practice_id=7, now=1010)


def test_limits_reset_with_the_window():
    now = 1_000_000.0
    for _ in range(spam.IP_LIMIT):
        spam.rate_limit_check(ip="192.0.2.1", email="", phone="", now=now)
        spam.rate_limit_count(ip="192.0.2.1", email="", phone="", now=now)
    with pytest.raises(spam.RateLimited) as caught:
        spam.rate_limit_check(ip="192.0.2.1", email="", phone="", now=now)
    next_window = now + caught.value.retry_after
    spam.rate_limit_check(ip="192.0.2.1", email="", phone="", now=next_window)


def test_phone_numbers_count_as_one_address_however_written():
    now = 2_000_000.0
    for n in range(spam.ADDRESS_LIMIT):
        spam.rate_limit_count(ip=f"192.0.2.{n}", email="", phone="+1 (212) 555-0188", now=now)
    with pytest.raises(spam.RateLimited):
        spam.rate_limit_check(ip="192.0.2.99", email="", phone="212.555.0188", now=now)


@pytest.mark.parametrize(
    ("seconds", "words"), [(30, "a minute"), (600, "10 minutes"), (3 * 3600, "3 hours")]
)
def test_retry_times_read_as_words(seconds, words):
    assert spam.retry_in_words(seconds) == words
