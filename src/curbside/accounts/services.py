from __future__ import annotations

import secrets

from axes.utils import reset as axes_reset  # type: ignore[import-untyped]  # django-axes ships no types
from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from curbside.accounts.models import ApiToken, Role, User
from curbside.lib.mail import email_enqueue
from curbside.lib.text import clean_text

_VERIFY_SALT = "curbside.accounts.email-verify"
# Pseudonyms are two words and a number, e.g. 'CedarWren-482'.
PSEUDONYM_FIRST_WORDS: list[str] = [
    "Amber",
    "Aspen",
    "Birch",
    "Cedar",
    "Clover",
    "Coral",
    "Dune",
    "Ember",
    "Fern",
    "Frost",
    "Harbor",
    "Hazel",
    "Indigo",
    "Iris",
    "Juniper",
    "Linden",
    "Maple",
    "Meadow",
    "Misty",
    "Moss",
    "Opal",
    "Pine",
    "Quartz",
    "Rain",
    "River",
    "Rowan",
    "Sage",
    "Slate",
    "Sorrel",
    "Willow",
]
PSEUDONYM_SECOND_WORDS: list[str] = [
    "Finch",
    "Heron",
    "Otter",
    "Wren",
    "Lark",
    "Fox",
    "Owl",
    "Robin",
    "Sparrow",
    "Swift",
    "Marten",
    "Crane",
    "Kestrel",
    "Dove",
    "Plover",
    "Egret",
    "Tern",
    "Hare",
    "Lynx",
    "Badger",
    "Thrush",
    "Pika",
    "Seal",
    "Ibis",
    "Quail",
]


def public_name_generate() -> str:
    """A pseudonym like 'CedarWren-482' that is not taken yet."""
    for _ in range(50):
        name = (
            f"{secrets.choice(PSEUDONYM_FIRST_WORDS)}{secrets.choice(PSEUDONYM_SECOND_WORDS)}"
            f"-{secrets.randbelow(900) + 100}"
        )
        if not User.objects.filter(public_name__iexact=name).exists():
            return name
    return f"Member-{secrets.token_hex(4)}"


def _clean_email(email: str) -> str:
    email = (email or "").strip().lower()
    validate_email(email)
    return email


def _email_taken(email: str) -> ValidationError:
    return ValidationError({"email": "An account with this e-mail address already exists."})


def _clean_public_name(name: str) -> str:
    if not name.strip():
        return public_name_generate()
    name = clean_text(name, label="Public name", max_length=40, min_length=3, multiline=False)
    if "@" in name:
        raise ValidationError({"public_name": "A public name cannot contain an e-mail address."})
    if User.objects.filter(public_name__iexact=name).exists():
        raise ValidationError({"public_name": "This public name is taken; please choose another."})
    return name


def user_candidate(*, email: str, password: str, role: str, public_name: str = "") -> User:
    """A new account's fields validated and its password hashed, not yet saved; whether the
    address already has an account is not checked here (see signup_or_notify)."""
    email = _clean_email(email)
    try:
        public_name = _clean_public_name(public_name)
    except ValidationError as exc:
        raise ValidationError({"public_name": exc.messages}) from exc
    user = User(email=email, public_name=public_name, role=role)
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise ValidationError({"password": exc.messages}) from exc
    user.set_password(password)
    return user


def user_save_new(*, user: User, verified: bool = False) -> User:
    """Save an account made by user_candidate and, unless it is already verified, send the
    verification mail."""
    if User.objects.filter(email__iexact=user.email).exists():
        raise _email_taken(user.email)
    if verified:
        user.email_verified_at = timezone.now()
    with transaction.atomic():
        user.save()
        if not verified:
            email_verification_send(user=user)
    return user


def user_create(
    *, email: str, password: str, role: str, public_name: str = "", verified: bool = False
) -> User:
    """Create an account and, unless it is already verified, send the verification mail."""
    candidate = user_candidate(email=email, password=password, role=role, public_name=public_name)
    return user_save_new(user=candidate, verified=verified)


def account_owner(email: str) -> User | None:
    """The account a sign-up's address already belongs to, if any."""
    return User.objects.filter(email__iexact=email).first()


def account_exists_notify(*, user: User) -> None:
    """Someone tried to sign up with this account's address: tell its owner, with the way in,
    instead of telling the person who tried (sign-up never reveals who has an account)."""
    email_enqueue(
        to=[user.email],
        template="accounts/email/signup_existing.txt",
        context={
            "user": user,
            "login_url": settings.SITE_URL + reverse("accounts:login"),
            "reset_url": settings.SITE_URL + reverse("accounts:password-reset"),
        },
    )


def user_unlock(*, user: User) -> None:
    """End a sign-in lockout on this account (django-axes), after its owner proved by e-mail
    that it is theirs (a password reset). Lockouts of an address over many accounts stand."""
    axes_reset(username=user.email)


def user_signup_patient(*, email: str, password: str, public_name: str = "") -> User | None:
    """A new patient account, waiting for its address to be confirmed; None when the address
    already has an account, whose owner is e-mailed instead. Callers answer both the same."""
    candidate = user_candidate(
        email=email, password=password, role=Role.PATIENT, public_name=public_name
    )
    owner = account_owner(candidate.email)
    if owner is not None:
        account_exists_notify(user=owner)
        return None
    return user_save_new(user=candidate)


def email_verification_token(user: User) -> str:
    return signing.dumps({"u": user.pk, "e": user.email}, salt=_VERIFY_SALT)


def email_verification_send(*, user: User) -> None:
    url = settings.SITE_URL + reverse(
        "accounts:verify-email", args=[email_verification_token(user)]
    )
    email_enqueue(
        to=[user.email],
        template="accounts/email/verify.txt",
        context={"user": user, "url": url},
    )


def email_verify(*, token: str) -> tuple[User, bool]:
    """The account a verification link confirms, and whether this confirmed it (False when it
    was confirmed before)."""
    try:
        data = signing.loads(token, salt=_VERIFY_SALT, max_age=settings.EMAIL_VERIFICATION_MAX_AGE)
    except signing.SignatureExpired as exc:
        raise ValidationError("This verification link has expired; ask for a new one.") from exc
    except signing.BadSignature as exc:
        raise ValidationError("This verification link is not valid.") from exc
    user = User.objects.filter(pk=data.get("u"), email=data.get("e"), is_active=True).first()
    if user is None:
        raise ValidationError("This verification link is not valid.")
    if user.email_verified_at is not None:
        return user, False
    user.email_verified_at = timezone.now()
    user.save(update_fields=["email_verified_at"])
    return user, True


def api_token_create(*, user: User, name: str) -> tuple[ApiToken, str]:
    """Returns the token row and the raw token, which is never stored and never shown again."""
    name = clean_text(name, label="Token name", max_length=60, multiline=False)
    if user.api_tokens.filter(revoked_at__isnull=True).count() >= 10:
        raise ValidationError("You have 10 active tokens; revoke one before making another.")
    raw = ApiToken.new_raw_token()
    token = ApiToken.objects.create(
        user=user, name=name, digest=ApiToken.digest_of(raw), hint=raw[-6:]
    )
    return token, raw


def api_token_revoke(*, token: ApiToken) -> None:
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])


def api_token_authenticate(*, raw: str) -> User | None:
    token = (
        ApiToken.objects.active()
        .select_related("user")
        .filter(digest=ApiToken.digest_of(raw))
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    # Touch at most once a minute so busy clients don't write on every request.
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user
