"""Attacks on the merged whole (the gate at every way in, the hub's hardening, the client's transport, the
pull's set-aside changes), against the real hub over HTTP on SQLite and PostgreSQL: each is refused with a
4xx, never a 5xx, nothing of it applied, and afterwards teammates' and headquarters' pulls still work."""

from __future__ import annotations

import base64
import threading
from datetime import date
from typing import Any

import pytest
import requests
from pycrdt import Doc, Text
from sqlalchemy import select

from socieux_desktop.domain.clock import HLCStamp, wall_clock_ms
from socieux_desktop.domain.deliverables import Deliverable, DeliverableKind
from socieux_desktop.domain.gate import NAME_MAX
from socieux_desktop.domain.model import Counterpart, new_id
from socieux_desktop.sync import protocol
from socieux_hub import auth
from socieux_hub.models import RecordRow
from tests.hub.conftest import PASSWORD, Client, Device, Hub, World, day_entry
from tests.hub.test_hostile import record, refused, still_works


def deliverable_in(client: Client, mission_id: str) -> dict[str, Any]:
    """A deliverable the client pushed into ``mission_id``: its record."""
    deliverable = Deliverable(new_id(), mission_id, DeliverableKind.DIAGNOSTIC, "Diagnostic")
    client.push_ok([client.device.insert(deliverable)])
    return {"id": deliverable.id, "mission_id": mission_id}


def workshop_fields(mission_id: str, deliverable_id: str) -> dict[str, Any]:
    return {"id": new_id(), "mission_id": mission_id, "deliverable_id": deliverable_id,
            "started_at": "2026-03-04T09:00:00.000+00:00", "ended_at": "", "deleted": False}


def participant_fields(mission_id: str, workshop_id: str) -> dict[str, Any]:
    return {"id": new_id(), "workshop_id": workshop_id, "mission_id": mission_id, "name": "Kouassi Yao",
            "institution": "DAS", "sex": "", "read_only": False,
            "joined_at": "2026-03-04T09:05:00.000+00:00", "deleted": False}


def text_update(client: Client, mission_id: str, deliverable_id: str, data: str) -> dict[str, Any]:
    update_id = new_id()
    return client.device.change(protocol.TEXT_UPDATE, update_id, "insert", {
        "id": update_id, "deliverable_id": deliverable_id, "mission_id": mission_id, "data": data,
        "deleted": False})


def team_member_id(hub: Hub, expert_id: str, mission_id: str) -> str:
    with hub.db.read() as session:
        return session.scalars(select(RecordRow.id).where(
            RecordRow.entity == "team_member", RecordRow.expert_id == expert_id,
            RecordRow.mission_id == mission_id)).one()


# --- Workshops and participants that point across missions ----------------------------------------------


def test_a_workshop_cannot_be_moved_to_a_deliverable_of_another_mission(hub: Hub, world: World) -> None:
    marie, pedro = world.marie, world.pedro
    mine = deliverable_in(marie, world.mission_ci1)
    theirs = deliverable_in(pedro, world.mission_pe)
    workshop = workshop_fields(world.mission_ci1, mine["id"])
    marie.push_ok([marie.device.change(protocol.WORKSHOP, workshop["id"], "insert", workshop)])
    before = hub.change_count()
    # Created for Pedro's deliverable but named under Marie's mission: refused at insert.
    other = workshop_fields(world.mission_ci1, theirs["id"])
    assert marie.push([marie.device.change(protocol.WORKSHOP, other["id"], "insert", other)]
                      ).status_code == 422
    # Moved there by an update, or by an insert again of the same id: the same.
    moved = marie.device.update(protocol.WORKSHOP, workshop["id"], deliverable_id=theirs["id"])
    assert marie.push([moved]).status_code == 422
    again = marie.device.change(protocol.WORKSHOP, workshop["id"], "insert",
                                {**workshop, "deliverable_id": theirs["id"]})
    assert marie.push([again]).status_code == 422
    assert hub.change_count() == before
    assert record(hub, protocol.WORKSHOP, workshop["id"])["deliverable_id"] == mine["id"]
    still_works(hub, world)


def test_a_participant_cannot_be_moved_to_a_workshop_of_another_mission(hub: Hub, world: World) -> None:
    marie, pedro = world.marie, world.pedro
    mine, theirs = deliverable_in(marie, world.mission_ci1), deliverable_in(pedro, world.mission_pe)
    my_workshop = workshop_fields(world.mission_ci1, mine["id"])
    their_workshop = workshop_fields(world.mission_pe, theirs["id"])
    marie.push_ok([marie.device.change(protocol.WORKSHOP, my_workshop["id"], "insert", my_workshop)])
    pedro.push_ok([pedro.device.change(protocol.WORKSHOP, their_workshop["id"], "insert", their_workshop)])
    participant = participant_fields(world.mission_ci1, my_workshop["id"])
    marie.push_ok([marie.device.change(protocol.WORKSHOP_PARTICIPANT, participant["id"], "insert",
                                       participant)])
    before = hub.change_count()
    stray = participant_fields(world.mission_ci1, their_workshop["id"])
    assert marie.push([marie.device.change(protocol.WORKSHOP_PARTICIPANT, stray["id"], "insert", stray)]
                      ).status_code == 422
    moved = marie.device.update(protocol.WORKSHOP_PARTICIPANT, participant["id"],
                                workshop_id=their_workshop["id"])
    assert marie.push([moved]).status_code == 422
    assert hub.change_count() == before
    still_works(hub, world)


# --- Text updates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("data", ["not base64!", "QUJD=", "", "QUJ\nD", "A" * (4 * 1024 * 1024)])
def test_a_text_update_with_malformed_or_huge_base64_is_refused(hub: Hub, world: World, data: str) -> None:
    marie = world.marie
    deliverable = deliverable_in(marie, world.mission_ci1)
    before = hub.change_count()
    response = marie.push([text_update(marie, world.mission_ci1, deliverable["id"], data)])
    assert response.status_code in (400, 413, 422), response.text
    assert hub.change_count() == before
    still_works(hub, world)


def test_a_text_update_the_crdt_library_cannot_read_is_refused(hub: Hub, world: World) -> None:
    marie = world.marie
    deliverable = deliverable_in(marie, world.mission_ci1)
    before = hub.change_count()
    garbage = base64.b64encode(b"\x01\x01\x01\x01 not an update").decode("ascii")
    error = refused(marie.push([text_update(marie, world.mission_ci1, deliverable["id"], garbage)]), 422,
                    "rule_violation")
    assert len(error["changes"]) == 1
    assert hub.change_count() == before
    still_works(hub, world)


# --- Clocks: a re-stamped change replayed -----------------------------------------------------------------


def test_a_re_stamped_change_replays_with_either_stamp_but_not_a_third(hub: Hub, world: World) -> None:
    marie = world.marie
    future = Device(device_id=marie.device.device_id, seq=marie.device.seq,
                    wall_ms=wall_clock_ms() + 30 * 86_400_000)
    change = future.insert(Counterpart(new_id(), world.mission_ci1, "Ms Koné"))
    [result] = marie.push([change], future).json()["results"]
    assert result["hlc"] != change["hlc"]
    before = hub.change_count()
    for stamp in (change["hlc"], result["hlc"]):
        response = marie.push([{**change, "hlc": stamp}], future)
        assert response.status_code == 200, response.text
        assert response.json()["results"][0]["server_seq"] == result["server_seq"]
    third = HLCStamp(HLCStamp.decode(result["hlc"]).wall_ms + 5, 0, marie.device.device_id).encode()
    refused(marie.push([{**change, "hlc": third}], future), 409, "change_conflict")
    assert hub.change_count() == before
    still_works(hub, world)


# --- Teams: an expert removed from a mission -------------------------------------------------------------


def test_an_expert_removed_from_a_mission_can_neither_write_to_it_nor_read_it_by_a_crafted_cursor(
        hub: Hub, world: World) -> None:
    jurate, coordinator = world.jurate, world.coordinator
    counterpart = Counterpart(new_id(), world.mission_ci1, "Ms Koné")
    jurate.push_ok([jurate.device.insert(counterpart)])
    _, cursor_before_removal, _ = jurate.pull_all()
    coordinator.pull_all()
    member = team_member_id(hub, jurate.expert_id, world.mission_ci1)
    coordinator.push_ok([coordinator.device.delete("team_member", member)])
    secret = world.marie.push_ok([world.marie.device.insert(Counterpart(new_id(), world.mission_ci1,
                                                                          "After Jūratė left"))])
    before = hub.change_count()
    refused(jurate.push([jurate.device.update("counterpart", counterpart.id, name="Ms Bamba")]), 403,
            "forbidden")
    assert hub.change_count() == before
    assert record(hub, "counterpart", counterpart.id)["name"] == "Ms Koné"
    # No cursor she can write brings her what the mission did after she left.
    top = secret[0] + 10
    for cursor in (cursor_before_removal, "0", f"0.{top}", f"0.0.{top}.0", f"{top}.{top}.{top + 1}.0",
                   f"{secret[0] - 1}"):
        response = jurate.pull(cursor)
        if response.status_code == 400:
            continue
        assert response.status_code == 200, response.text
        seen: set[int] = set()
        page = protocol.PullResponse.from_json(response.json())
        while True:
            seen |= {change.server_seq for change in page.changes if change.server_seq is not None}
            if not page.more:
                break
            page = jurate.pull_page(page.cursor)
        assert secret[0] not in seen, cursor
    hub.admin.assign("CI-M1", "jurate", "expert", [("A1", "6")])  # back on the team for still_works
    still_works(hub, world)


# --- Ids that collide -----------------------------------------------------------------------------------


def test_a_record_whose_id_is_another_entitys_id_harms_neither(hub: Hub, world: World) -> None:
    marie = world.marie
    entry = day_entry(marie, world.mission_ci1, world.activity_ci, date(2026, 3, 3))
    marie.push_ok([marie.device.insert(entry)])
    # A counterpart under the mission's own id, and one under the day's id: records of other kinds.
    for taken in (world.mission_ci1, entry.id):
        response = marie.push([marie.device.insert(Counterpart(taken, world.mission_ci1, "Mr Twin"))])
        assert response.status_code in (200, 409, 422), response.text
    assert record(hub, "mission", world.mission_ci1)["code"] == "CI-M1"
    assert record(hub, "day_entry", entry.id)["place"] == entry.place
    # Pedro's counterpart under Marie's counterpart's id, in his mission: not a move of hers.
    hers = Counterpart(new_id(), world.mission_ci1, "Ms Koné")
    marie.push_ok([marie.device.insert(hers)])
    before = hub.change_count()
    twin = Counterpart(hers.id, world.mission_pe, "Sr Ruiz")
    response = world.pedro.push([world.pedro.device.insert(twin)])
    assert response.status_code in (403, 409, 422), response.text
    assert hub.change_count() == before
    assert record(hub, "counterpart", hers.id)["mission_id"] == world.mission_ci1
    still_works(hub, world)


# --- Sign-in ----------------------------------------------------------------------------------------------


def test_a_throttled_name_waits_even_with_the_right_password_and_others_sign_in(
        hub: Hub, world: World) -> None:
    for _ in range(auth.MAX_USER_FAILURES):
        response = requests.post(f"{hub.url}/v1/login", json={"username": "marie", "password": "wrong" * 3},
                                 timeout=30)
        assert response.status_code == 401, response.text
    right = requests.post(f"{hub.url}/v1/login", json={"username": "marie", "password": PASSWORD}, timeout=30)
    error = refused(right, 429, "too_many_attempts")
    assert int(right.headers["Retry-After"]) >= 1, error
    assert hub.login("jurate").token  # another name from the same address still signs in
    world.marie.pull_all()  # a token given before still works
    still_works(hub, world)


# --- One device id, two users at once -------------------------------------------------------------------


def test_two_users_racing_for_one_new_device_id_one_wins_and_the_other_is_refused(
        hub: Hub, world: World) -> None:
    shared = Device()
    changes = {name: shared.insert(Counterpart(new_id(), world.mission_ci1, f"By {name}"))
               for name in ("marie", "jurate")}
    clients = {"marie": world.marie, "jurate": world.jurate}
    statuses: dict[str, int] = {}
    barrier = threading.Barrier(2)

    def race(name: str) -> None:
        barrier.wait()
        statuses[name] = clients[name].push([changes[name]], shared).status_code

    threads = [threading.Thread(target=race, args=(name,)) for name in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(statuses.values()) in ([200, 403], [200, 409]), statuses
    still_works(hub, world)


# --- The largest batch ----------------------------------------------------------------------------------


def test_a_batch_of_the_most_changes_each_of_the_longest_name_goes_through_or_is_refused_whole(
        hub: Hub, world: World) -> None:
    marie = world.marie
    longest = [marie.device.insert(Counterpart(new_id(), world.mission_ci1, "N" * NAME_MAX,
                                               institution="I" * 300))
               for _ in range(protocol.MAX_BATCH_CHANGES)]
    before = hub.change_count()
    response = marie.push(longest)
    assert response.status_code in (200, 413), response.text
    if response.status_code == 200:
        assert hub.change_count() == before + protocol.MAX_BATCH_CHANGES
    one_more = marie.device.insert(Counterpart(new_id(), world.mission_ci1, "One too many"))
    refused(marie.push([*longest, one_more]), 413, "batch_too_large")
    still_works(hub, world)


# --- A record's id, and what a change says it replaced ---------------------------------------------------


@pytest.mark.parametrize("tamper", ["insert under another id", "update of the id", "insert under a day's id"])
def test_a_change_whose_fields_name_another_id_than_its_record_is_refused(
        hub: Hub, world: World, tamper: str) -> None:
    marie = world.marie
    entry = day_entry(marie, world.mission_ci1, world.activity_ci, date(2026, 3, 4))
    hers = Counterpart(new_id(), world.mission_ci1, "Ms Koné")
    marie.push_ok([marie.device.insert(entry), marie.device.insert(hers)])
    before = hub.change_count()
    change = {
        "insert under another id": {**marie.device.insert(Counterpart(new_id(), world.mission_ci1, "Mr A")),
                                    "entity_id": new_id()},
        "update of the id": marie.device.update("counterpart", hers.id, id=new_id()),
        "insert under a day's id": {**marie.device.insert(Counterpart(new_id(), world.mission_ci1, "Mr B")),
                                    "entity_id": entry.id},
    }[tamper]
    response = marie.push([change])
    assert response.status_code in (400, 422), response.text
    assert hub.change_count() == before
    assert record(hub, "counterpart", hers.id)["id"] == hers.id
    still_works(hub, world)


def test_a_previous_naming_no_field_is_refused_and_one_of_another_kind_is_kept_as_told(
        hub: Hub, world: World) -> None:
    """``previous`` (the values a change replaced, for the history) must name the entity's fields and hold
    well-formed text; its values are not judged against today's rules (a value an older version allowed
    must not block a push for ever), and the history shows whatever it holds as text."""
    marie = world.marie
    hers = Counterpart(new_id(), world.mission_ci1, "Ms Koné")
    marie.push_ok([marie.device.insert(hers)])
    before = hub.change_count()
    unknown = {**marie.device.update("counterpart", hers.id, name="Ms Bamba"),
               "previous": {"colour": "x" * 500_000}}
    assert marie.push([unknown]).status_code in (400, 422)
    assert hub.change_count() == before
    for previous in ({"name": "x" * (NAME_MAX + 1)}, {"name": 12}, {"deleted": "no"}):
        change = {**marie.device.update("counterpart", hers.id, name="Ms Bamba"), "previous": previous}
        assert marie.push([change]).status_code == 200
    assert record(hub, "counterpart", hers.id)["name"] == "Ms Bamba"
    still_works(hub, world)


def test_fields_of_no_entity_are_refused(hub: Hub, world: World) -> None:
    marie = world.marie
    hers = Counterpart(new_id(), world.mission_ci1, "Ms Koné")
    marie.push_ok([marie.device.insert(hers)])
    before = hub.change_count()
    for fields in ({"colour": "x" * 500_000}, {"name": "Ms Bamba", "scope": "mission:other"},
                   {"created_by": "someone"}):
        response = marie.push([marie.device.update("counterpart", hers.id, **fields)])
        assert response.status_code in (400, 422), response.text
    assert hub.change_count() == before
    still_works(hub, world)


# --- Pages of large text updates ----------------------------------------------------------------------------


def big_update(size: int) -> str:
    """A valid update of a document holding ``size`` bytes of text, in base64 (it compresses well)."""
    document = Doc()
    document["body"] = Text("x" * size)
    return base64.b64encode(document.get_update()).decode("ascii")


def test_pages_of_the_largest_text_updates_stay_within_what_the_app_reads(hub: Hub, world: World) -> None:
    marie = world.marie
    deliverable = deliverable_in(marie, world.mission_ci1)
    data = big_update(2_900_000)
    count = protocol.MAX_PAGE_BYTES // len(data) + 2
    for _ in range(count):  # one per push: each is nearly a whole batch
        marie.push_ok([text_update(marie, world.mission_ci1, deliverable["id"], data)])
    _, pedros_cursor, _ = world.pedro.pull_all()
    hub.admin.assign("CI-M1", "pedro", "expert", [("A1", "2")])  # his next pull brings the history
    for client, cursor in ((world.jurate, "0"), (world.coordinator, "0"), (world.pedro, pedros_cursor)):
        updates, pages = 0, 0
        while True:
            response = client.pull(cursor)
            assert response.status_code == 200
            assert len(response.content) < 64 * 1024 * 1024  # what the app's client reads at most
            page = protocol.PullResponse.from_json(response.json())
            in_page = sum(1 for change in page.changes if change.entity == protocol.TEXT_UPDATE)
            assert in_page * len(data) <= protocol.MAX_PAGE_BYTES + len(data)
            updates, pages, cursor = updates + in_page, pages + 1, page.cursor
            if not page.more:
                break
        assert updates == count and pages >= 2
    still_works(hub, world)


# --- A change fine on its own that breaks the record it makes with the hub's -----------------------------


def test_a_start_after_the_hubs_end_is_refused_once_merged(hub: Hub, world: World) -> None:
    marie = world.marie
    marie.device.wall_ms = wall_clock_ms() + 30_000  # later than the hub's own stamps of the mission
    before = hub.change_count()
    late_start = marie.device.update("mission", world.mission_ci1, start_date="2026-04-01")
    response = marie.push([late_start])
    assert response.status_code in (403, 422), response.text
    assert hub.change_count() == before
    assert record(hub, "mission", world.mission_ci1)["start_date"] == "2026-03-02"
    still_works(hub, world)
