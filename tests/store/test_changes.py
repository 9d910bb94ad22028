"""The change writer's ``put_all``: the records, changes, seqs and stamps of as many ``put`` calls."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from socieux_desktop.domain.errors import RuleViolation
from socieux_desktop.domain.model import Action, DayEntry, DayKind, Mission, new_id
from socieux_desktop.store import models as m
from socieux_desktop.store.transactions import Commit
from socieux_desktop.store.workbook import Workbook
from tests.conftest import Sample, fill


def logged_after(workbook: Workbook, seq: int) -> list[tuple[Any, ...]]:
    with workbook.read_session() as session:
        rows = session.scalars(select(m.ChangeRow).where(m.ChangeRow.seq > seq).order_by(m.ChangeRow.seq))
        return [(row.seq, row.hlc, row.entity, row.entity_id, row.op, row.fields, row.previous)
                for row in rows]


def last_seq(workbook: Workbook) -> int:
    with workbook.read_session() as session:
        return max(session.scalars(select(m.ChangeRow.seq)))


def batch(sample: Sample) -> tuple[DayEntry, list[object]]:
    """What a bulk write may hold: new entries, a record met twice, one already there (changed), a
    tombstone brought back, and a new action followed by a new mission of it."""
    entries = [DayEntry(new_id(), sample.mission.id, sample.marie.id, sample.diagnostic.id,
                        date(2026, 3, 2) + timedelta(n), DayKind.ON_SITE_WORK, 2, "Abidjan", f"Day {n}")
               for n in range(5)]
    tombstone = DayEntry(new_id(), sample.mission.id, sample.jurate.id, sample.diagnostic.id,
                         date(2026, 3, 2), DayKind.TRAVEL, 1)
    action = Action(new_id(), "CI-2", "Social centres, second phase", "Directorate of Social Action", "CI")
    mission = dataclasses.replace(sample.mission, id=new_id(), code="CI-2-M1", action_id=action.id)
    return tombstone, [
        entries[0], entries[1], dataclasses.replace(entries[0], description="Day 0 (corrected)"),
        dataclasses.replace(sample.mission, title="Quality of services in 129 social centres"),
        entries[2], action, mission, entries[3], entries[4], tombstone, entries[1]]


def write(workbook: Workbook, tombstone: DayEntry, entities: list[object],
          together: bool) -> tuple[int, list[tuple[Any, ...]]]:
    with workbook.bulk_writer() as writer:
        writer.put(tombstone)
        writer.delete("day_entry", tombstone.id)
    start = last_seq(workbook)
    with workbook.bulk_writer() as writer:
        changed = writer.put_all(entities) if together else sum(writer.put(entity) for entity in entities)
    return changed, logged_after(workbook, start)


def test_put_all_writes_and_logs_what_as_many_puts_would(workbook: Workbook, sample: Sample,
                                                         tmp_path: Path) -> None:
    other = Workbook.open(tmp_path / "other")
    try:
        fill(other, sample)
        tombstone, entities = batch(sample)
        changed, logged = write(workbook, tombstone, entities, together=True)
        one_by_one, logged_one_by_one = write(other, tombstone, entities, together=False)
        assert changed == one_by_one == 10  # the last put of entries[1] changes nothing
        assert [row[2:] for row in logged] == [row[2:] for row in logged_one_by_one]
        seqs = [row[0] for row in logged]
        assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))
        stamps = [row[1] for row in logged]
        assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
        assert [op for _, _, _, _, op, _, _ in logged].count("insert") == 7
        assert sorted(workbook.all(DayEntry), key=lambda e: e.id) == sorted(other.all(DayEntry),
                                                                            key=lambda e: e.id)
        assert {m.code for m in workbook.all(Mission)} == {"CI-2-M1", sample.mission.code}
    finally:
        other.close()


def test_put_all_is_heard_by_commit_listeners(workbook: Workbook, sample: Sample) -> None:
    _, entities = batch(sample)
    heard: list[Commit] = []
    workbook.on_commit(heard.append)
    with workbook.bulk_writer() as writer:
        writer.put_all(entities[:2])
    assert len(heard) == 1 and {"day_entry", "change"} <= heard[0].tables


def test_put_all_refuses_what_the_gate_refuses_and_writes_nothing(workbook: Workbook, sample: Sample) -> None:
    _, entities = batch(sample)
    before = last_seq(workbook)
    bad = dataclasses.replace(entities[0], id=new_id(), half_days=3, description="x" * 5)
    with pytest.raises(RuleViolation), workbook.bulk_writer() as writer:
        writer.put_all([entities[0], entities[1], bad])
    assert logged_after(workbook, before) == []
    assert workbook.all(DayEntry) == []
