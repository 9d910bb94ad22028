"""Passwords (argon2id through argon2-cffi) and bearer tokens (random, stored only as a SHA-256 hash).

Logins are throttled: failures are counted per user name and per address in the database (so across
every hub process), and a process computes at most :data:`MAX_CONCURRENT_HASHES` password hashes at once.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import unicodedata
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import delete, select, update

from socieux_desktop.domain.clock import wall_clock_ms
from socieux_hub.access import Actor
from socieux_hub.db import Database
from socieux_hub.errors import (
    BAD_CREDENTIALS,
    BUSY,
    NOT_SIGNED_IN,
    TOO_MANY_ATTEMPTS,
    HubError,
    HubSetupError,
)
from socieux_hub.ledger import now_iso
from socieux_hub.models import LoginFailureRow, TokenRow, UserRow

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


LOGIN_WINDOW_MS = 15 * 60 * 1000
"""Failed logins are counted in windows of 15 minutes (per user name and per address)."""
MAX_USER_FAILURES = 10
"""Failures of one user name in a window before its logins wait for the window's end (429)."""
MAX_ADDRESS_FAILURES = 50
"""Failures from one address in a window (whatever names it tries) before its logins wait (429)."""
MAX_CONCURRENT_HASHES = 2
"""Password hashes one hub process computes at once (argon2 takes 64 MiB and a core each)."""
HASH_WAIT_SECONDS = 3.0
"""How long a login waits for a free hash before it is answered 503 with Retry-After."""
BUSY_RETRY_SECONDS = 2
_hashing = threading.BoundedSemaphore(MAX_CONCURRENT_HASHES)


def throttle_keys(username: str, address: str | None) -> list[str]:
    """The failure counters a login counts against: its user name (case and Unicode form folded, so
    variants of one name share one counter) and its address."""
    keys = [f"user:{unicodedata.normalize('NFKC', username).casefold()}"[:250]]
    if address:
        keys.append(f"addr:{address}"[:250])
    return keys


def _retry_after(db: Database, keys: list[str], now_ms: int) -> int | None:
    """Seconds until these counters let a login through again; None when they do now."""
    with db.read() as session:
        rows = session.execute(select(LoginFailureRow.key, LoginFailureRow.failures,
                                      LoginFailureRow.window_start_ms).where(LoginFailureRow.key.in_(keys))).all()
    wait = 0
    for key, failures, window_start_ms in rows:
        limit = MAX_USER_FAILURES if key.startswith("user:") else MAX_ADDRESS_FAILURES
        ends = window_start_ms + LOGIN_WINDOW_MS
        if failures >= limit and ends > now_ms:
            wait = max(wait, -(-(ends - now_ms) // 1000))
    return wait or None


def _count_failure(db: Database, keys: list[str], now_ms: int) -> None:
    """Count a failure against each key; counters whose window has ended go (the table stays small)."""
    with db.write() as session:
        session.execute(delete(LoginFailureRow).where(
            LoginFailureRow.window_start_ms <= now_ms - LOGIN_WINDOW_MS, LoginFailureRow.key.not_in(keys)))
        for key in keys:
            row = session.get(LoginFailureRow, key)
            if row is None:
                session.add(LoginFailureRow(key=key, failures=1, window_start_ms=now_ms))
            elif row.window_start_ms + LOGIN_WINDOW_MS <= now_ms:
                row.failures, row.window_start_ms = 1, now_ms
            else:
                row.failures += 1


def _verify_throttled(stored: str, password: str) -> bool:
    """Verify a password with one of the process's few hashing slots; 503 with Retry-After when none
    frees up soon (a burst of logins cannot take the hub's memory)."""
    if not _hashing.acquire(timeout=HASH_WAIT_SECONDS):
        raise HubError(503, BUSY, "The hub is busy checking other sign-ins; try again in a moment.",
                       retry_after=BUSY_RETRY_SECONDS)
    try:
        return verify_password(stored, password)
    finally:
        _hashing.release()


def login(db: Database, username: str, password: str, address: str | None = None) -> SignedIn:
    """A new token for a right name and password; the same refusal for a wrong name or a wrong password.
    A user name or an address with too many failures lately waits (429 with Retry-After) before any
    hash is computed."""
    keys = throttle_keys(username, address)
    now_ms = wall_clock_ms()
    wait = _retry_after(db, keys, now_ms)
    if wait is not None:
        raise HubError(429, TOO_MANY_ATTEMPTS, (
            f"Too many failed sign-ins for this name or from this address; try again in {wait} seconds."),
            retry_after=wait)
    with db.read() as session:
        user = session.scalar(select(UserRow).where(UserRow.username == username))
        stored = user.password_hash if user is not None else _DUMMY_HASH
        user_id = user.id if user is not None else None
    valid = _verify_throttled(stored, password)
    if user is None or user_id is None or not valid:
        _count_failure(db, keys, now_ms)
        raise HubError(401, BAD_CREDENTIALS, "The user name or the password is wrong.")
    token = secrets.token_urlsafe(32)
    with db.write() as session:
        session.execute(delete(LoginFailureRow).where(LoginFailureRow.key == keys[0]))
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
