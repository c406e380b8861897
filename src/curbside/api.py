"""The JSON API under /api/v1: one NinjaAPI, a router per app, errors as {"detail": …}."""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import PermissionDenied, RequestDataTooBig, ValidationError
from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpRequest, HttpResponse
from ninja import Field, NinjaAPI, Schema
from ninja.errors import AuthenticationError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.pagination import PageNumberPagination
from ninja.security import APIKeyCookie, HttpBearer

from curbside.accounts.models import User
from curbside.accounts.services import api_token_authenticate
from curbside.lib.errors import database_unavailable

logger = logging.getLogger(__name__)


class TokenAuth(HttpBearer):
    """`Authorization: Bearer cbs_…` with a token made on the account page."""

    def authenticate(self, request: HttpRequest, token: str) -> User | None:
        user = api_token_authenticate(raw=token)
        if user is not None:
            request.user = user
        return user


class SessionAuth(APIKeyCookie):
    """The browser's session cookie; ninja checks the CSRF token for it."""

    param_name = "sessionid"

    def _get_key(self, request: HttpRequest) -> str | None:
        # No session cookie: no credentials at all, which is a 401 (AuthenticationError), not
        # a failed CSRF check. With one, the CSRF check stands.
        if self.param_name not in request.COOKIES:
            return None
        return super()._get_key(request)

    def authenticate(self, request: HttpRequest, key: str | None) -> User | None:
        user = request.user
        return user if isinstance(user, User) and user.is_authenticated else None


# Paging bounds the schema states and the code enforces: a page number past MAX_PAGE is a 422
# (not an offset that overflows the database's integers); past the last page, an empty page.
MAX_PAGE = 10_000
MAX_PAGE_SIZE = 100


class Pages(PageNumberPagination):
    """Page-number paging, `?page=` from 1 to MAX_PAGE and `?page_size=` up to MAX_PAGE_SIZE."""

    class Input(Schema):
        page: int = Field(1, ge=1, le=MAX_PAGE)
        page_size: int | None = Field(None, ge=1, le=MAX_PAGE_SIZE)

    def __init__(self, page_size: int = 20, **kwargs: Any) -> None:
        super().__init__(page_size=page_size, max_page_size=MAX_PAGE_SIZE, **kwargs)


ERROR_SCHEMA = {
    "title": "Error",
    "type": "object",
    "properties": {
        "detail": {
            "description": "Why the request was refused: a sentence, or for a 422 the fields "
            "that failed and why.",
            "anyOf": [{"type": "string"}, {"type": "array"}, {"type": "object"}],
        }
    },
    "required": ["detail"],
}
# Every answer an operation can give besides its own, as the code gives them (see lib.errors).
ERRORS = {
    "400": "The body is not valid JSON.",
    "401": "No credentials: sign in, or send an API token as 'Authorization: Bearer …'.",
    "403": "Signed in, but not allowed to do this (or the session's CSRF token is missing).",
    "404": "No such object, or one this client may not see.",
    "413": "The request body is over the size limit.",
    "415": "The body is not JSON: send it with Content-Type: application/json.",
    "422": "The parameters or the body failed validation; `detail` lists each problem.",
    "503": "The database cannot be reached just now; try again after Retry-After seconds.",
}


def error_response(description: str) -> dict[str, Any]:
    """An error answer for an operation's `openapi_extra={"responses": {status: …}}`."""
    return {"description": description, "content": {"application/json": {"schema": ERROR_SCHEMA}}}


class CurbsideAPI(NinjaAPI):
    """Ninja's API, with every error answer each operation can give in its OpenAPI document,
    so that clients (and schemathesis, `make test-api`) know them all."""

    def get_openapi_schema(
        self, *, path_prefix: str | None = None, path_params: dict[str, Any] | None = None
    ) -> Any:
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        for path, operations in schema["paths"].items():
            for operation in operations.values():
                for status in _error_statuses(path, operation):
                    operation["responses"].setdefault(status, error_response(ERRORS[status]))
        return schema


def _error_statuses(path: str, operation: dict[str, Any]) -> list[str]:
    statuses = ["503"]
    if operation.get("parameters") or "requestBody" in operation:
        statuses.append("422")
    if "requestBody" in operation:
        statuses += ["400", "413", "415"]
    if operation.get("security"):
        statuses += ["401", "403"]
    if "{" in path or operation.get("security"):
        statuses.append("404")
    return statuses


api = CurbsideAPI(
    title="Curbside API",
    version="1",
    urls_namespace="api",
    description="Questions, answers and physicians on Curbside. Reads are open; writes need "
    "a session (with CSRF token) or an API token from your account page.",
)
AUTH = [TokenAuth(), SessionAuth()]


def _detail(request: HttpRequest, detail: Any, status: int) -> HttpResponse:
    return api.create_response(request, {"detail": detail}, status=status)


@api.exception_handler(ValidationError)
def _django_validation(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    detail: Any = exc.message_dict if hasattr(exc, "error_dict") else " ".join(exc.messages)
    return _detail(request, detail, 422)


@api.exception_handler(NinjaValidationError)
def _schema_validation(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
    return _detail(request, exc.errors, 422)


@api.exception_handler(PermissionDenied)
def _forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return _detail(request, str(exc) or "You may not do this.", 403)


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return _detail(request, "Not found.", 404)


@api.exception_handler(OperationalError)
@api.exception_handler(InterfaceError)
def _database_down(request: HttpRequest, exc: Exception) -> HttpResponse:
    logger.error("Database unavailable: %s", exc)
    return database_unavailable(request)


@api.exception_handler(RequestDataTooBig)
def _too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
    return _detail(request, "The request body is too large.", 413)


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return _detail(request, "Sign in, or send an API token as 'Authorization: Bearer …'.", 401)


def _routers() -> None:
    from curbside.claims.api import router as claims_router
    from curbside.evidence.api import router as evidence_router
    from curbside.practices.api import router as practices_router
    from curbside.providers.api import router as providers_router
    from curbside.triage.api import router as triage_router
    from curbside.web import api as web_api

    api.add_router("/questions", web_api.questions)
    api.add_router("/doctors", providers_router)
    api.add_router("/doctors", web_api.doctors)  # the profile: GET /doctors/{slug}
    api.add_router("/practices", practices_router)
    api.add_router("/treatments", evidence_router)
    api.add_router("/triage", triage_router)
    api.add_router("/claims", claims_router)


_routers()
