from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from curbside.consensus.models import QuestionSummary
from curbside.consensus.services import question_summarize
from curbside.lib.admin import ModeratorsOnly, ReadOnlyAdmin


@admin.register(QuestionSummary)
class QuestionSummaryAdmin(ModeratorsOnly, ReadOnlyAdmin):
    """Moderators read the summaries here and may have one made again (say, after a flag was
    decided while the worker was down); they are written only by consensus.services."""

    list_display = ["question", "answers", "point_count", "difference_count", "updated_at"]
    search_fields = ["question__title"]
    fields = ["question", "answers", "updated_at", "data"]
    actions = ["summarize_again"]

    @admin.display(description="points")
    def point_count(self, obj: QuestionSummary) -> int:
        return len(obj.points)

    @admin.display(description="differences")
    def difference_count(self, obj: QuestionSummary) -> int:
        return len(obj.differences)

    @admin.action(description="Summarise the selected questions again")
    def summarize_again(self, request: HttpRequest, queryset: QuerySet[QuestionSummary]) -> None:
        ids = list(queryset.values_list("question_id", flat=True))
        kept = sum(question_summarize(question_id=pk) is not None for pk in ids)
        self.message_user(
            request,
            f"Summarised {len(ids)} question(s) again; {kept} have a summary.",
            messages.SUCCESS,
        )
