from __future__ import annotations

import importlib

import pytest

import curbside.settings as project_settings


def test_passwords_are_hashed_with_argon2():
    assert project_settings.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")


def test_settings_read_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path):
    monkeypatch.setenv("CURBSIDE_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("DATABASE_URL", "postgres://u:p@db.example.org:5432/curbside")
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/1")
    monkeypatch.setenv("EMAIL_URL", "smtp://mail.example.org:587")
    monkeypatch.setenv("ALLOWED_HOSTS", "curbside.example.org, www.curbside.example.org")
    try:
        fresh = importlib.reload(project_settings)
        assert fresh.DATABASES["default"]["HOST"] == "db.example.org"
        assert fresh.CACHES["default"]["BACKEND"].endswith("RedisCache")
        assert fresh.EMAIL_HOST == "mail.example.org"
        assert fresh.ALLOWED_HOSTS == ["curbside.example.org", "www.curbside.example.org"]
        assert (tmp_path / "secret_key").exists()
    finally:
        monkeypatch.undo()
        importlib.reload(project_settings)
