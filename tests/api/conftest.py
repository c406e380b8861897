"""Prints what `make test-api` sent: how many requests, to how many operations, and the
statuses they were answered with."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

SENT: Counter[str] = Counter()
STATUSES: Counter[int] = Counter()


@pytest.fixture
def traffic() -> tuple[Counter[str], Counter[int]]:
    """Where a test counts each request it sent (by operation) and each status it got."""
    return SENT, STATUSES


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not SENT:
        return
    statuses = ", ".join(f"{status} x{count}" for status, count in sorted(STATUSES.items()))
    terminalreporter.write_line(
        f"schemathesis: {sum(SENT.values())} requests to {len(SENT)} operations; "
        f"answered {statuses}"
    )
