"""What the evidence app tells the apps above it. The evidence base sits low in the app order
(docs/architecture.md): it cannot call the claim check, which reads it. It sends a signal
instead, after the change is committed; a higher app's receiver does no more than enqueue its
own task."""

from __future__ import annotations

from django.dispatch import Signal

# Sent once a change to the evidence base is committed (a moderator's edit or confirmation,
# a load that changed something). No arguments beyond `sender`.
evidence_revised = Signal()
