"""US places from the `zipcodes` package's bundled data (offline; nothing is downloaded):
ZIP and city coordinates, the parsing of a "near" box ("10001", "Philadelphia, PA"), and
great-circle distances. The indexes are built once per process, on first use (~1 s)."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

import zipcodes

from curbside.lib.us import State

EARTH_RADIUS_MILES = 3958.8
# One degree of latitude, in miles, on the same sphere as EARTH_RADIUS_MILES.
MILES_PER_DEGREE = EARTH_RADIUS_MILES * math.pi / 180

LatLon = tuple[float, float]

_ZIP = re.compile(r"^(\d{5})(?:-\d{4})?$")
# "St. Louis", "St Louis" and "Saint Louis" are one city; the data spells out the long form.
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}


class UnknownPlace(ValueError):
    """The text names no US place we can locate; the message says why, for the person."""


@dataclass(frozen=True)
class Place:
    label: str  # "Philadelphia, PA" or "10001 (New York, NY)", for "12.3 miles from …"
    latitude: float
    longitude: float

    @property
    def point(self) -> LatLon:
        return (self.latitude, self.longitude)


@dataclass(frozen=True)
class _City:
    name: str  # as the data spells it
    state: str
    point: LatLon
    zips: int  # how many ZIPs the centroid is made of: a rough size, to suggest the likely one


def _norm(text: str) -> str:
    words = text.lower().replace(".", " ").replace(",", " ").split()
    if words and words[0] in _ABBREVIATIONS:
        words[0] = _ABBREVIATIONS[words[0]]
    return " ".join(words)


def _centroid(points: list[LatLon]) -> LatLon:
    return (
        round(sum(p[0] for p in points) / len(points), 5),
        round(sum(p[1] for p in points) / len(points), 5),
    )


def _rows() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = zipcodes.list_all()  # type: ignore[no-untyped-call]  # the package's wrapper has no annotations
    return rows


@cache
def _zip_index() -> dict[str, tuple[LatLon, str]]:
    """ZIP → (coordinates, 'City, ST')."""
    return {
        row["zip_code"]: ((float(row["lat"]), float(row["long"])), f"{row['city']}, {row['state']}")
        for row in _rows()
    }


@cache
def _city_index() -> dict[tuple[str, str], _City]:
    """(normalised city, state) → the city's centroid: of its active STANDARD ZIPs (PO boxes
    sit at post offices), else its other active ZIPs; a name the data lists only as an
    acceptable name for other ZIPs gets the centroid of those."""
    primary: dict[tuple[str, str], dict[bool, list[LatLon]]] = defaultdict(
        lambda: {True: [], False: []}
    )
    acceptable: dict[tuple[str, str], list[LatLon]] = defaultdict(list)
    names: dict[tuple[str, str], str] = {}
    for row in _rows():
        if not row["active"]:
            continue
        point = (float(row["lat"]), float(row["long"]))
        key = (_norm(row["city"]), row["state"])
        names.setdefault(key, row["city"])
        primary[key][row["zip_code_type"] == "STANDARD"].append(point)
        for other in row["acceptable_cities"]:
            other_key = (_norm(other), row["state"])
            names.setdefault(other_key, other)
            acceptable[other_key].append(point)
    index: dict[tuple[str, str], _City] = {}
    for key, name in names.items():
        own = primary.get(key, {True: [], False: []})
        points = own[True] or own[False] or acceptable[key]
        index[key] = _City(name=name, state=key[1], point=_centroid(points), zips=len(points))
    return index


@cache
def _cities_by_name() -> dict[str, list[_City]]:
    by_name: dict[str, list[_City]] = defaultdict(list)
    for (name, _), city in sorted(_city_index().items()):
        by_name[name].append(city)
    return dict(by_name)


@cache
def _state_codes() -> dict[str, str]:
    """'pa' and 'pennsylvania' → 'PA'."""
    codes: dict[str, str] = {}
    for code, label in State.choices:
        codes[code.lower()] = code
        codes[_norm(str(label))] = code
    return codes


def zip_location(zip_code: str) -> LatLon | None:
    """A ZIP's (or ZIP+4's) coordinates, or None for a ZIP the data does not know."""
    found = _zip_entry(zip_code)
    return found[0] if found else None


def _zip_entry(zip_code: str) -> tuple[LatLon, str] | None:
    match = _ZIP.match(zip_code.strip())
    return _zip_index().get(match.group(1)) if match else None


def city_location(city: str, state: str) -> LatLon | None:
    found = _city_index().get((_norm(city), state.strip().upper()))
    return found.point if found else None


def _split_state(text: str) -> tuple[str, str | None]:
    """'Philadelphia, PA' / 'Philadelphia PA' / 'philadelphia, pennsylvania' → (city, 'PA');
    a text with no state at its end → (text, None)."""
    codes = _state_codes()
    if "," in text:
        city, _, state = text.rpartition(",")
        code = codes.get(_norm(state))
        if code is None:
            raise UnknownPlace(f"We don't know the state '{state.strip()}'.")
        return city, code
    words = _norm(text).split()
    # The longest state name that ends the text and leaves a city before it ("New York NY").
    for size in (3, 2, 1):
        if len(words) > size and (code := codes.get(" ".join(words[-size:]))):
            return " ".join(words[:-size]), code
    return text, None


def resolve_near(text: str) -> Place:
    """The place a "near" box names: a ZIP or ZIP+4, "City, ST", "City ST", "City, State", or
    a city name found in one state only. Raises UnknownPlace with the reason otherwise."""
    text = " ".join(text.split())
    not_found = f"We couldn't find '{text}'. Try a ZIP code or 'City, ST'."
    if not text:
        raise UnknownPlace("Enter a US city or ZIP code.")
    if text[0].isdigit():
        entry = _zip_entry(text)
        if entry is None:
            raise UnknownPlace(not_found)
        point, city = entry
        return Place(f"{text[:5]} ({city})", *point)
    try:
        city, state = _split_state(text)
    except UnknownPlace:
        raise UnknownPlace(not_found) from None
    if state is not None:
        found = _city_index().get((_norm(city), state))
        if found is None:
            # "New York" is a state name too: try the whole text as a city.
            candidates = _cities_by_name().get(_norm(text), [])
            if len(candidates) == 1:
                found = candidates[0]
        if found is None:
            raise UnknownPlace(not_found)
        return Place(f"{found.name}, {found.state}", *found.point)
    candidates = _cities_by_name().get(_norm(city), [])
    if not candidates:
        raise UnknownPlace(not_found)
    if len(candidates) > 1:
        states = ", ".join(c.state for c in candidates[:8])
        more = ", …" if len(candidates) > 8 else ""
        likely = max(candidates, key=lambda c: c.zips)
        raise UnknownPlace(
            f"There is a {likely.name} in several states ({states}{more}). "
            f"Add the state, e.g. '{likely.name}, {likely.state}'."
        )
    found = candidates[0]
    return Place(f"{found.name}, {found.state}", *found.point)


def parse_near(text: str) -> Place | None:
    """resolve_near, with None for a text that names no place we can locate."""
    try:
        return resolve_near(text)
    except UnknownPlace:
        return None


def miles_between(a: LatLon, b: LatLon) -> float:
    """Great-circle (haversine) distance in miles."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_MILES * math.asin(min(1.0, math.sqrt(h)))


@dataclass(frozen=True)
class Box:
    """Latitude/longitude bounds enclosing every point within some miles of a centre."""

    min_lat: float
    max_lat: float
    min_lon: float
    max_lon: float


def bounding_box(point: LatLon, miles: float) -> Box:
    """A box around the circle of radius `miles`, a little generous; longitudes are not
    wrapped at ±180°, which no US place within 500 miles of another needs."""
    lat, lon = point
    dlat = miles / MILES_PER_DEGREE
    # Meridians converge: a degree of longitude is shortest at the box's pole-ward edge.
    edge = min(89.9, abs(lat) + dlat)
    dlon = miles / (MILES_PER_DEGREE * math.cos(math.radians(edge)))
    pad = 1e-6
    return Box(lat - dlat - pad, lat + dlat + pad, lon - dlon - pad, lon + dlon + pad)


def warm() -> None:
    """Build the lookup indexes now (about a second) rather than on a visitor's first search;
    the WSGI module calls it as each server process starts."""
    _zip_index()
    _city_index()
    _cities_by_name()
