"""The evidence base in the admin: moderators edit every fact here (source and last-reviewed
dates required) and confirm low-confidence facts so they are displayed. Every change gives the
base a new revision, so knowledge bases cached in any process are rebuilt."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet, URLField
from django.forms import BaseModelForm
from django.http import HttpRequest

from curbside.accounts.models import User
from curbside.evidence import models as m
from curbside.evidence.rows import text_columns
from curbside.evidence.services import evidence_changed, evidence_confirm


def _moderator(request: HttpRequest) -> User | None:
    user = request.user
    if isinstance(user, User) and user.is_active and user.is_staff and user.is_moderator:
        return user
    return None


def _may_edit(request: HttpRequest) -> bool:
    user = request.user
    return _moderator(request) is not None or bool(
        isinstance(user, User) and user.is_active and user.is_superuser
    )


class AwaitingConfirmationFilter(admin.SimpleListFilter):
    title = "display"
    parameter_name = "display"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("hidden", "Hidden: awaiting confirmation"), ("shown", "Displayed")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if self.value() == "hidden":
            return queryset.awaiting_confirmation()  # type: ignore[attr-defined, no-any-return]  # a FactQuerySet
        if self.value() == "shown":
            return queryset.displayed()  # type: ignore[attr-defined, no-any-return]  # a FactQuerySet
        return queryset


class EvidenceAdmin(admin.ModelAdmin[Any]):
    """Open to moderators (and superusers); any change marks the evidence changed."""

    def has_module_permission(self, request: HttpRequest) -> bool:
        return _may_edit(request)

    def has_view_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return _may_edit(request)

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return _may_edit(request)

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return _may_edit(request)

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return _may_edit(request)

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        evidence_changed()

    def save_related(
        self, request: HttpRequest, form: BaseModelForm[Any], formsets: Any, change: bool
    ) -> None:
        super().save_related(request, form, formsets, change)
        evidence_changed()

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        super().delete_model(request, obj)
        evidence_changed()

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        super().delete_queryset(request, queryset)
        evidence_changed()


class FactAdmin(EvidenceAdmin):
    """Common to every fact: provenance fields, the display filter, the confirm action."""

    list_display = ["__str__", "confidence", "is_displayed", "updated_at"]
    list_filter = ["confidence", AwaitingConfirmationFilter]
    search_fields = ["key", "source", "note"]
    actions = ["confirm_low_confidence"]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        fields = ["confirmed_by", "confirmed_at", "created_at", "updated_at"]
        # The key is what the loader matches the data files by; renaming it would orphan the row.
        return ["key", *fields] if obj is not None and obj.file_fingerprint else fields

    @admin.display(boolean=True, description="displayed")
    def is_displayed(self, obj: m.Fact) -> bool:
        return obj.is_displayed

    def has_confirm_permission(self, request: HttpRequest) -> bool:
        return _moderator(request) is not None

    @admin.action(description="Confirm selected low-confidence facts", permissions=["confirm"])
    def confirm_low_confidence(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        moderator = _moderator(request)
        if moderator is None:
            self.message_user(request, "Only moderators can confirm evidence.", messages.ERROR)
            return
        selected = list(queryset)
        try:
            confirmed = evidence_confirm(facts=selected, moderator=moderator)
        except PermissionDenied as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return
        skipped = len(selected) - confirmed
        text = f"Confirmed {confirmed} low-confidence fact(s); they are now displayed."
        if skipped:
            text += f" {skipped} selected fact(s) were not awaiting confirmation."
        self.message_user(request, text, messages.SUCCESS if confirmed else messages.WARNING)


@admin.register(m.EvidenceBase)
class EvidenceBaseAdmin(EvidenceAdmin):
    list_display = ["__str__", "version", "last_reviewed", "loaded_at", "updated_at"]
    readonly_fields = ["revision", "loaded_at", "updated_at"]

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return _may_edit(request) and not m.EvidenceBase.objects.exists()

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


class ProductTreatmentInline(admin.TabularInline[m.ProductTreatment, m.Product]):
    model = m.ProductTreatment
    extra = 0

    def has_view_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return _may_edit(request)

    def has_add_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return _may_edit(request)

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return _may_edit(request)

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return _may_edit(request)


@admin.register(m.Product)
class ProductAdmin(FactAdmin):
    list_display = ["brand", "nonproprietary_name", "serotype", "last_reviewed", "updated_at"]
    search_fields = ["key", "brand", "nonproprietary_name", "aliases"]
    inlines = [ProductTreatmentInline]
    formfield_overrides = {URLField: {"assume_scheme": "https"}}


@admin.register(m.ProductTreatment)
class ProductTreatmentAdmin(EvidenceAdmin):
    list_display = ["product", "treatment_slug"]
    list_filter = ["product"]
    search_fields = ["treatment_slug"]


@admin.register(m.Condition)
class ConditionAdmin(FactAdmin):
    list_display = ["short_name", "key", "confidence", "is_displayed", "updated_at"]
    search_fields = ["key", "name", "short_name", "aliases"]


class ProductFactAdmin(FactAdmin):
    list_display = ["__str__", "product", "confidence", "is_displayed", "updated_at"]
    list_filter = ["product", "confidence", AwaitingConfirmationFilter]
    list_select_related = ["product"]


@admin.register(m.Formulation)
class FormulationAdmin(ProductFactAdmin):
    search_fields = ["product__brand", "excipients"]


_SHOWN = ("confidence", "is_displayed")


class ConditionFactAdmin(ProductFactAdmin):
    """A product's facts about one condition: listed and filtered by both."""

    list_filter = ["product", "condition", "confidence", AwaitingConfirmationFilter]
    list_select_related = ["product", "condition"]


@admin.register(m.Indication)
class IndicationAdmin(ConditionFactAdmin):
    list_display = ["product", "condition", "population", "year_approved", *_SHOWN]
    search_fields = ["key", "label_wording", "population"]


@admin.register(m.AdverseReaction)
class AdverseReactionAdmin(ConditionFactAdmin):
    list_display = ["product", "condition", "reaction", "rate_percent", *_SHOWN]
    search_fields = ["key", "reaction", "context"]


@admin.register(m.Dose)
class DoseAdmin(ProductFactAdmin):
    list_display = ["product", "key", "condition", "dose", "confidence", "is_displayed"]
    list_select_related = ["product", "condition"]
    search_fields = ["key", "dose", "interval", "indication_label"]


class TextsAdmin(FactAdmin):
    """A fact with nothing to search but its texts: searched by its key and the texts its
    kind defines (evidence.facts)."""

    def get_search_fields(self, request: HttpRequest) -> list[str]:
        return text_columns(self.model)


class ProductTextsAdmin(TextsAdmin, ProductFactAdmin):
    pass


admin.site.register(m.Contraindication, ProductTextsAdmin)
admin.site.register(m.ClassWarning, TextsAdmin)
admin.site.register(m.Misstatement, TextsAdmin)
admin.site.register(m.NotCoveredItem, TextsAdmin)
admin.site.register(m.ClassFact, TextsAdmin)
admin.site.register(m.SafetyCommunication, TextsAdmin)


@admin.register(m.ProductWarning)
class ProductWarningAdmin(ProductTextsAdmin):
    list_select_related = ["product", "warning"]


@admin.register(m.BoxedWarning)
class BoxedWarningAdmin(FactAdmin):
    filter_horizontal = ["products"]


@admin.register(m.BoxedWarningVariant)
class BoxedWarningVariantAdmin(FactAdmin):
    filter_horizontal = ["products"]


@admin.register(m.OffLabelUse)
class OffLabelUseAdmin(FactAdmin):
    list_display = ["key", "status", "applies_to_all_products", "confidence", "is_displayed"]
    search_fields = ["key", "name", "lay_terms"]


@admin.register(m.LexiconEntry)
class LexiconEntryAdmin(TextsAdmin):
    list_display = ["key", "condition", "confidence", "is_displayed", "updated_at"]
    list_select_related = ["condition"]
