from __future__ import annotations

import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from curbside.accounts.access import require_patient, require_signed_in
from curbside.catalogue.models import Treatment
from curbside.lib.forms import form_add_service_errors, in_place_for
from curbside.lib.htmx import HtmxHttpRequest
from curbside.lib.pagination import paginate
from curbside.providers.access import require_verified_physician
from curbside.qa import access, services
from curbside.qa.forms import AnswerForm
from curbside.qa.models import Answer, Question
from curbside.qa.slots import AnswerSlot

logger = logging.getLogger(__name__)


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


@login_required
def my_questions(request: HttpRequest) -> HttpResponse:
    """A patient's own questions, every status, newest first: held and removed ones too, which
    only they (and moderators) can open."""
    user = require_patient(request.user)
    questions = Question.objects.filter(author=user).for_list().recent()
    return render(request, "qa/my_questions.html", {"page": paginate(request, questions)})


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
            messages.success(
                request, "Your answer is published.", extra_tags=in_place_for("answer", answer.pk)
            )
            return redirect(_saved_url(answer))
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
            messages.success(
                request,
                "Your answer is updated; the earlier version is kept.",
                extra_tags=in_place_for("answer", answer.pk),
            )
            return redirect(_saved_url(answer))
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


def _saved_url(answer: Answer) -> str:
    """The question page at the answer's confirmation, which sits under the answer: the
    browser scrolls to it, so it is on screen however long the page above it is."""
    return f"{answer.question.get_absolute_url()}#answer-{answer.pk}-saved"
