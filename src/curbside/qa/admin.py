from __future__ import annotations

from django.contrib import admin

from curbside.qa.models import Answer, AnswerRevision, Question, Treatment


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
