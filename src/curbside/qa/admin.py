from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest

from curbside.accounts.models import User
from curbside.lib.admin import ModeratorsOnly
from curbside.qa.models import Answer, AnswerRevision, Question
from curbside.qa.services import answer_edit, answer_remove, question_edit

ADMIN_REMOVAL_REASON = "Removed by a moderator in the admin."


@admin.register(Question)
class QuestionAdmin(ModeratorsOnly, admin.ModelAdmin[Question]):
    list_display = ["title", "status", "answer_count", "created_at"]
    list_filter = ["status", "treatments"]
    search_fields = ["title"]
    fields = ["title", "body", "status", "treatments", "author", "answer_count", "helpful_total"]
    # Status changes go through the moderation queue, where a question held by triage is
    # released or kept removed (audited); treatments and author are the asker's.
    readonly_fields = ["status", "treatments", "author", "answer_count", "helpful_total"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # questions are asked on the site, through the API or imported

    def has_delete_permission(self, request: HttpRequest, obj: Question | None = None) -> bool:
        return False  # questions are removed in the moderation queue, never deleted

    def has_change_permission(self, request: HttpRequest, obj: Question | None = None) -> bool:
        return self.moderates(request)

    def save_model(self, request: HttpRequest, obj: Question, form: Any, change: bool) -> None:
        # The text goes through the service, which keeps what is derived from it (rendered
        # body, search, cached page, embedding) in step and writes the audit row.
        stored = Question.objects.get(pk=obj.pk)
        editor = request.user
        if not isinstance(editor, User):  # the admin signs everyone in first
            return
        try:
            question_edit(question=stored, editor=editor, title=obj.title, body=obj.body)
        except ValidationError as exc:
            self.message_user(request, " ".join(exc.messages), messages.ERROR)

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        pass  # nothing related is edited here (treatments are read-only)


class AnswerRevisionInline(admin.TabularInline[AnswerRevision, Answer]):
    model = AnswerRevision
    extra = 0
    readonly_fields = ["headline", "body", "created_at"]
    can_delete = False


@admin.register(Answer)
class AnswerAdmin(admin.ModelAdmin[Answer]):
    """A moderator corrects an answer's text through answer_edit (which keeps the earlier text
    as a revision) and removes answers through answer_remove (audited)."""

    list_display = ["headline", "physician", "question", "helpful_count", "created_at"]
    list_filter = [("removed_at", admin.EmptyFieldListFilter)]
    search_fields = ["headline"]
    fields = ["question", "physician", "headline", "body", "removed_at"]
    readonly_fields = ["physician", "question", "removed_at"]
    inlines = [AnswerRevisionInline]
    actions = ["remove_answers"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # physicians answer on the site or through the API

    def has_delete_permission(self, request: HttpRequest, obj: Answer | None = None) -> bool:
        return False  # answers are removed (audited), never deleted

    def save_model(self, request: HttpRequest, obj: Answer, form: Any, change: bool) -> None:
        stored = Answer.objects.get(pk=obj.pk)
        try:
            answer_edit(answer=stored, headline=obj.headline, body=obj.body)
        except ValidationError as exc:
            self.message_user(request, " ".join(exc.messages), messages.ERROR)

    @admin.action(description="Remove the selected answers (recorded in the audit log)")
    def remove_answers(self, request: HttpRequest, queryset: QuerySet[Answer]) -> None:
        moderator = request.user
        if not isinstance(moderator, User):
            return
        removed = 0
        for answer in queryset.filter(removed_at__isnull=True):
            answer_remove(answer=answer, moderator=moderator, reason=ADMIN_REMOVAL_REASON)
            removed += 1
        self.message_user(request, f"{removed} answer(s) removed.")
