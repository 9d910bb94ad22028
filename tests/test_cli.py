"""The `socieux` command line: demo, export and import, their exit codes and messages."""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from socieux_desktop import cli
from socieux_desktop.cli import EXIT_BAD_INPUT, EXIT_OK, EXIT_WORKSPACE, main
from socieux_desktop.domain.model import DayEntry, Mission
from socieux_desktop.store.exchange import FORMAT, dumps, export_workspace
from socieux_desktop.store.workbook import DEMO, Workbook
from socieux_desktop.store.workspace import database_path
from tests.conftest import Sample

REPO = Path(__file__).resolve().parents[1]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def counts(data_dir: Path) -> tuple[int, int, str]:
    book = Workbook.open(data_dir)
    try:
        return len(book.all(Mission)), len(book.day_entries()), book.kind
    finally:
        book.close()


def test_demo_fills_a_new_workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "demo", "--data-dir", str(tmp_path / "demo"))
    assert (code, err) == (EXIT_OK, "")
    assert out == f"Demo workspace with 6 missions written to {tmp_path / 'demo'}.\n"
    assert counts(tmp_path / "demo") == (6, 122, DEMO)


def test_demo_generates_a_large_workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(capsys, "demo", "--data-dir", str(tmp_path / "big"), "--missions", "20",
                     "--day-entries", "900", "--seed", "4")
    assert code == EXIT_OK
    assert counts(tmp_path / "big") == (20, 900, DEMO)


def test_demo_defaults_to_a_hundred_entries_a_mission(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "demo", "--data-dir", str(tmp_path / "w"), "--missions", "3")[0] == EXIT_OK
    assert counts(tmp_path / "w")[:2] == (3, 300)


def test_demo_refuses_a_workspace_with_missions(workbook: Workbook, sample: Sample, data_dir: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    workbook.close()
    code, out, err = run(capsys, "demo", "--data-dir", str(data_dir))
    assert (code, out) == (EXIT_BAD_INPUT, "")
    assert one_line(err) == (f"socieux demo: the workspace in {data_dir} is not empty; make the demo in a "
                             f"new, empty folder.")
    assert counts(data_dir)[0] == 1


@pytest.mark.parametrize(("argv", "message"), [
    (["demo", "--seed", "3"], "give --missions too"),
    (["demo", "--day-entries", "10"], "give --missions too"),
    (["demo", "--missions", "1", "--day-entries", "5000"], "cannot hold 5000 day entries"),
])
def test_demo_refuses_inconsistent_sizes(argv: list[str], message: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, *argv, "--data-dir", str(tmp_path / "w"))
    assert code == EXIT_BAD_INPUT
    assert message in one_line(err)
    assert not (tmp_path / "w").exists() or counts(tmp_path / "w")[0] == 0


@pytest.mark.parametrize("argv", [
    [],
    ["fly"],
    ["demo", "--missions", "0"],
    ["demo", "--missions", "many"],
    ["demo", "--missions", "2", "--day-entries", "-1"],
    ["export", "--data-dir", "x"],
    ["import"],
])
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == EXIT_BAD_INPUT
    assert "usage: socieux" in err


def test_help_exits_0_and_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == EXIT_OK
    for command in cli.COMMANDS:
        assert command.name in out


def test_export_writes_the_documented_json(workbook: Workbook, sample: Sample, data_dir: Path,
                                           tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.json"
    code, out, err = run(capsys, "export", "--data-dir", str(data_dir), "--json", str(target))
    assert (code, err) == (EXIT_OK, "")
    assert out == f"Workspace {data_dir} exported to {target}.\n"
    text = target.read_text(encoding="utf-8")
    assert text == dumps(export_workspace(workbook))
    document = json.loads(text)
    assert document["format"] == FORMAT
    assert [e["id"] for e in document["entities"]["expert"]] == sorted([sample.marie.id, sample.jurate.id])
    assert "Jūratė Kazlauskienė" in text


def test_export_of_a_missing_workspace_creates_nothing(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "export", "--data-dir", str(tmp_path / "none"), "--json",
                       str(tmp_path / "o.json"))
    assert code == EXIT_WORKSPACE
    assert "there is no workspace in" in one_line(err)
    assert not (tmp_path / "none").exists() and not (tmp_path / "o.json").exists()


def test_an_unreadable_workspace_exits_1_and_stays_as_it_was(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "damaged"
    folder.mkdir()
    database_path(folder).write_bytes(b"not a database at all")
    code, _, err = run(capsys, "export", "--data-dir", str(folder), "--json", str(tmp_path / "o.json"))
    assert code == EXIT_WORKSPACE
    assert "cannot read the workspace" in one_line(err) and "restore the latest copy" in err
    assert database_path(folder).read_bytes() == b"not a database at all"


def test_a_workspace_from_a_newer_app_exits_1(data_dir: Path, workbook: Workbook, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "x.json"
    source.write_text(dumps(export_workspace(workbook)), encoding="utf-8")
    workbook.close()
    with sqlite3.connect(database_path(data_dir)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    connection.close()
    code, _, err = run(capsys, "import", "--data-dir", str(data_dir), "--json", str(source))
    assert code == EXIT_WORKSPACE
    assert one_line(err).endswith("update the app.")


def test_import_then_export_gives_the_same_bytes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "demo", "--data-dir", str(tmp_path / "a"))[0] == EXIT_OK
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert run(capsys, "export", "--data-dir", str(tmp_path / "a"), "--json", str(first))[0] == EXIT_OK
    code, out, err = run(capsys, "import", "--data-dir", str(tmp_path / "b"), "--json", str(first))
    assert (code, err) == (EXIT_OK, "")
    assert out == (f"Imported 199 records (6 missions, 122 day entries, 5 deliverables), 5 deliverable "
                   f"texts, 0 pictures and 1 workshops (9 participants) from {first} into "
                   f"{tmp_path / 'b'}.\n")
    assert run(capsys, "export", "--data-dir", str(tmp_path / "b"), "--json", str(second))[0] == EXIT_OK
    assert first.read_bytes() == second.read_bytes()


def test_import_of_a_bad_file_exits_2_and_writes_nothing(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "bad.json"
    source.write_text('{"format": "socieux-workspace", "version": 7}', encoding="utf-8")
    code, _, err = run(capsys, "import", "--data-dir", str(tmp_path / "w"), "--json", str(source))
    assert code == EXIT_BAD_INPUT
    assert one_line(err) == (f"socieux import: cannot import {source}: the document is format version 7, "
                             f"newer than this app's 3; update the app; nothing was imported: correct the "
                             f"file and run the command again.")
    assert not (tmp_path / "w").exists()


def folder_state(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {str(path.relative_to(folder)): (path.stat().st_mtime_ns, path.read_bytes())
            for path in sorted(folder.rglob("*")) if path.is_file()}


@pytest.mark.parametrize("damage", ["newer", "state", "section", "cut", "picture"])
def test_a_damaged_or_newer_file_leaves_the_target_folder_untouched(
        damage: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "demo", "--data-dir", str(tmp_path / "demo"))[0] == EXIT_OK
    source = tmp_path / "demo.json"
    assert run(capsys, "export", "--data-dir", str(tmp_path / "demo"), "--json", str(source))[0] == EXIT_OK
    document = json.loads(source.read_text(encoding="utf-8"))
    if damage == "newer":
        document["version"] = 4
    elif damage == "picture":  # its checksum right, but not a picture
        data = b"MZ\x90\x00 not a picture"
        document["pictures"].append({"deliverable_id": document["texts"][0]["deliverable_id"],
                                     "name": "photo.png", "sha256": hashlib.sha256(data).hexdigest(),
                                     "attached_at": "2026-02-10T16:45:00+00:00",
                                     "data": base64.b64encode(data).decode("ascii")})
    elif damage == "state":
        state = document["texts"][0]["state"]
        document["texts"][0]["state"] = state[: len(state) // 8 * 4]  # base64 still, half a CRDT update
    elif damage == "section":
        document["texts"][0]["sections"][0]["body"] += " (modifié à la main)"
    text = dumps(document)
    source.write_text(text[: len(text) // 2] if damage == "cut" else text, encoding="utf-8")
    target = tmp_path / "new-laptop"
    target.mkdir()
    (target / "notes.txt").write_text("à garder", encoding="utf-8")
    before = folder_state(target)
    code, _, err = run(capsys, "import", "--data-dir", str(target), "--json", str(source))
    assert code == EXIT_BAD_INPUT
    assert "nothing was imported" in one_line(err)
    assert folder_state(target) == before


@pytest.mark.parametrize("content", [None, b"{not json", b"\xff"])
def test_import_of_a_missing_or_broken_file_exits_2(content: bytes | None, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.json"
    if content is not None:
        source.write_bytes(content)
    code, _, err = run(capsys, "import", "--data-dir", str(tmp_path / "w"), "--json", str(source))
    assert code == EXIT_BAD_INPUT
    assert one_line(err).startswith(f"socieux import: cannot import {source}: the file ")


def test_import_into_a_workspace_with_records_exits_2(workbook: Workbook, sample: Sample, data_dir: Path,
                                                      tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.json"
    source.write_text(dumps(export_workspace(workbook)), encoding="utf-8")
    workbook.close()
    code, _, err = run(capsys, "import", "--data-dir", str(data_dir), "--json", str(source))
    assert code == EXIT_BAD_INPUT
    assert "already holds records; import into a new, empty workspace" in one_line(err)
    assert counts(data_dir)[:2] == (1, 0)


def test_without_data_dir_the_default_workspaces_are_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(cli, "default_demo_dir", lambda: tmp_path / "demo")
    monkeypatch.setattr(cli, "default_data_dir", lambda: tmp_path / "mine")
    assert run(capsys, "demo")[0] == EXIT_OK
    assert run(capsys, "export", "--data-dir", str(tmp_path / "demo"), "--json",
               str(tmp_path / "d.json"))[0] == EXIT_OK
    assert run(capsys, "import", "--json", str(tmp_path / "d.json"))[0] == EXIT_OK
    assert run(capsys, "export", "--json", str(tmp_path / "m.json"))[0] == EXIT_OK
    assert (tmp_path / "d.json").read_bytes() == (tmp_path / "m.json").read_bytes()
    assert counts(tmp_path / "mine")[0] == 6


def test_the_module_runs_as_a_program(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    done = subprocess.run([sys.executable, "-m", "socieux_desktop.cli", "demo", "--data-dir", str(folder)],
                          capture_output=True, text=True, cwd=REPO, timeout=120, check=False)
    assert (done.returncode, done.stderr) == (0, "")
    assert "6 missions" in done.stdout
    again = subprocess.run([sys.executable, "-m", "socieux_desktop.cli", "demo", "--data-dir", str(folder)],
                           capture_output=True, text=True, cwd=REPO, timeout=120, check=False)
    assert again.returncode == EXIT_BAD_INPUT
    assert one_line(again.stderr).startswith("socieux demo: the workspace in")
    book = Workbook.open(folder)
    try:
        assert len(book.all(DayEntry)) == 122
    finally:
        book.close()
