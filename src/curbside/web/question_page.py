"""The question page's answers, rendered once per version of the question and cached.

Everything on the page that is the same for every reader — the answer cards, the counts, the
QAPage JSON-LD, the treatment crumbs, the on-label / off-label badge, the summary of where the
physicians agree — is rendered from
`QuestionQuerySet.for_page()` and cached under `Question.cache_version`, which every service that
changes those bumps, and the evidence base's revision, which every evidence edit changes. The
answers HTML is kept in chunks split where each answer's footer takes the reader's own controls
(helpful, agree, edit); the page template renders those controls between the chunks for each
request, so a cached page never shows one reader's state to another. Visitors, who have no
controls, get a copy with the counts filled in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from django.core.cache import cache
from django.template.loader import get_template, render_to_string

from curbside.claims.notes import attach_answer_notes
from curbside.consensus.reading import summary_of, summary_view
from curbside.evidence.knowledge import knowledge_base_at
from curbside.evidence.rendering import badge_html
from curbside.evidence.revision import revision_of
from curbside.qa.models import Answer, Question
from curbside.qa.seo import question_jsonld
from curbside.qa.slots import AnswerSlot
from curbside.qa.templatetags.curbside import jsonld

CACHE_SECONDS = 60 * 60 * 24
_MARKER = re.compile(r"<!--controls:(\d+)-->")


@dataclass(frozen=True)
class QuestionPage:
    parts: list[
        tuple[str, AnswerSlot | None]
    ]  # HTML chunks, each followed by its answer's controls
    visitor_html: str  # the whole answers HTML with a visitor's controls (counts only) filled in
    jsonld: str
    treatments: list[tuple[str, str]]  # (name, url) for the crumbs
    slots: list[AnswerSlot]
    label_badge_html: str = ""  # the on-label / off-label badge (evidence.badges), or ""
    summary_html: str = ""  # where the physicians agree (consensus), or ""


# How a reader may order the answers (?sort=): the first is the default.
SORTS: dict[str, tuple[str, Callable[[Answer], tuple[object, ...]]]] = {
    "helpful": ("Most helpful", lambda a: (-a.helpful_count, -a.agree_count, a.created_at)),
    "agreed": ("Most agreed", lambda a: (-a.agree_count, -a.helpful_count, a.created_at)),
    "newest": ("Newest", lambda a: (-a.created_at.timestamp(), a.pk)),
}
DEFAULT_SORT = "helpful"


def _cache_key(question: Question, evidence_revision: str | None, sort: str) -> str:
    # The evidence revision too: an edit to the evidence base changes the badge.
    return f"qa:page:{question.pk}:{question.cache_version}:{evidence_revision or '-'}:{sort}"


def question_page(question: Question, sort: str = DEFAULT_SORT) -> QuestionPage:
    """The cached page parts for this version of the question and of the evidence base, with
    the answers in the `sort` order (SORTS), rendered on a miss. Fetch the question with
    evidence.revision.with_evidence_revision() so that a hit costs no query (else the
    revision is read with one)."""
    sort = sort if sort in SORTS else DEFAULT_SORT
    evidence_revision = revision_of(question)
    key = _cache_key(question, evidence_revision, sort)
    page: QuestionPage | None = cache.get(key)
    if page is None:
        full = Question.objects.for_page().select_related("consensus").get(pk=question.pk)
        answers = sorted(full.page_answers, key=SORTS[sort][1])
        attach_answer_notes(answers)  # the claim check's evidence notes, cached with them
        slots = [AnswerSlot.of(a) for a in answers]
        treatments = list(full.treatments.all())
        answers_html = render_to_string(
            "qa/_answers.html",
            # Each answer's "Request a consultation" asks about the question's treatment.
            {"answers": answers, "treatment_slug": treatments[0].slug if treatments else ""},
        )
        page = QuestionPage(
            parts=_split(answers_html, slots),
            visitor_html=_visitor_html(answers_html, slots),
            jsonld=str(jsonld(question_jsonld(full))),
            treatments=[(t.name, t.get_absolute_url()) for t in treatments],
            slots=slots,
            label_badge_html=badge_html(knowledge_base_at(evidence_revision), full),
            summary_html=render_to_string(
                "consensus/_summary.html",
                {"summary": summary_view(summary_of(full), full.page_answers)},
            ),
        )
        cache.set(key, page, CACHE_SECONDS)
    return page


def _split(html: str, slots: list[AnswerSlot]) -> list[tuple[str, AnswerSlot | None]]:
    by_pk = {slot.pk: slot for slot in slots}
    pieces = _MARKER.split(html)  # text, pk, text, pk, …, text
    parts: list[tuple[str, AnswerSlot | None]] = [
        (pieces[i], by_pk[int(pieces[i + 1])]) for i in range(0, len(pieces) - 1, 2)
    ]
    parts.append((pieces[-1], None))
    return parts


def _visitor_html(html: str, slots: list[AnswerSlot]) -> str:
    template = get_template("qa/_answer_controls.html")
    counts = {slot.pk: template.render({"answer": slot}) for slot in slots}
    return _MARKER.sub(lambda m: counts[int(m.group(1))], html)
