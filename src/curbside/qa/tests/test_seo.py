from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_sitemap_lists_public_pages_only(
    client: Client, answered_question, physician, pending_physician
):
    from curbside.qa.models import Question

    held = Question.objects.create(
        title="Held", slug="held", body="x", body_html="x", status="held"
    )
    xml = client.get("/sitemap.xml").content.decode()
    assert answered_question.get_absolute_url() in xml
    assert "/treatments/botox/" in xml
    assert physician.get_absolute_url() in xml
    assert pending_physician.get_absolute_url() not in xml
    assert held.get_absolute_url() not in xml


def test_robots_points_at_the_sitemap(client: Client):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text and "Disallow: /accounts/" in text


def test_the_favicon_is_found_where_browsers_look(client: Client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"].endswith("curbside/favicon.svg")
    assert 'rel="icon"' in client.get("/").content.decode()


def test_phone_links_are_digits_only():
    from curbside.qa.templatetags.curbside import tel_href

    assert tel_href("(303) 555-0100") == "tel:+13035550100"
    assert tel_href("+44 20 7946 0000") == "tel:+442079460000"
    assert tel_href("") == ""


def test_emergency_numbers_are_one_tap_and_the_rest_is_escaped():
    from curbside.qa.templatetags.curbside import call_links

    html = call_links("Call 911 or text 988 <now>; not 9110.")
    assert html == (
        'Call <a href="tel:911">911</a> or text <a href="tel:988">988</a> &lt;now&gt;; not 9110.'
    )
