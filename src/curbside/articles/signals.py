"""What the articles app tells the apps above it (docs/architecture.md: "How a lower app starts
a higher app's work"). Sent inside the writer's transaction, right after the write."""

from __future__ import annotations

from django.dispatch import Signal

# An article was written, published or removed. Search indexes it; when its text changed
# (`text_changed`), the claim check checks it. Arguments: `article_id`, `text_changed`.
article_written = Signal()
