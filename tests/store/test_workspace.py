"""Opening a workspace file: pragmas, backups, and refusals that leave a damaged or newer file untouched."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from socieux_desktop.domain.model import DayEntry, DayKind, new_id
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.store.workspace import (
    BACKUP_DIR,
    WorkspaceTooNew,
    WorkspaceUnreadable,
    backup,
    connect,
    database_path,
    latest_backup,
)
from tests.conftest import fill, make_sample


def backups(data_dir: Path) -> list[Path]:
    return sorted((data_dir / BACKUP_DIR).glob("workspace-*.sqlite"))


def folder_state(data_dir: Path) -> dict[str, bytes]:
    """Every file of the workspace folder with its bytes."""
    return {str(path.relative_to(data_dir)): path.read_bytes()
            for path in sorted(data_dir.rglob("*")) if path.is_file()}


def made_workspace(data_dir: Path) -> Path:
    """A closed workspace holding the sample mission; its file's path."""
    book = Workbook.open(data_dir)
    fill(book, make_sample())
    book.close()
    return database_path(data_dir)


def test_wal_and_foreign_keys_are_on(workbook: Workbook) -> None:
    with workbook.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    sample = make_sample()
    fill(workbook, sample)
    orphan = DayEntry(new_id(), "no-such-mission", sample.marie.id, sample.diagnostic.id, date(2026, 3, 2),
                      DayKind.ON_SITE_WORK, 2)
    with pytest.raises(IntegrityError), workbook.bulk_writer() as writer:  # no rules: the database refuses
        writer.put(orphan)
    assert workbook.get(DayEntry, orphan.id) is None


def test_a_new_workspace_is_made_without_a_backup(data_dir: Path) -> None:
    made_workspace(data_dir)
    assert backups(data_dir) == []


def test_an_old_file_is_backed_up_before_it_is_migrated(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = database_path(data_dir)
    old = sqlite3.connect(path)  # a file from before the schema was versioned
    old.execute("CREATE TABLE notes (body TEXT)")
    old.execute("INSERT INTO notes VALUES ('kept as it was')")
    old.commit()
    old.close()
    original = path.read_bytes()

    book = Workbook.open(data_dir)
    book.close()

    [saved] = backups(data_dir)
    assert saved.name.endswith("-before-upgrade.sqlite")
    copy = sqlite3.connect(saved)
    try:
        assert copy.execute("SELECT body FROM notes").fetchall() == [("kept as it was",)]
        tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        copy.close()
    assert "alembic_version" not in tables and "mission" not in tables
    assert path.read_bytes() != original  # the workspace itself was migrated
    upgraded = sqlite3.connect(path)
    try:
        assert upgraded.execute("SELECT count(*) FROM mission").fetchone() == (0,)
    finally:
        upgraded.close()


def test_a_daily_backup_is_made_once_a_day(data_dir: Path) -> None:
    made_workspace(data_dir)
    Workbook.open(data_dir).close()
    [first] = backups(data_dir)
    assert first.name.endswith("-daily.sqlite")
    Workbook.open(data_dir).close()
    assert backups(data_dir) == [first]  # less than a day old: no second one

    day_old = time.time() - 25 * 3600
    os.utime(first, (day_old, day_old))
    Workbook.open(data_dir).close()
    assert len(backups(data_dir)) == 2
    newest = latest_backup(data_dir)
    assert newest is not None and newest != first and newest.name.endswith("-daily.sqlite")
    copy = sqlite3.connect(newest)
    try:
        assert copy.execute("SELECT count(*) FROM mission").fetchone() == (1,)
    finally:
        copy.close()


def test_a_backup_is_a_consistent_copy_of_the_workspace(workbook: Workbook, data_dir: Path) -> None:
    fill(workbook, make_sample())
    saved = backup(data_dir)
    copy_dir = data_dir.parent / "restored"
    copy_dir.mkdir()
    database_path(copy_dir).write_bytes(saved.read_bytes())
    restored = Workbook.open(copy_dir)
    try:
        assert restored.mission_summaries() == workbook.mission_summaries()
    finally:
        restored.close()


@pytest.mark.parametrize("damage", ["not_sqlite", "damaged_pages", "truncated"])
def test_a_corrupt_file_is_refused_and_left_byte_identical(data_dir: Path, damage: str) -> None:
    path = made_workspace(data_dir)
    content = path.read_bytes()
    if damage == "not_sqlite":
        content = b"This is a letter to the partner institution, not a workspace.\n" * 100
    elif damage == "damaged_pages":
        page = 4096
        content = content[:page] + bytes(range(256)) * 16 * 3 + content[page * 4:]
    else:
        content = content[: len(content) // 3]
    path.write_bytes(content)
    before = folder_state(data_dir)

    with pytest.raises(WorkspaceUnreadable) as refused:
        Workbook.open(data_dir)

    assert refused.value.path == path
    after = folder_state(data_dir)
    assert after == before  # the file byte for byte, and no side file left beside it


def test_a_file_of_a_newer_version_is_refused_and_left_untouched(data_dir: Path) -> None:
    path = made_workspace(data_dir)
    newer = sqlite3.connect(path)
    newer.execute("UPDATE alembic_version SET version_num = 'f00dcafe9999'")
    newer.commit()
    newer.close()
    before = folder_state(data_dir)

    with pytest.raises(WorkspaceTooNew) as refused:
        Workbook.open(data_dir)

    assert "f00dcafe9999" in refused.value.detail
    assert folder_state(data_dir) == before


def test_the_schema_head_the_app_knows_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    from socieux_desktop.store.workspace import SCHEMA_HEAD, _alembic_config

    assert ScriptDirectory.from_config(_alembic_config()).get_current_head() == SCHEMA_HEAD


def test_a_workspace_at_the_newest_schema_is_opened_and_read_without_sqlalchemy(data_dir: Path) -> None:
    """The first screen's reads (settings, mission list, a mission's details and days) use ``sqlite3``:
    starting the app on a large workspace does not wait for SQLAlchemy; a write still works after."""
    book = Workbook.open(data_dir)
    sample = make_sample()
    fill(book, sample)
    book.set_setting("language", "es")
    book.close()
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from socieux_desktop.store.workbook import Workbook\n"
        f"book = Workbook.open(Path({str(data_dir)!r}))\n"
        "summaries = book.mission_summaries()\n"
        f"details = book.mission_details({sample.mission.id!r})\n"
        f"days = book.day_entries({sample.mission.id!r})\n"
        "print(book.setting('language'), len(summaries), details.mission.code, len(details.team),\n"
        "      len(days), 'sqlalchemy' in sys.modules)\n"
        "book.set_setting('language', 'fr')\n"
        "print(book.setting('language'), 'sqlalchemy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    book = Workbook.open(data_dir)
    try:
        expected = (f"es 1 {sample.mission.code} {len(book.mission_details(sample.mission.id).team)} "
                    f"{len(book.day_entries(sample.mission.id))} False\nfr True\n")
    finally:
        book.close()
    assert done.stdout == expected


def test_the_read_connections_refuse_to_write(workbook: Workbook) -> None:
    connection = connect(database_path(workbook.data_dir), read_only=True)
    try:
        with pytest.raises(sqlite3.OperationalError):
            connection.execute("DELETE FROM setting")
    finally:
        connection.close()


def damage_a_page_not_read_at_start(data_dir: Path) -> bytes:
    """Overwrite a page of the change log (the first screen does not read it); the file's new bytes."""
    path = database_path(data_dir)
    connection = sqlite3.connect(path)
    try:
        page = connection.execute(
            "SELECT pageno FROM dbstat WHERE name = 'change' AND pagetype = 'leaf' LIMIT 1").fetchone()[0]
        size = connection.execute("PRAGMA page_size").fetchone()[0]
    finally:
        connection.close()
    content = bytearray(path.read_bytes())
    content[(page - 1) * size:page * size] = b"\xff" * size
    path.write_bytes(bytes(content))
    return bytes(content)


def test_a_deferred_integrity_check_opens_at_once_and_finds_the_damage_later(data_dir: Path) -> None:
    made_workspace(data_dir)
    backup(data_dir)  # no daily backup due: nothing forces the check before opening
    damaged = damage_a_page_not_read_at_start(data_dir)
    with pytest.raises(WorkspaceUnreadable):
        Workbook.open(data_dir)  # the check at once finds it
    book = Workbook.open(data_dir, defer_check=True)
    try:
        assert book.integrity_pending
        assert book.mission_summaries()  # what the first screen reads is readable
        with pytest.raises(WorkspaceUnreadable) as refused:
            book.check_integrity()
        assert "integrity check failed" in refused.value.detail
    finally:
        book.close()
    assert database_path(data_dir).read_bytes() == damaged


def test_the_integrity_check_is_not_deferred_before_a_daily_backup(data_dir: Path) -> None:
    """A damaged file must never become the newest backup, the one the app offers to restore."""
    made_workspace(data_dir)
    damage_a_page_not_read_at_start(data_dir)
    before = folder_state(data_dir)
    with pytest.raises(WorkspaceUnreadable):
        Workbook.open(data_dir, defer_check=True)
    assert folder_state(data_dir) == before


def test_an_intact_workspace_passes_the_deferred_check(data_dir: Path) -> None:
    made_workspace(data_dir)
    backup(data_dir)
    book = Workbook.open(data_dir, defer_check=True)
    try:
        assert book.integrity_pending
        book.check_integrity()
        assert not book.integrity_pending
    finally:
        book.close()
