"""Opening a workspace file: checks, backup, migrations, and the engine every repository shares.

A workspace is one folder: ``workspace.sqlite`` and ``backups/``. Opening never deletes, truncates or
replaces the file: an unreadable file or one from a newer version of the app raises an error that says
so, and the file stays as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

T = TypeVar("T")

DB_NAME = "workspace.sqlite"
BACKUP_DIR = "backups"
DAMAGED_DIR = "damaged"
BACKUPS_KEPT = 10
DAILY_BACKUP_SECONDS = 24 * 3600
_MIGRATIONS = Path(__file__).with_name("migrations")
_SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
SCHEMA_HEAD = "0006"
"""The newest migration's revision. A workspace already at it opens without loading Alembic or SQLAlchemy
(a third of a second of every start); tests/store/test_workspace.py checks that it is Alembic's head."""


class WorkspaceError(Exception):
    """A workspace that cannot be opened; the file is untouched."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(f"{path}: {detail}")


class WorkspaceUnreadable(WorkspaceError):
    """Not an SQLite file, damaged, or unreadable."""


class WorkspaceTooNew(WorkspaceError):
    """Written by a newer version of the app, whose schema this version does not know."""


class NoBackup(WorkspaceError):
    """There is no backup to restore the workspace from."""


def _user_data_root() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("socieux-desktop", "SOCIEUX+"))


def default_data_dir() -> Path:
    """The person's own (real) workspace, used when no ``--data-dir`` is given."""
    return _user_data_root() / "workspace"


def default_demo_dir() -> Path:
    """The demo workspace the app opens on first start, kept apart from the real one."""
    return _user_data_root() / "demo"


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_NAME


def latest_backup(data_dir: Path) -> Path | None:
    backups = sorted((data_dir / BACKUP_DIR).glob("workspace-*.sqlite"))
    return backups[-1] if backups else None


def restore_latest_backup(data_dir: Path) -> Path:
    """Put the latest backup in place of a damaged workspace file; returns where the damaged one went.

    The damaged file (and its ``-wal``/``-shm`` companions) is moved, never deleted, to
    ``damaged/<UTC time>/``, so nothing of it is lost. Raises ``NoBackup`` (nothing moved) when there is no
    backup to restore.
    """
    source = latest_backup(data_dir)
    path = database_path(data_dir)
    if source is None:
        raise NoBackup(path, f"there is no backup in {data_dir / BACKUP_DIR}")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    folder = data_dir / DAMAGED_DIR / stamp
    folder.mkdir(parents=True)
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
        if (data_dir / name).exists():
            (data_dir / name).replace(folder / name)
    import shutil  # only here (with bz2 and lzma under it): not on every start

    partial = path.with_name(f"{DB_NAME}.restoring")
    shutil.copy2(source, partial)
    partial.replace(path)  # the workspace file appears whole or not at all
    return folder


def open_engine(data_dir: Path) -> Engine:
    """Check, back up, migrate and open the workspace in ``data_dir`` (made when missing)."""
    prepare(data_dir)
    return create_workspace_engine(data_dir)


def prepare(data_dir: Path, *, defer_check: bool = False) -> bool:
    """Check, back up and migrate the workspace in ``data_dir`` (made when missing), ready to be opened.

    A workspace already at ``SCHEMA_HEAD`` is checked and read with the standard library's ``sqlite3``
    only: SQLAlchemy and Alembic are loaded for a migration (or a new workspace), not on every start.
    Raises ``WorkspaceUnreadable`` or ``WorkspaceTooNew``; the file is then as it was.

    With ``defer_check``, SQLite's integrity check (a read of the whole file) is left to the caller, who
    must run ``check_integrity`` soon (the app does once its window is idle), and True is returned; the
    header and the schema's revision are still read first. It is never deferred before a backup or a
    migration: a damaged file is neither copied as the newest backup nor upgraded.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    path = database_path(data_dir)
    existed = path.exists() and path.stat().st_size > 0
    current: str | None = None
    if existed:
        _check_header(path)
        if not defer_check:
            _quick_check(path)
        current = _read_only(path, _current_revision)
    deferred = defer_check and existed
    if current == SCHEMA_HEAD:
        if deferred and _backup_due(data_dir):
            _quick_check(path)
            deferred = False
        _daily_backup(data_dir)
        return deferred
    if deferred:
        _quick_check(path)
    engine = create_workspace_engine(data_dir)
    try:
        _migrate(engine, data_dir, current, existed)
    finally:
        engine.dispose()
    return False


def check_integrity(data_dir: Path) -> None:
    """SQLite's integrity check of the workspace in ``data_dir``, left by ``prepare(defer_check=True)``
    for later: raises ``WorkspaceUnreadable`` when the file is damaged. It only reads, on a connection of
    its own (so it may run on another thread while the workspace is in use)."""
    path = database_path(data_dir)
    try:
        connection = connect(path, read_only=True)
        try:
            result = connection.execute("PRAGMA quick_check(1)").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise WorkspaceUnreadable(path, str(exc)) from exc
    _check_result(path, result)


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A standard-library connection to the workspace file ``path`` with the workspace's settings (WAL,
    foreign keys, full sync, a busy timeout), in autocommit mode: ``BEGIN`` explicitly for a snapshot.
    ``read_only`` ones refuse every write (``PRAGMA query_only``) and need only the busy timeout (the
    file's WAL mode is kept in the file; the other settings are about writing)."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        if read_only:
            connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            connection.execute("PRAGMA query_only=ON")
        else:
            _apply_pragmas(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def _current_revision(connection: sqlite3.Connection) -> str | None:
    has_table = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").fetchone()
    if has_table is None:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def _migrate(engine: Engine, data_dir: Path, current: str | None, existed: bool) -> None:
    """Bring the workspace to the newest schema after a backup, or refuse one from a newer app."""
    from alembic import command
    from alembic.script import ScriptDirectory

    path = database_path(data_dir)
    config = _alembic_config()
    scripts = ScriptDirectory.from_config(config)
    head = scripts.get_current_head()
    known = {rev.revision for rev in scripts.walk_revisions()}
    if current is not None and current not in known:
        engine.dispose()
        raise WorkspaceTooNew(path, f"schema {current} is newer than this app's {head}")
    if existed:
        backup(data_dir, reason="before-upgrade")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def backup(data_dir: Path, reason: str = "auto") -> Path:
    """Copy the workspace with SQLite's online backup (consistent even in WAL mode)."""
    folder = data_dir / BACKUP_DIR
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"workspace-{stamp}-{reason}.sqlite"
    source = sqlite3.connect(database_path(data_dir))
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    for old in sorted(folder.glob("workspace-*.sqlite"))[:-BACKUPS_KEPT]:
        old.unlink()
    return target


def _daily_backup(data_dir: Path) -> None:
    if _backup_due(data_dir):
        backup(data_dir, reason="daily")


def _backup_due(data_dir: Path) -> bool:
    newest = latest_backup(data_dir)
    age = datetime.now(UTC).timestamp() - newest.stat().st_mtime if newest else None
    return age is None or age > DAILY_BACKUP_SECONDS


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise WorkspaceUnreadable(path, str(exc)) from exc
    if header != _SQLITE_HEADER:
        raise WorkspaceUnreadable(path, "not an SQLite database")


def _quick_check(path: Path) -> None:
    _check_result(path, _read_only(path, lambda connection: connection.execute(
        "PRAGMA quick_check(1)").fetchone()))


def _check_result(path: Path, result: Any) -> None:
    if result is None or result[0] != "ok":
        raise WorkspaceUnreadable(path, f"integrity check failed: {result}")


def _read_only(path: Path, read: Callable[[sqlite3.Connection], T]) -> T:
    """``read`` on a read-only connection to ``path``, for the checks before a workspace is opened: an
    SQLite error is ``WorkspaceUnreadable``, and no side file is left beside a file that had none."""
    companions = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    absent = [companion for companion in companions if not companion.exists()]
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return read(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise WorkspaceUnreadable(path, str(exc)) from exc
    finally:
        _remove_empty_companions(absent)


def _remove_empty_companions(created: list[Path]) -> None:
    """A read-only check of a damaged file leaves an empty -wal and its -shm beside it: take them away."""
    wal = next((companion for companion in created if companion.name.endswith("-wal")), None)
    if wal is not None and wal.exists() and wal.stat().st_size > 0:
        return  # it holds pages after all: never delete data
    for companion in created:
        companion.unlink(missing_ok=True)


def create_workspace_engine(data_dir: Path) -> Engine:
    """The SQLAlchemy engine of the workspace in ``data_dir`` (no check: ``prepare`` does that)."""
    return _create_engine(database_path(data_dir))


def _create_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        _apply_pragmas(dbapi_connection)

    return engine


def _apply_pragmas(connection: Any) -> None:
    """The settings of every connection to a workspace, SQLAlchemy's and the standard library's."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config
