"""One abusive client against `curbside serve` with two workers and no Redis (issue 12).

Starts the production server on this benchmark's SQLite database and checks what the probe
found: huge page numbers, a cross-site `text/plain` consultation, 30 wrong passwords, the
security headers, 32 concurrent consultation requests from one address, and, the figure that
matters most, the question page's throughput while one client floods
/api/v1/questions/similar, against its quiet throughput measured in the same run.

Targets: every check holds, and the flooded throughput is at least half the quiet one.

`python bench/run.py abuse` runs it alone.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ProcessPoolExecutor
from http.cookiejar import CookieJar
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings

from bench.harness import Result
from bench.load import Load, burst, hammer
from curbside.accounts.models import User
from curbside.accounts.tests.factories import UserFactory
from curbside.catalogue.models import Treatment
from curbside.limits import rates
from curbside.practices.models import ConsultationRequest, Practice
from curbside.practices.tests.factories import PracticeFactory
from curbside.qa.models import Question
from curbside.qa.tests.factories import AnswerFactory, QuestionFactory, TreatmentFactory

NAME = "abuse: one client against `curbside serve` (2 workers, no Redis)"
SECONDS = 6.0
ROUNDS = 3
PAGE_CONNECTIONS = 8
FLOOD_CONNECTIONS = 16
TARGET_SHARE = 0.5
WRONG_PASSWORDS = 30
BURST = 32
SIMILAR_TEXT = "can botox help with frown lines between my eyebrows"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _data() -> tuple[str, str, str]:
    """A question page with answers, a practice and a patient: (question path, practice slug,
    the patient's e-mail)."""
    botox: Treatment = TreatmentFactory.create(
        slug="botox-abuse", name="Botox (abuse bench)", kind="neurotoxin"
    )
    question: Question = QuestionFactory.create(treatments=[botox])
    for _ in range(4):
        AnswerFactory.create(question=question)
    practice: Practice = PracticeFactory.create()
    patient: User = UserFactory.create(email="abuse-bench@example.com")
    return question.get_absolute_url(), practice.slug, patient.email


def _serve(port: int) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "SECRET_KEY": "abuse-bench-secret-key-abuse-bench-secret-key-0123456789",
        "DEBUG": "false",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SITE_URL": f"http://127.0.0.1:{port}",
        "LOG_LEVEL": "WARNING",
    }
    env.pop("REDIS_URL", None)
    curbside = Path(sys.executable).parent / "curbside"
    return subprocess.Popen(  # noqa: S603  # our own command
        [str(curbside), "serve", "--addr", f"127.0.0.1:{port}", "--workers", "2"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _get(port: int, path: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str]]:
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310  # localhost
            return response.status, dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers)


def _wait_ready(port: int, path: str) -> float:
    started = time.monotonic()
    while time.monotonic() - started < 120:
        try:
            # The similar endpoint answers only once a worker has its model loaded.
            if _get(port, path)[0] == 200:
                return time.monotonic() - started
        except OSError:
            pass
        time.sleep(0.5)
    raise RuntimeError("curbside serve did not answer within 120 s")


def _wrong_passwords(port: int, email: str) -> list[int]:
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    base = f"http://127.0.0.1:{port}/accounts/login/"
    with opener.open(base, timeout=30) as response:
        html = response.read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert token, "no CSRF token on the sign-in page"
    statuses = []
    for n in range(WRONG_PASSWORDS):
        data = urlencode(
            {"csrfmiddlewaretoken": token.group(1), "username": email, "password": f"guess {n}"}
        ).encode()
        try:
            with opener.open(base, data=data, timeout=30) as response:
                statuses.append(response.status)
        except urllib.error.HTTPError as exc:
            statuses.append(exc.code)
    return statuses


def _consultations(port: int, slug: str) -> tuple[list[int], int]:
    before = ConsultationRequest.objects.count()
    bodies = [
        json.dumps(
            {
                "name": f"Burst {n}",
                "email": f"burst{n}@example.com",
                "message": "I'd like a consultation about Botox for frown lines.",
                "consent": True,
            }
        ).encode()
        for n in range(BURST)
    ]
    path = f"/api/v1/practices/{slug}/consultations"
    statuses = burst(port, path, bodies, {"Content-Type": "application/json"})
    return statuses, ConsultationRequest.objects.count() - before


def _throughput(
    pool: ProcessPoolExecutor, page: Load, flood: Load | None
) -> tuple[float, dict[str, float]]:
    flooding = pool.submit(hammer, flood) if flood else None
    if flooding:
        time.sleep(1.0)  # the flood is under way before the page is measured
    counts = pool.submit(hammer, page).result()
    flooded = flooding.result() if flooding else {}
    return counts.get("200", 0) / counts["seconds"], flooded


def run() -> Result:
    result = Result(NAME)
    question_path, practice_slug, patient_email = _data()
    port = _free_port()
    similar = "/api/v1/questions/similar?" + urlencode({"text": SIMILAR_TEXT})
    server = _serve(port)
    checks: list[bool] = []

    def check(ok: bool, line: str) -> None:
        checks.append(ok)
        result.lines.append(f"{'ok ' if ok else 'NO '} {line}")

    try:
        ready = _wait_ready(port, "/api/v1/questions/similar?text=warm+up+request")
        result.lines.append(f"server ready (model loaded in each worker at start) in {ready:.1f} s")
        status, _ = _get(port, "/api/v1/questions?page=871122290959316352")
        check(400 <= status < 500, f"API ?page=871122290959316352 answers {status}")
        status, _ = _get(port, "/doctors/?page=871122290959316352")
        check(status == 404, f"/doctors/?page=871122290959316352 answers {status}")
        cross_site = burst(
            port,
            f"/api/v1/practices/{practice_slug}/consultations",
            [b'{"name": "x", "email": "x@example.com", "message": "hi", "consent": true}'],
            {"Content-Type": "text/plain"},
        )[0]
        check(cross_site == 415, f"cross-site text/plain consultation answers {cross_site}")
        logins = _wrong_passwords(port, patient_email)
        throttled = sum(1 for s in logins if s == 429)
        first = logins.index(429) + 1 if throttled else 0
        check(
            throttled >= WRONG_PASSWORDS - settings.AXES_FAILURE_LIMIT,
            f"{WRONG_PASSWORDS} wrong passwords: {logins.count(200)} answered with the form, "
            f"{throttled} throttled (429), from attempt {first} on "
            f"(limit {settings.AXES_FAILURE_LIMIT} failures)",
        )
        _, headers = _get(port, question_path)
        csp = headers.get("Content-Security-Policy", "")
        script_src = re.search(r"script-src ([^;]*)", csp)
        permissions = headers.get("Permissions-Policy", "")
        check(
            bool(script_src) and "unsafe-inline" not in csp and bool(permissions),
            f"CSP script-src {script_src.group(1) if script_src else '(none)'!r} without "
            f"'unsafe-inline'; Permissions-Policy {'present' if permissions else 'missing'}",
        )
        statuses, stored = _consultations(port, practice_slug)
        limit = rates.CONSULTATION_IP.limit
        check(
            stored <= limit,
            f"{BURST} concurrent consultations from one address: {stored} stored "
            f"(limit {limit}), {statuses.count(429)} refused with 429, "
            f"{sum(1 for s in statuses if s not in (201, 429))} other",
        )
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
            page = Load(port, question_path, PAGE_CONNECTIONS, SECONDS)
            flood = Load(port, similar, FLOOD_CONNECTIONS, SECONDS + 2)
            pool.submit(hammer, Load(port, question_path, 2, 1.0)).result()  # warm the pool
            quiets: list[float] = []
            floodeds: list[float] = []
            flood_counts: dict[str, float] = {}
            for _ in range(ROUNDS):  # interleaved, so that drift in the machine hits both
                quiets.append(_throughput(pool, page, None)[0])
                rate, counts = _throughput(pool, page, flood)
                floodeds.append(rate)
                for key, value in counts.items():
                    flood_counts[key] = flood_counts.get(key, 0) + value
        quiet, flooded = statistics.median(quiets), statistics.median(floodeds)
        share = flooded / quiet if quiet else 0.0
        flood_total = sum(v for k, v in flood_counts.items() if k != "seconds")
        result.lines.append(
            f"question page, {PAGE_CONNECTIONS} connections: {quiet:,.0f} req/s quiet (baseline, "
            f"same run), {flooded:,.0f} req/s while one client floods similar questions "
            f"(medians of {ROUNDS} interleaved {SECONDS:.0f}-second rounds each: quiet "
            f"{', '.join(f'{q:,.0f}' for q in quiets)}; flooded "
            f"{', '.join(f'{f:,.0f}' for f in floodeds)})"
        )
        result.lines.append(
            f"the flood, {FLOOD_CONNECTIONS} connections from one address: "
            f"{flood_total / flood_counts.get('seconds', 1):,.0f} req/s answered: "
            + ", ".join(f"{k} x{int(v)}" for k, v in sorted(flood_counts.items()) if k != "seconds")
        )
        check(
            share >= TARGET_SHARE,
            f"the page keeps {share:.0%} of its quiet throughput (target {TARGET_SHARE:.0%})",
        )
    finally:
        server.terminate()
        server.wait(timeout=30)
    result.passed = all(checks)
    return result
