from __future__ import annotations

import re

import pytest

from curbside.accounts.models import ApiToken
from curbside.conftest import client_for

pytestmark = pytest.mark.django_db


def test_it_makes_shows_once_and_revokes_api_tokens(patient):
    c = client_for(patient)
    response = c.post("/accounts/", {"name": "my script"})
    raw = re.search(r"cbs_[\w-]+", response.content.decode()).group(0)
    token = ApiToken.objects.get()
    assert token.digest == ApiToken.digest_of(raw) and raw not in token.digest
    assert raw not in c.get("/accounts/").content.decode()
    api = client_for(None)
    assert api.get("/api/v1/questions", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 200
    assert c.post(f"/accounts/tokens/{token.pk}/revoke/").status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None


def test_nobody_revokes_someone_elses_token(patient, moderator):
    from curbside.accounts.services import api_token_create

    token, _ = api_token_create(user=patient, name="mine")
    assert client_for(moderator).post(f"/accounts/tokens/{token.pk}/revoke/").status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


def test_a_token_name_with_html_is_refused(patient):
    response = client_for(patient).post("/accounts/", {"name": "<script>x</script>"})
    assert response.status_code == 400
    assert ApiToken.objects.count() == 0
