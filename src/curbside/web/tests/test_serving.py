"""The production guard: wherever the WSGI application is built, and in `curbside serve`."""

from __future__ import annotations

import importlib
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.core.management.base import CommandError


@pytest.fixture
def guarded(monkeypatch: pytest.MonkeyPatch, settings):
    """Production-like: no opt-out; a secret key from the environment unless a test says not."""
    monkeypatch.setenv("CURBSIDE_INSECURE", "false")  # undone after the test, like the command's
    settings.DEBUG = False
    settings.SECRET_KEY_FROM_ENV = True
    return settings


def _build_wsgi():
    sys.modules.pop("curbside.wsgi", None)
    return importlib.import_module("curbside.wsgi").application


def test_the_wsgi_application_is_built_with_production_settings(guarded):
    assert _build_wsgi() is not None


@pytest.mark.parametrize(
    ("setting", "value", "reason"),
    [("DEBUG", True, "DEBUG"), ("SECRET_KEY_FROM_ENV", False, "SECRET_KEY")],
)
def test_the_wsgi_application_refuses_insecure_settings(guarded, setting, value, reason):
    setattr(guarded, setting, value)
    with pytest.raises(ImproperlyConfigured, match=reason):
        _build_wsgi()


def test_the_opt_out_lets_a_developer_build_it(guarded, monkeypatch: pytest.MonkeyPatch):
    guarded.DEBUG = True
    monkeypatch.setenv("CURBSIDE_INSECURE", "true")
    assert _build_wsgi() is not None


def test_serve_refuses_debug_or_a_missing_secret_key(guarded):
    guarded.DEBUG = True
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("serve")
    guarded.DEBUG = False
    guarded.SECRET_KEY_FROM_ENV = False
    with pytest.raises(CommandError, match="SECRET_KEY"):
        call_command("serve")


def test_serve_insecure_lifts_the_guard_for_its_workers(guarded, monkeypatch: pytest.MonkeyPatch):
    started: list[list[str]] = []
    monkeypatch.setattr("gunicorn.app.wsgiapp.run", lambda: started.append(sys.argv[:]))
    monkeypatch.setattr(sys, "argv", ["curbside"])
    guarded.DEBUG = True
    call_command("serve", "--insecure")
    assert started and "curbside.wsgi:application" in started[0]
    # The workers build curbside.wsgi in this environment.
    assert _build_wsgi() is not None
