"""A hostile client against the real hub over HTTP (SQLite and PostgreSQL): every attack is refused with
a 4xx and nothing of it applied, and afterwards teammates' pulls, headquarters' pull and the hub's own
commands still work."""

from __future__ import annotations

import gzip
import json
import socket
from datetime import date
from typing import Any

import pytest
import requests
from sqlalchemy import select

from socieux_desktop.domain.clock import HLCStamp, wall_clock_ms
from socieux_desktop.domain.deliverables import Deliverable, DeliverableKind
from socieux_desktop.domain.model import Counterpart, Mission, TeamMember, TeamRole, new_id
from socieux_desktop.sync import protocol
from socieux_hub import cli
from socieux_hub.errors import HubSetupError
from socieux_hub.models import DEVICE_ID, ChangeLogRow, MetaRow, RecordRow
from tests.hub.conftest import PASSWORD, Device, Hub, World, day_entry

DAY = 24 * 3600 * 1000


def still_works(hub: Hub, world: World) -> None:
    """What an attack must not break: the team's and headquarters' pulls, and the hub's own commands."""
    for client in (world.marie, world.jurate, world.pedro, world.coordinator):
        client.pull_all()
    code = f"AFTER-{new_id()[:8]}"
    hub.admin.add_mission("CI-2026-01", code, "After the attack", "2026-06-01", "2026-06-05")
    hub.admin.assign(code, "jurate", "expert", [("A1", "2")])
    fresh = world.jurate.push_ok([world.jurate.device.insert(
        Counterpart(new_id(), world.mission_ci1, "Mr Traoré"))])
    assert fresh


def gzip_raw(batch: dict[str, Any]) -> bytes:
    """A batch as an attacker writes it: json's ASCII escapes keep a lone surrogate as ``\\ud800``."""
    return gzip.compress(json.dumps(batch).encode("ascii"))


def refused(response: requests.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == code, error
    return dict(error)


def hub_device(hub: Hub) -> str:
    with hub.db.read() as session:
        row = session.get(MetaRow, DEVICE_ID)
        assert row is not None
        return row.value


def record(hub: Hub, entity: str, record_id: str) -> dict[str, Any]:
    with hub.db.read() as session:
        row = session.get(RecordRow, (entity, record_id))
        assert row is not None
        return dict(row.data)


# --- Text that no database or UTF-8 answer holds ------------------------------------------------------


@pytest.mark.parametrize("bad", ["\ud800", "before\udfffafter", "nul\x00inside"])
def test_a_lone_surrogate_or_nul_in_a_text_is_refused_at_the_wire(hub: Hub, world: World, bad: str) -> None:
    before = hub.change_count()
    change = world.marie.device.insert(Counterpart(new_id(), world.mission_ci1, bad))
    # In a change's values: the gate's refusal, naming the change (the app sets it aside).
    error = refused(world.marie.push_raw(gzip_raw(world.marie.device.batch([change]))), 422, "rule_violation")
    assert error["changes"] == [change["id"]]
    mission = world.coordinator.device.insert(Mission(new_id(), f"X{bad}", "Code", world.action_ci,
                                                      date(2026, 6, 1), date(2026, 6, 5)))
    refused(world.coordinator.push_raw(gzip_raw(world.coordinator.device.batch([mission]))), 422,
            "rule_violation")
    stolen = world.marie.device.insert(Counterpart(new_id(), world.mission_ci1, "Ms Koné"))
    stolen["previous"] = {"name": bad}
    refused(world.marie.push_raw(gzip_raw(world.marie.device.batch([stolen]))), 422, "rule_violation")
    # Anywhere else in a body: the wire's refusal.
    elsewhere = {**world.marie.device.batch([]), "device_id": f"d{bad}"}
    assert world.marie.push_raw(gzip_raw(elsewhere)).status_code == 400
    login = requests.post(f"{hub.url}/v1/login", data=json.dumps({"username": bad, "password": "x" * 9}),
                          headers={"Content-Type": "application/json"}, timeout=30)
    refused(login, 400, "malformed_json")
    assert hub.change_count() == before
    still_works(hub, world)


def test_the_hubs_own_commands_refuse_text_that_is_not_utf_8(
        hub: Hub, world: World, capsys: pytest.CaptureFixture[str]) -> None:
    before = hub.change_count()
    for code in ("BAD\udcff", "NUL\x00"):  # bytes of a non-UTF-8 argv come to Python as lone surrogates
        assert cli.main(["--db", hub.db.url, "mission", "add", "--action", "CI-2026-01", "--code", code,
                         "--title", "Bad", "--start", "2026-06-01", "--end", "2026-06-05"]) == 1
        assert "not UTF-8" in capsys.readouterr().err
    with pytest.raises(HubSetupError, match="U\\+0000"):
        hub.admin.add_action("CI-BAD", "Title\x00", "Partner", "CI")
    with pytest.raises(HubSetupError, match="at most 40"):
        hub.admin.add_mission("CI-2026-01", "C" * 201, "Too long a code", "2026-06-01", "2026-06-05")
    assert hub.change_count() == before
    still_works(hub, world)


def test_codes_longer_than_the_rulebook_allows_are_refused_alike_on_sqlite_and_postgresql(
        hub: Hub, world: World) -> None:
    before = hub.change_count()
    mission = world.coordinator.device.insert(Mission(new_id(), "M" * 201, "Long", world.action_ci,
                                                      date(2026, 6, 1), date(2026, 6, 5)))
    error = refused(world.coordinator.push([mission]), 422, "rule_violation")  # the gate's length
    assert "at most 40" in error["message"]
    assert hub.change_count() == before
    still_works(hub, world)


# --- Devices belong to users ----------------------------------------------------------------------------


def test_pushing_under_the_hubs_own_device_id_is_refused_and_its_commands_keep_working(
        hub: Hub, world: World) -> None:
    forged = Device(device_id=hub_device(hub))
    with hub.db.read() as session:
        forged.seq = max(row.seq for row in session.scalars(
            select(ChangeLogRow).where(ChangeLogRow.device_id == forged.device_id)))
    before = hub.change_count()
    for client in (world.marie, world.coordinator):
        change = forged.insert(Counterpart(new_id(), world.mission_ci1, "Forged by the hub"))
        refused(client.push([change], forged), 403, "device_not_yours")
    assert hub.change_count() == before
    still_works(hub, world)


def test_pushing_under_a_colleagues_device_id_is_refused_and_the_colleague_is_not_hurt(
        hub: Hub, world: World) -> None:
    jurate = world.jurate
    jurate.push_ok([jurate.device.insert(Counterpart(new_id(), world.mission_ci1, "Ms Koné"))])
    thief = Device(device_id=jurate.device.device_id, seq=jurate.device.seq)
    before = hub.change_count()
    stolen = thief.insert(Counterpart(new_id(), world.mission_ci1, "Under Jūratė's name"))
    refused(world.marie.push([stolen], thief), 403, "device_not_yours")
    assert hub.change_count() == before
    # Jūratė's next change has the number the thief tried to take: it goes through.
    assert jurate.push_ok([jurate.device.insert(Counterpart(new_id(), world.mission_ci1, "Mr Diallo"))])
    # Marie's pull that leaves out "her" device (Jūratė's id) hides nothing from Jūratė, who sees her own
    # and Marie's changes as before.
    marie_own = world.marie.push_ok([world.marie.device.insert(
        Counterpart(new_id(), world.mission_ci1, "Ms Bamba"))])
    seen = {change.server_seq for change in jurate.pull_all()[0]}
    assert set(marie_own) <= seen
    still_works(hub, world)


def test_replaying_another_users_change_is_refused(hub: Hub, world: World) -> None:
    [original] = [world.jurate.device.insert(Counterpart(new_id(), world.mission_ci1, "Ms Koné"))]
    world.jurate.push_ok([original])
    before = hub.change_count()
    # As it is (Jūratė's device): not Marie's device.
    refused(world.marie.push_raw(protocol.gzip_json(world.jurate.device.batch([original]))), 403,
            "device_not_yours")
    # Its id under Marie's own device: another change with that id.
    copy = world.marie.device.insert(Counterpart(original["entity_id"], world.mission_ci1, "Ms Koné"))
    refused(world.marie.push([{**copy, "id": original["id"]}]), 409, "change_conflict")
    assert hub.change_count() == before
    still_works(hub, world)


# --- Clocks ahead ---------------------------------------------------------------------------------------


def test_a_stamp_far_in_the_future_is_re_stamped_and_headquarters_still_approves(
        hub: Hub, world: World) -> None:
    marie = world.marie
    deliverable = Deliverable(new_id(), world.mission_ci1, DeliverableKind.DIAGNOSTIC, "Diagnostic")
    marie.push_ok([marie.device.insert(deliverable)])
    future = Device(device_id=marie.device.device_id, seq=marie.device.seq, wall_ms=999_999_999_999_990)
    submit = future.update("deliverable", deliverable.id, status="submitted")
    response = marie.push([submit], future)
    assert response.status_code == 200, response.text
    [result] = response.json()["results"]
    stamp = HLCStamp.decode(result["hlc"])
    assert stamp.device_id == marie.device.device_id
    assert stamp.wall_ms <= wall_clock_ms() + protocol.MAX_CLOCK_AHEAD_MS
    assert marie.push(([submit]), future).json()["results"] == [result]  # a replay: same answer

    headquarters = world.coordinator
    headquarters.pull_all()
    headquarters.push_ok([headquarters.device.update("deliverable", deliverable.id, status="approved")])
    assert record(hub, "deliverable", deliverable.id)["status"] == "approved"
    for change in headquarters.pull_all()[0]:
        assert change.stamp.wall_ms <= wall_clock_ms() + protocol.MAX_CLOCK_AHEAD_MS

    # However late its stamp, an expert's change cannot take the approval back.
    reopen = future.update("deliverable", deliverable.id, status="draft")
    error = refused(marie.push([reopen], future), 403, "headquarters_only")
    assert error["changes"] == [reopen["id"]]
    assert record(hub, "deliverable", deliverable.id)["status"] == "approved"
    still_works(hub, world)


def test_a_version_1_push_stamped_ahead_is_refused_since_that_app_cannot_learn_a_new_stamp(
        hub: Hub, world: World) -> None:
    future = Device(device_id=world.marie.device.device_id, wall_ms=wall_clock_ms() + 3 * DAY)
    change = future.insert(Counterpart(new_id(), world.mission_ci1, "Ms Koné"))
    before = hub.change_count()
    body = protocol.gzip_json({**future.batch([change]), "protocol": 1})
    error = refused(world.marie.push_raw(body), 422, "clock_ahead")
    assert "ahead" in error["message"]
    assert hub.change_count() == before
    behind = Device(device_id=world.marie.device.device_id, wall_ms=wall_clock_ms() - 3 * DAY)
    old = behind.insert(Counterpart(new_id(), world.mission_ci1, "Mr Diallo"))
    response = world.marie.push_raw(protocol.gzip_json({**behind.batch([old]), "protocol": 1}))
    assert response.status_code == 200 and "hlc" not in response.json()["results"][0]  # behind: kept
    still_works(hub, world)


# --- Headquarters' acts ---------------------------------------------------------------------------------


def test_an_expert_cannot_change_a_teammates_details_nor_make_anyone_lead_expert(
        hub: Hub, world: World) -> None:
    marie = world.marie
    before = hub.change_count()
    email = marie.device.update("expert", world.jurate.expert_id, email="jurate@evil.example")
    legitimate = marie.device.insert(Counterpart(new_id(), world.mission_ci1, "Ms Koné"))
    error = refused(marie.push([legitimate, email]), 403, "headquarters_only")
    assert error["changes"] == [email["id"]]
    with hub.db.read() as session:
        member_id = session.scalars(select(RecordRow.id).where(
            RecordRow.entity == "team_member", RecordRow.expert_id == world.jurate.expert_id)).one()
    promote = marie.device.update("team_member", member_id, role="lead_expert")
    myself = marie.device.insert(TeamMember(new_id(), world.mission_ci1, marie.expert_id, TeamRole.EXPERT))
    error = refused(marie.push([promote, myself]), 403, "headquarters_only")
    assert error["changes"] == [promote["id"], myself["id"]]
    assert hub.change_count() == before
    assert record(hub, "expert", world.jurate.expert_id)["email"] != "jurate@evil.example"
    # Her own details she may change.
    assert marie.push_ok([marie.device.update("expert", marie.expert_id, email="marie@example.eu")])
    still_works(hub, world)


def test_an_expert_builds_the_team_of_a_mission_of_their_own(hub: Hub, world: World) -> None:
    marie = world.marie
    mission = Mission(new_id(), "OWN-1", "My own mission", world.action_ci, date(2026, 7, 1),
                      date(2026, 7, 3))
    lead = TeamMember(new_id(), mission.id, marie.expert_id, TeamRole.LEAD_EXPERT)
    assert marie.push_ok([marie.device.insert(mission), marie.device.insert(lead)])
    colleague = TeamMember(new_id(), mission.id, world.jurate.expert_id, TeamRole.EXPERT)
    assert marie.push_ok([marie.device.insert(colleague)])
    still_works(hub, world)


@pytest.mark.parametrize("status", ["approved", "returned"])
def test_an_expert_cannot_approve_return_or_undo_a_timesheet(hub: Hub, world: World, status: str) -> None:
    marie = world.marie
    refused(marie.push([marie.device.update("mission", world.mission_ci1, timesheet_status=status)]), 403,
            "headquarters_only")
    marie.push_ok([marie.device.update("mission", world.mission_ci1, timesheet_status="submitted")])
    world.coordinator.pull_all()
    world.coordinator.push_ok([world.coordinator.device.update("mission", world.mission_ci1,
                                                               timesheet_status=status)])
    stale = marie.device.update("mission", world.mission_ci1, timesheet_status="draft")
    marie.push_ok([stale])  # made before she saw headquarters' act: its stamp loses, nothing moves
    assert record(hub, "mission", world.mission_ci1)["timesheet_status"] == status
    marie.pull_all()  # now her next stamps are later than headquarters'
    undo = marie.device.update("mission", world.mission_ci1, timesheet_status="submitted")
    if status == "approved":
        refused(marie.push([undo]), 403, "headquarters_only")
        assert record(hub, "mission", world.mission_ci1)["timesheet_status"] == "approved"
    else:  # returned: the expert submits again
        marie.push_ok([undo])
        assert record(hub, "mission", world.mission_ci1)["timesheet_status"] == "submitted"
    still_works(hub, world)


# --- Malformed requests ---------------------------------------------------------------------------------


def test_json_nested_deeper_than_the_limit_is_refused_on_push_and_login(hub: Hub, world: World) -> None:
    deep = b"[" * 5000 + b"]" * 5000
    refused(world.marie.push_raw(gzip.compress(deep)), 400, "malformed_json")
    refused(world.marie.push_raw(deep, encoding=None), 400, "malformed_json")
    login = requests.post(f"{hub.url}/v1/login", data=b'{"username": ' + deep + b"}",
                          headers={"Content-Type": "application/json"}, timeout=30)
    refused(login, 400, "malformed_json")
    middling = b'{"protocol": 2, "device_id": "d", "changes": ' + b"[" * 40 + b"]" * 40 + b"}"
    refused(world.marie.push_raw(gzip.compress(middling)), 400, "malformed_json")
    still_works(hub, world)


@pytest.mark.parametrize("params", [
    {"cursor": "99999999999999999999"}, {"cursor": "1.99999999999999999999"}, {"cursor": "-1"},
    {"cursor": "1e3"}, {"cursor": "٣"}, {"cursor": "0" * 101}, {"limit": "-5"}, {"limit": "0"},
    {"limit": "99999999999999999999"}, {"protocol": "99999999999999999999"}, {"device": "a\nb"},
    {"device": "x" * 65}, {"device": "%ED%B3%BF"}, {"device": "../etc"}, {"cursor": "%00"},
])
def test_bad_pull_parameters_are_refused(hub: Hub, world: World, params: dict[str, str]) -> None:
    query = "&".join(f"{name}={value}" for name, value in
                     {"protocol": str(protocol.PROTOCOL_VERSION), "cursor": "0", **params}.items())
    response = world.marie.http.get(f"{hub.url}/v1/changes?{query}", timeout=30)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["code"] in ("invalid_cursor", "invalid_request", "unsupported_protocol")
    still_works(hub, world)


@pytest.mark.parametrize("tamper", ["seq too large", "seq zero", "reference not a uuid", "reference list",
                                    "id with a newline", "stamp of another device", "huge number"])
def test_malformed_changes_are_refused(hub: Hub, world: World, tamper: str) -> None:
    marie = world.marie
    entry = day_entry(marie, world.mission_ci1, world.activity_ci, date(2026, 3, 3))
    change = marie.device.insert(entry)
    fields = change["fields"]
    change = {
        "seq too large": {**change, "seq": 2**63},
        "seq zero": {**change, "seq": 0},
        "reference not a uuid": {**change, "fields": {**fields, "mission_id": "m" * 300}},
        "reference list": {**change, "fields": {**fields, "counterpart_ids": ["not-a-uuid"]}},
        "id with a newline": {**change, "id": change["id"] + "\n"},
        "stamp of another device": {**change, "hlc": Device().clock.now().encode()},
        "huge number": {**change, "fields": {**fields, "half_days": 10**30}},
    }[tamper]
    before = hub.change_count()
    response = marie.push_raw(protocol.gzip_json(marie.device.batch([change])))
    assert response.status_code == 400, response.text
    assert hub.change_count() == before
    still_works(hub, world)


def test_a_token_in_the_query_or_an_oversized_header_does_not_sign_in(hub: Hub, world: World) -> None:
    answer = requests.get(f"{hub.url}/v1/me", params={"access_token": world.marie.token}, timeout=30)
    assert answer.status_code == 401
    answer = requests.get(f"{hub.url}/v1/me", headers={"Authorization": "Bearer " + "x" * 5000}, timeout=30)
    assert answer.status_code == 401
    host, port = hub.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(b"GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 200_000 + b"\r\n\r\n")
        status_line = sock.recv(100).split(b"\r\n", 1)[0]
    assert status_line.split()[1].startswith(b"4"), status_line
    still_works(hub, world)


def test_user_names_are_not_matched_by_another_case_or_unicode_form(hub: Hub, world: World) -> None:
    for variant in ("MARIE", "\uff4darie", "marie\u200b"):  # upper case, a full-width m, a zero-width space
        answer = requests.post(f"{hub.url}/v1/login", json={"username": variant, "password": PASSWORD},
                               timeout=30)
        refused(answer, 401, "bad_credentials")
    assert hub.login("marie").identity["username"] == "marie"
    still_works(hub, world)


def test_a_change_for_a_record_of_another_mission_scope_is_refused(hub: Hub, world: World) -> None:
    pedro = world.pedro
    entry = day_entry(pedro, world.mission_pe, world.activity_pe, date(2026, 4, 6))
    pedro.push_ok([pedro.device.insert(entry)])
    before = hub.change_count()
    refused(world.marie.push([world.marie.device.update("day_entry", entry.id, place="Lima")]), 403,
            "forbidden")
    moved = world.marie.device.update("day_entry", entry.id, mission_id=world.mission_ci1)
    assert world.marie.push([moved]).status_code in (403, 422)
    assert hub.change_count() == before
    still_works(hub, world)


def test_a_huge_previous_is_bounded_by_the_batch_size(hub: Hub, world: World) -> None:
    marie = world.marie
    change = marie.device.insert(Counterpart(new_id(), world.mission_ci1, "Ms Koné"))
    change["previous"] = {"name": "x" * (5 * 1024 * 1024)}
    response = marie.push_raw(protocol.gzip_json(marie.device.batch([change])))
    refused(response, 413, "body_too_large")
    still_works(hub, world)
