from __future__ import annotations

import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.views.decorators.http import require_GET, require_POST

from curbside.accounts.access import require_patient, require_signed_in
from curbside.accounts.models import User
from curbside.articles.models import Article
from curbside.evidence.rendering import attach_badges, evidence_panel_html
from curbside.evidence.revision import revision_of, with_evidence_revision
from curbside.lib.forms import form_add_service_errors
from curbside.lib.htmx import HtmxHttpRequest
from curbside.lib.pagination import paginate
from curbside.limits.http import rate_limited
from curbside.providers.access import require_verified_physician
from curbside.qa import access, services
from curbside.qa.forms import AnswerForm, AskForm
from curbside.qa.models import HelpfulVote, Question, QuestionFollow, Treatment
from curbside.qa.page import AnswerSlot, question_page
from curbside.search.hybrid import Similar, similar_questions, similar_to_question
from curbside.search.semantic import text_hash
from curbside.triage.models import TriageHold

logger = logging.getLogger(__name__)

TREATMENT_PAGE_ARTICLES = 5


def home(request: HttpRequest) -> HttpResponse:
    questions = Question.objects.published().for_list()
    return render(
        request,
        "qa/home.html",
        {
            "recent": questions.recent()[:8],
            "helpful": questions.most_helpful()[:8],
            "treatments": Treatment.objects.all(),
        },
    )


def treatment_detail(request: HttpRequest, slug: str) -> HttpResponse:
    treatment = access.get_treatment_for_view(slug, with_evidence_revision(Treatment.objects.all()))
    revision = revision_of(treatment)
    questions = Question.objects.published().for_treatment(treatment).for_list().recent()
    articles = Article.objects.published().for_treatment(treatment).recent()
    page = paginate(request, questions)
    attach_badges(page, revision=revision)
    return render(
        request,
        "qa/treatment_detail.html",
        {
            "treatment": treatment,
            "page": page,
            "articles": articles[:TREATMENT_PAGE_ARTICLES],
            "evidence_html": evidence_panel_html(
                treatment_slug=treatment.slug, treatment_name=treatment.name, revision=revision
            ),
        },
    )


def question_detail(request: HttpRequest, question_id: int, slug: str = "") -> HttpResponse:
    # With the evidence revision, which keys the cached page (its label badge) at no query.
    question = access.get_question_for_view(
        request.user,
        question_id,
        with_evidence_revision(Question.objects.select_related("author")),
    )
    if slug != question.slug:
        return redirect(question, permanent=True)
    return render(request, "qa/question_detail.html", _question_context(request, question))


def _question_context(request: HttpRequest, question: Question) -> dict[str, object]:
    """What the viewer may do on this page, decided here and not in the template."""
    user = request.user if isinstance(request.user, User) else None
    page = question_page(question)
    answer_ids = [slot.pk for slot in page.slots]
    physician = getattr(user, "physician", None) if user is not None and user.is_physician else None
    me = physician if physician is not None and physician.is_verified else None
    context: dict[str, object] = {
        "question": question,
        "page": page,
        "me_physician": me,
        "pending_physician": physician is not None and me is None,
        "has_answered": me is not None and any(s.physician_id == me.pk for s in page.slots),
        "similar_html": _similar_html(question) if question.is_public else "",
        "following": user is not None
        and QuestionFollow.objects.filter(question=question, user=user).exists(),
    }
    if not question.is_public:  # only its asker and moderators get here (access.py)
        context["triage_hold"] = TriageHold.objects.filter(question=question).first()
        context["is_asker"] = user is not None and question.author_id == user.pk
    if user is not None and user.is_patient:
        helpful = HelpfulVote.objects.filter(user=user, answer_id__in=answer_ids)
        context["can_vote"] = True
        context["helpful_ids"] = set(helpful.values_list("answer_id", flat=True))
    elif me is not None:
        agreed = me.agreements.filter(answer_id__in=answer_ids)
        context["agreed_ids"] = set(agreed.values_list("answer_id", flat=True))
    # Readers with controls get them rendered between the cached chunks; visitors, who have
    # none, get the cached copy with the counts already in place.
    context["has_controls"] = "can_vote" in context or me is not None
    return context


SIMILAR_COUNT = 5
# The "Similar questions" section is cached per version of the question's text, apart from the
# answers (qa.page), so new answers don't recompute it; a question published since shows up
# within this long.
SIMILAR_CACHE_SECONDS = 10 * 60


def _similar_html(question: Question) -> str:
    """The rendered "Similar questions" section, from the cache on every request but the
    first; empty rather than an error page when search fails."""
    version = text_hash(f"{question.title}\0{question.body}")[:16]
    key = f"qa:similar:{question.pk}:{version}"
    html: str | None = cache.get(key)
    if html is None:
        try:
            similar = similar_to_question(question, limit=SIMILAR_COUNT)
        except Exception:  # a courtesy list: the question page must not fail with it
            logger.exception("Similar questions failed for question %s", question.pk)
            return ""
        html = render_to_string("search/_similar.html", {"similar": similar})
        cache.set(key, html, SIMILAR_CACHE_SECONDS)
    return html


@login_required
def ask(request: HttpRequest) -> HttpResponse:
    user = require_patient(request.user)
    chosen = Treatment.objects.filter(slug=request.GET.get("treatment", ""))
    form = AskForm(request.POST or None, initial={"treatments": chosen})
    if request.method == "POST" and form.is_valid():
        try:
            question = services.question_ask(author=user, **form.cleaned_data)
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            # A question held by triage opens on its emergency notice instead (_question_context).
            if question.is_public:
                messages.success(
                    request, "Your question is posted. We'll e-mail you when a doctor answers."
                )
            return redirect(question)
    status = 400 if form.errors else 200
    context: dict[str, object] = {"form": form}
    if form.errors:  # without JavaScript, the suggestions come with the errors
        context["similar"] = _ask_suggestions(
            str(form.data.get("title", "")), str(form.data.get("body", ""))
        )
    return render(request, "qa/ask.html", context, status=status)


ASK_SUGGESTIONS = 5
ASK_TEXT_MAX = 2000
# Scores are hubness-corrected cosines (search.vectors). A missed "already answered" costs the
# patient more than a suggestion they skip, so this keeps at least 98% of the paraphrases in both
# our development sets (bench/data/similar_*.jsonl: 100% and 98.3%); questions about other
# treatments score about 0.1-0.2.
ASK_MIN_SCORE = 0.25


def _ask_suggestions(title: str, body: str) -> list[Similar]:
    text = f"{title.strip()} {body.strip()}".strip()[:ASK_TEXT_MAX]
    if len(text) < 3:
        return []
    try:
        found = similar_questions(text, limit=ASK_SUGGESTIONS, answered_only=True)
    except Exception:  # a courtesy list: asking must work even when search does not
        logger.exception("Similar questions failed on the ask page")
        return []
    return [s for s in found if s.score >= ASK_MIN_SCORE]


@require_GET
@rate_limited("similar")
def ask_similar(request: HttpRequest) -> HttpResponse:
    """The ask page's "Already answered" list for the text typed so far (an htmx partial);
    public data, so open to anyone, like GET /api/v1/questions/similar."""
    similar = _ask_suggestions(request.GET.get("title", ""), request.GET.get("body", ""))
    return render(request, "search/_similar_ask.html", {"similar": similar})


@login_required
def answer_create(request: HttpRequest, question_id: int) -> HttpResponse:
    question, physician = access.get_question_for_answer(request.user, question_id)
    form = AnswerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            answer = services.answer_create(
                physician=physician, question=question, **form.cleaned_data
            )
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            messages.success(request, "Your answer is published.")
            return redirect(answer.get_absolute_url())
    status = 400 if form.errors else 200
    return render(
        request, "qa/answer_form.html", {"form": form, "question": question}, status=status
    )


@login_required
def answer_edit(request: HttpRequest, answer_id: int) -> HttpResponse:
    answer = access.get_answer_for_edit(request.user, answer_id)
    initial = {"headline": answer.headline, "body": answer.body}
    form = AnswerForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.answer_edit(answer=answer, **form.cleaned_data)
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            messages.success(request, "Your answer is updated; the earlier version is kept.")
            return redirect(answer.get_absolute_url())
    status = 400 if form.errors else 200
    context = {"form": form, "question": answer.question, "answer": answer}
    return render(request, "qa/answer_form.html", context, status=status)


@require_POST
@login_required
def answer_helpful(request: HtmxHttpRequest, answer_id: int) -> HttpResponse:
    answer = access.get_answer_for_helpful(request.user, answer_id)
    helpful = request.POST.get("helpful") != "0"
    services.answer_helpful_set(answer=answer, user=require_patient(request.user), helpful=helpful)
    if request.htmx:
        return render(
            request,
            "qa/_answer_controls.html#helpful",
            {
                "answer": AnswerSlot.of(answer),
                "helpful_ids": {answer.pk} if helpful else set(),
                "can_vote": True,
            },
        )
    return redirect(answer.get_absolute_url())


@require_POST
@login_required
def answer_agree(request: HtmxHttpRequest, answer_id: int) -> HttpResponse:
    answer, physician = access.get_answer_for_agree(request.user, answer_id)
    agree = request.POST.get("agree") != "0"
    try:
        services.answer_agree_set(answer=answer, physician=physician, agree=agree)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(answer.get_absolute_url())
    if request.htmx:
        return render(
            request,
            "qa/_answer_controls.html#agree",
            {
                "answer": AnswerSlot.of(answer),
                "agreed_ids": {answer.pk} if agree else set(),
                "me_physician": physician,
            },
        )
    return redirect(answer.get_absolute_url())


@require_POST
@login_required
def question_follow(request: HtmxHttpRequest, question_id: int) -> HttpResponse:
    question = access.get_question_for_follow(request.user, question_id)
    follow = request.POST.get("follow") != "0"
    services.question_follow_set(
        question=question, user=require_signed_in(request.user), follow=follow
    )
    if request.htmx:
        return render(
            request,
            "qa/question_detail.html#follow",
            {
                "question": question,
                "following": follow,
            },
        )
    return redirect(question)


@login_required
def queue(request: HttpRequest) -> HttpResponse:
    physician = require_verified_physician(request.user)
    questions = (
        Question.objects.published()
        .filter(treatments__in=physician.treatments.all())
        .unanswered_by(physician.pk)
        .distinct()
        .for_list()
        .order_by("answer_count", "-created_at")
    )
    return render(
        request,
        "qa/queue.html",
        {
            "physician": physician,
            "page": paginate(request, questions),
        },
    )
