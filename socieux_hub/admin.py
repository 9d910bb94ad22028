"""Headquarters' management of the hub: users, and the actions, activities and missions it creates.

Everything created here is written through the :class:`~socieux_hub.ledger.Ledger` as changes of the hub's
own device, so it reaches each assigned expert's app at their next sync.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from socieux_desktop.domain.days import parse_date, parse_days
from socieux_desktop.domain.errors import RuleViolation
from socieux_desktop.domain.gate import check_entity, check_record
from socieux_desktop.domain.model import (
    Action,
    Activity,
    Allocation,
    CrossCuttingIssue,
    Expert,
    Mission,
    MissionStatus,
    Modality,
    TeamMember,
    TeamRole,
    Theme,
    new_id,
)
from socieux_desktop.domain.records import Record, to_record
from socieux_desktop.sync.protocol import ROLES, is_uuid
from socieux_hub.access import HUB
from socieux_hub.auth import hash_password
from socieux_hub.db import Database
from socieux_hub.errors import HubSetupError
from socieux_hub.ledger import Ledger, now_iso
from socieux_hub.models import RecordRow, TokenRow, UserRow

_USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@+-]{0,199}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True, slots=True)
class UserInfo:
    username: str
    role: str
    expert_id: str | None
    created_at: str


@dataclass(frozen=True, slots=True)
class Assignment:
    mission_id: str
    expert_id: str
    team_member_id: str
    allocations: tuple[tuple[str, int], ...]
    """(activity id, half days) for each allocation written."""


@dataclass(frozen=True, slots=True)
class MissionInfo:
    id: str
    code: str
    title: str
    start_date: str
    end_date: str
    team: tuple[str, ...]


def _rule(error: RuleViolation) -> HubSetupError:
    return HubSetupError(str(error))


def _checked_put(ledger: Ledger, entity: str, record: Record) -> int | None:
    """``Ledger.put`` after the gate, whose refusal is told as a command's error (not a push's 422)."""
    try:
        check_record(entity, record)
    except RuleViolation as error:
        raise _rule(error) from None
    return ledger.put(entity, record)


def _country(code: str, what: str) -> str:
    code = code.strip().upper()
    if code and not _COUNTRY.match(code):
        raise HubSetupError(f"{what}: {code!r} is not a two-letter country code (ISO 3166-1, e.g. CI, PE).")
    return code


def _required(value: str, name: str) -> str:
    value = value.strip()
    if not value:
        raise HubSetupError(f"The {name} is required.")
    return value


class Admin:
    """The management commands, over one hub database (the CLI and the CSV import use it)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # --- Users ---------------------------------------------------------------------------------------

    def add_user(self, username: str, role: str, password: str, *, name: str = "", email: str = "",
                 institution: str = "", country: str = "", expert_id: str | None = None) -> UserInfo:
        """A user who can sign in. An expert is linked to an Expert record: a new one (``name``, ``email``,
        ...) or the existing ``expert_id``."""
        if not _USERNAME.match(username):
            raise HubSetupError(f"{username!r} is not a valid user name: use letters, digits and . _ @ + -.")
        if role not in ROLES:
            raise HubSetupError(f"Unknown role {role!r}; use expert or coordinator.")
        if role == "coordinator" and (expert_id or name or email or institution or country):
            raise HubSetupError("A coordinator is not linked to an expert; leave out the expert options.")
        country = _country(country, "The country")
        password_hash = hash_password(password)
        with self.db.log() as session:
            if session.scalar(select(UserRow).where(UserRow.username == username)) is not None:
                raise HubSetupError(f"A user named {username!r} already exists.")
            ledger = Ledger(session, HUB)
            linked: str | None = None
            if role == "expert":
                if expert_id:
                    linked = self._existing_expert(session, expert_id)
                else:
                    expert = Expert(new_id(), name.strip() or username, email.strip(), institution.strip(),
                                    country)
                    _checked_put(ledger, "expert", to_record(expert))
                    linked = expert.id
                ledger.regrant_expert(linked)
            created = now_iso()
            session.add(UserRow(username=username, role=role, password_hash=password_hash, expert_id=linked,
                                created_at=created))
            ledger.finish()
            return UserInfo(username, role, linked, created)

    @staticmethod
    def _existing_expert(session: Session, expert_id: str) -> str:
        row = session.get(RecordRow, ("expert", expert_id))
        if row is None or row.deleted:
            raise HubSetupError(f"There is no expert {expert_id}.")
        if session.scalar(select(UserRow).where(UserRow.expert_id == expert_id)) is not None:
            raise HubSetupError(f"Expert {expert_id} already has a user.")
        return expert_id

    def reset_password(self, username: str, password: str) -> int:
        """Set a new password and sign the user out everywhere; the number of tokens revoked."""
        password_hash = hash_password(password)
        with self.db.write() as session:
            user = session.scalar(select(UserRow).where(UserRow.username == username))
            if user is None:
                raise HubSetupError(f"There is no user named {username!r}.")
            user.password_hash = password_hash
            tokens = list(session.scalars(select(TokenRow).where(
                TokenRow.user_id == user.id, TokenRow.revoked_at.is_(None))))
            for token in tokens:
                token.revoked_at = now_iso()
            return len(tokens)

    def users(self) -> list[UserInfo]:
        with self.db.read() as session:
            return [UserInfo(u.username, u.role, u.expert_id, u.created_at)
                    for u in session.scalars(select(UserRow).order_by(UserRow.username))]

    # --- Actions, activities, missions ---------------------------------------------------------------

    def add_action(self, code: str, title: str, partner_institution: str, country_code: str) -> str:
        with self.db.log() as session:
            return self.put_action(Ledger(session, HUB), code, title, partner_institution, country_code)

    def put_action(self, ledger: Ledger, code: str, title: str, partner: str, country: str) -> str:
        code = _required(code, "action code")
        if self.by_code(ledger.session, "action", code):
            raise HubSetupError(f"An action with the code {code!r} already exists.")
        action = Action(new_id(), code, _required(title, "action title"),
                        _required(partner, "partner institution"), _country(country, "The action's country"))
        if not action.country_code:
            raise HubSetupError("The action's country is required.")
        _checked_put(ledger, "action", to_record(action))
        return action.id

    def add_activity(self, action_ref: str, code: str, title: str) -> str:
        with self.db.log() as session:
            ledger = Ledger(session, HUB)
            action = self.find(session, "action", action_ref)
            return self.put_activity(ledger, action.id, code, title)

    def put_activity(self, ledger: Ledger, action_id: str, code: str, title: str) -> str:
        code = _required(code, "activity code")
        if self.activity_by_code(ledger.session, action_id, code) is not None:
            raise HubSetupError(f"The action already has an activity with the code {code!r}.")
        activity = Activity(new_id(), action_id, code, _required(title, "activity title"))
        _checked_put(ledger, "activity", to_record(activity))
        return activity.id

    def add_mission(self, action_ref: str, code: str, title: str, start: str, end: str, *,
                    modality: str = "on_site", status: str = "planned", themes: Sequence[str] = (),
                    cross_cutting_issues: Sequence[str] = (), terms_of_reference: str = "") -> str:
        with self.db.log() as session:
            ledger = Ledger(session, HUB)
            action = self.find(session, "action", action_ref)
            return self.put_mission(ledger, action.id, code, title, start, end, modality=modality,
                                     status=status, themes=themes, cross_cutting_issues=cross_cutting_issues,
                                     terms_of_reference=terms_of_reference)

    def put_mission(self, ledger: Ledger, action_id: str, code: str, title: str, start: str, end: str, *,
                     modality: str = "on_site", status: str = "planned", themes: Sequence[str] = (),
                     cross_cutting_issues: Sequence[str] = (), terms_of_reference: str = "") -> str:
        code = _required(code, "mission code")
        if self.by_code(ledger.session, "mission", code):
            raise HubSetupError(f"A mission with the code {code!r} already exists.")
        try:
            mission = Mission(
                new_id(), code, title.strip(), action_id, _date(start), _date(end),
                modality=_choice(Modality, modality, "modality"),
                status=_choice(MissionStatus, status, "status"),
                themes=tuple(_choice(Theme, theme, "theme") for theme in themes),
                cross_cutting_issues=tuple(_choice(CrossCuttingIssue, issue, "cross-cutting issue")
                                           for issue in cross_cutting_issues),
                terms_of_reference=terms_of_reference)
            check_entity(mission)
        except RuleViolation as error:
            raise _rule(error) from None
        _checked_put(ledger, "mission", to_record(mission))
        return mission.id

    def missions(self) -> list[MissionInfo]:
        with self.db.read() as session:
            usernames = {u.expert_id: u.username for u in session.scalars(select(UserRow)) if u.expert_id}
            team: dict[str, list[str]] = {}
            for member in session.scalars(select(RecordRow).where(
                    RecordRow.entity == "team_member", RecordRow.deleted.is_(False))):
                if member.mission_id and member.expert_id:
                    team.setdefault(member.mission_id, []).append(
                        usernames.get(member.expert_id, member.expert_id))
            rows = session.scalars(select(RecordRow).where(
                RecordRow.entity == "mission", RecordRow.deleted.is_(False)).order_by(RecordRow.code))
            return [MissionInfo(row.id, str(row.data["code"]), str(row.data["title"]),
                                str(row.data["start_date"]), str(row.data["end_date"]),
                                tuple(sorted(team.get(row.id, []))))
                    for row in rows]

    # --- Assignments ---------------------------------------------------------------------------------

    def assign(self, mission_ref: str, expert_ref: str, role: str = "expert",
               days: Iterable[tuple[str, str]] = ()) -> Assignment:
        """Put an expert on a mission's team (or change their role) and allocate days per activity:
        ``days`` pairs an activity (code within the mission's action, or id) with a number of days."""
        with self.db.log() as session:
            ledger = Ledger(session, HUB)
            assignment = self.put_assignment(ledger, mission_ref, expert_ref, role, days)
            ledger.finish()
            return assignment

    def put_assignment(self, ledger: Ledger, mission_ref: str, expert_ref: str, role: str,
                days: Iterable[tuple[str, str]]) -> Assignment:
        session = ledger.session
        mission = self.find(session, "mission", mission_ref)
        expert_id = self._expert(session, expert_ref)
        team_role = _choice(TeamRole, role, "team role")
        member = session.scalar(select(RecordRow).where(
            RecordRow.entity == "team_member", RecordRow.mission_id == mission.id,
            RecordRow.expert_id == expert_id).order_by(RecordRow.deleted, RecordRow.last_seq.desc()).limit(1))
        member_id = member.id if member is not None else new_id()
        _checked_put(ledger, "team_member",
                     to_record(TeamMember(member_id, mission.id, expert_id, team_role)))
        allocations: list[tuple[str, int]] = []
        action_id = str(mission.data["action_id"])
        for activity_ref, days_text in days:
            activity = self._activity(session, action_id, activity_ref)
            try:
                half_days = parse_days(days_text)
            except RuleViolation as error:
                raise _rule(error) from None
            existing = [row for row in session.scalars(select(RecordRow).where(
                RecordRow.entity == "allocation", RecordRow.mission_id == mission.id,
                RecordRow.expert_id == expert_id, RecordRow.deleted.is_(False)))
                if row.data.get("activity_id") == activity.id]
            allocation_id = existing[0].id if existing else new_id()
            _checked_put(ledger, "allocation", to_record(
                Allocation(allocation_id, mission.id, expert_id, activity.id, half_days)))
            allocations.append((activity.id, half_days))
        return Assignment(mission.id, expert_id, member_id, tuple(allocations))

    def _expert(self, session: Session, ref: str) -> str:
        user = session.scalar(select(UserRow).where(UserRow.username == ref))
        if user is not None:
            if user.expert_id is None:
                raise HubSetupError(f"{ref!r} is a coordinator, not an expert.")
            return user.expert_id
        if is_uuid(ref):
            row = session.get(RecordRow, ("expert", ref))
            if row is not None and not row.deleted:
                return ref
        raise HubSetupError(f"There is no expert user named {ref!r} (nor an expert with that id).")

    # --- Finding records by code or id ---------------------------------------------------------------

    @staticmethod
    def by_code(session: Session, entity: str, code: str) -> list[RecordRow]:
        return list(session.scalars(select(RecordRow).where(
            RecordRow.entity == entity, RecordRow.code == code, RecordRow.deleted.is_(False))))

    def find(self, session: Session, entity: str, ref: str) -> RecordRow:
        ref = ref.strip()
        if is_uuid(ref):
            row = session.get(RecordRow, (entity, ref))
            if row is not None and not row.deleted:
                return row
        rows = self.by_code(session, entity, ref)
        if len(rows) > 1:
            raise HubSetupError(f"Several {entity}s have the code {ref!r}; name it by its id.")
        if not rows:
            raise HubSetupError(f"There is no {entity} with the code or id {ref!r}.")
        return rows[0]

    @staticmethod
    def activity_by_code(session: Session, action_id: str, code: str) -> RecordRow | None:
        return session.scalar(select(RecordRow).where(
            RecordRow.entity == "activity", RecordRow.action_id == action_id, RecordRow.code == code,
            RecordRow.deleted.is_(False)).limit(1))

    def _activity(self, session: Session, action_id: str, ref: str) -> RecordRow:
        ref = ref.strip()
        row = session.get(RecordRow, ("activity", ref)) if is_uuid(ref) else None
        if row is None or row.deleted:
            row = self.activity_by_code(session, action_id, ref)
        if row is None or row.action_id != action_id:
            raise HubSetupError(f"The mission's action has no activity {ref!r}.")
        return row


def _date(text: str) -> date:
    try:
        return parse_date(text)
    except RuleViolation as error:
        raise _rule(error) from None


_E = TypeVar("_E", Modality, MissionStatus, Theme, CrossCuttingIssue, TeamRole)


def _choice(kind: type[_E], value: str, what: str) -> _E:
    try:
        return kind(value.strip())
    except ValueError:
        raise HubSetupError(f"Unknown {what} {value!r}; use one of: "
                            f"{', '.join(str(member.value) for member in kind)}.") from None
