from __future__ import annotations

import pytest

from curbside.lib.env import email_settings, env_bool, env_int


def test_email_urls():
    assert email_settings("console://")["EMAIL_BACKEND"].endswith("console.EmailBackend")
    smtp = email_settings("smtp://me%40x.org:p%40ss@mail.example.org:587")
    assert smtp["EMAIL_HOST"] == "mail.example.org" and smtp["EMAIL_PORT"] == 587
    assert smtp["EMAIL_HOST_USER"] == "me@x.org" and smtp["EMAIL_HOST_PASSWORD"] == "p@ss"
    assert smtp["EMAIL_USE_TLS"] is True
    assert email_settings("smtps://mail.example.org")["EMAIL_PORT"] == 465
    with pytest.raises(ValueError, match="scheme"):
        email_settings("http://nope")


def test_env_bool_and_int(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("X_FLAG", "yes")
    assert env_bool("X_FLAG", default=False) is True
    monkeypatch.setenv("X_FLAG", "maybe")
    with pytest.raises(ValueError, match="true or false"):
        env_bool("X_FLAG", default=False)
    monkeypatch.setenv("X_N", "12")
    assert env_int("X_N", 1) == 12
    monkeypatch.setenv("X_N", "twelve")
    with pytest.raises(ValueError, match="whole number"):
        env_int("X_N", 1)
