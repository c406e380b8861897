from __future__ import annotations

import os
import sys
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from curbside.lib.serving import INSECURE_VARIABLE, serving_refusal


class Command(BaseCommand):
    help = "Serve Curbside in production with gunicorn (static files through WhiteNoise)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--addr", default="127.0.0.1:8000", help="host:port to bind")
        parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
        parser.add_argument(
            "--insecure",
            action="store_true",
            help="allow DEBUG on and a generated secret key (never in production)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["insecure"]:
            os.environ[INSECURE_VARIABLE] = "true"  # read by the guard in each gunicorn worker
        if reason := serving_refusal():
            raise CommandError(reason)
        if options["workers"] < 1:
            raise CommandError("--workers must be at least 1.")
        if not settings.WHITENOISE_USE_FINDERS:
            call_command("collectstatic", interactive=False, verbosity=0)
        from gunicorn.app.wsgiapp import run

        sys.argv = [
            "gunicorn",
            "curbside.wsgi:application",
            "--config",
            "python:curbside.gunicorn_config",
            "--bind",
            options["addr"],
            "--workers",
            str(options["workers"]),
            "--access-logfile",
            "-",
            "--forwarded-allow-ips",
            "*",
        ]
        run()
