"""The shapes of the demo's directory, physicians, question topics, motivating case and common
phrases, and what every content model shares; the articles, reviews and practice pages have
theirs in the module that reads them. All are validated when `content.files.read` reads the
file.

Items refer to one another by name, never by position: a seed's `focus` names points of its
topic, a physician names a practice and a specialty, a written answer names physicians. A name
in another file is checked against the validation context that the reading module passes (the
treatments, practices, specialties, physicians and shared texts already read)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Annotated, Literal, NamedTuple

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

Group = Literal["injectable", "medical", "skin", "surgery"]  # which closings fit an answer
GROUPS: tuple[Group, ...] = ("injectable", "medical", "skin", "surgery")
Status = Literal["verified", "pending", "rejected"]

Text = Annotated[str, Field(min_length=1)]
Texts = tuple[Text, ...]
Name = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
Slug = Annotated[str, Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]


class Content(BaseModel):
    """Read-only, and strict about keys: a misspelt key is an error, not a silent default."""

    model_config = ConfigDict(frozen=True, extra="forbid")


def short(text: str, limit: int = 50) -> str:
    """The start of a text, to tell an item by in an error message."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def known(info: ValidationInfo, what: str) -> Collection[str]:
    """The names of `what` ("treatments", "practices", …) that this file may refer to."""
    names = (info.context or {}).get(what)
    if not isinstance(names, Collection):
        raise ValueError(f"no {what} to check names against; read the file with its context")
    return names


def check_names(names: Iterable[str], info: ValidationInfo, what: str) -> None:
    allowed = known(info, what)
    unknown = [name for name in dict.fromkeys(names) if name not in allowed]
    if unknown:
        raise ValueError(
            f"unknown {what}: {', '.join(unknown)} (known: {', '.join(sorted(allowed))})"
        )


def keyed(value: object) -> object:
    """A mapping of items whose key is also a field of the item: copy it in."""
    if not isinstance(value, Mapping):
        return value
    for key, item in value.items():
        if isinstance(item, Mapping) and "key" in item:
            raise ValueError(f"{key}: `key` comes from the mapping key; remove it")
    return {
        key: {"key": key, **item} if isinstance(item, Mapping) else item
        for key, item in value.items()
    }


def _all_groups(value: Mapping[Group, Texts]) -> Mapping[Group, Texts]:
    missing = [group for group in GROUPS if group not in value]
    if missing:
        raise ValueError(f"missing {', '.join(missing)}")
    return value


ByGroup = Annotated[Mapping[Group, Texts], AfterValidator(_all_groups)]


# -- directory.yaml ---------------------------------------------------------------------------


class TreatmentEntry(NamedTuple):
    slug: Slug
    name: Text
    kind: Text
    summary: Text


class PracticeEntry(NamedTuple):
    name: Text
    street: Text
    city: Text
    state: Text
    zip_code: Text
    phone: Text


class SpecialtyEntry(Content):
    treatments: tuple[Slug, ...]  # what the specialty offers in the demo
    boards: Texts


class Directory(Content):
    treatments: tuple[TreatmentEntry, ...]
    practices: Mapping[Name, PracticeEntry]
    specialties: Mapping[Name, SpecialtyEntry]
    demo_staff_practice: Name
    patient_cities: Texts

    @field_validator("treatments")
    @classmethod
    def _treatment_kinds(cls, value: tuple[TreatmentEntry, ...]) -> tuple[TreatmentEntry, ...]:
        from curbside.catalogue.models import TreatmentKind

        for t in value:
            if t.kind not in TreatmentKind.values:
                raise ValueError(f"{t.slug}: kind {t.kind!r} is not one of {TreatmentKind.values}")
        slugs = [t.slug for t in value]
        if len(set(slugs)) != len(slugs):
            raise ValueError("a treatment slug appears twice")
        return value

    @model_validator(mode="after")
    def _references(self) -> Directory:
        from curbside.providers.models import Specialty

        slugs = {t.slug for t in self.treatments}
        for key, specialty in self.specialties.items():
            if key not in Specialty.values:
                raise ValueError(f"specialties.{key}: not a specialty of providers.Specialty")
            unknown = [s for s in specialty.treatments if s not in slugs]
            if unknown:
                raise ValueError(f"specialties.{key}.treatments: unknown {', '.join(unknown)}")
        if self.demo_staff_practice not in self.practices:
            raise ValueError(f"demo_staff_practice: no practice {self.demo_staff_practice!r}")
        return self


# -- physicians.yaml --------------------------------------------------------------------------


class PhysicianEntry(Content):
    first_name: Text
    last_name: Text
    credentials: Text
    specialty: Name
    practice: Name
    practicing_since: int
    status: Status
    extra_boards: Texts = ()  # besides the specialty's own boards
    bio: Text

    @field_validator("specialty")
    @classmethod
    def _specialty(cls, value: str, info: ValidationInfo) -> str:
        check_names([value], info, "specialties")
        return value

    @field_validator("practice")
    @classmethod
    def _practice(cls, value: str, info: ValidationInfo) -> str:
        check_names([value], info, "practices")
        return value


class Physicians(Content):
    demo_doctor: Name  # the verified physician's demo login
    demo_pending_doctor: Name  # the pending physician's demo login
    physicians: Mapping[Name, PhysicianEntry]

    @model_validator(mode="after")
    def _logins(self) -> Physicians:
        for field, key, status in (
            ("demo_doctor", self.demo_doctor, "verified"),
            ("demo_pending_doctor", self.demo_pending_doctor, "pending"),
        ):
            if key not in self.physicians:
                raise ValueError(f"{field}: no physician {key!r}")
            if self.physicians[key].status != status:
                raise ValueError(f"{field}: {key} must be {status}")
        return self


# -- topics.yaml and topics/<key>.yaml ----------------------------------------------------------


class Product(Content):
    """A product a question can name for `{product}`, and the treatment it tags."""

    name: Text
    treatment: Slug

    @field_validator("treatment")
    @classmethod
    def _treatment(cls, value: str, info: ValidationInfo) -> str:
        check_names([value], info, "treatments")
        return value


class Point(Content):
    """Something a physician answering the topic can say, and the headline that leads it."""

    headline: Text
    text: Text


class AgeRange(NamedTuple):
    youngest: int
    oldest: int


class AnswerRange(NamedTuple):
    fewest: int
    most: int


class Seed(Content):
    """One thing a patient asks about. `titles` are alternative phrasings; `{product}` in a
    title or body is filled from the topic's products (and tags the question with it);
    `treatments` overrides the topic's default tags; `focus` names the points that answer
    this seed directly, the first of them the most direct."""

    titles: Annotated[Texts, Field(min_length=1)]
    body: Text
    focus: Annotated[tuple[Name, ...], Field(min_length=1)]
    treatments: tuple[Slug, ...] = ()
    age: int | None = None  # when the text states or implies the asker's age

    @field_validator("treatments")
    @classmethod
    def _treatments(cls, value: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        check_names(value, info, "treatments")
        return value


def _shared(value: object, info: ValidationInfo, what: str) -> object:
    """Replace each `{shared: name}` item of a list by the shared items of that name."""
    if not isinstance(value, list | tuple):
        return value
    shared = (info.context or {}).get(what)
    if not isinstance(shared, Mapping):
        raise ValueError(f"no shared {what} to resolve names against")
    out: list[object] = []
    for item in value:
        if isinstance(item, Mapping) and set(item) == {"shared"}:
            name = item["shared"]
            if name not in shared:
                raise ValueError(
                    f"unknown shared {what} {name!r} (known: {', '.join(sorted(shared))})"
                )
            found = shared[name]
            out.extend(found if isinstance(found, tuple) else [found])
        else:
            out.append(item)
    return out


class Topic(Content):
    """A narrow subject: patients' seeds plus the points and caveats physicians draw on when
    answering it. `general` names the points that fit any seed of the topic. Answers lead with
    a point of their seed's focus, may add a general one, and reach for the topic's other
    points only on a crowded thread."""

    key: Name  # the file's name
    treatments: Annotated[tuple[Slug, ...], Field(min_length=1)]
    questions: Annotated[int, Field(ge=0)]  # how many of the demo's questions are on it
    ages: AgeRange
    group: Group = "injectable"
    specialties: tuple[Name, ...] = ()  # who answers these most often
    answers: AnswerRange | None = None  # force an answer range (the busy threads)
    products: tuple[Product, ...] = ()
    details: Texts = ()
    seeds: Annotated[tuple[Seed, ...], Field(min_length=1)]
    points: Annotated[Mapping[Name, Point], Field(min_length=1)]
    general: tuple[Name, ...] = ()
    caveats: Texts = ()

    @field_validator("products", mode="before")
    @classmethod
    def _shared_products(cls, value: object, info: ValidationInfo) -> object:
        return _shared(value, info, "products")

    @field_validator("caveats", mode="before")
    @classmethod
    def _shared_caveats(cls, value: object, info: ValidationInfo) -> object:
        return _shared(value, info, "caveats")

    @field_validator("treatments")
    @classmethod
    def _treatments(cls, value: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        check_names(value, info, "treatments")
        return value

    @field_validator("specialties")
    @classmethod
    def _specialties(cls, value: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        check_names(value, info, "specialties")
        return value

    @model_validator(mode="after")
    def _point_names(self) -> Topic:
        def unknown(names: Iterable[str]) -> list[str]:
            return [name for name in names if name not in self.points]

        problems = [
            f"seeds[{i}] (“{short(seed.titles[0])}”).focus: unknown point {', '.join(bad)}"
            for i, seed in enumerate(self.seeds)
            if (bad := unknown(seed.focus))
        ]
        if bad := unknown(self.general):
            problems.append(f"general: unknown point {', '.join(bad)}")
        if problems:
            raise ValueError("; ".join(problems) + f" (points: {', '.join(self.points)})")
        return self


class TopicIndex(Content):
    """topics.yaml: the order topics are drawn in, and texts several topics share."""

    order: Annotated[tuple[Name, ...], Field(min_length=1)]
    products: Mapping[Name, tuple[Product, ...]] = {}
    caveats: Mapping[Name, Text] = {}

    @field_validator("order")
    @classmethod
    def _unique(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        twice = [key for key in dict.fromkeys(value) if value.count(key) > 1]
        if twice:
            raise ValueError(f"listed twice: {', '.join(twice)}")
        return value


# -- motivating.yaml --------------------------------------------------------------------------


class WrittenAnswer(Content):
    physician: Name
    headline: Text
    body: Text
    after_hours: float
    helpful: Annotated[int, Field(ge=1)]  # the asker's own vote included
    agreed_by: tuple[Name, ...] = ()
    agree_extra: int = 0  # further agreements from physicians who offer the treatment

    @model_validator(mode="after")
    def _physicians(self, info: ValidationInfo) -> WrittenAnswer:
        check_names([self.physician, *self.agreed_by], info, "physicians")
        return self


class WrittenQuestion(Content):
    title: Text
    body: Text
    treatments: Annotated[tuple[Slug, ...], Field(min_length=1)]
    city: str
    days_ago: float
    answers: tuple[WrittenAnswer, ...] = ()

    @field_validator("treatments")
    @classmethod
    def _treatments(cls, value: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        check_names(value, info, "treatments")
        return value


# -- common.yaml ------------------------------------------------------------------------------


class CommonPhrases(Content):
    question_openers: Texts
    question_openers_cosmetic: Texts
    question_details: Texts
    question_closings: Texts
    answer_openers: Texts
    answer_additions: Texts
    closings: ByGroup
    generic_headlines: ByGroup
