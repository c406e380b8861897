"""`make bench`: set Django up on a fresh SQLite database in a temporary directory, run every
benchmark in BENCHMARKS and print its figures. Exit 1 only when a benchmark fails to run;
missing a target is a measurement, not an error.

`python bench/run.py NAME ...` runs only the named benchmarks (names from BENCHMARKS), e.g.
`python bench/run.py search_speed` for the heavy search benchmark alone."""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from bench.harness import Result

# Variables that would point the benchmark at real services or change what a request does.
_ENV_CLEARED = ("DATABASE_URL", "REDIS_URL", "SITE_URL", "SECURE_SSL_REDIRECT", "EMAIL_URL")


def django_setup(data_dir: str) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "curbside.settings"
    os.environ["CURBSIDE_DATA_DIR"] = data_dir
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    for name in _ENV_CLEARED:
        os.environ.pop(name, None)

    import django
    from django.conf import settings
    from django.core.management import call_command
    from django.test.utils import override_settings

    django.setup()
    override_settings(
        ROOT_URLCONF="bench.urls",
        ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, "testserver"],
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
    ).enable()
    call_command("migrate", verbosity=0)


# Modules in bench/ with a run() -> Result, in the order `make bench` runs them.
BENCHMARKS = (
    "question_page",
    "find_doctor",
    "similar_mqp",
    "search_speed",
    "triage_eval",
    "claims_eval",
    "consensus_eval",
    "abuse",
)


def benchmarks(names: list[str]) -> list[Callable[[], Result]]:
    """Each returns the figures it measured; imported after Django is set up."""
    import importlib

    return [importlib.import_module(f"bench.{name}").run for name in names or BENCHMARKS]


def main(argv: list[str]) -> int:
    unknown = [name for name in argv if name not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
        return 2
    with tempfile.TemporaryDirectory(prefix="curbside-bench-") as data_dir:
        started = time.perf_counter()
        try:
            django_setup(data_dir)
            results = []
            for bench in benchmarks(argv):
                result = bench()
                results.append(result)
                print(f"\n== {result.name}")
                for line in result.lines:
                    print(line)
        except Exception:
            traceback.print_exc()
            return 1
        finally:
            from django.db import connections

            connections.close_all()
        verdicts = {None: "no target", True: "PASS", False: "FAIL"}
        print(f"\n== Summary ({time.perf_counter() - started:.1f} s)")
        for result in results:
            print(f"{verdicts[result.passed]:>9}  {result.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
