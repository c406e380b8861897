from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from django import forms

from curbside.catalogue.models import Treatment
from curbside.lib.us import State
from curbside.practices import spam
from curbside.practices.models import ConsultationStatus, ContactTime, Practice
from curbside.practices.services import DESCRIPTION_MAX, MESSAGE_MAX, NAME_MAX, NOTE_MAX
from curbside.providers.models import Physician

HONEYPOT_FIELD = "homepage"


class PracticeForm(forms.Form):
    name = forms.CharField(max_length=120)
    street = forms.CharField(label="Street address", max_length=160)
    city = forms.CharField(max_length=80)
    state = forms.ChoiceField(choices=State.choices)
    zip_code = forms.CharField(label="ZIP code", max_length=10)
    phone = forms.CharField(max_length=20)
    website = forms.CharField(
        max_length=200, required=False, help_text="The full address, e.g. https://example.com."
    )
    description = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 10}),
        max_length=DESCRIPTION_MAX,
        required=False,
        help_text="What the practice does and for whom. Markdown works; no HTML.",
    )

    @classmethod
    def initial_for(cls, practice: Practice) -> dict[str, str]:
        return {name: getattr(practice, name) for name in cls.base_fields}


class ConsultationForm(forms.Form):
    """The request form on the practice page. Besides the person's fields it carries two spam
    checks the API does not need: a honeypot field people never see, and a signed timestamp
    that must be between spam.FORM_MIN_SECONDS and spam.FORM_MAX_SECONDS old."""

    name = forms.CharField(max_length=NAME_MAX, help_text="So the practice knows whom to ask for.")
    email = forms.EmailField(label="E-mail", required=False)
    phone = forms.CharField(max_length=30, required=False)
    physician = forms.ChoiceField(required=False, label="Physician")
    treatment = forms.ChoiceField(required=False, label="Treatment you are interested in")
    message = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=MESSAGE_MAX,
        help_text="What you would like to discuss. Leave out anything you would not want in an "
        "e-mail.",
    )
    preferred_contact_time = forms.ChoiceField(
        choices=ContactTime.choices, initial=ContactTime.ANY, label="Best time to contact you"
    )
    consent = forms.BooleanField(
        label="I agree that this practice may contact me about this request.",
        error_messages={
            "required": "Please agree that the practice may contact you about this request."
        },
    )
    homepage = forms.CharField(
        required=False,
        label="Leave this field empty",
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(
        self,
        *args: Any,
        practice: Practice,
        treatments: Sequence[Treatment],
        physicians: Sequence[Physician] = (),
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.practice = practice
        self._treatments = {t.slug: t for t in treatments}
        treatment_field = self.fields["treatment"]
        assert isinstance(treatment_field, forms.ChoiceField)
        treatment_field.choices = [("", "Not sure yet"), *((t.slug, t.name) for t in treatments)]
        self._physicians = {p.slug: p for p in physicians}
        physician_field = self.fields["physician"]
        assert isinstance(physician_field, forms.ChoiceField)
        physician_field.choices = [
            ("", "Any physician at the practice"),
            *((p.slug, p.display_name) for p in physicians),
        ]
        if not physicians:
            del self.fields["physician"]
        self.spam_refused = False

    @classmethod
    def initial_from(cls, params: Mapping[str, str]) -> dict[str, str]:
        """What a link to the form may choose in advance: ?physician=<slug>&treatment=<slug>
        (from an answer, a profile or find-a-doctor); a value the form does not offer is
        ignored."""
        return {key: params[key] for key in ("physician", "treatment") if params.get(key)}

    def clean_physician(self) -> Physician | None:
        slug = self.cleaned_data.get("physician") or ""
        return self._physicians.get(slug)

    @property
    def person_fields(self) -> list[forms.BoundField]:
        spam_fields = {HONEYPOT_FIELD, "started"}
        return [f for f in self.visible_fields() if f.name not in spam_fields]

    def fresh_token(self) -> str:
        """The timestamp to render: the one the person started with while it is still valid
        (a corrected form keeps its start time), otherwise a new one."""
        token = str(self.data.get("started", "")) if self.is_bound else ""
        if token:
            try:
                spam.form_token_age(token, practice_id=self.practice.pk)
            except spam.FormTokenError as exc:
                if exc.code == "too_fast":
                    return token
            else:
                return token
        return spam.form_token(practice_id=self.practice.pk)

    def clean_treatment(self) -> Treatment | None:
        slug = self.cleaned_data.get("treatment") or ""
        return self._treatments.get(slug)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get(HONEYPOT_FIELD):
            self.spam_refused = True
            raise forms.ValidationError(
                "This request looks automated: a field that people leave empty was filled in. "
                "If you are a person, clear the field marked “Leave this field empty” and send "
                "the form again.",
                code="honeypot",
            )
        try:
            spam.form_token_age(cleaned.get("started") or "", practice_id=self.practice.pk)
        except spam.FormTokenError as exc:
            self.spam_refused = True
            raise forms.ValidationError(str(exc), code="timing") from exc
        if not cleaned.get("email") and not cleaned.get("phone") and "email" not in self.errors:
            self.add_error(
                "email",
                "Give an e-mail address or a phone number (or both) so the practice can reach you.",
            )
        return cleaned

    def service_arguments(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "name": data["name"],
            "email": data.get("email") or "",
            "phone": data.get("phone") or "",
            "treatment": data.get("treatment"),
            "physician": data.get("physician"),
            "message": data["message"],
            "preferred_contact_time": data["preferred_contact_time"],
            "consent": bool(data.get("consent")),
        }


class InboxFilterForm(forms.Form):
    status = forms.ChoiceField(choices=[("", "All"), *ConsultationStatus.choices], required=False)


class InboxUpdateForm(forms.Form):
    status = forms.ChoiceField(choices=ConsultationStatus.choices)
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=NOTE_MAX,
        required=False,
        help_text="Seen only by the practice's staff and physicians (and Curbside moderators).",
    )
