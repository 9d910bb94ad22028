"""Push applies each change exactly once; pull pages through what a user may see after a cursor."""

from __future__ import annotations

import gzip
import logging
import socket
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from socieux_desktop.domain.model import (
    Counterpart,
    DayEntry,
    DayKind,
    Expert,
    Mission,
    TeamMember,
    TeamRole,
    new_id,
)
from socieux_desktop.domain.records import to_record
from socieux_desktop.store.models import ChangeRow
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.sync import protocol
from socieux_hub.models import RecordRow
from tests.conftest import fill, make_sample
from tests.hub.conftest import Client, Hub, World, day_entry


def counterparts(client: Client, world: World, count: int) -> list[dict[str, Any]]:
    return [client.device.insert(Counterpart(new_id(), world.mission_ci1, f"Counterpart {n}", "DAS"))
            for n in range(count)]


def test_a_push_numbers_each_change_and_a_replay_answers_the_same_numbers(hub: Hub, world: World) -> None:
    batch = counterparts(world.marie, world, 5)
    before = hub.change_count()
    first = world.marie.push_ok(batch)
    assert len(set(first)) == 5 and first == sorted(first)
    assert hub.change_count() == before + 5
    assert world.marie.push_ok(batch) == first  # the answer got lost, the app sends the batch again
    assert hub.change_count() == before + 5
    more = counterparts(world.marie, world, 2)
    mixed = world.marie.push_ok(batch[3:] + more)
    assert mixed[:2] == first[3:]
    assert min(mixed[2:]) > max(first)
    pulled, _, _ = world.coordinator.pull_all()
    ids = [change.id for change in pulled]
    assert len(ids) == len(set(ids))
    assert {change["id"] for change in batch + more} <= set(ids)


def test_a_reused_change_id_or_device_number_is_a_conflict(hub: Hub, world: World) -> None:
    [original] = counterparts(world.marie, world, 1)
    world.marie.push_ok([original])
    count = hub.change_count()
    altered = {**original, "fields": {**original["fields"], "name": "Someone else"}}
    response = world.marie.push([altered])
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "change_conflict"
    same_number = {**counterparts(world.marie, world, 1)[0], "seq": original["seq"]}
    response = world.marie.push([same_number])
    assert response.status_code == 409
    assert "two copies of one workspace" in response.json()["error"]["message"]
    assert hub.change_count() == count


def test_pull_pages_through_the_changes_after_a_cursor(hub: Hub, world: World) -> None:
    everything, cursor, _ = world.coordinator.pull_all()
    numbers = [change.server_seq for change in everything]
    assert numbers == sorted(numbers) and len(numbers) == hub.change_count()
    pushed = world.marie.push_ok(counterparts(world.marie, world, 25))
    pages = []
    while True:
        page = world.coordinator.pull_page(cursor, limit=10)
        pages.append([change.server_seq for change in page.changes])
        cursor = page.cursor
        if not page.more:
            break
    assert [len(page) for page in pages] == [10, 10, 5]
    assert [seq for page in pages for seq in page] == pushed
    assert cursor == str(pushed[-1])


def test_a_sync_with_nothing_to_do_is_one_small_request(hub: Hub, world: World) -> None:
    _, cursor, _ = world.marie.pull_all()
    response = world.marie.pull(cursor)
    assert response.status_code == 200
    assert response.json() == {"protocol": protocol.PROTOCOL_VERSION, "changes": [], "cursor": cursor,
                               "more": False}
    assert len(response.content) < 100


def test_pulled_pages_are_compressed(hub: Hub, world: World) -> None:
    world.marie.push_ok(counterparts(world.marie, world, 50))
    response = world.coordinator.pull("0")
    assert response.headers["Content-Encoding"] == "gzip"
    assert int(response.headers["Content-Length"]) * 4 < len(response.content)


def test_a_device_can_leave_out_its_own_changes(hub: Hub, world: World) -> None:
    _, cursor, _ = world.marie.pull_all()
    mine = world.marie.push_ok(counterparts(world.marie, world, 2))
    theirs = world.jurate.push_ok(counterparts(world.jurate, world, 1))
    page = world.marie.pull_page(cursor, device=world.marie.device.device_id)
    assert [change.server_seq for change in page.changes] == theirs
    assert page.cursor == str(max(mine + theirs))


def test_the_hub_merges_field_by_field_and_later_writes_win(hub: Hub, world: World) -> None:
    entry = day_entry(world.marie, world.mission_ci1, world.activity_ci, date(2026, 3, 2))
    marie, coordinator = world.marie, world.coordinator
    marie.push_ok([marie.device.insert(entry)])
    coordinator.device.wall_ms = marie.device.wall_ms + 10  # headquarters edits a moment later
    coordinator.push_ok([coordinator.device.update("day_entry", entry.id, description="Checked at HQ")])
    marie.push_ok([marie.device.update("day_entry", entry.id, description="Late, offline edit",
                                       place="Bouaké")])  # stamped earlier than headquarters' edit
    with hub.db.read() as session:
        record = session.get(RecordRow, ("day_entry", entry.id))
        assert record is not None
        assert record.data["description"] == "Checked at HQ"
        assert record.data["place"] == "Bouaké"
        assert record.clocks["description"].endswith(coordinator.device.device_id)
    marie.push_ok([marie.device.delete("day_entry", entry.id)])
    with hub.db.read() as session:
        record = session.get(RecordRow, ("day_entry", entry.id))
        assert record is not None and record.deleted


def test_a_change_to_a_record_the_hub_never_had_is_refused(hub: Hub, world: World) -> None:
    response = world.marie.push([world.marie.device.update("counterpart", new_id(), name="Ghost")])
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "unknown_record"


def test_a_record_cannot_move_to_another_mission(hub: Hub, world: World) -> None:
    hub.admin.assign("CI-M2", "marie")
    entry = day_entry(world.marie, world.mission_ci1, world.activity_ci, date(2026, 3, 3))
    world.marie.push_ok([world.marie.device.insert(entry)])
    count = hub.change_count()
    response = world.marie.push(
        [world.marie.device.update("day_entry", entry.id, mission_id=world.mission_ci2)])
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "scope_moved"
    assert "delete it and create it again" in response.json()["error"]["message"]
    assert hub.change_count() == count


def test_what_headquarters_creates_reaches_the_expert_at_the_next_sync(hub: Hub, world: World) -> None:
    _, cursor, _ = world.marie.pull_all()
    mission_id = hub.admin.add_mission("CI-2026-01", "CI-M3", "Dissemination", "2026-06-01", "2026-06-05")
    hub.admin.assign("CI-M3", "marie", "lead_expert", [("A1", "2.5")])
    changes, _, _ = world.marie.pull_all(cursor)
    by_entity = {(change.entity, change.op) for change in changes}
    assert by_entity == {("mission", "insert"), ("team_member", "insert"), ("allocation", "insert")}
    hub_device = {change.device_id for change in changes}
    assert len(hub_device) == 1 and world.marie.device.device_id not in hub_device
    allocation = next(change for change in changes if change.entity == "allocation")
    assert allocation.fields["half_days"] == 5 and allocation.fields["mission_id"] == mission_id
    stamps = [change.hlc for change in changes]
    assert stamps == sorted(stamps)
    devices_seqs = [change.seq for change in changes]
    assert devices_seqs == sorted(devices_seqs)


def test_the_hub_clock_runs_after_the_latest_stamp_it_has_seen(hub: Hub, world: World) -> None:
    marie = world.marie
    marie.device.wall_ms += 10 * 24 * 3600 * 1000  # a laptop whose clock is ten days ahead
    skewed = marie.push_ok([marie.device.update("mission", world.mission_ci1, title="From the future")])
    assert skewed
    hub.admin.assign("CI-M1", "jurate", "lead_expert")
    changes, _, _ = world.coordinator.pull_all()
    stamps = {change.entity: change.hlc for change in changes}  # the last stamp of each entity
    assert stamps["team_member"] > stamps["mission"]


def _outbox(workbook: Workbook) -> list[dict[str, Any]]:
    with Session(workbook.engine) as session:
        rows = session.scalars(select(ChangeRow).where(ChangeRow.server_seq.is_(None))
                               .order_by(ChangeRow.seq)).all()
        return [{"id": r.id, "device_id": r.device_id, "seq": r.seq, "hlc": r.hlc, "entity": r.entity,
                 "entity_id": r.entity_id, "op": r.op, "fields": r.fields, "previous": r.previous,
                 "created_at": r.created_at} for r in rows]


def test_a_real_workspace_outbox_goes_up_and_comes_back_to_another_user(hub: Hub, tmp_path: Path) -> None:
    """An expert creates a whole mission offline in the app; it reaches a coordinator's pull intact."""
    marie = hub.expert("marie", "Marie Lefèvre")
    coordinator = hub.coordinator()
    sample = make_sample()
    workbook = Workbook.open(tmp_path / "laptop")
    try:
        profile = Expert(marie.expert_id, "Marie Lefèvre", "marie@example.fr", "CNAF", "FR")
        sample = type(sample)(**{**sample.__dict__, "marie": profile})
        fill(workbook, sample)
        for offset in range(3):
            workbook.log_day(DayEntry(new_id(), sample.mission.id, profile.id, sample.diagnostic.id,
                                      sample.mission.start_date + timedelta(days=offset),
                                      DayKind.ON_SITE_WORK, 2, "Abidjan", "Interviews in social centres"))
        outbox = _outbox(workbook)
        body = {"protocol": 1, "device_id": workbook.device_id, "changes": outbox}
        response = marie.push_raw(protocol.gzip_json(body))
        assert response.status_code == 200, response.text
        assert len(response.json()["results"]) == len(outbox)
        pulled, _, _ = coordinator.pull_all()
        states = protocol.merge_changes({}, pulled)
        for cls, entity in [(Mission, "mission"), (TeamMember, "team_member"), (DayEntry, "day_entry")]:
            for item in workbook.all(cls):
                state = states[(entity, item.id)]
                assert {k: v for k, v in state.values.items() if k != "deleted"} == to_record(item)
        marie_sees, _, _ = marie.pull_all()
        assert {change.entity_id for change in marie_sees} >= {sample.mission.id, sample.jurate.id}
        roles = {states[("team_member", t.id)].values["role"] for t in workbook.all(TeamMember)}
        assert roles == {TeamRole.LEAD_EXPERT.value, TeamRole.EXPERT.value}
    finally:
        workbook.close()



def test_a_push_cut_off_mid_body_applies_nothing_and_logs_no_failure(
        hub: Hub, world: World, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.ERROR, logger="socieux_hub")
    before = hub.change_count()
    host, port = hub.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port))) as sock:
        head = (f"POST /v1/changes HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {world.marie.token}\r\n"
                "Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n")
        sock.sendall(head.encode() + b'{"protocol": 1')
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline and not caplog.records:
        time.sleep(0.05)
    assert world.marie.pull().status_code == 200  # the hub goes on serving
    assert [record.getMessage() for record in caplog.records] == []
    assert hub.change_count() == before


def _bad_pushes(client: Client, world: World) -> dict[str, tuple[bytes, str | None, int, str]]:
    """Bodies the hub must refuse: (body, Content-Encoding, status, error code)."""
    good = client.device.batch(counterparts(client, world, 2))
    whole = protocol.gzip_json(good)
    too_many = client.device.batch(counterparts(client, world, protocol.MAX_BATCH_CHANGES + 1))
    bomb = gzip.compress(b'{"protocol": 1, "device_id": "d", "changes": [' + b" " * (5 * 1024 * 1024) + b"]}")
    return {
        "truncated gzip": (whole[:len(whole) // 2], "gzip", 400, "malformed_json"),
        "not gzip at all": (b"plain text", "gzip", 400, "malformed_json"),
        "truncated JSON": (gzip.compress(protocol.dumps(good)[:-7]), "gzip", 400, "malformed_json"),
        "unknown protocol version": (protocol.gzip_json({**good, "protocol": 3}), "gzip", 400,
                                     "unsupported_protocol"),
        "oversized batch": (protocol.gzip_json(too_many), "gzip", 413, "batch_too_large"),
        "gzip bomb": (bomb, "gzip", 413, "body_too_large"),
        "unknown encoding": (whole, "br", 415, "unsupported_encoding"),
    }


@pytest.mark.parametrize("case", ["truncated gzip", "not gzip at all", "truncated JSON",
                                  "unknown protocol version", "oversized batch", "gzip bomb",
                                  "unknown encoding"])
def test_a_bad_push_is_refused_with_a_clear_message_and_nothing_applied(
        hub: Hub, world: World, case: str) -> None:
    body, encoding, status, code = _bad_pushes(world.marie, world)[case]
    before = hub.change_count()
    response = world.marie.push_raw(body, encoding)
    assert (response.status_code, response.json()["error"]["code"]) == (status, code), response.text
    assert len(response.json()["error"]["message"]) > 20
    assert hub.change_count() == before
