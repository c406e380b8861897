"""What the providers app tells the apps above it (docs/architecture.md: "How a lower app starts
a higher app's work"). Sent inside the writer's transaction, right after the write."""

from __future__ import annotations

from django.dispatch import Signal

# What a physician's card shows (name, verification, rating, reviews) changed, or the physician
# is new. Search indexes the physician; the question pages showing their answers are
# invalidated. Sent by the service that wrote the row, whichever app it belongs to (reviews
# refreshes the rating). Arguments: `physician_id`.
physician_changed = Signal()
