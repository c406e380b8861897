"""What the qa app tells the apps above it (docs/architecture.md: "How a lower app starts a
higher app's work"). Each signal is sent by a qa service inside its transaction, right after the
write; a receiver's own writes commit or roll back with it."""

from __future__ import annotations

from django.dispatch import Signal

# A new question is stored (published, its treatments set) and not yet indexed. Receivers may
# hold it before anyone can see it: triage does. Arguments: `question`, `treatments`.
question_created = Signal()

# A question's text changed, or it was created (after question_created). Search indexes it.
# Arguments: `question_id`.
question_written = Signal()

# An answer was written or its text changed. Search indexes it; the claim check checks it.
# Arguments: `answer_id`.
answer_written = Signal()
