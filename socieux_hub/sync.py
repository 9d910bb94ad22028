"""Push and pull, the two halves of a sync, over the hub's database.

Push applies a batch exactly once, whole or not at all, from a device that is the user's. A batch in
which an expert makes one of headquarters' acts (approves or returns a deliverable or a timesheet, moves
a status headquarters set, writes a team or allocations, or someone else's expert record) is refused
(403 ``headquarters_only``) and names those changes, so the app can take them back and send the rest.
A stamp ahead of the hub's clock is replaced by one of the hub's, told in the answer. Pull pages through
the changes a user may see after a cursor; an access granted after the cursor first brings the history of
what it opens (see :class:`socieux_desktop.sync.protocol.Cursor` for what a cursor holds).
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from socieux_desktop.domain.clock import HLCStamp, HybridLogicalClock, wall_clock_ms
from socieux_desktop.sync.protocol import (
    CLOCK_AHEAD,
    HEADQUARTERS_ONLY,
    MAX_CLOCK_AHEAD_MS,
    MAX_PAGE_BYTES,
    TEXT_UPDATE,
    Change,
    Cursor,
    PullResponse,
    PushRequest,
    PushResponse,
    PushResult,
    headquarters_only,
)
from socieux_hub.access import Actor, Before
from socieux_hub.db import Database
from socieux_hub.errors import CHANGE_CONFLICT, DEVICE_NOT_YOURS, HubError
from socieux_hub.ledger import Ledger, now_iso
from socieux_hub.models import (
    DEVICE_ID,
    SERVER_SEQ,
    ChangeLogRow,
    DeviceRow,
    GrantRow,
    MetaRow,
    SequenceRow,
)


def push(db: Database, actor: Actor, request: PushRequest) -> PushResponse:
    """Apply a batch once: changes the hub already has keep their numbers, the others are numbered,
    merged and logged; the rule for writing is checked on the whole batch before anything is committed.
    The device must be the user's (the first to push under it), and a stamp ahead of the hub's clock is
    replaced by one of the hub's (:func:`_restamp`)."""
    with db.log() as session:
        _claim_device(session, actor, request.device_id)
        known = _known_changes(session, request)
        ledger = Ledger(session, actor)
        before = Before.load(session, actor)
        new = [change for change in request.changes if change.id not in known]
        _check_headquarters_only(actor, new)
        stamps = _restamp(session, request, new)
        ledger.prefetch(new)
        results: list[PushResult] = []
        for index, change in enumerate(request.changes):
            where = f"change {index + 1} ({change.entity} {change.entity_id})"
            held = known.get(change.id)
            if held is not None:
                _check_same(held, change, where)
                results.append(PushResult(change.id, held.server_seq,
                                          held.hlc if held.pushed_hlc is not None else None))
            else:
                stamp = stamps.get(change.id)
                stored = change if stamp is None else dataclasses.replace(change, hlc=stamp)
                results.append(PushResult(change.id, ledger.apply(stored, where, pushed_hlc=(
                    None if stamp is None else change.hlc)), stamp))
        ledger.check_writes(before)
        ledger.check_roles()
        ledger.finish()
        return PushResponse(tuple(results), request.protocol)


def _claim_device(session: Session, actor: Actor, device_id: str) -> None:
    """A device id belongs to the user who first pushed under it: refuse the hub's own id and another
    user's (403 ``device_not_yours``); a new id becomes the user's."""
    hub_device = session.get(MetaRow, DEVICE_ID)
    owner = session.get(DeviceRow, device_id)
    if (hub_device is not None and hub_device.value == device_id) or (
            owner is not None and owner.user_id != actor.user_id):
        raise HubError(403, DEVICE_NOT_YOURS, (
            f"The device id {device_id} belongs to someone else; a device pushes only under its own id. "
            "Nothing was applied."))
    if owner is None:
        if actor.user_id is None:
            raise HubError(403, DEVICE_NOT_YOURS, "Only a signed-in user pushes changes.")
        session.add(DeviceRow(device_id=device_id, user_id=actor.user_id, first_seen=now_iso()))


def _restamp(session: Session, request: PushRequest, new: list[Change]) -> dict[str, str]:
    """New stamps, by change id, for the changes stamped more than :data:`MAX_CLOCK_AHEAD_MS` ahead of
    the hub's clock: stamps of the hub's clock for the pushing device (so still the device's), later than
    every stamp of that device the hub holds within bounds. A version-1 app could not learn them: its
    push is refused instead (422 ``clock_ahead``). Stamps behind are kept as they are."""
    now = wall_clock_ms()
    bound = now + MAX_CLOCK_AHEAD_MS
    ahead = [change for change in new if change.stamp.wall_ms > bound]
    if not ahead:
        return {}
    if request.protocol < 2:
        worst = max(change.stamp.wall_ms for change in ahead) - now
        raise HubError(422, CLOCK_AHEAD, (
            f"This device's clock is {worst // 60_000} minute(s) ahead of the hub's. Set its date and time "
            "right (or update the app, which then syncs whatever the clock says). Nothing was applied."))
    last = session.scalar(select(func.max(ChangeLogRow.hlc)).where(
        ChangeLogRow.device_id == request.device_id, ChangeLogRow.hlc <= HLCStamp(bound, 0, "").encode()))
    clock = HybridLogicalClock(request.device_id, lambda: now, HLCStamp.decode(last) if last else None)
    return {change.id: clock.now().encode() for change in ahead}


def _check_headquarters_only(actor: Actor, changes: list[Change]) -> None:
    """Refuse the batch if a user who is not a coordinator approves or returns a deliverable, naming those
    changes (the app takes them back and pushes the rest again)."""
    if actor.sees_everything:
        return
    refused = tuple(change.id for change in changes if headquarters_only(change))
    if refused:
        raise HubError(403, HEADQUARTERS_ONLY, (
            f"{len(refused)} change(s) approve or return a deliverable or a timesheet, which only "
            "headquarters (a coordinator) may do. Nothing of the batch was applied; send it again "
            "without them."), refused)


def _known_changes(session: Session, request: PushRequest) -> dict[str, ChangeLogRow]:
    """The changes of the batch the hub already has, by id; refuse a change that reuses the device's
    sequence number of a different change (two copies of one workspace pushing as one device)."""
    ids = [change.id for change in request.changes]
    batch_ids = set(ids)
    seqs = [change.seq for change in request.changes]
    known: dict[str, ChangeLogRow] = {}
    for start in range(0, len(ids), 500):
        for row in session.scalars(select(ChangeLogRow).where(ChangeLogRow.id.in_(ids[start:start + 500]))):
            known[row.id] = row
        for row in session.scalars(select(ChangeLogRow).where(
                ChangeLogRow.device_id == request.device_id, ChangeLogRow.seq.in_(seqs[start:start + 500]))):
            if row.id not in batch_ids:
                raise HubError(409, CHANGE_CONFLICT, (
                    f"The hub already has change number {row.seq} of device {row.device_id} with another id; "
                    "two copies of one workspace may be pushing as one device. Nothing was applied."))
    return known


def _check_same(held: ChangeLogRow, change: Change, where: str) -> None:
    """A replay matches the held change, with the stamp it was pushed with or the one the hub gave it."""
    same = (held.device_id, held.seq, held.entity, held.entity_id, held.op, held.fields) == (
        change.device_id, change.seq, change.entity, change.entity_id, change.op,
        dict(change.fields)) and change.hlc in (held.hlc, held.pushed_hlc)
    if not same:
        raise HubError(409, CHANGE_CONFLICT, (
            f"{where}: the hub has a different change with the id {change.id}. Nothing was applied."))


def _to_change(row: ChangeLogRow) -> Change:
    return Change(row.id, row.device_id, row.seq, row.hlc, row.entity, row.entity_id, row.op, row.fields,
                  row.previous, row.created_at, row.server_seq)


def pull(db: Database, actor: Actor, cursor: Cursor, limit: int,
         skip_device: str | None = None) -> PullResponse:
    """One page of the changes ``actor`` may see after ``cursor``; ``skip_device``'s own changes are
    left out (that device has them)."""
    with db.read() as session:
        counter = session.get(SequenceRow, SERVER_SEQ)
        top = counter.value if counter is not None else 0
        mine = ChangeLogRow.device_id != skip_device if skip_device else None
        if actor.sees_everything:
            return _pull_all(session, cursor, limit, top, mine)
        assert actor.expert_id is not None, "an expert user is linked to an expert"
        return _pull_granted(session, actor.expert_id, cursor, limit, top, mine)


def _page(session: Session, conditions: list[ColumnElement[bool]], limit: int,
          budget: int = MAX_PAGE_BYTES) -> tuple[list[Change], bool, int]:
    """Up to ``limit`` changes in order, ending early once the text updates' bytes pass ``budget`` (the
    first change is sent whatever its size, unless ``budget`` is spent already); whether more are left, and
    the bytes used. Rows are read a few at a time, so that a page cut short does not load the rest."""
    changes: list[Change] = []
    used = 0
    statement = select(ChangeLogRow).where(*conditions).order_by(ChangeLogRow.server_seq).limit(limit + 1)
    for row in session.scalars(statement.execution_options(yield_per=50)):
        size = len(str(row.fields.get("data", ""))) if row.entity == TEXT_UPDATE else 0
        if len(changes) == limit or (used + size > budget and (changes or budget <= 0)):
            return changes, True, used
        changes.append(_to_change(row))
        used += size
    return changes, False, used


def _pull_all(session: Session, cursor: Cursor, limit: int, top: int,
              mine: ColumnElement[bool] | None) -> PullResponse:
    conditions = [ChangeLogRow.server_seq > cursor.position]
    if mine is not None:
        conditions.append(mine)
    changes, more, _ = _page(session, conditions, limit)
    position = _advance(cursor.position, changes, more, top)
    return PullResponse(tuple(changes), Cursor(position, max(position, cursor.granted)).encode(), more)


def _advance(position: int, changes: list[Change], more: bool, top: int) -> int:
    """Where the next page starts: after the last change sent, or, when none is left, after every number
    this snapshot holds (nothing numbered lower can commit later: numbering is serialised)."""
    if more:
        last = changes[-1].server_seq if changes else None
        return position if last is None else last
    return max(position, top)


def _pull_granted(session: Session, expert_id: str, cursor: Cursor, limit: int, top: int,
                  mine: ColumnElement[bool] | None) -> PullResponse:
    extra = [] if mine is None else [mine]
    sent: list[Change] = []
    used = 0
    if cursor.backfill_to is None:
        newest = session.scalar(select(GrantRow.granted_seq).where(
            GrantRow.expert_id == expert_id, GrantRow.granted_seq > cursor.granted,
        ).order_by(GrantRow.granted_seq.desc()).limit(1))
        if newest is not None:
            cursor = Cursor(cursor.position, cursor.granted, newest, 0)
    if cursor.backfill_to is not None:
        # History of what grants after the cursor open, numbered up to the cursor's position.
        opened = select(GrantRow.scope).where(
            GrantRow.expert_id == expert_id, GrantRow.granted_seq > cursor.granted,
            GrantRow.granted_seq <= cursor.backfill_to)
        changes, more, used = _page(session, [
            ChangeLogRow.server_seq <= cursor.position, ChangeLogRow.server_seq > cursor.backfill_after,
            ChangeLogRow.scope.in_(opened), *extra], limit)
        if more:
            last = changes[-1].server_seq
            assert last is not None
            next_cursor = Cursor(cursor.position, cursor.granted, cursor.backfill_to, last)
            return PullResponse(tuple(changes), next_cursor.encode(), True)
        sent = changes
        cursor = Cursor(cursor.position, cursor.backfill_to)
    # Changes after the position in scopes granted up to ``cursor.granted`` (all this snapshot holds).
    visible = exists().where(
        GrantRow.expert_id == expert_id, GrantRow.scope == ChangeLogRow.scope,
        GrantRow.granted_seq <= cursor.granted,
        or_(GrantRow.revoked_seq.is_(None), ChangeLogRow.server_seq <= GrantRow.revoked_seq))
    room = limit - len(sent)
    changes, more, _ = _page(session, [and_(ChangeLogRow.server_seq > cursor.position, visible), *extra],
                             room, MAX_PAGE_BYTES - used if sent else MAX_PAGE_BYTES)
    position = _advance(cursor.position, changes, more, top)
    next_cursor = Cursor(position, max(position, cursor.granted))
    return PullResponse(tuple(sent + changes), next_cursor.encode(), more)
