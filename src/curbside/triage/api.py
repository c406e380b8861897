# No `from __future__ import annotations`: ninja resolves endpoint annotations at import time.
"""POST /triage: the emergency check on any text, open to anonymous clients.

No session and no CSRF token are needed for the JSON body (like /practices/{slug}/consultations);
each client may send rates.TRIAGE texts (limits.http: per IP, or per API token)."""

from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from ninja import Field, Router, Schema

from curbside.lib.schemas import TextIn, text_field
from curbside.limits.http import ThrottledOut, rate_limited
from curbside.triage.check import NOT_URGENT_ADVICE, TriageResult, triage

router = Router(tags=["triage"])

TEXT_MAX = 10000


class TriageIn(TextIn):
    text: str = text_field(
        max_length=TEXT_MAX, description="What the person wrote, e.g. a question's title and body."
    )


class TriageOut(Schema):
    urgent: bool = Field(description="True when the text describes urgent symptoms.")
    reasons: list[str] = Field(
        description="What was found, in plain words: the urgent symptoms the rules read, or "
        "what the text resembles by the learned screener's reading."
    )
    families: list[str] = Field(
        description="The emergency families whose advice applies: toxin_spread, anaphylaxis, "
        "filler_occlusion, bleeding, infection, blood_clot, eye_surgery_vision, chest_stroke, "
        "self_harm. Empty when not urgent."
    )
    advice: str = Field(
        description="What to do: call 911 or go to the nearest emergency department, with "
        "advice for each family, when urgent (for thoughts of self-harm, the 988 crisis line "
        f"first); otherwise: {NOT_URGENT_ADVICE!r}"
    )


@router.post(
    "",
    response={200: TriageOut, 429: ThrottledOut},
    auth=None,
    summary="Check a text for urgent symptoms (open to anonymous clients, rate limited)",
)
@csrf_exempt
@rate_limited("triage")
def triage_check(request: HttpRequest, payload: TriageIn) -> TriageResult | HttpResponse:
    return triage(payload.text)
