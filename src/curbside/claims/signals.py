"""What the claim check tells the apps above it (docs/architecture.md: "How a lower app starts a
higher app's work"), sent inside the transaction that changed the flags."""

from __future__ import annotations

from django.dispatch import Signal

# The flags readers see on an answer changed: a new check of its text flagged or cleared a
# sentence, or a moderator dismissed or accepted a flag. The summary of where physicians agree
# leaves flagged sentences out, so it is made again. Arguments: `answer_id`, `question_id`.
answer_flags_changed = Signal()
