"""Small typed readers for environment variables: the only way settings.py reads them."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, *, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValueError(f"{name} must be true or false, not {raw!r}")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ValueError(f"{name} must be a whole number, not {raw!r}") from exc


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def persistent_secret(path: Path) -> str:
    """A secret kept in a file under the data directory, made on first use.

    Lets `curbside demo` run with nothing configured while keeping sessions valid
    across restarts; `curbside serve` refuses to use it (see settings.SECRET_KEY_FROM_ENV).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        return path.read_text().strip()
    key = secrets.token_urlsafe(50)
    path.write_text(key)
    path.chmod(0o600)
    return key


def email_settings(url: str) -> dict[str, object]:
    """Django EMAIL_* settings from a URL: smtp://user:pass@host:587?tls=1, console://, locmem://."""
    parsed = urlparse(url)
    scheme = parsed.scheme.lower()
    simple = {
        "console": "django.core.mail.backends.console.EmailBackend",
        "locmem": "django.core.mail.backends.locmem.EmailBackend",
        "dummy": "django.core.mail.backends.dummy.EmailBackend",
    }
    if scheme in simple:
        return {"EMAIL_BACKEND": simple[scheme]}
    if scheme not in {"smtp", "smtps", "submission"}:
        raise ValueError(f"EMAIL_URL scheme must be smtp, smtps, console or locmem, not {scheme!r}")
    query = {key: values[-1] for key, values in parse_qs(parsed.query).items()}
    use_ssl = scheme == "smtps" or query.get("ssl", "").lower() in _TRUE
    use_tls = not use_ssl and (
        scheme == "submission" or query.get("tls", "").lower() in _TRUE or parsed.port == 587
    )
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": parsed.hostname or "localhost",
        "EMAIL_PORT": parsed.port or (465 if use_ssl else 587 if use_tls else 25),
        "EMAIL_HOST_USER": unquote(parsed.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parsed.password or ""),
        "EMAIL_USE_TLS": use_tls,
        "EMAIL_USE_SSL": use_ssl,
    }
