"""The JSON API under /api/v1: one NinjaAPI, a router per app, errors as {"detail": …}."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.security import APIKeyCookie, HttpBearer

from curbside.accounts.models import User
from curbside.accounts.services import api_token_authenticate


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

    def authenticate(self, request: HttpRequest, key: str | None) -> User | None:
        user = request.user
        return user if isinstance(user, User) and user.is_authenticated else None


api = NinjaAPI(
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


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return _detail(request, "Sign in, or send an API token as 'Authorization: Bearer …'.", 401)


def _routers() -> None:
    from curbside.claims.api import router as claims_router
    from curbside.evidence.api import router as evidence_router
    from curbside.practices.api import router as practices_router
    from curbside.providers.api import router as providers_router
    from curbside.qa.api import router as qa_router
    from curbside.triage.api import router as triage_router

    api.add_router("/questions", qa_router)
    api.add_router("/doctors", providers_router)
    api.add_router("/practices", practices_router)
    api.add_router("/treatments", evidence_router)
    api.add_router("/triage", triage_router)
    api.add_router("/claims", claims_router)


_routers()
