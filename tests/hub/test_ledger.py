"""The gate at the hub's push: a change whose fields or merged record break a rule of a record by itself is
refused with 422 naming the change and the rule, nothing of the batch is applied, and everyone's pulls work
on. What a merge of legitimate offline writes brings about (two days on one date) goes through, for the
apps to show."""

from __future__ import annotations

import copy
import gzip
import json
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from socieux_desktop.domain.clock import wall_clock_ms
from socieux_desktop.domain.errors import Code, RuleViolation
from socieux_desktop.domain.gate import check_record, judge_change, record_problem
from socieux_desktop.domain.model import Allocation, Counterpart, DayEntry, DayKind, Mission, new_id
from socieux_desktop.domain.records import from_record, to_record
from socieux_desktop.domain.rules import DayEntryContext
from socieux_desktop.store.exchange import ExchangeError, export_workspace, holds_records, import_workspace
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.sync import protocol
from socieux_hub.errors import RULE_VIOLATION, HubSetupError
from tests.conftest import Sample, fill, make_sample
from tests.hub.conftest import Client, Hub, World, day_entry


def push_escaped(client: Client, changes: list[dict[str, Any]]) -> Any:
    """Push as a client that writes JSON with ``\\uXXXX`` escapes (so a lone surrogate travels as
    ``\\ud800``, which UTF-8 cannot carry otherwise)."""
    body = gzip.compress(json.dumps(client.device.batch(changes), ensure_ascii=True).encode("ascii"))
    return client.push_raw(body)


def good_day(world: World, day: date = date(2026, 3, 3)) -> DayEntry:
    return day_entry(world.marie, world.mission_ci1, world.activity_ci, day)


def _insert_with(world: World, **fields: Any) -> dict[str, Any]:
    change = world.marie.device.insert(good_day(world))
    change["fields"].update(fields)
    return change


def _allocation(world: World, half_days: int) -> dict[str, Any]:
    return world.marie.device.insert(Allocation(new_id(), world.mission_ci1, world.marie.expert_id,
                                                world.activity_ci, half_days))


BAD: dict[str, tuple[Callable[[World], dict[str, Any]], str]] = {
    "lone surrogate": (lambda w: _insert_with(w, description="Atelier \ud800 validé"),
                       Code.INVALID_CHARACTERS),
    "NUL in a place": (lambda w: _insert_with(w, place="Abidjan\x00"), Code.INVALID_CHARACTERS),
    "seven half days": (lambda w: _insert_with(w, half_days=7), Code.INVALID_DAYS),
    "minus seven half days": (lambda w: _insert_with(w, half_days=-7), Code.INVALID_DAYS),
    "3 MiB description": (lambda w: _insert_with(w, description="x" * 3 * 1024 * 1024), Code.TEXT_TOO_LONG),
    "allocation of -5 days": (lambda w: _allocation(w, -10), Code.INVALID_ALLOCATION),
    "blank counterpart": (lambda w: w.marie.device.insert(Counterpart(new_id(), w.mission_ci1, " ")),
                          Code.REQUIRED_FIELD),
    "surrogate in previous": (lambda w: {**_insert_with(w), "previous": {"place": "\udc00"}},
                              Code.INVALID_CHARACTERS),
}


@pytest.mark.parametrize("case", BAD)
def test_a_change_breaking_a_rule_is_refused_naming_it_and_nothing_is_applied(hub: Hub, world: World,
                                                                             case: str) -> None:
    make, code = BAD[case]
    marie = world.marie
    _, before, _ = world.jurate.pull_all()
    _, hq_before, _ = world.coordinator.pull_all()
    count = hub.change_count()
    fine = marie.device.insert(Counterpart(new_id(), world.mission_ci1, "Awa Koné", "DAS"))
    bad = make(world)
    response = push_escaped(marie, [fine, bad])
    assert response.status_code == 422, response.text
    error = protocol.ErrorBody.from_json(response.json())
    assert error.code == RULE_VIOLATION
    assert error.changes == (bad["id"],)
    assert error.message.startswith(f"change 2 ({bad['entity']} {bad['entity_id']}), id {bad['id']}: ")
    assert f"(rule {code})" in error.message and "Nothing of the batch was applied" in error.message
    assert hub.change_count() == count
    # teammates and headquarters pull on, and get nothing of the refused batch
    assert world.jurate.pull_all(before)[0] == []
    assert world.coordinator.pull_all(hq_before)[0] == []
    assert world.marie.pull_all()[0]  # the expert's own first pull works too
    # once corrected, the same changes go through
    assert len(marie.push_ok([fine, marie.device.insert(good_day(world))])) == 2


def test_a_bad_field_that_loses_the_merge_is_refused_too(hub: Hub, world: World) -> None:
    """The change log keeps and relays every change, not only the winning values."""
    entry = good_day(world)
    marie, coordinator = world.marie, world.coordinator
    marie.push_ok([marie.device.insert(entry)])
    coordinator.device.wall_ms = marie.device.wall_ms + 1000
    coordinator.push_ok([coordinator.device.update("day_entry", entry.id, place="Bouaké")])
    late = marie.device.update("day_entry", entry.id, place="Abi\x00djan")  # stamped before HQ's edit
    response = push_escaped(marie, [late])
    assert response.status_code == 422
    assert "(rule invalid_characters)" in response.json()["error"]["message"]


def test_an_update_that_breaks_the_merged_record_is_refused(hub: Hub, world: World) -> None:
    coordinator = world.coordinator
    coordinator.device.wall_ms = wall_clock_ms() + 60_000  # later than the hub's own stamp of the mission
    response = coordinator.push([coordinator.device.update("mission", world.mission_ci1,
                                                           end_date="2026-02-01")])
    assert response.status_code == 422, response.text  # ends before it starts, once merged
    assert "(rule end_before_start)" in response.json()["error"]["message"]


def test_attendance_and_text_updates_pass_the_gate(hub: Hub, world: World) -> None:
    marie = world.marie
    deliverable = {"id": new_id(), "mission_id": world.mission_ci1, "kind": "diagnostic",
                   "title": "Diagnostic", "language": "fr", "status": "draft", "deleted": False}
    workshop = {"id": new_id(), "mission_id": world.mission_ci1, "deliverable_id": deliverable["id"],
                "started_at": "2026-03-04T09:00:00.000+00:00", "ended_at": "", "deleted": False}
    marie.push_ok([marie.device.change("deliverable", deliverable["id"], "insert", deliverable),
                   marie.device.change(protocol.WORKSHOP, workshop["id"], "insert", workshop)])
    participant = {"id": new_id(), "workshop_id": workshop["id"], "mission_id": world.mission_ci1,
                   "name": "Kouassi\u0007 Yao", "institution": "DAS", "sex": "", "read_only": False,
                   "joined_at": "2026-03-04T09:05:00.000+00:00", "deleted": False}
    response = push_escaped(marie, [marie.device.change(protocol.WORKSHOP_PARTICIPANT, participant["id"],
                                                        "insert", participant)])
    assert response.status_code == 422
    assert "(rule invalid_characters)" in response.json()["error"]["message"]
    participant["name"] = "Kouassi Yao"
    marie.push_ok([marie.device.change(protocol.WORKSHOP_PARTICIPANT, participant["id"], "insert",
                                       participant)])


def test_two_full_days_on_one_date_from_two_laptops_go_through_and_show_as_a_finding(
        hub: Hub, world: World) -> None:
    """Each laptop's own write was legitimate; together they make two days on one date. The hub relays
    them (a refusal would block a sync forever); the gate's verdict on the pulled change says it."""
    marie = world.marie
    second_laptop = type(marie.device)()
    first, second = good_day(world), good_day(world)
    marie.push_ok([marie.device.insert(first)])
    marie.push_ok([second_laptop.insert(second)], device=second_laptop)
    pulled = [c for c in world.jurate.pull_all()[0] if c.entity == "day_entry"]
    assert {c.entity_id for c in pulled} == {first.id, second.id}
    incoming = next(c for c in pulled if c.entity_id == second.id)
    mission = world.coordinator.pull_all()[0]
    mission_record = next(c for c in mission if c.entity == "mission" and c.entity_id == world.mission_ci1)
    context = DayEntryContext(
        mission=from_record(Mission, dict(mission_record.fields)),
        activity_ids=frozenset({world.activity_ci}), team_expert_ids=frozenset({marie.expert_id}),
        same_day_entries=[first], same_allocation_entries=[first], allocations=[],
        expert_name="Marie Lefèvre")
    verdict = judge_change("day_entry", incoming.fields, incoming.fields, context=context)
    assert verdict.accepted
    assert Code.MORE_THAN_ONE_DAY in [finding.code for finding in verdict.findings]
    assert to_record(second) == {k: v for k, v in incoming.fields.items() if k != "deleted"}


# --- the same refusals at every way in, and what the hub takes comes back intact ------------------------

_ANY_CHARACTER = st.characters(blacklist_categories=())  # surrogates and control characters included
_TEXTS = st.one_of(
    st.text(max_size=12), st.text(_ANY_CHARACTER, max_size=8),
    st.text(st.sampled_from("aé\t\n\x00\x7f\x85\ud800 "), max_size=6),
    st.integers(150, 320).map(lambda n: "é" * n),
    st.sampled_from(["", " ", "Awa Koné", "x" * 254, "x" * 255]))
_PLAIN = st.text(st.characters(categories=["L", "M", "N", "P", "Zs"], codec="utf-8"), min_size=1,
                 max_size=30)
_FIELD = st.one_of(_PLAIN, _PLAIN, _TEXTS)  # about a quarter of the counterparts pass the gate
_COUNTERPARTS = st.fixed_dictionaries({"name": _FIELD, "institution": _FIELD, "role": _FIELD,
                                       "email": _FIELD})
_ALLOCATIONS = st.integers(-20, 2 * 366 + 20)
_DAYS = st.fixed_dictionaries({"half_days": st.integers(-3, 5), "place": _FIELD, "description": _FIELD})


@dataclass
class _Ways:
    """The ways in, ready: a workbook holding the sample mission, an empty workspace to copy for each
    import, a document to import, and the hub with its world."""

    workbook: Workbook
    sample: Sample
    empty: Path
    document: dict[str, Any]
    hub: Hub
    world: World
    scratch: Path


@pytest.fixture
def ways(hub: Hub, world: World, tmp_path: Path) -> Iterator[_Ways]:
    source, empty = Workbook.open(tmp_path / "source"), Workbook.open(tmp_path / "empty")
    empty.close()
    sample = make_sample()
    fill(source, sample)
    source.log_day(DayEntry(new_id(), sample.mission.id, sample.marie.id, sample.diagnostic.id,
                            date(2026, 3, 2), DayKind.ON_SITE_WORK, 2))
    document = export_workspace(source)
    yield _Ways(source, sample, tmp_path / "empty", document, hub, world, tmp_path / "scratch")
    source.close()


def _imports(ways: _Ways, entity: str, fields: dict[str, Any]) -> bool:
    document = copy.deepcopy(ways.document)
    document["entities"][entity][0].update(fields)
    target_dir = ways.scratch / new_id()
    shutil.copytree(ways.empty, target_dir)
    target = Workbook.open(target_dir)
    try:
        import_workspace(target, document)
    except ExchangeError:
        assert not holds_records(target)
        return False
    finally:
        target.close()
    return True


def _saves(ways: _Ways, entity: object) -> bool:
    before = ways.workbook.pending_change_count()
    try:
        ways.workbook.save(entity)
    except RuleViolation:
        assert ways.workbook.pending_change_count() == before
        return False
    return True


def _pushes(ways: _Ways, change: dict[str, Any], pusher: Client | None = None) -> bool:
    marie, coordinator = ways.world.marie, ways.world.coordinator
    _, cursor, _ = coordinator.pull_all()
    response = push_escaped(pusher or marie, [change])
    if response.status_code == 422:
        assert response.json()["error"]["changes"] == [change["id"]]
        assert coordinator.pull_all(cursor)[0] == []
        return False
    assert response.status_code == 200, response.text
    [pulled] = coordinator.pull_all(cursor)[0]
    assert (pulled.id, dict(pulled.fields)) == (change["id"], change["fields"])  # identical
    check_record(change["entity"], pulled.fields)  # and within the rules
    return True


_SETTINGS = settings(max_examples=40, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])


@_SETTINGS
@given(fields=_COUNTERPARTS)
def test_every_way_in_takes_a_counterpart_exactly_when_the_gate_does(ways: _Ways,
                                                                     fields: dict[str, str]) -> None:
    counterpart = Counterpart(new_id(), ways.sample.mission.id, **fields)
    accepted = record_problem("counterpart", to_record(counterpart)) is None
    assert _saves(ways, counterpart) is accepted
    assert _imports(ways, "counterpart", fields) is accepted
    at_hub = replace(counterpart, mission_id=ways.world.mission_ci1)
    assert _pushes(ways, ways.world.marie.device.insert(at_hub)) is accepted


@_SETTINGS
@given(half_days=_ALLOCATIONS)
def test_every_way_in_takes_an_allocation_exactly_when_the_gate_does(ways: _Ways, half_days: int) -> None:
    sample = ways.sample
    allocation = Allocation(new_id(), sample.mission.id, sample.jurate.id, sample.specifications.id,
                            half_days)
    accepted = record_problem("allocation", to_record(allocation)) is None
    assert accepted is (0 <= half_days <= 2 * 366)
    assert _saves(ways, allocation) is accepted
    assert _imports(ways, "allocation", {"half_days": half_days}) is accepted
    world = ways.world
    at_hub = Allocation(new_id(), world.mission_ci1, world.marie.expert_id, world.activity_ci, half_days)
    # allocations are headquarters' to write (the hub refuses them from an expert, test_hostile)
    assert _pushes(ways, world.coordinator.device.insert(at_hub), world.coordinator) is accepted


def test_headquarters_commands_pass_the_gate_and_say_why_not(hub: Hub) -> None:
    count = hub.change_count()
    with pytest.raises(HubSetupError, match="has 301 characters; it holds at most 300"):
        hub.admin.add_action("CI-2026-09", "T" * 301, "DAS", "CI")
    with pytest.raises(HubSetupError, match="holds a character that is not text"):
        hub.admin.add_user("awa", "expert", "a long enough password", name="Awa\x1b[2J")
    assert hub.change_count() == count


@_SETTINGS
@given(fields=_DAYS, offset=st.integers(0, 11))
def test_every_way_in_refuses_a_day_entry_the_gate_refuses(ways: _Ways, fields: dict[str, Any],
                                                          offset: int) -> None:
    """The workbook also refuses what the rules around a day refuse (a second day on a date); the import
    and the hub, which take merges of other devices' writes, refuse exactly what the gate refuses."""
    sample, world = ways.sample, ways.world
    day = date(2026, 3, 2) + timedelta(offset)
    logged = DayEntry(new_id(), sample.mission.id, sample.jurate.id, sample.diagnostic.id, day,
                      DayKind.ON_SITE_WORK, **fields)
    accepted = record_problem("day_entry", to_record(logged)) is None
    assert accepted is (fields["half_days"] in (1, 2) and record_problem("day_entry", fields) is None)
    before = ways.workbook.pending_change_count()
    try:
        ways.workbook.log_day(logged)
    except RuleViolation:
        assert ways.workbook.pending_change_count() == before
    else:
        assert accepted
        ways.workbook.delete_day(logged.id)  # the next example may log the same date
    assert _imports(ways, "day_entry", fields) is accepted
    at_hub = replace(logged, mission_id=world.mission_ci1, expert_id=world.marie.expert_id,
                     activity_id=world.activity_ci)
    assert _pushes(ways, world.marie.device.insert(at_hub)) is accepted
