"""Small display helpers for the evidence panel and the label badge."""

from __future__ import annotations

from urllib.parse import urlsplit

from django import template

register = template.Library()


@register.filter
def source_host(url: str) -> str:
    """A source link's visible text: its site ("dailymed.nlm.nih.gov"), not the whole URL."""
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")
