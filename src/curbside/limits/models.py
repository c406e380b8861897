"""Request counters for rate limits, when no Redis is configured: one row per client, scope and
window, counted with one atomic upsert (services.rate_hit), so the limits hold across every web
process that shares the database."""

from __future__ import annotations

from django.db import models


class RateCounter(models.Model):
    # "<scope>:<client digest>:<window index>"; the window index makes each window a new row.
    key = models.CharField(max_length=120, primary_key=True)
    hits = models.PositiveIntegerField(default=0)
    expires_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.key} = {self.hits}"
