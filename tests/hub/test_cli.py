"""Headquarters' command line: users, actions, missions, assignments and the CSV import."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from socieux_hub.admin import Admin
from socieux_hub.cli import main
from socieux_hub.db import Database
from tests.hub.conftest import PASSWORD

CSV = """action_code;action_title;partner_institution;country_code;activity_code;activity_title;mission_code;\
mission_title;start_date;end_date;modality;expert;role;days
PE-2026-02;Green jobs in the Amazon;Ministerio de Trabajo;PE;A1;Green jobs diagnostic;PE-M1;Green jobs \
mission;2026-04-06;2026-04-17;on_site;pedro;lead_expert;10
PE-2026-02;;;;A2;Regional strategies;PE-M1;;;;;pedro;;2.5
TG-2026-03;Universal health coverage;Ministère de la Santé;TG;;;TG-M1;Conditions for universal health \
coverage;2026-06-01;2026-06-12;remote;;;
"""


def hub_cli(db_url: str, *argv: str, stdin: str = "", monkeypatch: pytest.MonkeyPatch,
            capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--db", db_url, *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_headquarters_sets_up_a_mission_from_the_command_line(
        db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def run(*argv: str, stdin: str = "") -> str:
        code, out, err = hub_cli(db_url, *argv, stdin=stdin, monkeypatch=monkeypatch, capsys=capsys)
        assert code == 0, err
        return out

    assert run("user", "add", "marie", "--role", "expert", "--name", "Marie Lefèvre", "--country", "FR",
               stdin=PASSWORD + "\n").startswith("Created expert marie, expert ")
    run("user", "add", "hq", "--role", "coordinator", stdin=PASSWORD + "\n")
    action_id = run("action", "add", "--code", "CI-2026-01", "--title", "Quality of services",
                    "--partner", "Direction de l'Action Sociale", "--country", "CI").strip()
    run("activity", "add", "--action", "CI-2026-01", "--code", "A1", "--title", "Diagnostic")
    run("mission", "add", "--action", action_id, "--code", "CI-M1", "--title", "Diagnostic mission",
        "--start", "2026-03-02", "--end", "2026-03-13", "--theme", "social_assistance")
    assert run("assign", "--mission", "CI-M1", "--expert", "marie", "--role", "lead_expert",
               "--days", "A1=8").endswith("with 8 day(s) allocated.\n")
    listing = run("mission", "list")
    assert "CI-M1" in listing and "marie" in listing
    users = run("user", "list")
    assert sorted(tuple(line.split("\t")[:2]) for line in users.splitlines()) == [
        ("hq", "coordinator"), ("marie", "expert")]
    assert "reset; 0 session(s) signed out" in run("user", "password", "marie", stdin="a new long secret\n")


def test_bad_input_is_one_line_that_says_what_to_do(
        db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = hub_cli(db_url, "user", "add", "marie", "--role", "expert", stdin="short\n",
                           monkeypatch=monkeypatch, capsys=capsys)
    assert code == 1 and err == "socieux-hub: A password has at least 8 characters.\n"
    code, _, err = hub_cli(db_url, "assign", "--mission", "NOPE", "--expert", "marie",
                           monkeypatch=monkeypatch, capsys=capsys)
    assert code == 1 and err.startswith("socieux-hub: ") and err.count("\n") == 1


def test_missions_import_from_csv_in_one_transaction(
        db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    hub_cli(db_url, "user", "add", "pedro", "--role", "expert", "--name", "Pedro Gómez",
            stdin=PASSWORD + "\n", monkeypatch=monkeypatch, capsys=capsys)
    good = tmp_path / "missions.csv"
    good.write_text(CSV, encoding="utf-8")
    code, out, err = hub_cli(db_url, "mission", "import", str(good), monkeypatch=monkeypatch, capsys=capsys)
    assert code == 0, err
    assert out.startswith("Imported 3 row(s): ")
    db = Database(db_url)
    try:
        missions = {mission.code: mission for mission in Admin(db).missions()}
        assert set(missions) == {"PE-M1", "TG-M1"}
        assert missions["PE-M1"].team == ("pedro",)
        bad = tmp_path / "bad.csv"
        renamed = CSV.replace("PE-M1", "PE-M2").replace("TG-M1", "TG-M2")
        bad.write_text(renamed.replace("2026-06-12", "2026-13-40"), encoding="utf-8")
        before = len(Admin(db).missions())
        code, _, err = hub_cli(db_url, "mission", "import", str(bad), monkeypatch=monkeypatch, capsys=capsys)
        assert code == 1 and "line 4" in err and "Nothing of the file was imported." in err
        assert len(Admin(db).missions()) == before
    finally:
        db.dispose()
