"""The sync protocol: strict parsing of every message, limits, cursors, and the field-level merge."""

from __future__ import annotations

import gzip
import json
import time
import zlib
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from socieux_desktop.domain.clock import HLCStamp
from socieux_desktop.domain.model import new_id
from socieux_desktop.store.models import ChangeRow
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.sync import protocol
from socieux_desktop.sync.protocol import (
    Change,
    Cursor,
    ErrorBody,
    Identity,
    LoginRequest,
    ProtocolError,
    PullResponse,
    PushRequest,
    PushResponse,
    PushResult,
    RecordState,
    merge_change,
    merge_changes,
)
from tests.conftest import Sample

DEVICE = "2f1c7a1e-8a5e-4a43-9d0e-0a4b1f2c3d4e"


def stamp(wall: int, counter: int = 0, device: str = DEVICE) -> str:
    return HLCStamp(wall, counter, device).encode()


def counterpart_insert(**overrides: Any) -> dict[str, Any]:
    record_id = overrides.pop("entity_id", new_id())
    change: dict[str, Any] = {
        "id": new_id(), "device_id": DEVICE, "seq": 1, "hlc": stamp(1_760_000_000_000),
        "entity": "counterpart", "entity_id": record_id, "op": "insert",
        "fields": {"id": record_id, "mission_id": new_id(), "name": "Awa Koné", "institution": "DAS",
                   "role": "Director", "sex": "female", "email": "", "deleted": False},
        "previous": None, "created_at": "2026-03-02T09:00:00.000+00:00",
    }
    change.update(overrides)
    return change


def workbook_changes(workbook: Workbook) -> list[dict[str, Any]]:
    """The change log of a real workspace, in the wire shape (what the app's engine will push)."""
    with Session(workbook.engine) as session:
        rows = session.scalars(select(ChangeRow).order_by(ChangeRow.seq)).all()
        return [{"id": r.id, "device_id": r.device_id, "seq": r.seq, "hlc": r.hlc, "entity": r.entity,
                 "entity_id": r.entity_id, "op": r.op, "fields": r.fields, "previous": r.previous,
                 "created_at": r.created_at} for r in rows]


# --- Changes -----------------------------------------------------------------------------------------------


def test_every_change_a_real_workspace_writes_parses_and_round_trips(workbook: Workbook,
                                                                      sample: Sample) -> None:
    workbook.delete(type(sample.kouassi), sample.kouassi.id)
    raw = workbook_changes(workbook)
    assert {item["op"] for item in raw} >= {"insert", "delete"}
    request = PushRequest.from_json({"protocol": 1, "device_id": workbook.device_id, "changes": raw})
    assert len(request.changes) == len(raw)
    assert PushRequest.from_json(json.loads(protocol.dumps(request.to_json()))) == request


def _refusal(obj: Any) -> ProtocolError:
    with pytest.raises(ProtocolError) as caught:
        Change.from_json(obj, "change 1")
    return caught.value


@pytest.mark.parametrize(("change", "fragment"), [
    (counterpart_insert(id="not-a-uuid"), "'id' must be a UUID"),
    (counterpart_insert(hlc="yesterday"), "not a clock stamp"),
    (counterpart_insert(hlc=stamp(1, 0, "another-device")), "not made by the change's device"),
    (counterpart_insert(hlc="000000000000001-00000_-" + DEVICE), "not a clock stamp"),
    (counterpart_insert(entity="budget"), "unknown entity 'budget'"),
    (counterpart_insert(op="upsert"), "unknown op 'upsert'"),
    (counterpart_insert(seq=0), "'seq' must be a whole number from 1"),
    (counterpart_insert(seq=True), "'seq' must be a whole number from 1"),
    (counterpart_insert(created_at="noon"), "'created_at' must be an ISO date"),
    (counterpart_insert(previous=["x"]), "'previous' must be null or an object"),
    (counterpart_insert(fields={}), "'fields' must be a non-empty object"),
    (counterpart_insert(server_seq=4), "unknown field 'server_seq'"),
    (counterpart_insert(colour="red"), "unknown field 'colour'"),
])
def test_a_malformed_change_is_refused_with_what_is_wrong(change: dict[str, Any], fragment: str) -> None:
    error = _refusal(change)
    assert fragment in error.message
    assert error.message.startswith("change 1") or error.code == protocol.INVALID_REQUEST


@pytest.mark.parametrize(("fields", "fragment"), [
    ({"name": 5}, "'name' of counterpart must be text"),
    ({"sex": "robot"}, "'sex' of counterpart must be one of female, male, unspecified"),
    ({"shoe_size": "42"}, "counterpart has no field 'shoe_size'"),
    ({"deleted": "yes"}, "'deleted' of counterpart must be true or false"),
    ({"id": "9b2e0c4e-1111-4a43-9d0e-0a4b1f2c3d4e"}, "'id' differs from 'entity_id'"),
])
def test_field_values_are_checked_against_the_entity(fields: dict[str, Any], fragment: str) -> None:
    error = _refusal(counterpart_insert(op="update", fields=fields))
    assert error.code == protocol.INVALID_CHANGE
    assert fragment in error.message


def test_field_kinds_follow_the_domain_model() -> None:
    def update(entity: str, fields: dict[str, Any]) -> dict[str, Any]:
        return counterpart_insert(entity=entity, op="update", fields=fields)

    assert "whole number" in _refusal(update("day_entry", {"half_days": "2"})).message
    assert "whole number" in _refusal(update("day_entry", {"half_days": True})).message
    assert "out of range" in _refusal(update("allocation", {"half_days": 2**40})).message
    assert "YYYY-MM-DD" in _refusal(update("day_entry", {"day": "2026-02-30"})).message
    assert "YYYY-MM-DD" in _refusal(update("mission", {"start_date": "2026-3-2"})).message
    assert "has an item that must be one of" in _refusal(update("mission", {"themes": ["astrology"]})).message
    assert "must be a list" in _refusal(update("day_entry", {"counterpart_ids": "a,b"})).message
    Change.from_json(update("mission", {"themes": ["pensions"], "start_date": "2026-03-02"}))
    Change.from_json(update("day_entry", {"half_days": 1, "counterpart_ids": [new_id()]}))


def test_an_insert_carries_every_field_and_a_delete_only_the_tombstone() -> None:
    partial = counterpart_insert()
    del partial["fields"]["email"]
    assert "'email' is missing" in _refusal(partial).message
    deleted_insert = counterpart_insert()
    deleted_insert["fields"]["deleted"] = True
    assert "'deleted': false" in _refusal(deleted_insert).message
    delete_with_more = counterpart_insert(op="delete", fields={"deleted": True, "name": "x"})
    assert "exactly" in _refusal(delete_with_more).message
    Change.from_json(counterpart_insert(op="delete", fields={"deleted": True}))
    Change.from_json(counterpart_insert(op="update", fields={"deleted": False}))


def test_a_pulled_change_needs_its_server_number() -> None:
    with pytest.raises(ProtocolError, match="lacks the field 'server_seq'"):
        Change.from_json(counterpart_insert(), numbered=True)
    change = Change.from_json(counterpart_insert(server_seq=12), numbered=True)
    assert change.server_seq == 12
    assert change.to_json()["server_seq"] == 12


# --- Push and other messages -------------------------------------------------------------------------------


def push_body(changes: list[dict[str, Any]], **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"protocol": 1, "device_id": DEVICE, "changes": changes}
    body.update(overrides)
    return body


@pytest.mark.parametrize("version", [0, 3, "1", 1.0, True, None])
def test_an_unknown_protocol_version_is_refused_before_anything_else(version: Any) -> None:
    body = {"protocol": version, "something": "of a later version"}
    with pytest.raises(ProtocolError) as caught:
        PushRequest.from_json(body)
    if version is None:
        assert caught.value.code == protocol.INVALID_REQUEST
    else:
        assert caught.value.code == protocol.UNSUPPORTED_PROTOCOL
        assert "speaks version 1, 2" in caught.value.message


def test_a_batch_over_the_limit_is_refused_as_too_large() -> None:
    change = counterpart_insert()
    with pytest.raises(ProtocolError) as caught:
        PushRequest.from_json(push_body([change] * (protocol.MAX_BATCH_CHANGES + 1)))
    assert caught.value.code == protocol.BATCH_TOO_LARGE
    assert str(protocol.MAX_BATCH_CHANGES) in caught.value.message


def test_a_batch_holds_only_the_pushing_devices_changes_each_once() -> None:
    change = counterpart_insert()
    with pytest.raises(ProtocolError, match="appears twice"):
        PushRequest.from_json(push_body([change, change]))
    with pytest.raises(ProtocolError, match="a device pushes only its own changes"):
        PushRequest.from_json(push_body([change], device_id="other-device"))
    with pytest.raises(ProtocolError, match="'changes' must be a list"):
        PushRequest.from_json(push_body({"0": change}))  # type: ignore[arg-type]
    with pytest.raises(ProtocolError, match="must be a JSON object"):
        PushRequest.from_json([change])
    assert PushRequest.from_json(push_body([])).changes == ()


def test_responses_and_small_messages_round_trip() -> None:
    pulled = Change.from_json(counterpart_insert(server_seq=3), numbered=True)
    page = PullResponse((pulled,), "3.5", more=True)
    assert PullResponse.from_json(json.loads(protocol.dumps(page.to_json()))) == page
    pushed = PushResponse((PushResult(pulled.id, 3),))
    assert PushResponse.from_json(pushed.to_json()) == pushed
    me = Identity("marie", "expert", new_id(), token="abc")
    assert Identity.from_json(me.to_json()) == me
    assert Identity.from_json(Identity("anna", "coordinator", None).to_json()).expert_id is None
    assert ErrorBody.from_json(ErrorBody("forbidden", "No.").to_json()) == ErrorBody("forbidden", "No.")
    assert "changes" not in ErrorBody("forbidden", "No.").to_json()["error"]
    named = ErrorBody("headquarters_only", "No.", (pulled.id,))
    assert ErrorBody.from_json(json.loads(protocol.dumps(named.to_json()))) == named
    with pytest.raises(ProtocolError, match="'changes' must be a list of change ids"):
        ErrorBody.from_json({"error": {"code": "x", "message": "y", "changes": ["not an id"]}})
    assert LoginRequest.from_json({"username": "marie", "password": "pw"}) == LoginRequest("marie", "pw")
    with pytest.raises(ProtocolError, match="'password' must be non-empty text"):
        LoginRequest.from_json({"username": "marie", "password": ""})
    with pytest.raises(ProtocolError, match="unknown role"):
        Identity.from_json({**me.to_json(), "role": "admin"})
    with pytest.raises(ProtocolError) as caught:
        PullResponse.from_json({**page.to_json(), "cursor": "x"})
    assert caught.value.code == protocol.INVALID_CURSOR


# --- JSON and gzip -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [b"{", b'{"protocol": 1', b"", b"\xff\xfe", b'{"a": NaN}',
                                  b'{"a": Infinity}', b'{"a": 1, "a": 2}', b"[1,]"])
def test_malformed_or_truncated_json_is_refused(text: bytes) -> None:
    with pytest.raises(ProtocolError) as caught:
        protocol.loads(text)
    assert caught.value.code == protocol.MALFORMED_JSON


def test_gzip_bodies_round_trip() -> None:
    body = push_body([counterpart_insert()])
    assert protocol.loads(protocol.gunzip_limited(protocol.gzip_json(body))) == body


def test_a_gzip_bomb_is_refused_without_inflating_it() -> None:
    bomb = gzip.compress(b"\0" * (200 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < protocol.MAX_BODY_BYTES
    started = time.perf_counter()
    with pytest.raises(ProtocolError) as caught:
        protocol.gunzip_limited(bomb)
    assert caught.value.code == protocol.BODY_TOO_LARGE
    assert time.perf_counter() - started < 2.0
    just_over = gzip.compress(b" " * (protocol.MAX_BATCH_BYTES + 1))
    with pytest.raises(ProtocolError):
        protocol.gunzip_limited(just_over)
    assert len(protocol.gunzip_limited(gzip.compress(b" " * protocol.MAX_BATCH_BYTES))) == \
        protocol.MAX_BATCH_BYTES


@pytest.mark.parametrize("damage", ["truncate", "not_gzip", "trailing", "raw_deflate"])
def test_damaged_gzip_is_refused_as_malformed(damage: str) -> None:
    good = protocol.gzip_json(push_body([counterpart_insert()]))
    data = {
        "truncate": good[: len(good) // 2],
        "not_gzip": b"plain text, not gzip",
        "trailing": good + b"junk",
        "raw_deflate": zlib.compress(b"{}"),
    }[damage]
    with pytest.raises(ProtocolError) as caught:
        protocol.gunzip_limited(data)
    assert caught.value.code == protocol.MALFORMED_JSON


# --- Cursors -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("cursor", [Cursor(), Cursor(7, 7), Cursor(7, 9), Cursor(7, 9, 12, 3),
                                    Cursor(0, 0, 5, 0)])
def test_cursors_round_trip(cursor: Cursor) -> None:
    assert Cursor.parse(cursor.encode()) == cursor


def test_the_initial_cursor_is_the_start() -> None:
    assert Cursor.parse(protocol.INITIAL_CURSOR) == Cursor(0, 0)


@pytest.mark.parametrize("text", ["", "-1", "01", "1.2.3", "5.4", "1.2.2.0", "1.2.3.9", "x", "1e3", "٣",
                                  "1" * 200, 7])
def test_a_cursor_the_hub_did_not_give_is_refused(text: Any) -> None:
    with pytest.raises(ProtocolError) as caught:
        Cursor.parse(text)
    assert caught.value.code == protocol.INVALID_CURSOR


# --- Merge -------------------------------------------------------------------------------------------------


def change(entity_id: str, hlc: str, fields: dict[str, Any], op: str = "update") -> Change:
    device = HLCStamp.decode(hlc).device_id
    return Change(new_id(), device, 1, hlc, "counterpart", entity_id, op, fields, None, "2026-03-02T09:00:00")


def test_the_later_write_wins_field_by_field() -> None:
    record = new_id()
    first = change(record, stamp(100), {"name": "Awa", "role": "Director"})
    second = change(record, stamp(200), {"role": "Minister"})
    older = change(record, stamp(50), {"name": "Old name", "email": "awa@example.ci"})
    state = merge_changes({}, [first, second, older])[("counterpart", record)]
    assert state.values == {"name": "Awa", "role": "Minister", "email": "awa@example.ci"}
    assert state.clocks == {"name": stamp(100), "role": stamp(200), "email": stamp(50)}


def test_equal_times_are_broken_by_device_then_by_value() -> None:
    record = new_id()
    a = change(record, stamp(100, 0, "device-a"), {"name": "from a"})
    b = change(record, stamp(100, 0, "device-b"), {"name": "from b"})
    assert merge_change(merge_change(None, a), b).values["name"] == "from b"
    assert merge_change(merge_change(None, b), a).values["name"] == "from b"
    same_stamp_x = change(record, stamp(100), {"name": "x"})
    same_stamp_y = change(record, stamp(100), {"name": "y"})
    assert merge_change(merge_change(None, same_stamp_x), same_stamp_y).values["name"] == "y"
    assert merge_change(merge_change(None, same_stamp_y), same_stamp_x).values["name"] == "y"


def test_a_delete_is_a_tombstone_that_a_later_undelete_lifts() -> None:
    record = new_id()
    created = change(record, stamp(100), {"name": "Awa", "deleted": False}, op="insert")
    deleted = change(record, stamp(200), {"deleted": True}, op="delete")
    edited_before_delete = change(record, stamp(150), {"name": "Awa K."})
    state = merge_changes({}, [deleted, created, edited_before_delete])[("counterpart", record)]
    assert state.deleted
    assert state.values["name"] == "Awa K."
    undeleted = merge_change(state, change(record, stamp(300), {"deleted": False}))
    assert not undeleted.deleted


def test_a_record_is_complete_once_every_field_has_a_value() -> None:
    record = new_id()
    assert not RecordState("counterpart", record, {"name": "x"}, {"name": stamp(1)}).complete
    inserted = merge_change(None, change(record, stamp(2), {
        "id": record, "mission_id": new_id(), "name": "Awa", "institution": "", "role": "", "sex": "female",
        "email": "", "deleted": False}))
    assert inserted.complete


def test_merging_a_change_of_another_record_is_a_programming_error() -> None:
    state = merge_change(None, change(new_id(), stamp(1), {"name": "a"}))
    with pytest.raises(ValueError, match="not counterpart"):
        merge_change(state, change(new_id(), stamp(2), {"name": "b"}))


_RECORDS = ["9b2e0c4e-0000-4a43-9d0e-0a4b1f2c3d4e", "9b2e0c4e-0001-4a43-9d0e-0a4b1f2c3d4e"]
_FIELD_VALUES = {"name": st.sampled_from(["Awa", "Kouassi", "Aya"]),
                 "role": st.sampled_from(["Director", "Head of unit", ""]),
                 "sex": st.sampled_from(["female", "male", "unspecified"]),
                 "deleted": st.booleans()}


@st.composite
def changes(draw: st.DrawFn) -> Change:
    names = draw(st.sets(st.sampled_from(sorted(_FIELD_VALUES)), min_size=1))
    fields = {name: draw(_FIELD_VALUES[name]) for name in sorted(names)}
    hlc = stamp(draw(st.integers(0, 4)), draw(st.integers(0, 2)), draw(st.sampled_from(["d1", "d2", "d3"])))
    return change(draw(st.sampled_from(_RECORDS)), hlc, fields)


@settings(max_examples=300, deadline=None)
@given(st.lists(changes(), min_size=1, max_size=25), st.randoms(use_true_random=False), st.data())
def test_any_order_of_the_same_changes_with_duplicates_gives_the_same_records(
        batch: list[Change], random: Any, data: st.DataObject) -> None:
    reference = merge_changes({}, batch)
    shuffled = list(batch)
    random.shuffle(shuffled)
    duplicates = data.draw(st.lists(st.sampled_from(batch), max_size=10))
    replayed = shuffled + duplicates
    random.shuffle(replayed)
    assert merge_changes({}, replayed) == reference
    # Merging in two halves (two devices syncing in turns) ends the same way too.
    cut = data.draw(st.integers(0, len(replayed)))
    assert merge_changes(merge_changes({}, replayed[:cut]), replayed[cut:]) == reference
