"""The findings a merge brings about, against the real hub over HTTP: two laptops of one expert log a
full day on one date while offline; both pushes are legitimate, so both laptops keep both entries, and
both show "more than one day on one date" until one of the entries goes."""

from __future__ import annotations

import dataclasses
import io
from datetime import date

import pytest

from socieux_desktop.domain.errors import Code
from socieux_desktop.domain.model import DayEntry, DayKind, new_id
from socieux_desktop.store.sync_review import SyncReview
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.sync.commands import sync_main, sync_now
from socieux_desktop.sync.credentials import TokenStore
from tests.sync.conftest import Hub, World
from tests.sync.test_commands import parse
from tests.sync.test_pull_gate import mission_by_code, signed_in

DAY = date(2026, 3, 4)


def two_full_days(world: World, first: Workbook, second: Workbook, tokens: TokenStore,
                  ) -> tuple[DayEntry, DayEntry]:
    """Both laptops synced once, then each logs a full day for Marie on :data:`DAY` (offline: neither
    has seen the other's); the two entries."""
    sync_now(first, tokens)
    sync_now(second, tokens)
    mission = mission_by_code(first, "CI-M1")
    activity = first.mission_details(mission.id).activities[0]
    mine = DayEntry(new_id(), mission.id, world.marie.expert_id, activity.id, DAY, DayKind.ON_SITE_WORK, 2,
                    "Abidjan", "Visite du centre social de Treichville")
    theirs = dataclasses.replace(mine, id=new_id(), place="Yamoussoukro", description="Atelier régional")
    first.log_day(mine)
    second.log_day(theirs)
    return mine, theirs


def finding_codes(workbook: Workbook) -> dict[str, set[str]]:
    codes: dict[str, set[str]] = {}
    for finding in SyncReview(workbook).findings():
        codes.setdefault(finding.entry_id, set()).add(finding.code)
    return codes


def test_two_days_on_one_date_merged_are_kept_shown_and_forgotten_once_one_goes(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    first = signed_in(laptops["first"], tokens, hub, "marie")
    second = signed_in(laptops["second"], tokens, hub, "marie")
    mine, theirs = two_full_days(world, first, second, tokens)

    sync_now(first, tokens)
    report = sync_now(second, tokens)
    sync_now(first, tokens)

    both = {mine.id: {Code.MORE_THAN_ONE_DAY.value}, theirs.id: {Code.MORE_THAN_ONE_DAY.value}}
    assert report.set_aside == 0 and report.findings == 2
    for laptop in (first, second):
        assert laptop.get(DayEntry, mine.id) == mine and laptop.get(DayEntry, theirs.id) == theirs
        assert finding_codes(laptop) == both
        assert SyncReview(laptop).counts().findings == 2
    finding = next(f for f in SyncReview(first).findings() if f.entry_id == mine.id)
    assert finding.params["day"] == DAY.isoformat() and "2026-03-04" in finding.english

    again = sync_now(second, tokens)  # nothing new: the findings stay, once
    assert again.findings == 2 and len(SyncReview(second).findings()) == 2
    third = signed_in(laptops["third"], tokens, hub, "marie")  # a laptop joining gets both in one pull
    assert sync_now(third, tokens).findings == 2 and finding_codes(third) == both

    first.delete_day(mine.id)
    assert sync_now(first, tokens).findings == 0
    assert sync_now(second, tokens).findings == 0
    assert sync_now(third, tokens).findings == 0
    for laptop in (first, second, third):
        assert laptop.get(DayEntry, mine.id) is None and laptop.get(DayEntry, theirs.id) == theirs
        assert finding_codes(laptop) == {}


def test_a_finding_goes_once_one_entry_moves_to_another_date(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    first = signed_in(laptops["first"], tokens, hub, "marie")
    second = signed_in(laptops["second"], tokens, hub, "marie")
    mine, _theirs = two_full_days(world, first, second, tokens)
    sync_now(first, tokens)
    sync_now(second, tokens)
    assert SyncReview(second).counts().findings == 2

    # A half day would still make one and a half days (refused here); the other laptop moves the first's
    # entry to the next date instead.
    second.log_day(dataclasses.replace(mine, day=date(2026, 3, 5)))
    assert sync_now(second, tokens).findings == 0
    assert sync_now(first, tokens).findings == 0
    assert finding_codes(first) == finding_codes(second) == {}


def test_one_full_day_and_one_half_day_bring_no_finding(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    first = signed_in(laptops["first"], tokens, hub, "marie")
    second = signed_in(laptops["second"], tokens, hub, "marie")
    sync_now(first, tokens)
    sync_now(second, tokens)
    mission = mission_by_code(first, "CI-M1")
    activity = first.mission_details(mission.id).activities[0]
    first.log_day(DayEntry(new_id(), mission.id, world.marie.expert_id, activity.id, DAY,
                           DayKind.ON_SITE_WORK, 2, "Abidjan", "Morning and afternoon"))
    second.log_day(DayEntry(new_id(), mission.id, world.marie.expert_id, activity.id, date(2026, 3, 5),
                            DayKind.ON_SITE_WORK, 2, "Abidjan", "Another date"))
    sync_now(first, tokens)
    assert sync_now(second, tokens).findings == 0
    assert sync_now(first, tokens).findings == 0
    assert finding_codes(first) == finding_codes(second) == {}


@pytest.mark.parametrize(("language", "header"), [
    ("en", "Day entries to check (2): merged with other computers' changes, they break a rule."),
    ("fr", "Journées à vérifier (2) : fusionnées avec les modifications d'autres ordinateurs"),
    ("es", "Jornadas por revisar (2): fusionadas con los cambios de otros ordenadores"),
])
def test_socieux_sync_prints_the_findings(hub: Hub, world: World, laptops: dict[str, Workbook],
                                          tokens: TokenStore, language: str, header: str) -> None:
    first = signed_in(laptops["first"], tokens, hub, "marie")
    second = signed_in(laptops["second"], tokens, hub, "marie")
    two_full_days(world, first, second, tokens)
    sync_now(first, tokens)

    out, err = io.StringIO(), io.StringIO()
    code = sync_main(parse("sync", "--data-dir", str(second.data_dir), "--lang", language), tokens,
                     out=out, err=err, environ={})

    assert code == 0, err.getvalue()
    lines = out.getvalue().splitlines()
    assert len(lines) == 3 and lines[1].startswith(header)
    assert lines[2] == ("  – Marie Lefèvre already has 1 day(s) logged on 2026-03-04, and a person can log "
                        "at most one day on one date. Log a half day or choose another date.")
    out = io.StringIO()
    second.delete_day(next(iter(finding_codes(second))))
    assert sync_main(parse("sync", "--data-dir", str(second.data_dir)), tokens, out=out, err=err,
                     environ={}) == 0
    assert len(out.getvalue().splitlines()) == 1  # nothing left to check: "Synced..." alone
