"""The gate on pull, against the real hub over HTTP (SQLite and PostgreSQL): a hostile teammate's changes,
written into the hub's change log behind its own checks, are set aside by the laptop that pulls them,
told, and never stop the changes after them."""

from __future__ import annotations

import base64
import dataclasses
from datetime import UTC, date, datetime, timedelta
from typing import Any

from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.domain.clock import HLCStamp, HybridLogicalClock
from socieux_desktop.domain.deliverables import Deliverable, DeliverableKind
from socieux_desktop.domain.errors import Code
from socieux_desktop.domain.model import Counterpart, DayEntry, DayKind, Mission, new_id
from socieux_desktop.store import sync_state
from socieux_desktop.store.sync_review import SyncReview
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.sync import protocol
from socieux_desktop.sync.client import HubClient
from socieux_desktop.sync.commands import sign_in, sync_now
from socieux_desktop.sync.credentials import TokenStore
from socieux_desktop.sync.engine import SyncEngine
from socieux_desktop.sync.pull_gate import UNREADABLE_CHANGE, check_pulled
from socieux_hub.ledger import now_iso as hub_now
from socieux_hub.models import SERVER_SEQ, ChangeLogRow, SequenceRow
from tests.hub.conftest import db_url
from tests.sync.conftest import PASSWORD, Hub, World

__all__ = ["db_url"]  # the hub's fixture: SQLite and PostgreSQL (tests/sync/conftest.py has SQLite only)

DAYS_AHEAD = 10


class HostileDevice:
    """A teammate's laptop that writes straight into the hub's change log, past every check the hub
    makes on a push (as a hub without a gate, or a broken one, would let through)."""

    def __init__(self, hub: Hub, skew_days: int = 0) -> None:
        self.hub = hub
        self.device_id = new_id()
        self.seq = 0
        ahead = int(timedelta(days=skew_days).total_seconds() * 1000)
        self.clock = HybridLogicalClock(self.device_id, now_ms=lambda: _wall_ms() + ahead)

    def write(self, mission_id: str, entity: str, entity_id: str, fields: dict[str, Any], *,
              op: str = "update", **overrides: Any) -> str:
        """Log one change in the hub's change log under the mission; its id."""
        self.seq += 1
        change_id = new_id()
        with self.hub.db.log() as session:
            counter = session.get(SequenceRow, SERVER_SEQ)
            assert counter is not None
            counter.value += 1
            values: dict[str, Any] = {
                "server_seq": counter.value, "id": change_id, "device_id": self.device_id, "seq": self.seq,
                "hlc": self.clock.now().encode(), "entity": entity, "entity_id": entity_id, "op": op,
                "fields": fields, "previous": None, "created_at": hub_now(), "received_at": hub_now(),
                "scope": f"mission:{mission_id}", "user_id": None}
            values.update(overrides)
            session.add(ChangeLogRow(**values))
        return change_id


def _wall_ms() -> int:
    return int(datetime.now(UTC).timestamp() * 1000)


def signed_in(workbook: Workbook, tokens: TokenStore, hub: Hub, user: str) -> Workbook:
    sign_in(workbook, tokens, hub.url, user, PASSWORD)
    return workbook


def mission_by_code(workbook: Workbook, code: str) -> Mission:
    return next(mission for mission in workbook.all(Mission) if mission.code == code)


def cursor_of(workbook: Workbook) -> str:
    from sqlalchemy.orm import Session

    with Session(workbook.engine) as session:
        return sync_state.cursor(session)


def test_a_refused_change_is_set_aside_told_and_the_changes_after_it_apply(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    first = signed_in(laptops["first"], tokens, hub, "marie")
    second = signed_in(laptops["second"], tokens, hub, "marie")
    sync_now(first, tokens)
    mission = mission_by_code(first, "CI-M1")
    activity = first.mission_details(mission.id).activities[0]
    entry = DayEntry(new_id(), mission.id, world.marie.expert_id, activity.id, date(2026, 3, 2),
                     DayKind.ON_SITE_WORK, 2, "Abidjan", "Visit of the social centre of Treichville")
    first.log_day(entry)
    sync_now(first, tokens)
    sync_now(second, tokens)
    assert second.get(DayEntry, entry.id) == entry

    hostile = HostileDevice(hub, skew_days=DAYS_AHEAD)
    refused = hostile.write(mission.id, "day_entry", entry.id, {"half_days": 7})
    unreadable = hostile.write(mission.id, "day_entry", entry.id, {"half_days": "seven", "colour": "red"})
    first.log_day(dataclasses.replace(entry, place="Bouaké"))
    counterpart = Counterpart(new_id(), mission.id, "Awa Koné", "Direction de l'Action Sociale")
    first.save(counterpart)
    sync_now(first, tokens)
    cursor_before = cursor_of(second)

    report = sync_now(second, tokens)

    assert report.set_aside == 2
    assert second.get(DayEntry, entry.id) == dataclasses.replace(entry, place="Bouaké")  # nothing half way
    assert second.get(Counterpart, counterpart.id) == counterpart
    assert cursor_of(second) != cursor_before
    items = {item.id: item for item in SyncReview(second).set_aside()}
    assert set(items) == {refused, unreadable}
    assert (items[refused].reason_code, items[refused].readable) == (Code.INVALID_DAYS.value, True)
    assert (items[refused].entity, items[refused].entity_id) == ("day_entry", entry.id)
    assert items[unreadable].reason_code == UNREADABLE_CHANGE and not items[unreadable].readable
    assert "half_days" in items[unreadable].reason_params["detail"]
    assert SyncReview(second).counts().set_aside == 2
    # The hostile clock, ten days ahead, did not pull this laptop's clock along.
    assert second.clock.now() < HLCStamp.decode(items[refused].change["hlc"])
    assert all(item.fields.get("half_days") != 7 for item in second.history(DayEntry, entry.id))

    again = sync_now(second, tokens)  # the cursor moved: nothing is pulled or set aside twice
    assert (again.pulled, again.set_aside) == (0, 0)
    assert SyncReview(second).counts().set_aside == 2

    first.log_day(dataclasses.replace(entry, place="Bouaké", half_days=1))  # a later good change applies
    sync_now(first, tokens)
    sync_now(second, tokens)
    assert second.get(DayEntry, entry.id) == dataclasses.replace(entry, place="Bouaké", half_days=1)


def test_a_set_aside_change_applies_once_the_rules_accept_it(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    laptop = signed_in(laptops["first"], tokens, hub, "marie")
    sync_now(laptop, tokens)
    mission = mission_by_code(laptop, "CI-M1")
    hostile = HostileDevice(hub)
    refused = hostile.write(mission.id, "mission", mission.id, {"end_date": "2026-02-01"})
    sync_now(laptop, tokens)
    [item] = SyncReview(laptop).set_aside()
    assert (item.id, item.reason_code) == (refused, Code.END_BEFORE_START.value)
    assert mission_by_code(laptop, "CI-M1").end_date == date(2026, 3, 13)

    def rules_with_earlier_ends(change: protocol.Change, before: protocol.RecordState | None,
                                ) -> Any:
        """Rules of a later version, in which a mission may end before it starts (made up for the test)."""
        refusal = check_pulled(change, before)
        return None if refusal is not None and refusal.code == Code.END_BEFORE_START.value else refusal

    client = HubClient(hub.url, tokens.load(hub.url, "marie"))
    try:
        engine = SyncEngine(laptop, client, gate=rules_with_earlier_ends)
        assert engine.reconsider_set_aside() == 1
    finally:
        client.close()
    assert SyncReview(laptop).set_aside() == []
    assert mission_by_code(laptop, "CI-M1").end_date == date(2026, 2, 1)
    assert any(item.fields.get("end_date") == "2026-02-01" for item in laptop.history(Mission, mission.id))


def test_a_change_that_cannot_be_read_does_not_stop_its_page(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    laptop = signed_in(laptops["first"], tokens, hub, "marie")
    sync_now(laptop, tokens)
    mission = mission_by_code(laptop, "CI-M1")
    hostile = HostileDevice(hub)
    broken = hostile.write(mission.id, "day_entry", "not-a-uuid", {"deleted": True}, op="delete")
    nul = Counterpart(new_id(), mission.id, "Awa\x00Koné")  # the JSON of the whole page has it
    with_nul = hostile.write(mission.id, "counterpart", nul.id, {**_record(nul), "deleted": False},
                             op="insert")
    good = Counterpart(new_id(), mission.id, "Kouassi N'Guessan")
    hostile.write(mission.id, "counterpart", good.id, {**_record(good), "deleted": False}, op="insert")
    report = sync_now(laptop, tokens)
    assert report.set_aside == 2
    assert laptop.get(Counterpart, good.id) == good
    assert laptop.get(Counterpart, nul.id) is None
    items = {item.id: item for item in SyncReview(laptop).set_aside()}
    assert (items[broken].entity_id, items[broken].readable) == (None, False)
    assert "entity_id" in items[broken].reason
    assert (items[with_nul].entity_id, items[with_nul].readable) == (nul.id, False)
    assert "NUL" in items[with_nul].reason


def _record(entity: object) -> dict[str, Any]:
    from socieux_desktop.domain.records import to_record

    return dict(to_record(entity))


def test_a_text_update_the_crdt_library_cannot_read_is_set_aside_and_the_document_still_opens(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    first = signed_in(laptops["first"], tokens, hub, "marie")
    second = signed_in(laptops["second"], tokens, hub, "marie")
    sync_now(first, tokens)
    mission = mission_by_code(first, "CI-M1")
    deliverable = Deliverable(new_id(), mission.id, DeliverableKind.DIAGNOSTIC, "Diagnostic")
    DeliverableStore(first).create(deliverable)
    sync_now(first, tokens)
    sync_now(second, tokens)
    garbage = base64.b64encode(b"\x01\x01\x01\x01 not an update").decode("ascii")
    update_id = new_id()
    broken = HostileDevice(hub).write(mission.id, protocol.TEXT_UPDATE, update_id, {
        "id": update_id, "deliverable_id": deliverable.id, "mission_id": mission.id, "data": garbage,
        "deleted": False}, op="insert")
    document = DeliverableStore(first).open(deliverable.id)
    section = document.sections()[0]
    document.insert_body(section.id, 0, "Written after the broken update")
    sync_now(first, tokens)

    report = sync_now(second, tokens)

    assert report.set_aside == 1
    [item] = SyncReview(second).set_aside()
    assert (item.id, item.reason_code) == (broken, UNREADABLE_CHANGE)
    opened = DeliverableStore(second).load(deliverable.id)  # raised ValueError before the gate checked it
    assert opened.section(section.id).body == "Written after the broken update"
