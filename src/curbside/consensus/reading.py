"""A stored summary as readers see it: against the question's live answers, so an answer removed
since the summary was made never speaks in it, and with the physicians' names as they are now."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.core.exceptions import ObjectDoesNotExist

from curbside.consensus.models import QuestionSummary
from curbside.qa.models import Answer, Question

LEADING = 3
NOTE = (
    "An automatic summary of the doctors' answers below, in their own words. It is not "
    "itself medical advice: read the answers in full, and ask your own doctor about your case."
)


@dataclass(frozen=True)
class Speaker:
    slug: str
    name: str
    answer_id: int
    profile_url: str
    said: str  # the sentence of their answer that makes the point


@dataclass(frozen=True)
class PointView:
    point: str  # one physician's own sentence
    answer_id: int  # whose sentence it is
    speakers: tuple[Speaker, ...]  # its writer first

    @property
    def count(self) -> int:
        return len(self.speakers)

    def as_dict(self) -> dict[str, Any]:
        return {
            "point": self.point,
            "answer_id": self.answer_id,
            "answer_ids": [s.answer_id for s in self.speakers],
            "physicians": [s.slug for s in self.speakers],
            "names": [s.name for s in self.speakers],
            "count": self.count,
        }


@dataclass(frozen=True)
class SummaryView:
    points: tuple[PointView, ...]
    differences: tuple[tuple[PointView, ...], ...]
    answers: int  # how many answers it summarises
    updated_at: datetime
    note: str = NOTE

    @property
    def leading(self) -> tuple[PointView, ...]:
        """The points shown at once: those three or more physicians make (else the first
        LEADING); the rest are one click away, so a phone is not one long summary."""
        made = tuple(p for p in self.points if p.count >= 3)
        return made or self.points[:LEADING]

    @property
    def more(self) -> tuple[PointView, ...]:
        return self.points[len(self.leading) :]

    def as_dict(self) -> dict[str, Any]:
        return {
            "answers": self.answers,
            "updated_at": self.updated_at,
            "note": self.note,
            "points": [p.as_dict() for p in self.points],
            "differences": [{"stances": [s.as_dict() for s in d]} for d in self.differences],
        }


def summary_of(question: Question) -> QuestionSummary | None:
    """The question's stored summary: no query when it was fetched with
    select_related("consensus"), whether or not it has one."""
    try:
        return question.consensus
    except ObjectDoesNotExist:
        return None


def summary_view(summary: QuestionSummary | None, answers: Iterable[Answer]) -> SummaryView | None:
    """What readers see of the summary, given the question's live answers (their physicians
    fetched); None when there is nothing to show."""
    if summary is None:
        return None
    live = {a.pk: a for a in answers}
    points = tuple(
        p for p in (_point(v, live) for v in summary.points) if p is not None and p.count >= 2
    )
    differences = []
    for difference in summary.differences:
        stances = [_point(v, live) for v in difference.get("stances", [])]
        kept = tuple(s for s in stances if s is not None)
        if len(kept) >= 2 and len(kept) == len(stances):
            differences.append(kept)
    if not points and not differences:
        return None
    return SummaryView(
        points=points,
        differences=tuple(differences),
        answers=summary.answers,
        updated_at=summary.updated_at,
    )


def _point(voice: Mapping[str, Any], live: Mapping[int, Answer]) -> PointView | None:
    """The voice with the speakers whose answers are still live, in the first one's words (its
    own writer's, unless that answer is gone); None when no speaker is left."""
    ids = list(voice.get("answer_ids", []))
    said = list(voice.get("said", [])) or [voice["point"]] * len(ids)
    kept = [(live[pk], sentence) for pk, sentence in zip(ids, said, strict=False) if pk in live]
    if not kept:
        return None
    speakers = tuple(
        Speaker(
            slug=answer.physician.slug,
            name=answer.physician.display_name,
            answer_id=answer.pk,
            profile_url=answer.physician.get_absolute_url(),
            said=_plain(sentence),
        )
        for answer, sentence in kept
    )
    return PointView(
        point=speakers[0].said,
        answer_id=kept[0][0].pk,
        speakers=speakers,
    )


_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(r"(\*\*|__|`|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w))")


def _plain(sentence: object) -> str:
    """The sentence as text: Markdown links as their words, emphasis and code marks dropped
    (the template escapes the rest)."""
    text = _MARKS.sub("", _LINK.sub(r"\1", str(sentence)))
    return " ".join(text.split())
