from __future__ import annotations

import pytest

from curbside.lib.text import retry_in_words
from curbside.limits import rates
from curbside.practices import spam


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


def test_limits_reset_with_the_window(db):
    now = 1_000_000.0
    for _ in range(rates.CONSULTATION_IP.limit):
        spam.rate_limit_spend(ip="192.0.2.1", email="", phone="", now=now)
    with pytest.raises(spam.RateLimited) as caught:
        spam.rate_limit_spend(ip="192.0.2.1", email="", phone="", now=now)
    assert "from your network" in caught.value.message
    next_window = now + caught.value.retry_after
    spam.rate_limit_spend(ip="192.0.2.1", email="", phone="", now=next_window)


def test_phone_numbers_count_as_one_address_however_written(db):
    now = 2_000_000.0
    for n in range(rates.CONSULTATION_ADDRESS.limit):
        spam.rate_limit_spend(ip=f"192.0.2.{n}", email="", phone="+1 (212) 555-0188", now=now)
    with pytest.raises(spam.RateLimited) as caught:
        spam.rate_limit_spend(ip="192.0.2.99", email="", phone="212.555.0188", now=now)
    assert "e-mail address or phone number" in caught.value.message


def test_e_mail_addresses_count_as_one_however_capitalised(db):
    now = 3_000_000.0
    for n in range(rates.CONSULTATION_ADDRESS.limit):
        spam.rate_limit_spend(ip=f"192.0.2.{n}", email="Pat@Example.com", phone="", now=now)
    with pytest.raises(spam.RateLimited):
        spam.rate_limit_spend(ip="192.0.2.99", email=" pat@example.com", phone="", now=now)


@pytest.mark.parametrize(
    ("seconds", "words"), [(30, "a minute"), (600, "10 minutes"), (3 * 3600, "3 hours")]
)
def test_retry_times_read_as_words(seconds, words):
    assert retry_in_words(seconds) == words
