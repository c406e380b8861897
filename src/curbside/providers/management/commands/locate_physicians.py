from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from curbside.providers.models import Physician
from curbside.providers.services import physician_locate


class Command(BaseCommand):
    help = "Set physicians' coordinates for find-a-doctor from their practice's ZIP or city."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--all", action="store_true", help="Recompute every physician, not only unplaced ones."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        physicians = Physician.objects.select_related("practice").order_by("pk")
        if not options["all"]:
            physicians = physicians.filter(latitude__isnull=True)
        placed = missing = 0
        for physician in physicians.iterator(chunk_size=500):
            physician_locate(physician=physician)
            if physician.latitude is None:
                missing += 1
                self.stderr.write(f"No location for {physician.slug} ({physician.location}).")
            else:
                placed += 1
        self.stdout.write(f"Placed {placed} physicians; {missing} without a known location.")
