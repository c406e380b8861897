# No `from __future__ import annotations`: ninja resolves endpoint annotations at import time.
from ninja import Router

router = Router()
