"""The evidence as other apps' pages show it: a treatment page's panel and the questions'
on-label / off-label badges, rendered from the knowledge base at a known revision.

Callers read the revision in their own query (evidence.revision.with_evidence_revision), so a
cached panel costs no query and an evidence edit shows on the next view in every process.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Protocol

from django.core.cache import cache
from django.template.loader import render_to_string

from curbside.evidence.badges import Badge, question_badge
from curbside.evidence.knowledge import KnowledgeBase, knowledge_base_at
from curbside.evidence.panel import treatment_evidence

PANEL_SECONDS = 60 * 60 * 24


class _Treatment(Protocol):
    slug: str


class _TreatmentManager(Protocol):
    def all(self) -> Iterable[_Treatment]: ...


class QuestionLike(Protocol):
    """What the badge reads of a question (a qa.Question with its treatments prefetched)."""

    title: str
    body: str
    condition: str

    @property
    def treatments(self) -> _TreatmentManager: ...


def evidence_panel_html(*, treatment_slug: str, treatment_name: str, revision: str | None) -> str:
    """A treatment page's evidence panel, cached per treatment and evidence revision."""
    name_key = hashlib.md5(treatment_name.encode(), usedforsecurity=False).hexdigest()[:8]
    key = f"evidence:panel:{treatment_slug}:{name_key}:{revision or '-'}"
    html: str | None = cache.get(key)
    if html is None:
        kb = knowledge_base_at(revision)
        html = render_to_string(
            "evidence/_panel.html",
            {"evidence": treatment_evidence(kb, treatment_slug), "treatment_name": treatment_name},
        )
        cache.set(key, html, PANEL_SECONDS)
    return html


def badge_for(kb: KnowledgeBase, question: QuestionLike) -> Badge | None:
    """The badge of a question (its treatments prefetched, or one query for them)."""
    return question_badge(
        kb,
        title=question.title,
        body=question.body,
        treatment_slugs=[t.slug for t in question.treatments.all()],
        choice=question.condition,
    )


def badge_html(kb: KnowledgeBase, question: QuestionLike) -> str:
    """The question page's badge, or "" when the question is about no covered product."""
    badge = badge_for(kb, question)
    if badge is None:
        return ""
    return render_to_string("evidence/_badge.html#full", {"badge": badge})


def attach_badges(questions: Iterable[QuestionLike], *, revision: str | None) -> None:
    """Set `label_badge` (a Badge or None) on each question of a list, for its row."""
    kb = knowledge_base_at(revision)
    for question in questions:
        question.label_badge = None if kb.is_empty else badge_for(kb, question)  # type: ignore[attr-defined]  # a display attribute for the row template
