from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from datetime import datetime
from urllib.parse import urlencode

from django import template
from django.contrib.messages.storage.base import Message
from django.urls import reverse
from django.utils import timezone
from django.utils.html import _json_script_escapes  # type: ignore[attr-defined]  # Django's own escape table for JSON inside <script>
from django.utils.safestring import SafeString, mark_safe

from curbside.lib.forms import in_place_for
from curbside.providers.models import Physician
from curbside.qa.slots import AnswerSlot

register = template.Library()


@register.filter
def jsonld(value: object) -> SafeString:
    """A <script type="application/ld+json"> block, escaped the way json_script escapes."""
    payload = json.dumps(value, ensure_ascii=False).translate(_json_script_escapes)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308  # escaped above


@register.filter
def rating_line(physician: Physician) -> str:
    """'4.8 out of 5 stars · 41 reviews' from the annotations of Physician.objects.with_rating()."""
    count = getattr(physician, "review_count", 0) or 0
    average = getattr(physician, "rating_avg", None)
    if not count or average is None:
        return "No reviews yet"
    return f"{average:.1f} out of 5 stars · {count} review{'s' if count != 1 else ''}"


@register.filter
def city_specialty(physician: Physician) -> str:
    """'Denver Facial Plastic Surgeon', the line under a physician's name."""
    return f"{physician.city} {physician.get_specialty_display()}"


@register.filter
def tel_href(phone: str) -> str:
    """A phone number as a tel: URL, digits only ("(303) 555-0100" → "tel:+13035550100")."""
    digits = "".join(c for c in str(phone) if c.isdigit())
    if len(digits) == 10:  # a US number without its country code
        digits = "1" + digits
    return f"tel:+{digits}" if digits else ""


@register.filter
def consultation_url(physician: Physician, treatment: str = "") -> str:
    """The physician's practice page at its request form, with the physician (and the
    treatment, a slug) chosen in advance; "" when the physician has no practice."""
    practice = physician.practice
    if practice is None:
        return ""
    params = {"physician": physician.slug, **({"treatment": treatment} if treatment else {})}
    url = reverse("practices:practice-detail", args=[practice.slug])
    return f"{url}?{urlencode(params)}#consultation"


_EMERGENCY_NUMBER = re.compile(r"\b(911|988)\b")


@register.filter
def call_links(text: str) -> SafeString:
    """The text, escaped, with 911 and 988 as links a phone dials with one tap."""
    escaped = html.escape(str(text), quote=False)
    return mark_safe(_EMERGENCY_NUMBER.sub(r'<a href="tel:\1">\1</a>', escaped))  # noqa: S308  # escaped above; only our own markup is added


_MARKDOWN_HEADING = re.compile(r"<(/?)h([34])>")


@register.filter
def headings_from(html: str, level: int) -> SafeString:
    """Rendered Markdown (lib.text.render_markdown, whose headings are bare <h3> and <h4>) with
    its headings moved so the first level is `level`: a body that sits right under the page's
    <h1> starts at <h2>, so its headings follow the page's own in order."""
    shift = int(level) - 3
    return mark_safe(  # noqa: S308  # sanitized HTML in, only heading tags renamed
        _MARKDOWN_HEADING.sub(lambda m: f"<{m[1]}h{int(m[2]) + shift}>", str(html))
    )


@register.filter
def answer_messages(messages: Iterable[Message] | None, answer: AnswerSlot) -> list[Message]:
    """The messages to show under one answer (lib.forms.in_place_for("answer", pk)); none
    where the template has no request's messages (a fragment rendered for htmx)."""
    tags = set(in_place_for("answer", answer.pk).split())
    return [m for m in messages or () if tags <= set(m.extra_tags.split())]


@register.filter
def datetime_attr(value: datetime | None) -> str:
    """A <time datetime> value: local time to the second, with its offset
    ("2026-12-07T15:53:36-05:00"). Django's "c" format keeps microseconds, which HTML does not
    allow beyond three digits."""
    if value is None:
        return ""
    return timezone.localtime(value).replace(microsecond=0).isoformat()
