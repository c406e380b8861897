"""The motivating case from the design brief, written out in full (motivating.yaml): a
patient with allergies considering Botox for cervical dystonia, and six physicians who answer
it."""

from __future__ import annotations

from curbside.demo.content import directory
from curbside.demo.content.files import CONTENT_DIR, read
from curbside.demo.content.physicians import PHYSICIANS
from curbside.demo.content.types import WrittenQuestion

MOTIVATING = read(
    CONTENT_DIR / "motivating.yaml",
    WrittenQuestion,
    context={**directory.NAMES, "physicians": frozenset(PHYSICIANS)},
)
