"""Role checks shared by the apps' access.py modules. Each raises PermissionDenied with a
message for the person, which views show as a 403 page and the API as {"detail": …}. The
physician's check is providers.access.require_verified_physician."""

from __future__ import annotations

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied

from curbside.accounts.models import User

AnyUser = AbstractBaseUser | AnonymousUser


def require_signed_in(user: AnyUser) -> User:
    if not isinstance(user, User) or not user.is_authenticated:
        raise PermissionDenied("Please sign in first.")
    return user


def require_patient(user: AnyUser) -> User:
    signed_in = require_signed_in(user)
    if not signed_in.is_patient:
        raise PermissionDenied("Only patient accounts can do this.")
    return signed_in


def require_moderator(user: AnyUser) -> User:
    signed_in = require_signed_in(user)
    if not signed_in.is_moderator:
        raise PermissionDenied("Only moderators can do this.")
    return signed_in
