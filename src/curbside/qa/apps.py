from __future__ import annotations

from django.apps import AppConfig


class QaConfig(AppConfig):
    name = "curbside.qa"
    label = "qa"

    def ready(self) -> None:
        from curbside.providers.signals import physician_changed

        physician_changed.connect(_cards_changed, dispatch_uid="qa-physician-cards")


def _cards_changed(sender: object, *, physician_id: int, **kwargs: object) -> None:
    """A physician's card changed: the question pages with their answers show it."""
    from curbside.qa.services import physician_cards_changed

    physician_cards_changed(physician_id=physician_id)
