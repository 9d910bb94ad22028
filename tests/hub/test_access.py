"""The authorisation rule on push and pull, and the history a new grant delivers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from socieux_desktop.domain.deliverables import Deliverable, DeliverableKind, DeliverableStatus
from socieux_desktop.domain.model import Action, Activity, Counterpart, Mission, TeamMember, TeamRole, new_id
from socieux_desktop.sync import protocol
from tests.hub.conftest import Client, Hub, World, day_entry


def seen(changes: list[protocol.Change]) -> dict[str, set[str]]:
    by_entity: dict[str, set[str]] = {}
    for change in changes:
        by_entity.setdefault(change.entity, set()).add(change.entity_id)
    return by_entity


def record_ids(client: Client, entity: str) -> set[str]:
    changes, _, _ = client.pull_all()
    return seen(changes).get(entity, set())


def test_each_expert_pulls_only_what_their_missions_open(hub: Hub, world: World) -> None:
    marie = seen(world.marie.pull_all()[0])
    assert marie["mission"] == {world.mission_ci1}
    assert marie["action"] == {world.action_ci}
    assert marie["activity"] == {world.activity_ci}
    assert marie["expert"] == {world.marie.expert_id, world.jurate.expert_id}
    assert len(marie["team_member"]) == 2 and len(marie["allocation"]) == 2
    pedro = seen(world.pedro.pull_all()[0])
    assert pedro["mission"] == {world.mission_pe}
    assert pedro["action"] == {world.action_pe}
    assert pedro["expert"] == {world.pedro.expert_id}
    everything = seen(world.coordinator.pull_all()[0])
    assert everything["mission"] == {world.mission_ci1, world.mission_ci2, world.mission_pe}
    assert len(everything["expert"]) == 3


def test_an_expert_without_a_mission_sees_only_themselves(hub: Hub) -> None:
    newcomer = hub.expert("aino", "Aino Tamm")
    hub.admin.add_action("EE-01", "Pensions", "Sotsiaalkindlustusamet", "EE")
    changes, _, _ = newcomer.pull_all()
    assert [(c.entity, c.entity_id) for c in changes] == [("expert", newcomer.expert_id)]


def _forbidden_writes(world: World, pedro_entry_id: str) -> dict[str, Callable[[Client], dict[str, Any]]]:
    return {
        "update a mission of another":
            lambda c: c.device.update("mission", world.mission_pe, title="Mine now"),
        "log a day on another's mission": lambda c: c.device.insert(
            day_entry(c, world.mission_pe, world.activity_pe, date(2026, 4, 7))),
        "add a counterpart to a mission of nobody": lambda c: c.device.insert(
            Counterpart(new_id(), world.mission_ci2, "Intruder")),
        "put oneself on another's team": lambda c: c.device.insert(
            TeamMember(new_id(), world.mission_pe, c.expert_id, TeamRole.EXPERT)),
        "delete another's day": lambda c: c.device.delete("day_entry", pedro_entry_id),
        "add an activity to another's action": lambda c: c.device.insert(
            Activity(new_id(), world.action_pe, "A9", "Hijack")),
        "rename another's action": lambda c: c.device.update("action", world.action_pe, title="Renamed"),
        "edit an expert one does not work with": lambda c: c.device.update(
            "expert", world.pedro.expert_id, email="pedro@evil.example"),
        "point one's mission at another's action": lambda c: c.device.update(
            "mission", world.mission_ci1, action_id=world.action_pe),
        "bring an unknown expert onto one's team": lambda c: c.device.insert(
            TeamMember(new_id(), world.mission_ci1, world.pedro.expert_id, TeamRole.EXPERT)),
    }


@pytest.mark.parametrize("attempt", [
    "update a mission of another", "log a day on another's mission",
    "add a counterpart to a mission of nobody",
    "put oneself on another's team", "delete another's day", "add an activity to another's action",
    "rename another's action", "edit an expert one does not work with",
    "point one's mission at another's action", "bring an unknown expert onto one's team",
])
def test_a_batch_that_writes_outside_the_experts_missions_is_refused_whole(
        hub: Hub, world: World, attempt: str) -> None:
    pedro_entry = day_entry(world.pedro, world.mission_pe, world.activity_pe, date(2026, 4, 6))
    world.pedro.push_ok([world.pedro.device.insert(pedro_entry)])
    before = hub.change_count()
    legitimate = world.marie.device.insert(
        day_entry(world.marie, world.mission_ci1, world.activity_ci, date(2026, 3, 2)))
    forbidden = _forbidden_writes(world, pedro_entry.id)[attempt](world.marie)
    response = world.marie.push([legitimate, forbidden])
    assert response.status_code == 403, response.text
    error = response.json()["error"]
    assert error["code"] == "forbidden"
    assert error["message"].startswith("change 2 (")
    assert "nothing was applied" in error["message"]
    assert hub.change_count() == before
    assert legitimate["entity_id"] not in record_ids(world.coordinator, "day_entry")


def test_no_cursor_or_parameter_opens_another_experts_mission(hub: Hub, world: World) -> None:
    pe_ids = {world.mission_pe, world.action_pe, world.activity_pe, world.pedro.expert_id}
    world.pedro.push_ok([world.pedro.device.insert(
        day_entry(world.pedro, world.mission_pe, world.activity_pe, date(2026, 4, 6)))])
    top = world.coordinator.pull_all()[1]
    for cursor in ["0", "0.0.999999.0", "0.1", f"0.{top}", "1.1.2.0", "0.0.1.0"]:
        for params in [{}, {"device": world.pedro.device.device_id}, {"limit": 1}]:
            response = world.marie.pull(cursor, **params)
            assert response.status_code == 200, (cursor, response.text)
            for change in response.json()["changes"]:
                assert change["entity_id"] not in pe_ids
                assert change["fields"].get("mission_id") != world.mission_pe


def test_a_coordinator_writes_any_mission(hub: Hub, world: World) -> None:
    coordinator = world.coordinator
    coordinator.push_ok([coordinator.device.update("mission", world.mission_pe, title="Reviewed at HQ")])
    changes, _, _ = world.pedro.pull_all()
    assert any(change.fields.get("title") == "Reviewed at HQ" for change in changes)


def test_an_expert_creates_a_mission_offline_and_is_assigned_to_it(hub: Hub, world: World) -> None:
    marie = world.marie
    mission = Mission(new_id(), "CI-M9", "Follow-up visit", world.action_ci, date(2026, 9, 7),
                      date(2026, 9, 11))
    member = TeamMember(new_id(), mission.id, marie.expert_id, TeamRole.LEAD_EXPERT)
    counterpart = Counterpart(new_id(), mission.id, "Aya Traoré", "DAS")
    marie.push_ok([marie.device.insert(mission), marie.device.insert(member),
                   marie.device.insert(counterpart)])
    assert mission.id in record_ids(marie, "mission")
    assert mission.id not in record_ids(world.pedro, "mission")
    marie.push_ok([marie.device.insert(day_entry(marie, mission.id, world.activity_ci, date(2026, 9, 7)))])


def test_a_new_mission_without_its_creator_on_the_team_is_refused(hub: Hub, world: World) -> None:
    marie = world.marie
    mission = Mission(new_id(), "CI-M8", "Orphan", world.action_ci, date(2026, 9, 7), date(2026, 9, 11))
    alone = marie.push([marie.device.insert(mission)])
    assert alone.status_code == 403
    other = TeamMember(new_id(), mission.id, world.jurate.expert_id, TeamRole.EXPERT)
    for_someone_else = marie.push([marie.device.insert(mission), marie.device.insert(other)])
    assert for_someone_else.status_code == 403
    assert "not on the team of mission" in for_someone_else.json()["error"]["message"]


def test_an_expert_may_build_a_new_action_over_several_batches(hub: Hub, world: World) -> None:
    marie = world.marie
    action = Action(new_id(), "TG-01", "Universal health coverage", "Ministère de la Santé", "TG")
    marie.push_ok([marie.device.insert(action)])
    activity = Activity(new_id(), action.id, "A1", "Conditions for UHC")
    marie.push_ok([marie.device.insert(activity)])
    mission = Mission(new_id(), "TG-M1", "Scoping", action.id, date(2026, 10, 5), date(2026, 10, 9))
    marie.push_ok([marie.device.insert(mission), marie.device.insert(
        TeamMember(new_id(), mission.id, marie.expert_id, TeamRole.LEAD_EXPERT))])
    assert activity.id in record_ids(marie, "activity")
    stranger = world.pedro.push([world.pedro.device.insert(Activity(new_id(), action.id, "A2", "Mine"))])
    assert stranger.status_code == 403


def test_assigning_an_expert_delivers_the_missions_whole_history(hub: Hub, world: World) -> None:
    pedro, marie, coordinator = world.pedro, world.marie, world.coordinator
    entries = [day_entry(pedro, world.mission_pe, world.activity_pe, date(2026, 4, 6 + n)) for n in range(4)]
    pedro.push_ok([pedro.device.insert(Counterpart(new_id(), world.mission_pe, "Rosa Quispe", "MTPE"))]
                  + [pedro.device.insert(entry) for entry in entries])
    pedro.push_ok([pedro.device.update("day_entry", entries[0].id, description="Field visit in Pucallpa"),
                   pedro.device.delete("day_entry", entries[1].id)])
    _, cursor, _ = marie.pull_all()
    for n in range(5):  # Marie's own mission moves on meanwhile
        marie.push_ok([marie.device.insert(Counterpart(new_id(), world.mission_ci1, f"Agent {n}"))])
    hub.admin.assign("PE-M1", "marie", "expert", [("A1", "3")])
    pedro.push_ok([pedro.device.insert(
        day_entry(pedro, world.mission_pe, world.activity_pe, date(2026, 4, 13)))])

    received, final_cursor, requests_made = marie.pull_all(cursor, limit=3)
    ids = [change.id for change in received]
    assert len(ids) == len(set(ids)), "a change came twice"
    assert requests_made > 3
    everything, _, _ = coordinator.pull_all()
    full = protocol.merge_changes({}, everything)
    mine = protocol.merge_changes({}, received)
    pe_records = {key for key, state in full.items()
                  if state.values.get("mission_id") == world.mission_pe
                  or key in {("mission", world.mission_pe), ("action", world.action_pe),
                             ("activity", world.activity_pe), ("expert", pedro.expert_id)}}
    assert len(pe_records) == 4 + 2 + 2 + 1 + 5  # mission, action, activity, pedro; team; allocations; ...
    for key in pe_records:
        assert mine[key] == full[key], key
    assert mine[("day_entry", entries[1].id)].deleted
    assert mine[("day_entry", entries[0].id)].values["description"] == "Field visit in Pucallpa"
    assert sum(1 for change in received if change.entity == "counterpart"
               and change.fields.get("mission_id") == world.mission_ci1) == 5
    assert marie.pull_page(final_cursor).changes == ()


def test_a_grant_made_while_an_expert_is_paging_is_not_lost(hub: Hub, world: World) -> None:
    marie, pedro = world.marie, world.pedro
    pedro.push_ok([pedro.device.insert(Counterpart(new_id(), world.mission_pe, "Rosa Quispe"))])
    _, cursor, _ = marie.pull_all()
    marie.push_ok([marie.device.insert(Counterpart(new_id(), world.mission_ci1, f"Agent {n}"))
                   for n in range(12)])
    first = marie.pull_page(cursor, limit=5)
    assert first.more
    hub.admin.assign("PE-M1", "marie")
    rest, _, _ = marie.pull_all(first.cursor, limit=5)
    received = list(first.changes) + rest
    assert len({c.id for c in received}) == len(received)
    names = {c.fields.get("name") for c in received if c.entity == "counterpart"}
    assert names == {"Rosa Quispe"} | {f"Agent {n}" for n in range(12)}
    assert world.mission_pe in seen(received)["mission"]


def test_leaving_a_team_is_told_and_then_closes_the_mission(hub: Hub, world: World) -> None:
    jurate, marie, coordinator = world.jurate, world.marie, world.coordinator
    _, cursor, _ = jurate.pull_all()
    team = {c.entity_id: c for c in coordinator.pull_all()[0] if c.entity == "team_member"}
    jurate_member = next(tid for tid, c in team.items() if c.fields.get("expert_id") == jurate.expert_id)
    coordinator.push_ok([coordinator.device.delete("team_member", jurate_member)])
    told, cursor, _ = jurate.pull_all(cursor)
    assert [(c.entity, c.op) for c in told] == [("team_member", "delete")]
    marie.push_ok([marie.device.insert(Counterpart(new_id(), world.mission_ci1, "After Jūratė left"))])
    assert jurate.pull_page(cursor).changes == ()
    late = jurate.push([jurate.device.insert(
        day_entry(jurate, world.mission_ci1, world.activity_ci, date(2026, 3, 4)))])
    assert late.status_code == 403


def test_only_a_coordinator_approves_or_returns_a_deliverable(hub: Hub, world: World) -> None:
    marie = world.marie
    submitted = Deliverable(new_id(), world.mission_ci1, DeliverableKind.MISSION_REPORT, "Diagnostic report",
                            status=DeliverableStatus.SUBMITTED)
    marie.push_ok([marie.device.insert(submitted)])
    before = hub.change_count()
    entry = marie.device.insert(day_entry(marie, world.mission_ci1, world.activity_ci, date(2026, 3, 3)))
    approve = marie.device.update("deliverable", submitted.id, status="approved")
    born_returned = marie.device.insert(Deliverable(
        new_id(), world.mission_ci1, DeliverableKind.DIAGNOSTIC, "Forged", status=DeliverableStatus.RETURNED))
    retitle = marie.device.update("deliverable", submitted.id, title="Diagnostic report, final")
    response = marie.push([entry, approve, born_returned, retitle])
    assert response.status_code == 403, response.text
    error = protocol.ErrorBody.from_json(response.json())
    assert error.code == protocol.HEADQUARTERS_ONLY == "headquarters_only"
    assert error.changes == (approve["id"], born_returned["id"])  # named, so the app can take them back
    assert "only headquarters" in error.message and "Nothing of the batch was applied" in error.message
    assert hub.change_count() == before
    assert marie.push_ok([entry, retitle])  # the rest goes through without them
    statuses = {c.fields.get("status") for c in world.coordinator.pull_all()[0]
                if c.entity == "deliverable" and c.entity_id == submitted.id}
    assert statuses == {"submitted", None}

    coordinator = world.coordinator
    for status in ("returned", "approved"):
        coordinator.push_ok([coordinator.device.update("deliverable", submitted.id, status=status)])
    changes, _, _ = marie.pull_all()
    statuses_seen = [c.fields["status"] for c in changes
                     if c.entity == "deliverable" and "status" in c.fields]
    assert statuses_seen == ["submitted", "returned", "approved"]
