"""Restoring the latest backup in place of a damaged workspace file, keeping the damaged one."""

from __future__ import annotations

from pathlib import Path

import pytest

from socieux_desktop.domain.model import Mission
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.store.workspace import (
    DB_NAME,
    NoBackup,
    WorkspaceUnreadable,
    backup,
    database_path,
    restore_latest_backup,
)
from tests.conftest import fill, make_sample


def corrupt(path: Path) -> bytes:
    """Overwrite the middle of the file with garbage; returns the damaged bytes."""
    data = bytearray(path.read_bytes())
    data[100:4196] = b"\xde\xad\xbe\xef" * 1024
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_file_is_moved_aside_and_the_latest_backup_opens(data_dir: Path) -> None:
    workbook = Workbook.open(data_dir)
    sample = make_sample()
    fill(workbook, sample)
    workbook.close()
    backup(data_dir, reason="test")
    damaged = corrupt(database_path(data_dir))
    with pytest.raises(WorkspaceUnreadable):
        Workbook.open(data_dir)

    moved = restore_latest_backup(data_dir)

    assert moved.parent == data_dir / "damaged"
    assert (moved / DB_NAME).read_bytes() == damaged
    assert not (data_dir / f"{DB_NAME}.restoring").exists()
    restored = Workbook.open(data_dir)
    try:
        assert restored.get(Mission, sample.mission.id) == sample.mission
    finally:
        restored.close()


def test_the_wal_and_shm_files_go_with_the_damaged_file(data_dir: Path) -> None:
    Workbook.open(data_dir).close()
    backup(data_dir, reason="test")
    corrupt(database_path(data_dir))
    (data_dir / f"{DB_NAME}-wal").write_bytes(b"wal bytes")
    (data_dir / f"{DB_NAME}-shm").write_bytes(b"shm bytes")

    moved = restore_latest_backup(data_dir)

    assert (moved / f"{DB_NAME}-wal").read_bytes() == b"wal bytes"
    assert (moved / f"{DB_NAME}-shm").read_bytes() == b"shm bytes"
    assert not (data_dir / f"{DB_NAME}-wal").exists()
    Workbook.open(data_dir).close()


def test_without_a_backup_nothing_is_moved(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    database_path(data_dir).write_bytes(b"not a database at all")
    with pytest.raises(NoBackup, match="no backup"):
        restore_latest_backup(data_dir)
    assert database_path(data_dir).read_bytes() == b"not a database at all"
    assert not (data_dir / "damaged").exists()
