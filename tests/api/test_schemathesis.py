"""The API probed by schemathesis from its own OpenAPI document (`make test-api`).

For every operation in /api/v1/openapi.json, schemathesis generates requests, valid and
invalid by the schema, and sends them to the app through WSGI. Each response must not be a
server error, must match the schema the document gives for its status and content type, and
valid data must not be refused (so the schema states the bounds the code enforces). Bounded
by MAX_EXAMPLES per operation, derandomized, so the step takes the same time on every run.

The two writes of text (a question, an answer) are not held to "valid data is accepted":
whether they are depends on what is stored (the treatments that exist, one answer per
physician) and on rules a schema cannot state (no HTML; lengths counted after tidying the
text); their refusals are 422 with the reason, which the other checks hold them to.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import checks as checks_

from curbside.accounts.services import api_token_create
from curbside.accounts.tests.factories import UserFactory
from curbside.practices.tests.factories import PracticeFactory
from curbside.providers.tests.factories import PhysicianFactory
from curbside.qa.tests.factories import AnswerFactory, QuestionFactory, TreatmentFactory

pytestmark = pytest.mark.fuzz

MAX_EXAMPLES = 40
CHECKS = [
    checks_.not_a_server_error,
    checks_.response_schema_conformance,
    checks_.content_type_conformance,
    checks_.status_code_conformance,
    checks_.positive_data_acceptance,
]


@pytest.fixture
def token(transactional_db: None, settings: Any) -> str:
    """Data for the operations to find, and a patient's API token to send with every call."""
    settings.CURBSIDE_RATE_LIMITS = False  # limits are tested on their own (limits/tests)
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    botox = TreatmentFactory(slug="botox", name="Botox", kind="neurotoxin")
    question = QuestionFactory(treatments=[botox])
    AnswerFactory(question=question, physician=PhysicianFactory(practice=PracticeFactory()))
    patient = UserFactory(email="fuzz@example.com")
    _, raw = api_token_create(user=patient, name="schemathesis")
    return raw


def _served_application() -> Any:
    """The site as gunicorn serves it (curbside.wsgi), its production guard lifted: the test
    settings have no SECRET_KEY in the environment."""
    os.environ.setdefault("CURBSIDE_INSECURE", "true")
    from curbside.wsgi import application

    return application


schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", _served_application())


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_the_api_keeps_to_its_schema(case: Any, token: str, traffic: Any) -> None:
    writes_text = case.method == "POST" and case.path.startswith("/api/v1/questions")
    checks = [c for c in CHECKS if not (writes_text and c is checks_.positive_data_acceptance)]
    response = case.call_and_validate(headers={"Authorization": f"Bearer {token}"}, checks=checks)
    sent, statuses = traffic
    sent[case.operation.label] += 1
    statuses[response.status_code] += 1
