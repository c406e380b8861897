"""Find a doctor at 50,000 physicians, on SQLite and on PostgreSQL, beside a primary-key fetch
from the same table in the same run.

Each engine gets a database of its own (a SQLite file in the benchmark's data directory; a
fresh `curbside_bench` database on the PostgreSQL server at BENCH_PG_URL, default
postgres://postgres@127.0.0.1:5432/test, skipped when none answers), migrated, loaded with
the same synthetic data set, measured and dropped. Physicians sit at real US ZIP locations
from the `zipcodes` data; every query is what /doctors/ runs for its first page: the count and
the 20 rows of `Physician.objects.verified().for_card().search(…)`.
"""

from __future__ import annotations

import math
import os
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import zipcodes
from django.conf import settings
from django.core.management import call_command
from django.core.paginator import Paginator
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models import Expression, F, FloatField, Model, Value
from django.db.models.functions import ASin, Cos, Least, Power, Sin, Sqrt

from bench.harness import Result, Timing
from curbside.accounts.models import Role, User
from curbside.catalogue.models import Treatment
from curbside.lib.geo import EARTH_RADIUS_MILES, LatLon, resolve_near
from curbside.providers.models import (
    Physician,
    SearchSort,
    Specialty,
    VerificationStatus,
)
from curbside.providers.tests.factories import valid_npi
from curbside.reviews.services import bayesian_score

PHYSICIANS = 50_000
QUERIES = 200
WARMUP = 10
RADIUS = 25
PAGE_SIZE = 20
PG_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/test")
PG_DATABASE = "curbside_bench"
UNUSABLE_PASSWORD = "!"  # noqa: S105  # not a secret: Django's unusable-password marker
# The demo's cities: where a visitor of the demo would search.
CITIES = [
    "New York, NY",
    "Philadelphia, PA",
    "Los Angeles, CA",
    "San Francisco, CA",
    "Houston, TX",
    "Austin, TX",
    "Miami, FL",
    "Tampa, FL",
    "Chicago, IL",
    "Atlanta, GA",
    "Seattle, WA",
    "Denver, CO",
    "Phoenix, AZ",
    "Boston, MA",
    "Charlotte, NC",
    "Portland, OR",
]
TREATMENTS = [
    ("botox", "Botox", "neurotoxin"),
    ("dysport", "Dysport", "neurotoxin"),
    ("lip-filler", "Lip filler", "filler"),
    ("kybella", "Kybella", "injectable"),
    ("chemical-peel", "Chemical peel", "skin"),
    ("microneedling", "Microneedling", "skin"),
    ("rhinoplasty", "Rhinoplasty", "surgery"),
    ("facelift", "Facelift", "surgery"),
]
FIRST = ["Ana", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jon", "Kara"]
CREDENTIALS = ["MD", "DO", "MD, FACS", "MD, FAAD", "DO, FAAFP"]
STATUSES = [VerificationStatus.VERIFIED.value, VerificationStatus.PENDING.value]
LAST = ["Ruiz", "Okafor", "Lindqvist", "Patel", "Moreau", "Haddad", "Kim", "Tanaka", "Costa"]


@dataclass(frozen=True)
class Query:
    treatment: Treatment
    point: LatLon


def _zip_points() -> list[tuple[str, str, LatLon]]:
    rows: list[dict[str, Any]] = zipcodes.list_all()  # type: ignore[no-untyped-call]  # the package's wrapper has no annotations
    return [
        (r["city"], r["state"], (float(r["lat"]), float(r["long"])))
        for r in rows
        if r["active"] and r["zip_code_type"] == "STANDARD"
    ]


def _insert(alias: str, model: type[Model], rows: list[dict[str, Any]]) -> None:
    """Plain multi-row INSERTs: the ORM's bulk_create spends ~0.1 ms a row preparing values,
    which at this size is most of the load. Fields left out get their default."""
    connection = connections[alias]
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    defaults = {
        f.attname: f.get_db_prep_save(f.get_default(), connection)
        for f in fields
        if f.attname not in rows[0]
    }
    columns = [f.attname for f in fields]
    quoted = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(model._meta.db_table)
    placeholders = ", ".join(["%s"] * len(columns))
    sql = f"INSERT INTO {table} ({quoted}) VALUES ({placeholders})"  # noqa: S608  # names from the model, quoted
    with connection.cursor() as cursor:
        cursor.executemany(sql, [tuple({**defaults, **row}[c] for c in columns) for row in rows])


def load(alias: str, seed: int = 50) -> list[Treatment]:
    """PHYSICIANS physicians (one in twenty pending) with accounts, treatments and rating
    columns."""
    rng = random.Random(seed)
    places = _zip_points()
    with transaction.atomic(using=alias):
        treatments = [
            Treatment.objects.using(alias).get_or_create(
                slug=slug, defaults={"name": name, "kind": kind, "summary": name}
            )[0]
            for slug, name, kind in TREATMENTS
        ]
        _insert(
            alias,
            User,
            [
                {
                    "email": f"bench-doctor-{n}@bench.test",
                    "public_name": f"Bench Doctor {n}",
                    "role": Role.PHYSICIAN.value,
                    "password": UNUSABLE_PASSWORD,
                }
                for n in range(PHYSICIANS)
            ],
        )
        users = User.objects.using(alias).filter(email__endswith="@bench.test")
        user_ids = dict(users.values_list("email", "pk"))
        rows = []
        for n in range(PHYSICIANS):
            city, state, (lat, lon) = rng.choice(places)
            reviews = rng.choice([0, 0, 0, rng.randint(1, 8), rng.randint(5, 80)])
            average = round(rng.triangular(2.5, 5.0, 4.7), 2) if reviews else None
            rows.append(
                {
                    "user_id": user_ids[f"bench-doctor-{n}@bench.test"],
                    "slug": f"bench-doctor-{n}",
                    "first_name": rng.choice(FIRST),
                    "last_name": f"{rng.choice(LAST)}{n}",
                    "credentials": rng.choice(CREDENTIALS),
                    "specialty": rng.choice(Specialty.values),
                    "npi": valid_npi(60_000_000 + n),
                    "practicing_since": rng.randint(1975, 2022),
                    "city": city,
                    "state": state,
                    "status": rng.choices(STATUSES, [19, 1])[0],
                    "rating_avg": average,
                    "review_count": reviews,
                    "rating_score": bayesian_score(average=average, count=reviews),
                    # Offices spread around the ZIP's centre, not stacked on it.
                    "latitude": lat + rng.uniform(-0.02, 0.02),
                    "longitude": lon + rng.uniform(-0.02, 0.02),
                }
            )
        _insert(alias, Physician, rows)
        physician_ids = Physician.objects.using(alias).filter(slug__startswith="bench-doctor-")
        _insert(
            alias,
            Physician.treatments.through,
            [
                {"physician_id": pk, "treatment_id": t.pk}
                for pk in physician_ids.values_list("pk", flat=True)
                for t in rng.sample(treatments, rng.randint(1, 4))
            ],
        )
    return treatments


def first_page(alias: str, **criteria: Any) -> list[Physician]:
    """What /doctors/ runs for a first page: the count and the page's rows."""
    physicians = Physician.objects.using(alias).verified().for_card().search(**criteria)
    page = Paginator(physicians, PAGE_SIZE).page(1)
    return list(page.object_list)


def great_circle_miles(point: LatLon) -> Expression:
    """The haversine distance from `point` to a row's coordinates, in SQL that both SQLite
    (through the math functions Django registers) and PostgreSQL run."""
    lat, lon = (math.radians(v) for v in point)
    to_radians = Value(math.pi / 180, output_field=FloatField())
    row_lat = F("latitude") * to_radians
    half_dlat = Sin((row_lat - Value(lat)) / Value(2.0))
    half_dlon = Sin((F("longitude") * to_radians - Value(lon)) / Value(2.0))
    h = Power(half_dlat, 2) + Value(math.cos(lat)) * Cos(row_lat) * Power(half_dlon, 2)
    return Value(2 * EARTH_RADIUS_MILES) * ASin(Sqrt(Least(h, Value(1.0))))


def sql_distance_page(alias: str, query: Query) -> list[Physician]:
    """The alternative to PhysicianQuerySet.near(), measured beside it: the same bounding box,
    then the exact distance, radius and order in SQL (twice: for the count and the page)."""
    physicians = (
        Physician.objects.using(alias)
        .verified()
        .for_card()
        .filter(treatments=query.treatment)
        .within_box(query.point, RADIUS)
        .annotate(distance=great_circle_miles(query.point))
        .filter(distance__lte=RADIUS)
        .order_by("distance", "pk")
    )
    return list(Paginator(physicians, PAGE_SIZE).page(1).object_list)


def measure(alias: str, treatments: list[Treatment], rng: random.Random) -> list[Timing]:
    points = [resolve_near(city).point for city in CITIES]
    queries = [Query(rng.choice(treatments), rng.choice(points)) for _ in range(QUERIES)]
    pks = list(Physician.objects.using(alias).values_list("pk", flat=True))
    pk_sample = [rng.choice(pks) for _ in range(QUERIES)]
    cases: list[tuple[str, Callable[[int, Query], object]]] = [
        (
            "baseline: Physician by primary key",
            lambda n, q: Physician.objects.using(alias).filter(pk=pk_sample[n]).first(),
        ),
        (
            f"near city, {RADIUS} mi, treatment, by distance",
            lambda n, q: first_page(alias, treatment=q.treatment, near=q.point, radius=RADIUS),
        ),
        (
            f"near city, {RADIUS} mi, treatment, by score",
            lambda n, q: first_page(
                alias, treatment=q.treatment, near=q.point, radius=RADIUS, sort=SearchSort.SCORE
            ),
        ),
        (
            "treatment only, by score (no place)",
            lambda n, q: first_page(alias, treatment=q.treatment),
        ),
        (
            "(alt.) by distance, computed in SQL",
            lambda n, q: sql_distance_page(alias, q),
        ),
    ]
    samples: dict[str, list[float]] = {label: [] for label, _ in cases}
    for n in range(-WARMUP, QUERIES):
        for label, case in cases:
            started = time.perf_counter()
            case(max(n, 0), queries[max(n, 0)])
            elapsed = (time.perf_counter() - started) * 1000
            if n >= 0:
                samples[label].append(elapsed)
    # Both ways of computing distance must agree before either figure means anything.
    for q in queries[:20]:
        in_python = [
            p.pk for p in first_page(alias, treatment=q.treatment, near=q.point, radius=RADIUS)
        ]
        in_sql = [p.pk for p in sql_distance_page(alias, q)]
        if in_sql != in_python:
            raise RuntimeError(f"{alias}: SQL and Python distance orders differ near {q.point}")
    return [Timing(label, samples[label]) for label, _ in cases]


@contextmanager
def database(alias: str, config: dict[str, Any]) -> Iterator[None]:
    """A database alias added at run time, migrated, and removed afterwards."""
    configured = connections.configure_settings(
        {DEFAULT_DB_ALIAS: dict(settings.DATABASES[DEFAULT_DB_ALIAS]), alias: config}
    )[alias]
    settings.DATABASES[alias] = connections.settings[alias] = configured
    try:
        call_command("migrate", database=alias, verbosity=0)
        yield
    finally:
        if alias in connections:
            connections[alias].close()
        del connections[alias]
        connections.settings.pop(alias, None)
        settings.DATABASES.pop(alias, None)


def _pg_admin_url() -> str | None:
    """The server's URL when one answers at PG_URL; None otherwise."""
    try:
        import psycopg

        psycopg.connect(PG_URL, connect_timeout=3).close()
    except Exception:
        return None
    return PG_URL


def _with_database_name(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def _pg_execute(admin_url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True, connect_timeout=5) as conn:
        conn.execute(sql)


@contextmanager
def pg_database(admin_url: str) -> Iterator[str]:
    """A fresh database on the server at `admin_url`, dropped afterwards (a leftover from an
    interrupted run is dropped first)."""
    _pg_execute(admin_url, f"DROP DATABASE IF EXISTS {PG_DATABASE} WITH (FORCE)")
    _pg_execute(admin_url, f"CREATE DATABASE {PG_DATABASE}")
    try:
        yield _with_database_name(admin_url, PG_DATABASE)
    finally:
        _pg_execute(admin_url, f"DROP DATABASE IF EXISTS {PG_DATABASE} WITH (FORCE)")


def run_engine(alias: str, config: dict[str, Any], result: Result) -> None:
    with database(alias, config):
        engine = connections[alias].display_name
        started = time.perf_counter()
        treatments = load(alias)
        # PostgreSQL's autovacuum would analyze the new rows within a minute; SQLite keeps no
        # statistics unless told to, and is measured as it runs by default, without them.
        if connections[alias].vendor == "postgresql":
            with connections[alias].cursor() as cursor:
                cursor.execute("ANALYZE")
        loaded = time.perf_counter() - started
        timings = measure(alias, treatments, random.Random(7))
    base = timings[0].median_ms
    result.lines.append(
        f"{engine}: {PHYSICIANS:,} physicians "
        f"loaded in {loaded:.1f} s; {QUERIES} queries each, {WARMUP} warm-up"
    )
    result.lines.append(
        f"  {'query (count + first page of 20)':<46}{'median ms':>10}{'p95 ms':>9}{'× base':>8}"
    )
    result.lines += [
        f"  {t.label:<46}{t.median_ms:>10.2f}{t.p95_ms:>9.2f}{t.median_ms / base:>8.1f}"
        for t in timings
    ]


def run() -> Result:
    import dj_database_url

    result = Result(name=f"Find a doctor at {PHYSICIANS:,} physicians (SQLite and PostgreSQL)")
    sqlite = dict(settings.DATABASES[DEFAULT_DB_ALIAS])
    if sqlite["ENGINE"] == "django.db.backends.sqlite3":
        sqlite["NAME"] = str(settings.DATA_DIR / "find-doctor.sqlite3")
        run_engine("bench_sqlite", sqlite, result)
    import psycopg

    admin_url = _pg_admin_url()
    if admin_url is None:
        result.lines.append(
            f"PostgreSQL: SKIPPED — no server answers at {PG_URL} (set BENCH_PG_URL to run it)"
        )
        return result
    try:
        with pg_database(admin_url) as url:
            run_engine("bench_pg", dict(dj_database_url.parse(url)), result)
    except psycopg.Error as exc:  # from the admin connection, e.g. no right to create one
        result.lines.append(f"PostgreSQL: SKIPPED — {exc}".strip())
    return result
