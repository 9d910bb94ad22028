"""Passwords (argon2id through argon2-cffi) and bearer tokens (random, stored only as a SHA-256 hash)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select, update

from socieux_hub.access import Actor
from socieux_hub.db import Database
from socieux_hub.errors import BAD_CREDENTIALS, NOT_SIGNED_IN, HubError, HubSetupError
from socieux_hub.ledger import now_iso
from socieux_hub.models import TokenRow, UserRow

MIN_PASSWORD_LENGTH = 8
_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash("a password nobody has, so that an unknown name costs as much as a known one")


def hash_password(password: str) -> str:
    check_password_strength(password)
    return _hasher.hash(password)


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise HubSetupError(f"A password has at least {MIN_PASSWORD_LENGTH} characters.")


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class SignedIn:
    actor: Actor
    token: str


def login(db: Database, username: str, password: str) -> SignedIn:
    """A new token for a right name and password; the same refusal for a wrong name or a wrong password."""
    with db.read() as session:
        user = session.scalar(select(UserRow).where(UserRow.username == username))
        stored = user.password_hash if user is not None else _DUMMY_HASH
        user_id = user.id if user is not None else None
    valid = verify_password(stored, password)
    if user is None or user_id is None or not valid:
        raise HubError(401, BAD_CREDENTIALS, "The user name or the password is wrong.")
    token = secrets.token_urlsafe(32)
    with db.write() as session:
        row = session.get(UserRow, user_id)
        if row is None:
            raise HubError(401, BAD_CREDENTIALS, "The user name or the password is wrong.")
        if _hasher.check_needs_rehash(row.password_hash):
            row.password_hash = _hasher.hash(password)
        session.add(TokenRow(user_id=user_id, token_hash=token_hash(token), created_at=now_iso(),
                             revoked_at=None))
        actor = Actor(row.id, row.role, row.expert_id, row.username)
    return SignedIn(actor, token)


def authenticate(db: Database, authorization: str | None) -> SignedIn:
    """The user of a ``Bearer`` token that was given and not revoked; 401 otherwise."""
    token = _bearer(authorization)
    with db.read() as session:
        found = session.execute(
            select(UserRow).join(TokenRow, TokenRow.user_id == UserRow.id).where(
                TokenRow.token_hash == token_hash(token), TokenRow.revoked_at.is_(None))).scalar_one_or_none()
        if found is None:
            raise HubError(401, NOT_SIGNED_IN, "This token is not valid or was signed out; sign in again.")
        return SignedIn(Actor(found.id, found.role, found.expert_id, found.username), token)


def logout(db: Database, token: str) -> None:
    """Revoke the token: from now on it gets 401."""
    with db.write() as session:
        session.execute(update(TokenRow).where(
            TokenRow.token_hash == token_hash(token), TokenRow.revoked_at.is_(None),
        ).values(revoked_at=now_iso()))


def _bearer(authorization: str | None) -> str:
    if not authorization:
        raise HubError(401, NOT_SIGNED_IN,
                       "Sign in first: this request needs an 'Authorization: Bearer' token.")
    scheme, _, token = authorization.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or len(token) > 200:
        raise HubError(401, NOT_SIGNED_IN, "The Authorization header must be 'Bearer <token>'.")
    return token
