"""Security headers on every page, and a production configuration that `check --deploy`
passes (issue 12)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.test import Client

# The production settings the README gives ("Running in production").
PRODUCTION_ENV = {
    "SECRET_KEY": "a-production-secret-key-of-fifty-or-more-random-characters-0123456789",
    "DEBUG": "false",
    "ALLOWED_HOSTS": "curbside.example.org",
    "SITE_URL": "https://curbside.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://curbside.example.org",
    "CURBSIDE_STATIC_FROM_FINDERS": "false",
}


@pytest.mark.parametrize("url", ["/", "/search/?q=botox", "/accounts/login/", "/api/v1/docs"])
def test_every_page_has_a_csp_without_inline_scripts(db, url):
    response = Client().get(url)
    policy = dict(
        part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";")
    )
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]


def test_pages_carry_no_inline_script_or_style_the_csp_would_block(db, question):
    for url in ("/", question.get_absolute_url(), "/doctors/", "/accounts/login/", "/api/v1/docs"):
        html = Client().get(url).content.decode()
        for opening in html.split("<script")[1:]:
            tag = opening.split(">", 1)[0]
            data_block = 'type="application/ld+json"' in tag or 'type="application/json"' in tag
            assert ' src="/static/' in tag or data_block, (url, tag)
        if url == "/api/v1/docs":  # Swagger UI from our static files, not a CDN
            assert "cdn.jsdelivr.net" not in html and "django-ninja.dev" not in html
        assert "<style" not in html and " style=" not in html, url
        assert " onclick=" not in html and " onload=" not in html, url


def test_every_page_has_a_permissions_policy(db):
    response = Client().get("/")
    policy = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy


def test_the_api_carries_the_headers_too(db):
    response = Client().get("/api/v1/questions")
    assert "Content-Security-Policy" in response
    assert "Permissions-Policy" in response
    assert response["X-Content-Type-Options"] == "nosniff"


def test_production_settings_pass_check_deploy_with_hsts(tmp_path):
    env = {
        **os.environ,
        **PRODUCTION_ENV,
        "CURBSIDE_DATA_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "curbside.settings",
    }
    env.pop("DATABASE_URL", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for the browser tests' event loop
    check = subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert "no issues" in check.stdout
    hsts = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings as s; "
            "print(s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_SSL_REDIRECT)",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert hsts.stdout.split() == ["31536000", "True", "True"]
