from __future__ import annotations

import os
import subprocess
import sys
import time
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from curbside.demo.loader import DEMO_LOGINS, demo_is_loaded, demo_load
from curbside.lib.serving import INSECURE_VARIABLE


class Command(BaseCommand):
    help = "Migrate, load the demo data on an empty database, then serve it with a worker."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--addr", default="127.0.0.1:8000", help="host:port to serve on")
        parser.add_argument(
            "--no-serve", action="store_true", help="only migrate and load the data"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        # Absolute links (e-mail, canonical, JSON-LD, robots.txt, the API's URLs) point at the
        # address served, unless SITE_URL says otherwise.
        site = os.environ.get("SITE_URL") or site_url(options["addr"])
        settings.SITE_URL = site.rstrip("/")
        call_command("migrate", interactive=False, verbosity=0)
        # Every time, before the demo data: the evidence base may be new to this database,
        # and an unchanged file leaves moderators' edits and confirmations alone.
        call_command("load_evidence", stdout=self.stdout)
        if demo_is_loaded():
            self.stdout.write("Demo data is already loaded; keeping it.")
        else:
            started = time.monotonic()
            counts = demo_load(stdout=self.stdout)
            summary = ", ".join(f"{n:,} {what.replace('_', ' ')}" for what, n in counts.items())
            self.stdout.write(f"Loaded {summary} in {time.monotonic() - started:.0f} s.")
        self._print_logins()
        if options["no_serve"]:
            return
        # The development server builds curbside.wsgi, whose production guard this lifts: the
        # demo runs on a developer's machine with a generated secret key.
        os.environ[INSECURE_VARIABLE] = "true"
        # The worker logs every task at INFO: thousands of lines that would push the logins off
        # screen. Warnings and errors still show; LOG_LEVEL set by hand wins.
        env = {**os.environ, "SITE_URL": settings.SITE_URL}
        env.setdefault("LOG_LEVEL", "WARNING")
        worker = subprocess.Popen([sys.executable, "-m", "curbside.cli", "worker"], env=env)
        try:
            call_command("runserver", options["addr"], use_reloader=False, use_threading=True)
        finally:
            worker.terminate()

    def _print_logins(self) -> None:
        self.stdout.write(self.style.SUCCESS(f"\nCurbside demo: {settings.SITE_URL}/"))
        self.stdout.write(f"Data directory: {settings.DATA_DIR}\nDemo logins:")
        for role, email, password in DEMO_LOGINS:
            self.stdout.write(f"  {role:<22} {email:<40} {password}")
        self.stdout.write("E-mail is printed to this console. Stop with Ctrl-C.\n")


def site_url(addr: str) -> str:
    """The URL a browser on this machine reaches `runserver ADDR` at: "8001" and
    "0.0.0.0:8001" are http://127.0.0.1:8001."""
    host, _, port = addr.rpartition(":")
    if not host or host in ("0.0.0.0", "[::]", "::"):  # noqa: S104  # a bind-all address, read
        host = "127.0.0.1"
    return f"http://{host}:{port or '8000'}"
