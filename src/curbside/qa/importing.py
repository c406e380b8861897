"""Reading questions (and their answers) from JSON Lines, one record a line:
{"title", "body", "treatment"?, "answers"?: [{"doctor", "headline", "body"}]}."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q

from curbside.catalogue.models import Treatment
from curbside.providers.models import Physician
from curbside.qa.models import Question
from curbside.qa.services import answer_create, question_create

_KEYS = {"title", "body", "treatment", "answers"}
_ANSWER_KEYS = {"doctor", "headline", "body"}


@dataclass
class ImportReport:
    questions: int = 0
    answers: int = 0
    errors: list[str] = field(default_factory=list)
    question_ids: list[int] = field(default_factory=list)
    # Questions that triage held for a moderator (not published); their answers are skipped,
    # since only a published question takes answers.
    held: int = 0
    held_lines: list[str] = field(default_factory=list)
    answers_skipped: int = 0


def _physician(ref: object, cache: dict[str, Physician | None]) -> Physician:
    """A doctor is named by profile slug, NPI, or full name ('Dr. Ana Ruiz' or 'Ana Ruiz')."""
    if not isinstance(ref, str) or not ref.strip():
        raise ValidationError('"doctor" must name a physician (profile slug, NPI or full name).')
    key = ref.strip()
    if key not in cache:
        name = key.removeprefix("Dr.").removeprefix("Dr ").split(",")[0].strip()
        first, _, last = name.partition(" ")
        matches = list(
            Physician.objects.filter(
                Q(slug=key)
                | Q(npi=key)
                | Q(first_name__iexact=first, last_name__iexact=last.strip())
            )[:2]
        )
        cache[key] = matches[0] if len(matches) == 1 else None
    physician = cache[key]
    if physician is None:
        raise ValidationError(f"unknown or ambiguous doctor {key!r}.")
    return physician


def _treatment(ref: object, treatments: dict[str, Treatment]) -> list[Treatment]:
    if ref is None or ref == "":
        return []
    if not isinstance(ref, str):
        raise ValidationError('"treatment" must be a treatment name or slug.')
    found = treatments.get(ref.strip().lower())
    if found is None:
        raise ValidationError(f"unknown treatment {ref!r}.")
    return [found]


def _import_record(
    record: object, treatments: dict[str, Treatment], doctors: dict[str, Physician | None]
) -> Question:
    if not isinstance(record, dict):
        raise ValidationError("each line must be a JSON object.")
    unknown = set(record) - _KEYS
    if unknown:
        raise ValidationError(f"unknown field(s): {', '.join(sorted(unknown))}.")
    answers = record.get("answers") or []
    if not isinstance(answers, list):
        raise ValidationError('"answers" must be a list.')
    with transaction.atomic():
        question = question_create(
            author=None,
            title=record.get("title", ""),
            body=record.get("body", ""),
            treatments=_treatment(record.get("treatment"), treatments),
            strict=False,
        )
        if not question.is_public:
            return question
        for n, item in enumerate(answers, start=1):
            if not isinstance(item, dict) or set(item) - _ANSWER_KEYS:
                raise ValidationError(f"answer {n} must be an object with doctor, headline, body.")
            try:
                answer_create(
                    physician=_physician(item.get("doctor"), doctors),
                    question=question,
                    headline=item.get("headline", ""),
                    body=item.get("body", ""),
                    notify=False,
                )
            except ValidationError as exc:
                raise ValidationError(f"answer {n}: {'; '.join(_messages(exc))}") from exc
    return question


def _messages(exc: ValidationError) -> list[str]:
    if hasattr(exc, "error_dict"):
        return [f"{f}: {m}" for f, ms in exc.message_dict.items() for m in ms]
    return exc.messages


def questions_import(lines: Iterable[str]) -> Iterator[tuple[int, ImportReport]]:
    """Import line by line; a bad line is reported and leaves nothing behind. Yields after
    every line so callers can show progress."""
    treatments: dict[str, Treatment] = {}
    for t in Treatment.objects.all():
        treatments[t.slug] = treatments[t.name.lower()] = t
    doctors: dict[str, Physician | None] = {}
    report = ImportReport()
    for number, line in enumerate(lines, start=1):
        if line.strip():
            try:
                record = json.loads(line)
                question = _import_record(record, treatments, doctors)
            except json.JSONDecodeError as exc:
                report.errors.append(f"line {number}: not valid JSON ({exc.msg}).")
            except ValidationError as exc:
                report.errors.append(f"line {number}: {'; '.join(_messages(exc))}")
            else:
                report.questions += 1
                report.question_ids.append(question.pk)
                if question.is_public:
                    report.answers += len(record.get("answers") or [])
                else:
                    report.held += 1
                    report.answers_skipped += len(record.get("answers") or [])
                    hold = question.triage_hold  # set by triage when it held the question
                    reasons = "; ".join(hold.reasons)
                    report.held_lines.append(f"line {number}: held by triage ({reasons}).")
        yield number, report
