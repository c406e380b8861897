"""Demo data, find-a-doctor part: coordinates for every practice (from its ZIP) and physician
(from physician_locate: the practice's ZIP, else the city). Idempotent: run it after the
practices' own geocoding or instead of it, as often as you like."""

from __future__ import annotations

import random

from curbside.lib.geo import city_location, zip_location
from curbside.practices.models import Practice
from curbside.providers.models import Physician
from curbside.providers.services import physician_locate


def load(*, rng: random.Random) -> dict[str, int]:
    """`rng` is unused (nothing here is random); it keeps the signature of the other parts."""
    practices = 0
    for practice in Practice.objects.all():
        point = zip_location(practice.zip_code) or city_location(practice.city, practice.state)
        if point is not None and (practice.latitude, practice.longitude) != point:
            practice.latitude, practice.longitude = point
            practice.save(update_fields=["latitude", "longitude"])
        practices += point is not None
    physicians = 0
    for physician in Physician.objects.select_related("practice"):
        physician_locate(physician=physician)
        physicians += physician.latitude is not None
    return {"practices_located": practices, "physicians_located": physicians}
