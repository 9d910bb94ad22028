"""Who may see and write what: scopes, grants and the rule every route applies.

Every change is filed under one **scope**: ``mission:<id>`` for a mission and the records that belong to it
(team, allocations, counterparts, day entries, deliverables and the CRDT updates of their text, workshops
and their participants),
``action:<id>`` for an action and its activities,
``expert:<id>`` for a person. A coordinator sees and writes everything. An expert is **granted** the
scopes their team membership opens: each mission they are on, the action of that mission, and the people
on those teams (and always themselves). Grants are kept in ``hub_grant`` and follow the team as it changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from socieux_desktop.domain.records import JSONValue
from socieux_desktop.sync.protocol import ATTENDANCE_ENTITIES, TEXT_UPDATE
from socieux_hub.models import GrantRow, RecordRow

MISSION_ENTITIES = frozenset({"mission", "team_member", "allocation", "counterpart", "day_entry",
                              "deliverable", TEXT_UPDATE, *ATTENDANCE_ENTITIES})
"""Entities filed under their mission's scope; a deliverable's text updates and a workshop's participants
carry their mission's ``mission_id`` so the hub files them (and shows them) with the mission."""


@dataclass(frozen=True, slots=True)
class Actor:
    """Who writes: a signed-in user, or the hub itself (``user_id`` None) for headquarters' commands."""

    user_id: int | None
    role: str
    expert_id: str | None
    username: str = ""

    @property
    def sees_everything(self) -> bool:
        return self.role == "coordinator"


HUB = Actor(None, "coordinator", None, "headquarters")


def scope_of(entity: str, record_id: str, values: dict[str, JSONValue]) -> str:
    """The scope a record's changes are filed under (its scope field never changes)."""
    if entity == "action":
        return f"action:{record_id}"
    if entity == "activity":
        return f"action:{values['action_id']}"
    if entity == "expert":
        return f"expert:{record_id}"
    if entity == "mission":
        return f"mission:{record_id}"
    return f"mission:{values['mission_id']}"


def index_columns(entity: str, record_id: str, values: dict[str, JSONValue]) -> dict[str, str | None]:
    """The values lifted out of a record into indexed columns."""
    def text(name: str) -> str | None:
        value = values.get(name)
        return value if isinstance(value, str) else None

    return {
        "mission_id": record_id if entity == "mission" else (
            text("mission_id") if entity in MISSION_ENTITIES else None),
        "expert_id": record_id if entity == "expert" else text("expert_id"),
        "action_id": record_id if entity == "action" else text("action_id"),
        "code": text("code") if entity in ("action", "activity", "mission") else None,
    }


def split_scope(scope: str) -> tuple[str, str]:
    kind, _, anchor = scope.partition(":")
    return kind, anchor


ANCHOR_ENTITY = {"mission": "mission", "action": "action", "expert": "expert"}


def desired_scopes(session: Session, expert_id: str) -> set[str]:
    """What an expert's team memberships open now."""
    missions = set(session.scalars(select(RecordRow.mission_id).where(
        RecordRow.entity == "team_member", RecordRow.expert_id == expert_id,
        RecordRow.deleted.is_(False))))
    missions.discard(None)
    scopes = {f"expert:{expert_id}"} | {f"mission:{m}" for m in missions}
    if missions:
        actions = session.scalars(select(RecordRow.action_id).where(
            RecordRow.entity == "mission", RecordRow.id.in_(missions)))
        scopes |= {f"action:{a}" for a in actions if a}
        colleagues = session.scalars(select(RecordRow.expert_id).where(
            RecordRow.entity == "team_member", RecordRow.mission_id.in_(missions),
            RecordRow.deleted.is_(False)))
        scopes |= {f"expert:{x}" for x in colleagues if x}
    return scopes


def active_grants(session: Session, expert_id: str) -> dict[str, GrantRow]:
    rows = session.scalars(select(GrantRow).where(
        GrantRow.expert_id == expert_id, GrantRow.revoked_seq.is_(None)))
    return {row.scope: row for row in rows}


def team_experts(session: Session, mission_ids: set[str]) -> set[str]:
    """Everyone who is or was on the teams of these missions."""
    if not mission_ids:
        return set()
    rows = session.scalars(select(RecordRow.expert_id).where(
        RecordRow.entity == "team_member", RecordRow.mission_id.in_(mission_ids)))
    return {expert for expert in rows if expert}


def regrant(session: Session, expert_id: str, seq: int) -> None:
    """Bring an expert's grants in step with their teams: open what is new, close what is gone, both as
    of ``seq`` (the last number of the transaction that changed the teams)."""
    wanted = desired_scopes(session, expert_id)
    held = active_grants(session, expert_id)
    for scope in sorted(wanted - held.keys()):
        session.add(GrantRow(expert_id=expert_id, scope=scope, granted_seq=seq, revoked_seq=None))
    for scope in sorted(held.keys() - wanted):
        held[scope].revoked_seq = seq


@dataclass(slots=True)
class Before:
    """What an expert could see before a batch: the rule for writing is judged against it."""

    scopes: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, session: Session, actor: Actor) -> Before:
        if actor.expert_id is None:
            return cls()
        return cls(set(active_grants(session, actor.expert_id)))
