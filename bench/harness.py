"""What every benchmark shares: its result, and serving requests the way a WSGI server does."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from django.core.handlers.wsgi import WSGIHandler
from django.test import RequestFactory


@dataclass
class Result:
    """Printed lines, and the verdict against the benchmark's target (None: no target)."""

    name: str
    lines: list[str] = field(default_factory=list)
    passed: bool | None = None


@dataclass(frozen=True)
class Request:
    label: str
    path: str
    cookies: str = ""


@dataclass(frozen=True)
class Timing:
    label: str
    samples_ms: list[float]

    @property
    def median_ms(self) -> float:
        return statistics.median(self.samples_ms)

    @property
    def p95_ms(self) -> float:
        ordered = sorted(self.samples_ms)
        return ordered[math.ceil(0.95 * len(ordered)) - 1]


ExcInfo = tuple[type[BaseException], BaseException, TracebackType] | tuple[None, None, None]


def _write(data: bytes) -> None:
    return None


def _start_response(
    status: str, headers: list[tuple[str, str]], exc_info: ExcInfo | None = None, /
) -> Callable[[bytes], object]:
    return _write


class Server:
    """Django's WSGIHandler driven in-process: the full middleware stack, the request signals
    (connections closed after each response as in production), no test-client extras."""

    def __init__(self) -> None:
        self.handler = WSGIHandler()
        self.factory = RequestFactory()

    def environ(self, request: Request) -> dict[str, Any]:
        headers = {"Cookie": request.cookies} if request.cookies else None
        return self.factory.get(request.path, headers=headers).environ

    def serve(self, request: Request) -> tuple[int, bytes, float]:
        """Status, body and server time in ms for one request."""
        environ = self.environ(request)
        start = time.perf_counter()
        response = self.handler(environ, _start_response)
        body = b"".join(response)
        response.close()
        elapsed = time.perf_counter() - start
        return response.status_code, body, elapsed * 1000

    def time(self, requests: Sequence[Request], *, warmup: int, rounds: int) -> list[Timing]:
        """Time each request `rounds` times after `warmup` untimed ones, interleaved so that
        drift in the machine affects them all alike."""
        samples: dict[str, list[float]] = {r.label: [] for r in requests}
        for round_no in range(warmup + rounds):
            for request in requests:
                status, _, ms = self.serve(request)
                if status != 200:
                    raise RuntimeError(f"{request.label}: {request.path} answered {status}")
                if round_no >= warmup:
                    samples[request.label].append(ms)
        return [Timing(r.label, samples[r.label]) for r in requests]


def labelled_sets(
    name: str,
    measure: Callable[[Path, Result], bool | None],
    development: Path,
    holdout: Path,
) -> Result:
    """The figures of a development set and of its hold-out set (`measure` adds one set's lines
    and says whether it met the targets, None when there is no set); the verdict is the
    hold-out set's when there is one. The same path twice measures it once."""
    result = Result(name)
    developed = measure(development, result)
    held_out = measure(holdout, result) if holdout != development else None
    result.passed = held_out if held_out is not None else developed
    return result
