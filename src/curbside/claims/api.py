# No `from __future__ import annotations`: ninja resolves endpoint annotations at import time.
"""POST /claims/check: the claim check on any text, open to anonymous clients.

No session and no CSRF token are needed for the JSON body (like /triage and
/practices/{slug}/consultations); each client may send rates.CLAIMS texts (limits.http: per IP,
or per API token)."""

from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from ninja import Field, Router, Schema

from curbside.claims.services import TEXT_MAX, claims_check
from curbside.lib.schemas import TextIn, text_field
from curbside.limits.http import ThrottledOut, rate_limited

router = Router(tags=["claims"])


class CheckIn(TextIn):
    text: str = text_field(
        max_length=TEXT_MAX,
        description="The text to check: an answer, an article or any passage (Markdown is fine).",
    )


class VerdictOut(Schema):
    sentence: str = Field(description="The sentence as checked (Markdown removed).")
    verdict: str = Field(description="contradicts, overstates or consistent.")
    fact: str = Field(description="What the evidence base says, in plain words.")
    source: str = Field(description="The product's prescribing information, or the fact's source.")
    kind: str = Field(
        description="The kind of claim (approval_use, approval_year, approval_population, "
        "approval_restriction, effect_evidence, units, boxed_warning, absolute_safety, "
        "ingredient, contraindication, warning)."
    )
    words: list[str] = Field(description="The words of the sentence that were judged.")


@router.post(
    "/check",
    response={200: list[VerdictOut], 429: ThrottledOut},
    auth=None,
    summary="Check a text's claims about botulinum toxin products (open, rate limited)",
)
@csrf_exempt
@rate_limited("claims")
def claims_check_text(
    request: HttpRequest, payload: CheckIn
) -> list[dict[str, str | list[str]]] | HttpResponse:
    return [verdict.as_dict() for verdict in claims_check(text=payload.text)]
