# No `from __future__ import annotations` here: ninja's @paginate wrapper resolves the view's
# annotations in its own module, so they must be real objects, not strings.
"""The API endpoints that put several apps together (docs/architecture.md): /questions (the
list filters with search's full text, similar questions come from search, a new question
answers with triage's verdict) and GET /doctors/{slug} (the profile with its reviews' stars).
Their operation ids are those they had when the qa and providers apps served them, so clients
generated from the schema keep their method names."""

from datetime import datetime
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from ninja import Field, Query, Router, Schema, Status
from ninja.pagination import paginate

from curbside.accounts.access import require_patient
from curbside.api import AUTH, Pages
from curbside.catalogue.models import Treatment
from curbside.consensus.reading import summary_of, summary_view
from curbside.limits.http import ThrottledOut, rate_limited
from curbside.providers import access as provider_access
from curbside.providers.api import DoctorBase, PhysicianCardOut
from curbside.providers.models import Physician
from curbside.qa import access, services
from curbside.qa.models import (
    ANSWER_MAX,
    BODY_MAX,
    HEADLINE_MAX,
    TITLE_MAX,
    Answer,
    Question,
    QuestionQuerySet,
)
from curbside.search.fulltext import search_questions_queryset
from curbside.search.hybrid import similar_questions
from curbside.triage.check import NOT_URGENT_ADVICE
from curbside.triage.models import TriageHold
from curbside.web import profile

questions = Router(tags=["questions"])
doctors = Router(tags=["doctors"])


class AnswerOut(Schema):
    id: int
    headline: str
    body: str
    body_html: str
    physician: PhysicianCardOut
    helpful_count: int
    agree_count: int
    created_at: datetime
    updated_at: datetime


class QuestionSummaryOut(Schema):
    id: int
    title: str
    url: str
    treatments: list[str]
    asker: str = Field(alias="asker_name")
    city: str
    answer_count: int
    created_at: datetime

    @staticmethod
    def resolve_url(obj: Question) -> str:
        return settings.SITE_URL + obj.get_absolute_url()

    @staticmethod
    def resolve_treatments(obj: Question) -> list[str]:
        return [t.slug for t in obj.treatments.all()]


class ConsensusPointOut(Schema):
    point: str = Field(description="One physician's own sentence, as they wrote it.")
    answer_id: int = Field(description="The answer the sentence is from.")
    answer_ids: list[int] = Field(description="The answers that make the point, its own first.")
    physicians: list[str] = Field(description="Their physicians' slugs, in the same order.")
    names: list[str]
    count: int = Field(description="How many physicians make the point.")


class ConsensusDifferenceOut(Schema):
    stances: list[ConsensusPointOut] = Field(
        description="Two or more stances on one matter, each with who takes it."
    )


class ConsensusOut(Schema):
    answers: int = Field(description="How many answers the summary was made from.")
    updated_at: datetime
    note: str = Field(description="Show it with the summary: it is not itself medical advice.")
    points: list[ConsensusPointOut] = Field(
        description="What two or more physicians say, the most made first."
    )
    differences: list[ConsensusDifferenceOut] = Field(description="Where they differ.")


class QuestionOut(QuestionSummaryOut):
    body: str
    body_html: str
    consensus: ConsensusOut | None = Field(
        description="Where the physicians agree and differ: an extractive summary of the "
        "answers, kept current in the background; null under three answers or before it is made."
    )
    condition: str | None = Field(
        description="The asker's answer to 'What is it for?' (an evidence-base condition or "
        "off-label use id), or null."
    )
    answers: list[AnswerOut] = Field(alias="page_answers")

    @staticmethod
    def resolve_condition(obj: Question) -> str | None:
        return obj.condition or None

    @staticmethod
    def resolve_consensus(obj: Question) -> dict[str, Any] | None:
        view = summary_view(summary_of(obj), obj.page_answers)
        return None if view is None else view.as_dict()


class TriageResultOut(Schema):
    urgent: bool
    reasons: list[str]
    families: list[str] = Field(description="The emergency families whose advice applies.")
    advice: str


class QuestionCreatedOut(QuestionOut):
    status: str = Field(description="'published', or 'held' when triage found urgent symptoms.")
    triage: TriageResultOut = Field(
        description="The emergency check run before publishing. When urgent, the question is "
        "held (not public) until a moderator reviews it; show the advice to the asker at once."
    )

    @staticmethod
    def resolve_triage(obj: Question) -> TriageResultOut:
        hold = TriageHold.objects.filter(question=obj).first()
        if hold is None:
            return TriageResultOut(urgent=False, reasons=[], families=[], advice=NOT_URGENT_ADVICE)
        return TriageResultOut(
            urgent=True, reasons=hold.reasons, families=hold.families, advice=hold.advice
        )


# Lengths as the services count them (qa.services: after trimming and tidying the text); the
# schema's maximums are twice as loose, because Markdown and spacing are counted there first.
class QuestionIn(Schema):
    title: str = Field(min_length=10, max_length=TITLE_MAX * 2)
    body: str = Field(min_length=20, max_length=BODY_MAX * 2)
    treatments: list[str] = Field(description="Treatment slugs, e.g. ['botox'].", max_length=10)
    city: str = Field("", max_length=160)
    condition: str | None = Field(
        None,
        max_length=80,
        description="What the treatment is for (optional): a condition id such as "
        "'cervical_dystonia' or an off-label use id such as 'masseter_jaw_slimming', as listed "
        "by GET /treatments/{slug}/evidence. It decides the question's on-label / off-label "
        "badge; leave it out when unsure.",
    )


class AnswerIn(Schema):
    headline: str = Field(min_length=5, max_length=HEADLINE_MAX * 2)
    body: str = Field(min_length=30, max_length=ANSWER_MAX * 2)


class QuestionFilters(Schema):
    q: str = Field("", max_length=200, description="Words that must all appear in the question.")
    treatment: str = Field("", max_length=60, description="A treatment slug.")


def _treatments(slugs: list[str]) -> list[Treatment]:
    wanted = list(dict.fromkeys(s.strip().lower() for s in slugs if s.strip()))
    found = {t.slug: t for t in Treatment.objects.filter(slug__in=wanted)}
    unknown = [s for s in wanted if s not in found]
    if unknown:
        raise ValidationError({"treatments": [f"Unknown treatment: {', '.join(unknown)}."]})
    return [found[s] for s in wanted]


@questions.get(
    "",
    response=list[QuestionSummaryOut],
    summary="List published questions",
    operation_id="curbside_qa_api_question_list",
)
@paginate(Pages)
def question_list(request: HttpRequest, filters: Query[QuestionFilters]) -> QuestionQuerySet:
    if filters.q.strip():  # full-text, best match first
        questions = search_questions_queryset(filters.q).for_list()
    else:
        questions = Question.objects.published().for_list().recent()
    if filters.treatment:
        questions = questions.filter(treatments__slug=filters.treatment)
    return questions


class SimilarFilters(Schema):
    text: str = Field(min_length=3, max_length=2000, description="The question as typed so far.")
    limit: int = Field(5, ge=1, le=20)


class SimilarOut(Schema):
    id: int
    title: str
    url: str
    score: float = Field(description="0 to 1, higher is more similar.")


# Before the /{question_id} routes, so "similar" is never read as an id.
@questions.get(
    "/similar",
    response={200: list[SimilarOut], 429: ThrottledOut},
    summary="Published questions similar to a text (open, rate limited)",
    operation_id="curbside_qa_api_question_similar",
)
@rate_limited("similar")
def question_similar(request: HttpRequest, filters: Query[SimilarFilters]) -> list[SimilarOut]:
    return [
        SimilarOut(id=s.id, title=s.title, url=settings.SITE_URL + s.url, score=round(s.score, 4))
        for s in similar_questions(filters.text, limit=filters.limit)
    ]


@questions.get(
    "/{int:question_id}",
    response=QuestionOut,
    summary="A question with its answers",
    operation_id="curbside_qa_api_question_detail",
)
def question_detail(request: HttpRequest, question_id: int) -> Question:
    return access.get_question_for_view(
        request.user, question_id, Question.objects.for_page().select_related("consensus")
    )


@questions.post(
    "",
    response={201: QuestionCreatedOut},
    auth=AUTH,
    summary="Ask a question (patients)",
    operation_id="curbside_qa_api_question_create",
)
def question_create(request: HttpRequest, payload: QuestionIn) -> Status[Question]:
    user = require_patient(request.user)
    question = services.question_ask(
        author=user,
        title=payload.title,
        body=payload.body,
        treatments=_treatments(payload.treatments),
        city=payload.city,
        condition=payload.condition or "",
    )
    return Status(
        201,
        access.get_question_for_view(
            user, question.pk, Question.objects.for_page().select_related("consensus")
        ),
    )


@questions.post(
    "/{int:question_id}/answers",
    response={201: AnswerOut},
    auth=AUTH,
    summary="Answer a question (verified physicians)",
    operation_id="curbside_qa_api_answer_create",
)
def answer_create(request: HttpRequest, question_id: int, payload: AnswerIn) -> Status[Answer]:
    question, physician = access.get_question_for_answer(request.user, question_id)
    answer = services.answer_create(
        physician=physician, question=question, headline=payload.headline, body=payload.body
    )
    answer.physician = Physician.objects.for_card().get(pk=physician.pk)
    return Status(201, answer)


class BoardCertificationOut(Schema):
    board: str
    verified_at: datetime | None = Field(description="When a moderator checked it; null if not.")


class StarCountOut(Schema):
    stars: int
    count: int


class DoctorDetailOut(DoctorBase):
    npi_verified: bool = Field(description="A moderator checked the NPI and the credentials.")
    years_in_practice: int
    bio_html: str
    board_certifications: list[BoardCertificationOut]
    treatments: list[str] = Field(description="Slugs of the treatments offered.")
    practice_address: str | None
    practice_phone: str | None
    practice_url: str | None
    stars: list[StarCountOut] = Field(description="Published reviews by stars, 5 down to 1.")

    @staticmethod
    def resolve_npi_verified(obj: Physician) -> bool:
        return obj.is_verified

    @staticmethod
    def resolve_board_certifications(obj: Physician) -> list[BoardCertificationOut]:
        return [BoardCertificationOut.from_orm(b) for b in obj.board_certifications.all()]

    @staticmethod
    def resolve_treatments(obj: Physician) -> list[str]:
        return [t.slug for t in obj.treatments.all()]

    @staticmethod
    def resolve_practice_address(obj: Physician) -> str | None:
        return obj.practice.address if obj.practice else None

    @staticmethod
    def resolve_practice_phone(obj: Physician) -> str | None:
        return obj.practice.phone if obj.practice else None

    @staticmethod
    def resolve_practice_url(obj: Physician) -> str | None:
        return f"{settings.SITE_URL}/practices/{obj.practice.slug}/" if obj.practice else None

    @staticmethod
    def resolve_stars(obj: Physician) -> list[StarCountOut]:
        return [StarCountOut(stars=s.stars, count=s.count) for s in profile.star_distribution(obj)]


@doctors.get(
    "/{slug}",
    response=DoctorDetailOut,
    summary="A verified physician's profile",
    operation_id="curbside_providers_api_doctor_detail",
)
def doctor_detail(request: HttpRequest, slug: str) -> Physician:
    return provider_access.get_verified_physician(slug)
