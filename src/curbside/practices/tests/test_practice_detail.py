from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from curbside.articles.models import Article
from curbside.conftest import client_for
from curbside.practices.models import Practice
from curbside.practices.tests.factories import ConsultationRequestFactory
from curbside.providers.models import Physician
from curbside.providers.tests.factories import PhysicianFactory
from curbside.qa.tests.factories import TreatmentFactory

pytestmark = pytest.mark.django_db


def _jsonld(html: str) -> dict:
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert block
    return json.loads(block.group(1))


def test_it_shows_the_practice_its_physicians_and_treatments(
    client: Client, practice: Practice, physician: Physician, pending_physician: Physician
):
    Physician.objects.filter(pk=physician.pk).update(rating_avg=4.8, review_count=41)
    fillers = TreatmentFactory(slug="fillers", name="Dermal fillers")
    PhysicianFactory(practice=practice, first_name="Omar", last_name="Lind").treatments.add(fillers)
    Practice.objects.filter(pk=practice.pk).update(
        description="We treat **neck spasms**.",
        description_html="<p>We treat <strong>neck spasms</strong>.</p>",
    )
    response = client.get(practice.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert "Madison Lane Dermatology" in html
    assert practice.address in html and "(212) 555-0143" in html
    assert "<strong>neck spasms</strong>" in html
    assert f'href="{physician.get_absolute_url()}"' in html
    assert "Dr. Ana Ruiz, MD, FACS" in html
    assert "4.8 out of 5 stars · 41 reviews" in html
    assert "Dr. Omar Lind" in html
    assert "Pia Moreno" not in html  # pending physicians are not listed
    assert "Botox" in html and "Dermal fillers" in html
    assert 'action="/practices/madison-lane/consultation/#consultation"' in html
    assert 'name="homepage"' in html and 'name="started"' in html


def test_it_publishes_medicalclinic_jsonld(client: Client, practice: Practice, physician):
    filler = TreatmentFactory(slug="lip-filler", name="Lip filler", kind="filler")
    physician.treatments.add(filler)
    data = _jsonld(client.get(practice.get_absolute_url()).content.decode())
    # A toxin is a drug, a filler a procedure.
    services = {s["name"]: s["@type"] for s in data["availableService"]}
    assert services == {"Botox": "Drug", "Lip filler": "MedicalProcedure"}
    assert data["@type"] == "MedicalClinic"
    assert data["name"] == "Madison Lane Dermatology"
    assert data["telephone"] == "(212) 555-0143"
    assert data["address"]["postalCode"] == practice.zip_code
    assert data["employee"][0]["name"] == "Dr. Ana Ruiz, MD, FACS"


def test_it_escapes_script_in_jsonld(client: Client, practice: Practice):
    Practice.objects.filter(pk=practice.pk).update(description="</script><script>alert(1)</script>")
    html = client.get(practice.get_absolute_url()).content.decode()
    assert "</script><script>alert(1)" not in html


def test_it_shows_usually_responds_within_from_three_answered_requests(
    client: Client, practice: Practice
):
    now = timezone.now()
    for hours in (2, 3):
        ConsultationRequestFactory(
            practice=practice,
            created_at=now - timedelta(days=5),
            first_response_at=now - timedelta(days=5) + timedelta(hours=hours),
        )
    assert "Usually responds within" not in client.get(practice.get_absolute_url()).content.decode()
    ConsultationRequestFactory(
        practice=practice,
        created_at=now - timedelta(days=3),
        first_response_at=now - timedelta(days=3) + timedelta(hours=5),
    )
    # Older than 90 days: left out.
    ConsultationRequestFactory(
        practice=practice,
        created_at=now - timedelta(days=120),
        first_response_at=now - timedelta(days=110),
    )
    html = client.get(practice.get_absolute_url()).content.decode()
    assert "Usually responds within a few hours" in html


def test_it_lists_published_articles(client: Client, practice: Practice):
    try:
        reverse("articles:article-detail", args=["x"])
    except NoReverseMatch:
        pytest.skip("the articles app has no article page yet")
    Article.objects.create(
        slug="neck-spasms",
        title="Botox for neck spasms",
        body="x",
        body_html="<p>x</p>",
        practice=practice,
        status="published",
        published_at=timezone.now(),
    )
    Article.objects.create(
        slug="draft", title="A draft", body="x", body_html="<p>x</p>", practice=practice
    )
    html = client.get(practice.get_absolute_url()).content.decode()
    assert "Botox for neck spasms" in html and 'href="/articles/neck-spasms/"' in html
    assert "A draft" not in html


def test_it_shows_staff_their_tools_and_hides_them_from_others(
    practice: Practice, staff, patient, other_staff
):
    html = client_for(staff).get(practice.get_absolute_url()).content.decode()
    assert "/practices/madison-lane/edit/" in html and "/practices/madison-lane/inbox/" in html
    for outsider in (None, patient, other_staff):
        html = client_for(outsider).get(practice.get_absolute_url()).content.decode()
        assert "/practices/madison-lane/inbox/" not in html


def test_it_404s_unknown_practices(client: Client, db):
    assert client.get("/practices/no-such-practice/").status_code == 404


# practice, physicians, treatments, articles, response times; signed-in viewers add their user
# and the header's unread-notification count, and staff and physicians their membership (for
# the edit and inbox links).
QUERIES = {"visitor": 5, "patient": 7, "practice_staff": 8, "verified_physician": 8}


@pytest.mark.parametrize("viewer", QUERIES)
def test_its_query_count_is_fixed(
    viewer, cast, practice: Practice, botox, django_assert_num_queries
):
    client = client_for(cast[viewer])
    url = practice.get_absolute_url()
    client.get(url)  # settles the session
    for n in range(3):
        doctor = PhysicianFactory(practice=practice)
        doctor.treatments.add(botox, TreatmentFactory())
        ConsultationRequestFactory(
            practice=practice, first_response_at=timezone.now() + timedelta(hours=n + 1)
        )
        Article.objects.create(
            slug=f"a-{n}",
            title=f"Article {n}",
            body="x",
            body_html="x",
            practice=practice,
            status="published",
            published_at=timezone.now(),
        )
    if not _articles_routable():
        Article.objects.all().delete()
    with django_assert_num_queries(QUERIES[viewer]):
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count('class="card doc-card"') == 4


def _articles_routable() -> bool:
    try:
        reverse("articles:article-detail", args=["x"])
    except NoReverseMatch:
        return False
    return True
