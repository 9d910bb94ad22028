"""The hub's database: where it is, how it is opened, migrated, and how transactions are taken.

Three kinds of transaction:

- ``log()``: writes to the change log. It locks the sequence row first (``SELECT ... FOR UPDATE`` on
  PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite), so such transactions run one at a time and commit in the
  order of the numbers they hand out: a reader never sees number N+1 without N.
- ``write()``: other writes (tokens, users); ``BEGIN IMMEDIATE`` on SQLite.
- ``read()``: one consistent snapshot for all its queries (REPEATABLE READ on PostgreSQL, a deferred
  transaction in WAL mode on SQLite), so a pull page sees a prefix of the numbered log.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from socieux_hub.errors import HubSetupError
from socieux_hub.models import SERVER_SEQ, SequenceRow

ENV_DB = "SOCIEUX_HUB_DB"
_MIGRATIONS = Path(__file__).with_name("migrations")
_MIGRATION_LOCK_KEY = 0x50C1E0  # pg_advisory_xact_lock key held while migrating
_WRITE = "socieux_hub_write"


def default_db_url() -> str:
    """``SOCIEUX_HUB_DB`` when set, else an SQLite file in the user's data folder."""
    from_env = os.environ.get(ENV_DB, "").strip()
    if from_env:
        return from_env
    from platformdirs import user_data_dir

    return f"sqlite:///{Path(user_data_dir('socieux-hub', 'SOCIEUX+')) / 'hub.sqlite'}"


def normalise_url(url: str) -> str:
    """Accept ``postgresql://`` and ``postgres://`` as the psycopg 3 driver."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


class Database:
    """The engine and the three kinds of transaction the hub takes."""

    def __init__(self, url: str) -> None:
        self.url = normalise_url(url)
        parsed = make_url(self.url)
        self.dialect = parsed.get_backend_name()
        if self.dialect == "sqlite":
            self.engine = _sqlite_engine(self.url, parsed.database)
        elif self.dialect == "postgresql":
            self.engine = create_engine(self.url, pool_pre_ping=True, pool_size=10, max_overflow=20)
        else:
            raise HubSetupError(f"Unsupported database {self.dialect!r}: use sqlite:/// or postgresql://.")
        self._writer: Engine = self.engine.execution_options(**{_WRITE: True})
        self._reader: Engine
        if self.dialect == "postgresql":
            self._reader = self.engine.execution_options(isolation_level="REPEATABLE READ",
                                                         postgresql_readonly=True)
        else:
            self._reader = self.engine

    def describe(self) -> str:
        """The URL without its password, to show where the hub keeps its data."""
        return make_url(self.url).render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self._reader) as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def log(self) -> Iterator[Session]:
        """A write transaction that holds the sequence lock from its first statement to its commit."""
        with self.write() as session:
            locked = session.scalar(
                select(SequenceRow).where(SequenceRow.name == SERVER_SEQ).with_for_update())
            if locked is None:
                raise HubSetupError("The hub database is not initialised; run `socieux-hub migrate`.")
            yield session

    # --- Schema --------------------------------------------------------------------------------------

    def migrate(self) -> None:
        """Bring the schema to this version's head (several processes may start at once on PostgreSQL:
        an advisory lock lets one migrate while the others wait)."""
        config = _alembic_config()
        script = ScriptDirectory.from_config(config)
        known = {revision.revision for revision in script.walk_revisions()}
        with self._writer.begin() as connection:
            if self.dialect == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY})
            current = MigrationContext.configure(connection).get_current_revision()
            if current is not None and current not in known:
                raise HubSetupError(f"The database schema {current} is newer than this hub "
                                    f"({script.get_current_head()}); update the hub.")
            if current != script.get_current_head():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")

    def check_schema(self) -> None:
        """Refuse to serve a database that is not at this version's schema."""
        head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
        with self.engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
        if current != head:
            raise HubSetupError(f"The database schema is {current}, this hub needs {head}; run "
                                "`socieux-hub migrate`.")


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def _sqlite_engine(url: str, database: str | None) -> Engine:
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": 60, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        # The driver must not open transactions by itself: ``_begin`` does, so a read is one snapshot
        # and a write takes the write lock at once (no deadlock upgrading a read lock).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=60000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        writes = connection.get_execution_options().get(_WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

    return engine
