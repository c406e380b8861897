"""The production guard: the site refuses to be served with DEBUG on or without a SECRET_KEY
from the environment. It runs where the WSGI application is built (curbside.wsgi), so gunicorn
or any server started on that module is guarded, not only `curbside serve`, which runs it first
for a clear message. CURBSIDE_INSECURE=true lifts it on a developer's machine: `curbside demo`
sets it for its development server, `curbside serve --insecure` for gunicorn."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from curbside.lib.env import env_bool

INSECURE_VARIABLE = "CURBSIDE_INSECURE"


def serving_refusal() -> str:
    """Why these settings must not serve the site, or "" when they may. Read at call time
    (the environment, not settings), so a command can lift it for the server it starts."""
    if env_bool(INSECURE_VARIABLE, default=False):
        return ""
    if settings.DEBUG:
        return "Refusing to serve with DEBUG on. Set DEBUG=false."
    if not settings.SECRET_KEY_FROM_ENV:
        return "Refusing to serve without SECRET_KEY set in the environment."
    return ""


def refuse_insecure_serving() -> None:
    """Raise ImproperlyConfigured when serving_refusal() has a reason."""
    if reason := serving_refusal():
        raise ImproperlyConfigured(
            f"{reason} ({INSECURE_VARIABLE}=true allows it on a developer's machine only.)"
        )
