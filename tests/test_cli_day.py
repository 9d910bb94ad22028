"""`socieux day add|list`: the day log's rules and sentences, scriptable."""

from __future__ import annotations

from pathlib import Path

import pytest

from socieux_desktop.cli import EXIT_BAD_INPUT, EXIT_OK, EXIT_WORKSPACE, main
from socieux_desktop.domain.errors import Code, Finding
from socieux_desktop.domain.model import DayKind
from socieux_desktop.store.workbook import Workbook
from tests.conftest import Sample


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def add(capsys: pytest.CaptureFixture[str], data_dir: Path, mission: str,
        *extra: str) -> tuple[int, str, str]:
    return run(capsys, "day", "add", "--data-dir", str(data_dir), "--mission", mission, *extra)


@pytest.fixture
def closed(workbook: Workbook, sample: Sample) -> Sample:
    """The sample written, its workbook closed (the command opens its own)."""
    workbook.close()
    return sample


def test_add_logs_the_profile_experts_day_through_the_rules(closed: Sample, data_dir: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = add(capsys, data_dir, "CI-2026-01-M1", "--date", "2026-03-02", "--activity", "A1",
                         "--place", "Abidjan, Plateau", "--description", "Réunion de lancement",
                         "--counterpart", closed.awa.id)
    assert (code, err) == (EXIT_OK, "")
    assert out.startswith("Logged a full day (on_site_work) on 2026-03-02 for Marie Lefèvre on mission "
                          "CI-2026-01-M1: entry ")
    book = Workbook.open(data_dir)
    try:
        [entry] = book.day_entries()
        assert (entry.expert_id, entry.activity_id, entry.kind, entry.half_days, entry.place,
                entry.description, entry.counterpart_ids) == (
            closed.marie.id, closed.diagnostic.id, DayKind.ON_SITE_WORK, 2, "Abidjan, Plateau",
            "Réunion de lancement", (closed.awa.id,))
        assert book.pending_change_count() > 0
    finally:
        book.close()


def test_a_second_day_on_one_date_is_refused_with_the_day_logs_sentence(
        closed: Sample, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert add(capsys, data_dir, closed.mission.id, "--date", "2026-03-03", "--activity", "A1")[0] == EXIT_OK
    code, out, err = add(capsys, data_dir, closed.mission.id, "--date", "2026-03-03", "--activity", "A2",
                         "--days", "0.5")
    assert (code, out) == (EXIT_BAD_INPUT, "")
    sentence = Finding(Code.MORE_THAN_ONE_DAY, {"expert": "Marie Lefèvre", "logged": "1",
                                                "day": "2026-03-03"}).english
    assert err == f"socieux day: {sentence} Nothing was logged.\n"


def test_warnings_are_printed_and_the_day_is_kept(closed: Sample, data_dir: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = add(capsys, data_dir, closed.mission.id, "--date", "2026-03-20", "--activity", "A1",
                       "--kind", "travel")
    assert code == EXIT_OK
    assert ("Warning: 2026-03-20 is outside the mission's dates (2026-03-02 to 2026-03-13). Only preparation "
            "and reporting days usually are; check the date.") in out
    code, out, _ = run(capsys, "day", "list", "--data-dir", str(data_dir))
    header, line = out.splitlines()
    assert header.split("\t") == ["id", "mission", "date", "expert", "kind", "days", "activity", "place",
                                  "description"]
    assert line.split("\t")[1:7] == ["CI-2026-01-M1", "2026-03-20", "Marie Lefèvre", "travel", "1", "A1"]


@pytest.mark.parametrize(("extra", "message"), [
    (["--date", "2026-03-32", "--activity", "A1"], "“2026-03-32” is not a valid date."),
    (["--date", "2026-03-02", "--activity", "A1", "--days", "0.3"], "“0.3” is not a number of days."),
    (["--date", "2026-03-02"], "say which activity the day counts against: --activity A1 or A2."),
    (["--date", "2026-03-02", "--activity", "A9"], "This activity is not one of the mission's activities."),
    (["--date", "2026-03-02", "--activity", "A1", "--expert", "0b6c1f5e-4f0a-4c2e-9a57-3f2d7c1e8b90"],
     "This expert is not on the mission's team."),
])
def test_refusals_say_what_to_do_and_log_nothing(extra: list[str], message: str, closed: Sample,
                                                 data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = add(capsys, data_dir, closed.mission.id, *extra)
    assert code == EXIT_BAD_INPUT and message in err
    book = Workbook.open(data_dir)
    try:
        assert book.day_entries() == []
    finally:
        book.close()


def test_an_unknown_mission_lists_the_codes(closed: Sample, data_dir: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = add(capsys, data_dir, "XX-1", "--date", "2026-03-02")
    assert code == EXIT_BAD_INPUT
    assert "there is no mission XX-1" in err and "(CI-2026-01-M1)" in err


def test_a_missing_workspace_is_not_made(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "day", "list", "--data-dir", str(tmp_path / "none"))
    assert code == EXIT_WORKSPACE and "there is no workspace" in err
    assert not (tmp_path / "none").exists()
