"""Small display helpers for the evidence panel and the label badge."""

from __future__ import annotations

from urllib.parse import urlsplit

from django import template

from curbside.lib.text import lower_first

register = template.Library()


@register.filter
def source_host(url: str) -> str:
    """A source link's visible text: its site ("dailymed.nlm.nih.gov"), not the whole URL."""
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


@register.filter(name="lower_first")
def lower_first_filter(text: str) -> str:
    """ "Lip augmentation" as it reads inside a sentence: "lip augmentation"."""
    return lower_first(text)
