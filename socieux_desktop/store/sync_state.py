"""Where this workspace stands with the hub, kept in ``workspace_meta`` beside the device id.

The hub's address, the user name and their role there, the pull cursor and the outcome of the last sync.
Never the token or the password: those live in the operating system's keychain
(``socieux_desktop.sync.credentials``).
The cursor is written in the same transaction as the changes a pull applies (``set_cursor`` takes the
caller's session). :class:`SyncStateRepository` (``Workbook.sync_state``) reads and writes the rest in
transactions of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from sqlalchemy import delete
from sqlalchemy.orm import Session

from socieux_desktop.domain.deliverables import COORDINATOR as COORDINATOR  # the roles, re-exported
from socieux_desktop.domain.deliverables import EXPERT as EXPERT
from socieux_desktop.store.identity import adopt_expert_id
from socieux_desktop.store.models import MetaRow

if TYPE_CHECKING:
    from socieux_desktop.store.workbook import Workbook

INITIAL_CURSOR: Final = "0"
HUB_URL: Final = "sync_hub_url"
USERNAME: Final = "sync_username"
EXPERT_ID: Final = "sync_expert_id"
CA_BUNDLE: Final = "sync_ca_bundle"
ROLE: Final = "sync_role"
CURSOR: Final = "sync_cursor"
LAST_SUCCESS: Final = "sync_last_success"
LAST_PROBLEM: Final = "sync_last_problem"
LAST_MESSAGE: Final = "sync_last_message"
LAST_PROBLEM_AT: Final = "sync_last_problem_at"
_ACCOUNT_KEYS: Final = (HUB_URL, USERNAME, EXPERT_ID, CA_BUNDLE, ROLE)


@dataclass(frozen=True, slots=True)
class SyncAccount:
    """Who this workspace syncs as: the hub, the user, their expert id there, an optional CA bundle, and
    their role at the hub (``"expert"`` or ``"coordinator"``; a workspace signed in before the role was
    kept reads as an expert until its next sign-in)."""

    hub_url: str
    username: str
    expert_id: str | None = None
    ca_bundle: str | None = None
    role: str = EXPERT


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    """What the status area shows: the last success and the last problem (category and sentence)."""

    last_success: str | None
    last_problem: str | None
    last_message: str | None
    last_problem_at: str | None


def _get(session: Session, key: str) -> str | None:
    row = session.get(MetaRow, key)
    return None if row is None else row.value


def _put(session: Session, key: str, value: str | None) -> None:
    if value is None:
        session.execute(delete(MetaRow).where(MetaRow.key == key))
    else:
        session.merge(MetaRow(key=key, value=value))


def account(session: Session) -> SyncAccount | None:
    hub_url, username = _get(session, HUB_URL), _get(session, USERNAME)
    if hub_url is None or username is None:
        return None
    return SyncAccount(hub_url, username, _get(session, EXPERT_ID), _get(session, CA_BUNDLE),
                       _get(session, ROLE) or EXPERT)


def role(session: Session) -> str:
    """The signed-in person's role at the hub; an expert when the workspace is not signed in."""
    current = account(session)
    return EXPERT if current is None else current.role


def set_account(session: Session, value: SyncAccount | None) -> None:
    """Remember who this workspace syncs as (None forgets it; the cursor stays with the data)."""
    if value is None:
        for key in _ACCOUNT_KEYS:
            _put(session, key, None)
        return
    _put(session, HUB_URL, value.hub_url)
    _put(session, USERNAME, value.username)
    _put(session, EXPERT_ID, value.expert_id)
    _put(session, CA_BUNDLE, value.ca_bundle)
    _put(session, ROLE, value.role)


def cursor(session: Session) -> str:
    return _get(session, CURSOR) or INITIAL_CURSOR


def set_cursor(session: Session, value: str) -> None:
    _put(session, CURSOR, value)


def outcome(session: Session) -> SyncOutcome:
    return SyncOutcome(_get(session, LAST_SUCCESS), _get(session, LAST_PROBLEM), _get(session, LAST_MESSAGE),
                       _get(session, LAST_PROBLEM_AT))


def record_success(session: Session, when: str) -> None:
    _put(session, LAST_SUCCESS, when)
    for key in (LAST_PROBLEM, LAST_MESSAGE, LAST_PROBLEM_AT):
        _put(session, key, None)


def record_problem(session: Session, when: str, problem: str, message: str) -> None:
    _put(session, LAST_PROBLEM, problem)
    _put(session, LAST_MESSAGE, message)
    _put(session, LAST_PROBLEM_AT, when)


class SyncStateRepository:
    """Where one open workbook stands with the hub (``Workbook.sync_state``)."""

    def __init__(self, workbook: Workbook) -> None:
        self.workbook = workbook

    def account(self) -> SyncAccount | None:
        with self.workbook.read_session() as session:
            return account(session)

    def role(self) -> str:
        """The signed-in person's role at the hub; an expert when the workspace is not signed in."""
        with self.workbook.read_session() as session:
            return role(session)

    def outcome(self) -> SyncOutcome:
        with self.workbook.read_session() as session:
            return outcome(session)

    def sign_in(self, value: SyncAccount, *, start_over: bool) -> None:
        """Remember who this workspace syncs as, in one transaction with taking on the hub's id for the
        profile (``identity.adopt_expert_id``, which may raise ``OtherIdentity``: then nothing is written);
        ``start_over`` sets the pull cursor back to the start (another account)."""
        with self.workbook.write_transaction() as session:
            adopt_expert_id(session, value.expert_id)
            if start_over:
                set_cursor(session, INITIAL_CURSOR)
            set_account(session, value)

    def sign_out(self) -> None:
        """Forget the account (the cursor stays with the data)."""
        with self.workbook.write_transaction() as session:
            set_account(session, None)

    def record_problem(self, when: str, problem: str, message: str) -> None:
        with self.workbook.write_transaction() as session:
            record_problem(session, when, problem, message)
