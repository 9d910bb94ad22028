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
from sqlalchemy import case, delete, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

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
"""Failed logins of one user name in a window before its logins wait for the window's end (429)."""
MAX_ADDRESS_FAILURES = 50
"""Failed logins from one address in a window (whatever names it tries) before its logins wait (429)."""
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


def _count_attempt(db: Database, keys: list[str], now_ms: int) -> int | None:
    """Count this login against each counter before its hash is computed (so that logins at once cannot
    all pass the check before any is counted) and say how many seconds to wait when one is past its
    limit, None when the login may go on. One upsert per counter, alike on SQLite and PostgreSQL (two
    first attempts at once meet in the database, not in a unique-key error); counters whose window has
    ended start again (and the others' rows go, so the table stays small)."""
    insert = postgresql_insert if db.dialect == "postgresql" else sqlite_insert
    row = LoginFailureRow
    expired = row.window_start_ms <= now_ms - LOGIN_WINDOW_MS
    wait = 0
    with db.write() as session:
        session.execute(delete(LoginFailureRow).where(
            LoginFailureRow.window_start_ms <= now_ms - LOGIN_WINDOW_MS, LoginFailureRow.key.not_in(keys)))
        for key in keys:
            statement = insert(row).values(key=key, failures=1, window_start_ms=now_ms)
            session.execute(statement.on_conflict_do_update(index_elements=[row.key], set_={
                "failures": case((expired, 1), else_=row.failures + 1),
                "window_start_ms": case((expired, now_ms), else_=row.window_start_ms)}))
            failures, started = session.execute(
                select(row.failures, row.window_start_ms).where(row.key == key)).one()
            limit = MAX_USER_FAILURES if key.startswith("user:") else MAX_ADDRESS_FAILURES
            if failures > limit:
                wait = max(wait, -(-(started + LOGIN_WINDOW_MS - now_ms) // 1000), 1)
    return wait or None


def _forgive(db: Database, keys: list[str]) -> None:
    """A login that succeeded: its name's counter goes, its address's counts it no more."""
    with db.write() as session:
        session.execute(delete(LoginFailureRow).where(LoginFailureRow.key == keys[0]))
        session.execute(update(LoginFailureRow).where(LoginFailureRow.key.in_(keys[1:]),
                                                      LoginFailureRow.failures > 0)
                        .values(failures=LoginFailureRow.failures - 1))


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
    wait = _count_attempt(db, keys, wall_clock_ms())
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
        raise HubError(401, BAD_CREDENTIALS, "The user name or the password is wrong.")
    _forgive(db, keys)
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
