from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from curbside.lib.text import render_markdown
from curbside.qa.models import Answer, AnswerRevision, Question, Treatment
from curbside.qa.services import question_page_changed
from curbside.search.tasks import embed_question


@admin.register(Treatment)
class TreatmentAdmin(admin.ModelAdmin[Treatment]):
    list_display = ["name", "kind", "slug"]
    list_filter = ["kind"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin[Question]):
    list_display = ["title", "status", "answer_count", "created_at"]
    list_filter = ["status", "treatments"]
    search_fields = ["title"]
    readonly_fields = ["body_html", "answer_count", "helpful_total", "author"]

    def save_model(self, request: HttpRequest, obj: Question, form: Any, change: bool) -> None:
        # The admin is the one place a question's text is edited: keep what is derived from
        # it (rendered body, cached page, embedding) in step.
        obj.body_html = render_markdown(obj.body)
        super().save_model(request, obj, form, change)
        question_page_changed(question_id=obj.pk)
        embed_question.enqueue(question_id=obj.pk)


class AnswerRevisionInline(admin.TabularInline[AnswerRevision, Answer]):
    model = AnswerRevision
    extra = 0
    readonly_fields = ["headline", "body", "created_at"]
    can_delete = False


@admin.register(Answer)
class AnswerAdmin(admin.ModelAdmin[Answer]):
    list_display = ["headline", "physician", "question", "helpful_count", "created_at"]
    search_fields = ["headline"]
    readonly_fields = ["body_html", "helpful_count", "agree_count", "physician", "question"]
    inlines = [AnswerRevisionInline]
