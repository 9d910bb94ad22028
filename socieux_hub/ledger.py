"""The one write path of the hub's data: number a change, merge it into its record, log it, keep grants.

Pushed changes and the changes headquarters' commands make go through :class:`Ledger` alike; the hub's own
changes carry the hub's device id, its per-device sequence and a stamp of its hybrid logical clock, so they
reach the apps at their next pull like anyone's. A ledger lives inside ``Database.log()`` (the sequence
row is locked), and everything it does is committed or rolled back as one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from socieux_desktop.collab.document import unreadable_update
from socieux_desktop.domain import gate
from socieux_desktop.domain.clock import HLCStamp, HybridLogicalClock, wall_clock_ms
from socieux_desktop.domain.deliverables import EXPERT
from socieux_desktop.domain.errors import RuleViolation
from socieux_desktop.domain.model import new_id
from socieux_desktop.domain.records import JSONValue, Record
from socieux_desktop.sync.protocol import (
    DELETED,
    HEADQUARTERS_ONLY,
    MAX_CLOCK_AHEAD_MS,
    SCOPE_FIELDS,
    TEXT_UPDATE,
    WORKSHOP,
    WORKSHOP_PARTICIPANT,
    Change,
    RecordState,
    decode_update,
    merge_change,
    well_formed,
    workflow_field,
)
from socieux_hub.access import (
    Actor,
    Before,
    index_columns,
    regrant,
    scope_of,
    split_scope,
    team_experts,
)
from socieux_hub.errors import (
    CHANGE_CONFLICT,
    FORBIDDEN,
    RULE_VIOLATION,
    SCOPE_MOVED,
    UNKNOWN_RECORD,
    HubError,
)
from socieux_hub.models import (
    DEVICE_ID,
    HUB_DEVICE_SEQ,
    SERVER_SEQ,
    ChangeLogRow,
    MetaRow,
    RecordRow,
    SequenceRow,
    UserRow,
)

_PARENTS: Final = {
    TEXT_UPDATE: ("deliverable", "deliverable_id"),
    WORKSHOP: ("deliverable", "deliverable_id"),
    WORKSHOP_PARTICIPANT: ("workshop", "workshop_id"),
}
"""What a text update, a workshop and a participant belong to: (entity, field naming it)."""


def expert_may_move(entity: str, held: JSONValue, after: JSONValue) -> bool:
    """Whether an expert's change may move a deliverable's status (``entity`` deliverable) or a mission's
    timesheet status (mission) from ``held`` to ``after``: the rulebook's workflow by role
    (``gate.check_status_change``) lets an expert do it. Nothing leaves approved that way, and returned
    only towards draft, shared or submitted again."""
    if not isinstance(held, str) or not isinstance(after, str):
        return False
    try:
        gate.check_status_change(entity, held, after, EXPERT)
    except (RuleViolation, ValueError):
        return False
    return True


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True, slots=True)
class _Applied:
    where: str
    scope: str
    references: tuple[str, ...]


class Ledger:
    def __init__(self, session: Session, actor: Actor) -> None:
        self.session = session
        self.actor = actor
        counter = session.get(SequenceRow, SERVER_SEQ)
        assert counter is not None, "Database.log() checked the counter row"
        self._counter = counter
        self.last_seq: int | None = None
        self._created: set[tuple[str, str]] = set()
        self._absent: set[tuple[str, str]] = set()
        self._new_rows: dict[tuple[str, str], RecordRow] = {}
        self._applied: list[_Applied] = []
        self._team_missions: set[str] = set()
        self._action_missions: set[str] = set()
        self._experts: set[str] = set()
        self._clock: HybridLogicalClock | None = None
        self._received_at = now_iso()
        self.refused: list[tuple[str, str]] = []
        """(change id, why) of the changes an expert may not make (:meth:`check_roles`)."""

    @property
    def applied_count(self) -> int:
        """How many changes this ledger applied."""
        return len(self._applied)

    # --- Numbers -------------------------------------------------------------------------------------

    def next_seq(self) -> int:
        self._counter.value += 1
        self.last_seq = self._counter.value
        return self.last_seq

    # --- Applying changes ----------------------------------------------------------------------------

    def prefetch(self, changes: list[Change]) -> None:
        """Load the records a batch touches in one query per 500 (later lookups hit the session's identity
        map) and remember which do not exist, so that applying the batch asks the database nothing more
        and its inserts are flushed together."""
        keys = {(change.entity, change.entity_id) for change in changes}
        keys |= {(_PARENTS[change.entity][0], str(change.fields[_PARENTS[change.entity][1]]))
                 for change in changes if change.entity in _PARENTS and change.op == "insert"}
        ids = sorted({entity_id for _, entity_id in keys})
        found: set[tuple[str, str]] = set()
        for start in range(0, len(ids), 500):
            rows = self.session.scalars(select(RecordRow).where(RecordRow.id.in_(ids[start:start + 500])))
            found.update((row.entity, row.id) for row in rows)
        self._absent |= keys - found

    def _record(self, key: tuple[str, str]) -> RecordRow | None:
        if key in self._new_rows:
            return self._new_rows[key]
        if key in self._absent:
            return None
        return self.session.get(RecordRow, key)

    def apply(self, change: Change, where: str = "change", *, pushed_hlc: str | None = None) -> int:
        """Merge ``change`` into its record and log it with the next number; return the number.
        ``pushed_hlc``: the stamp the change was pushed with, when the hub re-stamped it."""
        key = (change.entity, change.entity_id)
        row = self._record(key)
        state: RecordState | None = None
        if change.entity in _PARENTS:
            self._check_parent(change, row, where)
        if row is None:
            if change.op != "insert":
                raise HubError(422, UNKNOWN_RECORD, (
                    f"{where}: the hub has no {change.entity} {change.entity_id}; push the change that "
                    "created it first. Nothing of the batch was applied."))
            self._created.add(key)
        else:
            scope_field = SCOPE_FIELDS.get(change.entity)
            if scope_field and scope_field in change.fields and (
                    change.fields[scope_field] != row.data.get(scope_field)):
                owner = scope_field.removesuffix("_id")
                raise HubError(422, SCOPE_MOVED, (
                    f"{where}: a {change.entity} cannot move to another {owner}; delete it and create it "
                    f"again in the other {owner}. Nothing of the batch was applied."))
            state = RecordState(change.entity, change.entity_id, row.data, row.clocks)
        old_expert = None if row is None else row.expert_id
        merged = merge_change(state, change)
        self._check_rules(change, merged.values, where)
        self._check_text(change, where)
        if change.entity == TEXT_UPDATE:
            self._check_update(change, where)
        values: dict[str, JSONValue] = dict(merged.values)
        if not self.actor.sees_everything:
            self._judge(change, row, values, where)
        seq = self.next_seq()
        scope = row.scope if row is not None else scope_of(change.entity, change.entity_id, values)
        self.session.add(ChangeLogRow(
            server_seq=seq, id=change.id, device_id=change.device_id, seq=change.seq, hlc=change.hlc,
            entity=change.entity, entity_id=change.entity_id, op=change.op, fields=dict(change.fields),
            previous=None if change.previous is None else dict(change.previous),
            created_at=change.created_at, received_at=self._received_at, scope=scope,
            user_id=self.actor.user_id, pushed_hlc=pushed_hlc))
        columns = index_columns(change.entity, change.entity_id, values)
        if change.entity == TEXT_UPDATE:
            values.pop("data")  # the bytes are in the change log once; the record only routes them
        if row is None:
            row = RecordRow(entity=change.entity, id=change.entity_id, data=values,
                            clocks=dict(merged.clocks), deleted=merged.deleted, scope=scope,
                            created_by=self.actor.user_id, last_seq=seq, **columns)
            self.session.add(row)
            self._new_rows[key] = row
        else:
            row.data = values
            row.clocks = dict(merged.clocks)
            row.deleted = merged.deleted
            row.last_seq = seq
            for name, value in columns.items():
                setattr(row, name, value)
        self._note(change, where, scope, old_expert, row.expert_id)
        return seq

    @staticmethod
    def _check_rules(change: Change, merged: Mapping[str, JSONValue], where: str) -> None:
        """The gate: refuse the batch when the change's fields or the record they make break a rule of a
        record by itself (``domain.gate``), naming the change and the rule. The rules around a record (a
        second day on one date, a locked timesheet) are not checked here: two laptops' legitimate offline
        writes may break them together, and the apps show them when they pull."""
        verdict = gate.judge_change(change.entity, change.fields, merged, previous=change.previous)
        if verdict.refusal is not None:
            raise HubError(422, RULE_VIOLATION, (
                f"{where}, id {change.id}: {verdict.refusal.english} (rule {verdict.refusal.code.value}). "
                "Nothing of the batch was applied; correct the record on the device that wrote it."),
                (change.id,))

    @staticmethod
    def _check_text(change: Change, where: str) -> None:
        """Whatever the gate let through, no NUL or lone surrogate reaches the database: no UTF-8 answer
        could carry it, and every pull that includes it would fail for everyone."""
        values = [*change.fields.values(), *(change.previous or {}).values()]
        if not all(well_formed(value) for value in values):
            raise HubError(422, RULE_VIOLATION, (
                f"{where}, id {change.id}: a text holds a NUL character or a lone UTF-16 surrogate. Nothing "
                "of the batch was applied; correct the record on the device that wrote it."), (change.id,))

    @staticmethod
    def _check_update(change: Change, where: str) -> None:
        """A text update whose bytes Yrs cannot decode is refused: relayed, it would stop its deliverable
        from opening on every laptop of the team (the apps set such a one aside too)."""
        problem = unreadable_update(decode_update(change.fields["data"]))
        if problem is not None:
            raise HubError(422, RULE_VIOLATION, (
                f"{where}, id {change.id}: the text update's bytes are not an update of a document "
                f"({problem}). Nothing of the batch was applied; correct the record on the device that "
                "wrote it."), (change.id,))

    def _check_parent(self, change: Change, row: RecordRow | None, where: str) -> None:
        """A text update, a workshop or a participant is created for a record the hub has (its deliverable
        or workshop), under that record's mission, so it is shown to that mission's team only; a change
        that names another deliverable or workshop (an update, or an insert again) names one of that
        mission too. A text update is written once: the hub keeps and relays its bytes as they are."""
        parent_entity, parent_field = _PARENTS[change.entity]
        if row is not None:
            if change.entity == TEXT_UPDATE:
                raise HubError(409, CHANGE_CONFLICT, (
                    f"{where}: the hub already has the text update {change.entity_id}; an update is never "
                    "written twice. Nothing of the batch was applied."))
            if parent_field not in change.fields or change.fields[parent_field] == row.data.get(parent_field):
                return
            mission_id = row.mission_id
        elif change.op != "insert":
            return  # refused below: an update of a record the hub does not have
        else:
            mission_id = str(change.fields["mission_id"])
        parent_id = str(change.fields[parent_field])
        parent = self._record((parent_entity, parent_id))
        if parent is None:
            raise HubError(422, UNKNOWN_RECORD, (
                f"{where}: the hub has no {parent_entity} {parent_id}; push the change that created it "
                "first. Nothing of the batch was applied."))
        if parent.mission_id != mission_id:
            raise HubError(422, SCOPE_MOVED, (
                f"{where}: it names mission {mission_id}, but its {parent_entity} belongs "
                f"to mission {parent.mission_id}. Nothing of the batch was applied."))

    def _note(self, change: Change, where: str, scope: str, old_expert: str | None,
              new_expert: str | None) -> None:
        references: list[str] = []
        if change.entity == "team_member":
            _, mission_id = split_scope(scope)
            self._team_missions.add(mission_id)
            self._experts.update(e for e in (old_expert, new_expert) if e)
            if isinstance(change.fields.get("expert_id"), str):
                references.append(f"expert:{change.fields['expert_id']}")
        elif change.entity == "mission" and "action_id" in change.fields:
            self._action_missions.add(change.entity_id)
            references.append(f"action:{change.fields['action_id']}")
        self._applied.append(_Applied(where, scope, tuple(references)))

    def regrant_expert(self, expert_id: str) -> None:
        """Have :meth:`finish` bring this expert's grants in step (a new user linked to an expert)."""
        self._experts.add(expert_id)

    def finish(self) -> None:
        """Bring the grants of everyone whose teams changed in step, as of this transaction's last number."""
        affected = self._experts | team_experts(self.session, self._team_missions | self._action_missions)
        if not affected:
            return
        seq = self.last_seq if self.last_seq is not None else self.next_seq()
        for expert_id in sorted(affected):
            regrant(self.session, expert_id, seq)

    # --- Headquarters' acts -------------------------------------------------------------------------

    def _judge(self, change: Change, row: RecordRow | None, merged: dict[str, JSONValue],
               where: str) -> None:
        """Note the change if it is one of headquarters' acts that an expert made: a workflow status
        moved where the expert's actions do not lead (an approval or a return undone, whatever the
        stamp), a team member or an allocation in a mission headquarters made, or an expert record other
        than the user's own (or one they created that no user signs in as)."""
        reason = None
        name = workflow_field(change)
        if name is not None and row is not None:
            held, after = row.data.get(name), merged.get(name)
            if after != held and not expert_may_move(change.entity, held, after):
                reason = (f"{where}: its {name.replace('_', ' ')} is {held} at the hub, and only "
                          f"headquarters moves it to {after}")
        elif change.entity in ("team_member", "allocation"):
            mission_id = row.mission_id if row is not None else change.fields.get("mission_id")
            if not self._own(("mission", str(mission_id))):
                reason = (f"{where}: a mission's team and the days allocated are headquarters' to set, "
                          "except in a mission you created")
        elif change.entity == "expert" and change.entity_id != self.actor.expert_id and (
                not self._own(("expert", change.entity_id)) or self._signs_in(change.entity_id)):
            reason = f"{where}: you may change only your own details, not another person's"
        if reason is not None:
            self.refused.append((change.id, reason))

    def _own(self, key: tuple[str, str]) -> bool:
        """Whether the actor created this record (in this batch or before)."""
        if key in self._created:
            return True
        row = self._record(key)
        return row is not None and self.actor.user_id is not None and row.created_by == self.actor.user_id

    def _signs_in(self, expert_id: str) -> bool:
        return self.session.scalar(select(func.count()).select_from(UserRow).where(
            UserRow.expert_id == expert_id)) != 0

    def check_roles(self) -> None:
        """Refuse the whole transaction if an expert made one of headquarters' acts, naming those changes
        (403 ``headquarters_only``): the app takes them back and pushes the rest again."""
        if not self.refused:
            return
        reasons = "; ".join(reason for _, reason in self.refused[:3])
        raise HubError(403, HEADQUARTERS_ONLY, (
            f"{len(self.refused)} change(s) are headquarters' to make ({reasons}). Nothing of the batch was "
            "applied; send it again without them."), tuple(change_id for change_id, _ in self.refused))

    # --- The rule for writing ------------------------------------------------------------------------

    def check_writes(self, before: Before) -> None:
        """Refuse the whole transaction if an expert wrote outside what they may write:
        a mission they were on before (or one this batch creates with them on its team), an action or
        person they could see, or one that is new or that they created."""
        if self.actor.sees_everything:
            return
        for applied in self._applied:
            for scope in (applied.scope, *applied.references):
                if not self._may_write(scope, before):
                    raise HubError(403, FORBIDDEN, f"{applied.where}: {self._forbidden(scope)}")

    def _may_write(self, scope: str, before: Before) -> bool:
        if scope in before.scopes:
            return True
        kind, anchor = split_scope(scope)
        if kind == "mission":
            return (("mission", anchor) in self._created and self.actor.expert_id is not None
                    and self._on_team(anchor, self.actor.expert_id))
        if (kind, anchor) in self._created:
            return True
        anchor_row = self.session.get(RecordRow, (kind, anchor))
        if anchor_row is None:
            return True
        return self.actor.user_id is not None and anchor_row.created_by == self.actor.user_id

    def _on_team(self, mission_id: str, expert_id: str) -> bool:
        return self.session.scalar(select(func.count()).select_from(RecordRow).where(
            RecordRow.entity == "team_member", RecordRow.mission_id == mission_id,
            RecordRow.expert_id == expert_id, RecordRow.deleted.is_(False))) != 0

    @staticmethod
    def _forbidden(scope: str) -> str:
        kind, anchor = split_scope(scope)
        what = {
            "mission": f"you are not on the team of mission {anchor}",
            "action": f"action {anchor} belongs to missions you are not on",
            "expert": f"expert {anchor} is not on a mission with you",
        }[kind]
        return f"{what}, so you may not change it. The whole batch was refused; nothing was applied."

    # --- The hub's own writes (headquarters' commands) -----------------------------------------------

    def put(self, entity: str, record: Record) -> int | None:
        """Create ``record`` or update the fields that differ; its number, or None when nothing changed."""
        record_id = str(record["id"])
        row = self.session.get(RecordRow, (entity, record_id))
        if row is None:
            return self._write(entity, record_id, "insert", {**record, DELETED: False}, None)
        changed = {name: value for name, value in record.items() if row.data.get(name) != value}
        if row.deleted:
            changed[DELETED] = False
        if not changed:
            return None
        previous = {name: row.data.get(name) for name in changed}
        return self._write(entity, record_id, "update", changed, previous)

    def delete(self, entity: str, record_id: str) -> int | None:
        row = self.session.get(RecordRow, (entity, record_id))
        if row is None or row.deleted:
            return None
        return self._write(entity, record_id, "delete", {DELETED: True}, {DELETED: False})

    def _write(self, entity: str, record_id: str, op: str, fields: dict[str, JSONValue],
               previous: dict[str, JSONValue] | None) -> int:
        device = self.session.get(MetaRow, DEVICE_ID)
        device_seq = self.session.get(SequenceRow, HUB_DEVICE_SEQ)
        assert device is not None and device_seq is not None, "the migration made them"
        if self._clock is None:
            # Stamps ahead of the hub's clock were re-stamped when pushed; one older than that rule is
            # left out, so that it cannot drag the hub's own stamps into the future.
            bound = HLCStamp(wall_clock_ms() + MAX_CLOCK_AHEAD_MS, 0, "").encode()
            last = self.session.scalar(select(func.max(ChangeLogRow.hlc)).where(ChangeLogRow.hlc <= bound))
            self._clock = HybridLogicalClock(device.value, last=HLCStamp.decode(last) if last else None)
        device_seq.value += 1
        change = Change(new_id(), device.value, device_seq.value, self._clock.now().encode(), entity,
                        record_id, op, fields, previous, now_iso())
        return self.apply(change, f"{entity} {record_id}")
