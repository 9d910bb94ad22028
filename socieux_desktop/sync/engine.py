"""The sync engine: push the outbox, pull what the hub has, merge field by field.

- **Push**: the changes this device wrote that the hub has not numbered yet (the outbox), oldest first,
  in batches of at most :data:`protocol.MAX_BATCH_CHANGES` changes and the protocol's byte limits. The
  hub applies each change once by its UUID, so a batch sent again after a lost answer is harmless; the
  hub's numbers are written back in one transaction per batch.
- **Pull**: pages of changes after the cursor; each page's changes, the records they touch and the new
  cursor are written in one transaction, so an interrupted sync resumes at the last page.
- **Text**: a deliverable's text travels as its CRDT updates (entity ``deliverable_update``, see
  :data:`protocol.TEXT_UPDATE`), each an insert-only change; a pulled one is appended to the
  deliverable's rows in ``deliverable_update`` (once, by its UUID) and handed to
  ``Workbook.text_listeners`` after its commit, so an open document can apply it.
- **Attendance**: workshops and their participants (``protocol.ATTENDANCE_ENTITIES``) merge field by
  field like records; their rows keep the shape ``collab.attendance`` reads (None for "").
- **Refused changes**: a push the hub refuses is kept whole in the outbox and told, except when the hub
  names changes only headquarters may make (an expert approving or returning a deliverable,
  ``protocol.HEADQUARTERS_ONLY``): those lose their status here (the record goes back to the status it
  had), the rest is pushed again at once, the pull runs, and the sync then reports the refusal.
- **Merge**: a record is what :func:`protocol.merge_changes` makes of every change the workspace holds
  for it (its own and the pulled ones): the last writer by hybrid logical clock wins each field, a
  delete is a tombstone. Overwritten values stay in the change log, so a record's history shows them.
- **The gate**: each pulled change passes the domain's rules (``gate``, :func:`pull_gate.check_pulled`)
  on top of the record as held here before it is applied. A change they refuse, or one that does not
  follow the protocol (``PullResponse.unreadable``), is set aside whole with the reason
  (``store.replica``): it is not applied, its clock is not observed, the rest of the page is applied and
  the cursor moves on. After the last page the set-aside changes are put to the gate again, so a change
  the rules (or a newer app) now accept applies then.
- **Lost in merges**: applying a page notes this device's writes that lost (``find_losses``): a field
  value of ours replaced by a later one from another device that had not seen it, and a record we wrote
  that another device deleted. They are kept for the person to review and bring back.

The engine holds no SQL: its reads and writes of the workspace are the repository ``store.replica``'s.
A demo workspace never syncs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final

from socieux_desktop.domain.clock import HLCStamp
from socieux_desktop.domain.model import ENTITY_TYPES, new_id
from socieux_desktop.store import replica
from socieux_desktop.store.replica import ATTENDANCE_ROWS, Replica, ReplicaSession
from socieux_desktop.store.replica import to_change as to_change
from socieux_desktop.store.workbook import DEMO, Workbook
from socieux_desktop.sync import protocol
from socieux_desktop.sync.client import HubClient, Problem, SyncError
from socieux_desktop.sync.pull_gate import UNREADABLE_CHANGE, Refusal, check_pulled

PullGate = Callable[[protocol.Change, protocol.RecordState | None], Refusal | None]
"""Why the rules refuse a pulled change on top of the record held here (None: it may be applied)."""

DEMO_REFUSAL: Final = (
    "This is a demo workspace: it never syncs with headquarters, so its made-up missions stay out of the "
    "real data. Start your own workspace (File > Start my own workspace…, or `socieux login --data-dir` on a "
    "new folder) and sign in from there.")

_ENTITY_ORDER: Final = {name: index for index, name in enumerate(ENTITY_TYPES)}
"""Parents before children (``ENTITY_TYPES`` lists actions before activities, missions before days)."""


@dataclass(frozen=True, slots=True)
class SyncReport:
    pushed: int
    pulled: int
    requests: int
    bytes_sent: int
    bytes_received: int
    set_aside: int = 0
    """Pulled changes set aside by this sync (refused by the rules, or unreadable)."""
    lost: int = 0
    """Writes of this device that lost in this sync's merges."""
    findings: int = 0
    """Day entries that, after this sync, break a rule around them the merge brought about (two days on
    one date...): applied, and shown (``ReplicaSession.review_findings``)."""
    clock_skew: float | None = None
    """Seconds this computer's clock is ahead of the hub's (``HubClient.clock_skew``; set by
    ``commands.sync_now``)."""


@dataclass(frozen=True, slots=True)
class SyncProgress:
    """How far a sync has gone, told after each batch pushed and each page pulled (both committed)."""

    sent: int
    """Changes the hub has taken from this device in this sync."""
    to_send: int
    """Changes waiting to be sent when the sync started (those written meanwhile go too)."""
    received: int
    """Changes pulled in this sync (the hub does not say how many are to come, only whether more are)."""
    receiving: bool
    """True while pulling (the hub has said it has more)."""


class SyncCancelled(Exception):
    """The sync stopped at the person's request after the last batch or page it committed: the next
    sync resumes from there (nothing sent twice, nothing pulled twice)."""


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def refuse_demo(workbook: Workbook) -> None:
    if workbook.kind == DEMO:
        raise SyncError(Problem.REFUSED, DEMO_REFUSAL, "demo_workspace")


class SyncEngine:
    """Syncs one workbook with one hub through a signed-in client."""

    def __init__(self, workbook: Workbook, client: HubClient, *,
                 pull_limit: int = protocol.DEFAULT_PULL_LIMIT,
                 batch_changes: int = protocol.MAX_BATCH_CHANGES, gate: PullGate = check_pulled,
                 progress: Callable[[SyncProgress], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> None:
        refuse_demo(workbook)
        self.workbook = workbook
        self.client = client
        self.pull_limit = pull_limit
        self.batch_changes = batch_changes
        self.gate = gate
        self.replica = Replica(workbook)
        self.progress = progress
        """Told after each committed batch and page (in the syncing thread)."""
        self.cancelled = cancelled
        """Asked after each committed batch and page; True stops the sync (``SyncCancelled``)."""
        self._sent = self._to_send = self._received = 0
        self.set_aside = 0
        """Pulled changes this engine set aside (new ones; one pulled again is not counted twice)."""
        self.lost = 0
        """Writes of this device found lost in this engine's merges."""
        self.findings = 0
        """Day entries with a finding after this engine's last pull."""
        self._pulled_entries: set[str] = set()
        """The day entries the current pull touched, judged with their surroundings at its end."""
        self.taken_back: list[str] = []
        """The ids of the changes the hub refused as headquarters' acts, taken back here (``push``)."""

    def sync(self) -> SyncReport:
        """Push the outbox, then pull; the outcome (success, or the problem) is kept for the status area."""
        before = (self.client.traffic.requests, self.client.traffic.sent, self.client.traffic.received)
        self.taken_back = []
        self._sent = self._received = 0
        self._to_send = self.workbook.pending_change_count()
        try:
            pushed = self.push()
            pulled = self.pull()
            if self.taken_back:
                raise SyncError(Problem.REFUSED, (
                    "Some changes are for headquarters only (approving or returning a deliverable or a "
                    "timesheet, or changing one headquarters approved or returned meanwhile; a mission's "
                    f"team and allocated days; another person's details): the hub refused "
                    f"{len(self.taken_back)} such change(s), and they were undone on this computer. "
                    "Everything else was synced, your text included."), protocol.HEADQUARTERS_ONLY,
                    tuple(self.taken_back))
        except SyncError as error:
            with self.replica.write() as tx:
                tx.record_problem(now_iso(), error.problem.value, error.message)
            raise
        with self.replica.write() as tx:
            tx.record_success(now_iso())
        traffic = self.client.traffic
        return SyncReport(pushed, pulled, traffic.requests - before[0], traffic.sent - before[1],
                          traffic.received - before[2], self.set_aside, self.lost, self.findings)

    # --- Push ----------------------------------------------------------------------------------------

    def outbox(self, limit: int) -> list[protocol.Change]:
        with self.replica.read() as tx:
            return tx.outbox(self.workbook.device_id, limit)

    def push(self) -> int:
        """Send the whole outbox; the number of changes the hub now has from it."""
        pushed = 0
        while True:
            changes = self.outbox(self.batch_changes)
            if not changes:
                return pushed
            batch = self._fit(changes)
            try:
                response = self.client.push(protocol.PushRequest(self.workbook.device_id, tuple(batch)))
            except SyncError as error:
                if not self._take_back(batch, error):
                    raise
                continue  # the same batch again, without what the hub refused
            with self.replica.write() as tx:
                tx.mark_pushed([(result.id, result.server_seq) for result in response.results])
                tx.remerge(tx.restamp({result.id: result.hlc for result in response.results
                                       if result.hlc is not None}))
            pushed += len(batch)
            self._sent += len(batch)
            self._step(receiving=False)

    def _step(self, *, receiving: bool) -> None:
        """Tell how far the sync is, then stop it if the person asked (what is done is committed)."""
        if self.progress is not None:
            self.progress(SyncProgress(self._sent, max(self._to_send, self._sent), self._received, receiving))
        if self.cancelled is not None and self.cancelled():
            raise SyncCancelled

    def _take_back(self, batch: Sequence[protocol.Change], error: SyncError) -> bool:
        """After the hub refused the batch for changes only headquarters may make (it names them), take
        them back here: a change of a workflow status (a deliverable's, a timesheet's) loses the status
        (an update keeps its other fields, or goes when the status was all it changed; a new record
        starts as a draft); any other (a team, an allocation, another person's details) goes. The records
        are merged again from what is left, so they go back to what the hub has. False (nothing done) for
        any other refusal, or when the named changes are not such changes of this batch."""
        if error.code != protocol.HEADQUARTERS_ONLY or not error.changes:
            return False
        by_id = {change.id: change for change in batch}
        named = set(error.changes)
        if not named <= by_id.keys() or not all(protocol.may_take_back(by_id[i]) for i in named):
            return False
        with self.replica.write() as tx:
            keys = tx.take_back({change_id: protocol.workflow_field(by_id[change_id]) for change_id in named})
            if keys is None:
                return False
            tx.remerge(keys)
        self.taken_back.extend(sorted(named))
        return True

    def _fit(self, changes: Sequence[protocol.Change]) -> Sequence[protocol.Change]:
        """The longest prefix of ``changes`` whose push stays within the protocol's byte limits."""
        count = len(changes)
        while True:
            request = protocol.PushRequest(self.workbook.device_id, tuple(changes[:count])).to_json()
            raw = protocol.dumps(request)
            if len(raw) <= protocol.MAX_BATCH_BYTES and len(protocol.gzip_json(request)) <= (
                    protocol.MAX_BODY_BYTES):
                return changes[:count]
            if count == 1:
                raise SyncError(Problem.REFUSED, (
                    f"The change {changes[0].id} of {changes[0].entity} {changes[0].entity_id} is larger "
                    "than the hub accepts; shorten the text of that record."), protocol.BODY_TOO_LARGE)
            count = max(1, count // 2)

    # --- Pull ----------------------------------------------------------------------------------------

    def pull(self) -> int:
        """Apply every page after the cursor; the number of changes that were new here."""
        applied = 0
        while True:
            with self.replica.read() as tx:
                cursor = tx.cursor()
            page = self.client.pull(cursor, self.workbook.device_id, self.pull_limit)
            applied += self.apply_page(page.changes, page.cursor, page.unreadable)
            self._received += len(page.changes)
            if page.more:
                self._step(receiving=True)
            else:
                self.reconsider_set_aside()
                self.materialise_waiting()
                self.review_findings()
                return applied

    def review_findings(self) -> int:
        """After a pull that touched day entries, or while some are found: find the entries the merge left
        breaking a rule (``ReplicaSession.review_findings``, through ``workbook.judge_pulled``), and forget
        those that no longer do. The number of entries found."""
        entries, self._pulled_entries = self._pulled_entries, set()
        if not entries:
            with self.replica.read() as tx:
                if not tx.pulled_finding_count():
                    self.findings = 0
                    return 0
        with self.replica.write() as tx:
            tx.review_findings(now_iso())
            self.findings = tx.pulled_finding_count()
        return self.findings

    def apply_page(self, changes: Iterable[protocol.Change], cursor: str,
                   unreadable: Sequence[protocol.UnreadableChange] = ()) -> int:
        """Put the changes not held yet to the gate, log those it lets through, merge the records they
        touch, append the text updates, set aside the refused and the unreadable ones, note our writes
        that lost, and move the cursor, in one transaction; then tell the text listeners. The number of
        changes applied."""
        with self.replica.write() as tx:
            for item in unreadable:
                self._keep_set_aside(tx, _unreadable_item(item))
            applied, stored = self._merge_in(tx, list(changes))
            tx.set_cursor(cursor)
        self._tell(stored)
        return len(applied)

    def reconsider_set_aside(self) -> int:
        """Put the set-aside changes to the protocol and the gate again, and apply those now accepted (the
        rules, or the app, changed since); the number applied."""
        with self.replica.read() as tx:
            if not tx.set_aside_count():
                return 0
        with self.replica.write() as tx:
            changes: list[protocol.Change] = []
            for item in tx.set_aside_changes():
                try:
                    changes.append(protocol.Change.from_json(item.change, "set-aside change", numbered=True))
                except protocol.ProtocolError:
                    continue
            if not changes:
                return 0
            applied, stored = self._merge_in(tx, changes, again=True)
            tx.take_back_set_aside(sorted(tx.held_ids([change.id for change in changes])))
        self._tell(stored)
        return len(applied)

    def _merge_in(self, tx: ReplicaSession, incoming: list[protocol.Change], *, again: bool = False,
                  ) -> tuple[list[protocol.Change], list[tuple[str, bytes]]]:
        """Gate, log and merge the changes of ``incoming`` not held yet (``apply_page``); the changes
        applied and the text updates stored. ``again``: they are set-aside ones, not counted twice."""
        held = tx.held_ids([change.id for change in incoming])
        new = [change for change in incoming if change.id not in held]
        touched = sorted({(change.entity, change.entity_id) for change in new
                          if change.entity in _ENTITY_ORDER},
                         key=lambda key: (_ENTITY_ORDER[key[0]], key[1]))
        attendance = sorted({(change.entity, change.entity_id) for change in new
                             if change.entity in ATTENDANCE_ROWS})
        history = tx.histories([*touched, *attendance])
        states = protocol.merge_changes({}, (change for changes in history.values() for change in changes))
        before = dict(states)
        applied: list[protocol.Change] = []
        for change in new:
            if change.id in held:
                continue  # the same change twice in one page
            key = (change.entity, change.entity_id)
            refusal = self.gate(change, states.get(key))
            if refusal is not None:
                if not again:
                    self._keep_set_aside(tx, _refused_item(change, refusal))
                continue
            held.add(change.id)
            applied.append(change)
            if key in history:
                history[key].append(change)
                states[key] = protocol.merge_change(states.get(key), change)
            self.workbook.clock.observe(change.stamp)
        tx.log_all(applied)  # the gate reads records, not the log: the page's changes go in at once
        tx.materialise(touched, history)
        self._pulled_entries.update(entity_id for entity, entity_id in touched if entity == "day_entry")
        tx.store_attendance(attendance)
        stored = tx.store_texts([change for change in applied if change.entity == protocol.TEXT_UPDATE])
        losses = [loss for key in touched for loss in find_losses(
            before.get(key), states.get(key), history[key], self.workbook.device_id, now_iso())]
        tx.record_losses(losses)
        self.lost += len(losses)
        return applied, stored

    def _keep_set_aside(self, tx: ReplicaSession, item: replica.SetAside) -> None:
        if tx.set_aside(item):
            self.set_aside += 1

    def _tell(self, stored: list[tuple[str, bytes]]) -> None:
        """Hand the text updates just committed to the listeners (open documents, through the UI)."""
        for deliverable_id, data in stored:
            for listener in list(self.workbook.text_listeners):
                listener(deliverable_id, data)

    def materialise_waiting(self) -> None:
        """Make the rows of records whose changes are held but that have no row yet, now that what they
        refer to may have arrived (a record waits when a record it refers to is not here yet)."""
        with self.replica.write() as tx:
            stored = tx.materialise_waiting(self.workbook.device_id)
            self._pulled_entries.update(tx.made_waiting)
        self._tell(stored)


def _refused_item(change: protocol.Change, refusal: Refusal) -> replica.SetAside:
    return replica.SetAside(change.id, change.entity, change.entity_id, change.server_seq, change.device_id,
                            change.to_json(), True, refusal.code, dict(refusal.params), refusal.english,
                            now_iso())


def _unreadable_item(item: protocol.UnreadableChange) -> replica.SetAside:
    """A change the protocol cannot read, kept under its id (or its number, or a made-up id)."""
    key = item.id or (f"seq:{item.server_seq}" if item.server_seq is not None else new_id())
    return replica.SetAside(key, item.entity, item.entity_id, item.server_seq, item.device_id, item.raw,
                            False, UNREADABLE_CHANGE, {"detail": item.problem}, item.problem, now_iso())


def find_losses(before: protocol.RecordState | None, after: protocol.RecordState | None,
                history: Sequence[protocol.Change], device_id: str, now: str) -> list[replica.Loss]:
    """This device's writes of one record that lost between ``before`` and ``after`` (the record merged
    before and after a pull; ``history``: every change held for it, the pulled ones included):

    - a field whose value was ours and is now another device's, whose write did not know ours (its
      ``previous`` value is not ours): our value was overwritten without being seen;
    - a record that was live, that we wrote, and that another device's change deleted.
    """
    if before is None or after is None or not before.complete:
        return []
    by_stamp = {change.hlc: change for change in history}
    losses: list[replica.Loss] = []
    deleted_by = by_stamp.get(after.clocks.get(protocol.DELETED, ""))
    if not before.deleted and after.deleted and deleted_by is not None and deleted_by.device_id != device_id:
        ours = [change for change in history if change.device_id == device_id and change.op != "delete"]
        if ours:
            latest = max(ours, key=lambda change: change.hlc)
            losses.append(replica.Loss(
                new_id(), after.entity, after.id, replica.DELETED, None, None, None, latest.id, deleted_by.id,
                deleted_by.device_id, deleted_by.created_at, now))
    for name, stamp in after.clocks.items():
        held = before.clocks.get(name)
        if name == protocol.DELETED or held is None or held == stamp:
            continue
        mine_change, theirs_change = by_stamp.get(held), by_stamp.get(stamp)
        if (mine_change is None or theirs_change is None or HLCStamp.decode(held).device_id != device_id
                or theirs_change.device_id == device_id):
            continue
        mine, theirs = before.values[name], after.values[name]
        previous = theirs_change.previous or {}
        if mine == theirs or (name in previous and previous[name] == mine):
            continue
        losses.append(replica.Loss(new_id(), after.entity, after.id, replica.OVERWRITTEN, name, mine, theirs,
                                   mine_change.id, theirs_change.id, theirs_change.device_id,
                                   theirs_change.created_at, now))
    return losses
