"""`curbside demo --addr`: absolute links follow the address served."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from curbside.demo.management.commands import demo
from curbside.demo.management.commands.demo import site_url


@pytest.mark.parametrize(
    ("addr", "url"),
    [
        ("127.0.0.1:8011", "http://127.0.0.1:8011"),
        ("8001", "http://127.0.0.1:8001"),
        ("0.0.0.0:9000", "http://127.0.0.1:9000"),
        ("localhost:8000", "http://localhost:8000"),
    ],
)
def test_the_site_url_is_the_address_a_browser_here_reaches(addr, url):
    assert site_url(addr) == url


@pytest.mark.django_db
def test_the_demo_links_to_the_address_it_serves(settings, monkeypatch, client):
    monkeypatch.delenv("SITE_URL", raising=False)
    monkeypatch.setattr(demo, "demo_is_loaded", lambda: True)
    out = StringIO()
    call_command("demo", "--no-serve", "--addr", "127.0.0.1:8123", stdout=out)
    assert "Curbside demo: http://127.0.0.1:8123/" in out.getvalue()
    assert "http://127.0.0.1:8123/sitemap.xml" in client.get("/robots.txt").content.decode()


@pytest.mark.django_db
def test_a_site_url_given_wins(settings, monkeypatch):
    monkeypatch.setenv("SITE_URL", "https://curbside.example.org/")
    monkeypatch.setattr(demo, "demo_is_loaded", lambda: True)
    call_command("demo", "--no-serve", "--addr", "127.0.0.1:8123", stdout=StringIO())
    assert settings.SITE_URL == "https://curbside.example.org"
