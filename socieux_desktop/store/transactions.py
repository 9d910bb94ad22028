"""The one way to write the workspace: a transaction that holds SQLite's write lock from its start.

Python's ``sqlite3`` driver (SQLAlchemy's ``pysqlite``) begins a transaction only at the first INSERT,
UPDATE or DELETE: whatever a write read before that was read outside any transaction, so two processes
could both read "no day logged on that date" and both log a full day. :func:`write_transaction` issues
``BEGIN IMMEDIATE`` before anything else: every read of the transaction is made holding the write lock,
and another writer (a thread, a second window, another process) waits for the commit (up to the busy
timeout of ``workspace.BUSY_TIMEOUT_MS``) and then reads what it wrote.

After each commit, the :class:`CommitHooks` given are told what it changed (a :class:`Commit`), in the
committing thread. Nothing is told of a transaction that was rolled back.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Commit:
    """What one committed write transaction changed: the tables it wrote to (``change`` among them
    when it logged changes for the hub)."""

    tables: frozenset[str]


CommitListener = Callable[[Commit], None]


class CommitHooks:
    """The listeners told of each commit of one workspace's writes (``Workbook.on_commit``)."""

    def __init__(self) -> None:
        self._listeners: list[CommitListener] = []
        self._lock = threading.Lock()  # writes commit on the GUI thread, the sync's and the workshop's

    def add(self, listener: CommitListener) -> Callable[[], None]:
        """Call ``listener`` after each commit; returns the function that stops the calls."""
        with self._lock:
            self._listeners.append(listener)

        def stop() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return stop

    def notify(self, commit: Commit) -> None:
        """Tell every listener; one that fails is logged and the others are still told (the write is
        committed whatever a listener does)."""
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(commit)
            except Exception:
                _log.exception("a commit listener failed")


@contextmanager
def write_transaction(bind: Engine | sessionmaker[Session],
                      hooks: CommitHooks | None = None) -> Iterator[Session]:
    """A session whose transaction holds SQLite's write lock before its first read; committed when the
    block ends, rolled back when it raises. ``hooks`` are told after the commit."""
    from sqlalchemy import text
    from sqlalchemy.orm import sessionmaker

    sessions = bind if isinstance(bind, sessionmaker) else sessionmaker(bind, expire_on_commit=False)
    tables: set[str] = set()
    with sessions.begin() as session:
        session.execute(text("BEGIN IMMEDIATE"))
        if hooks is not None:
            _collect_written_tables(session, tables)
        yield session
    if hooks is not None:
        hooks.notify(Commit(frozenset(tables)))


def _collect_written_tables(session: Session, tables: set[str]) -> None:
    """Add to ``tables`` the table of every row ``session`` flushes and of every DML statement it runs."""
    from sqlalchemy import event

    def flushed(flushing: Session, _context: Any) -> None:
        for row in chain(flushing.new, flushing.dirty, flushing.deleted):
            tables.add(row.__table__.name)

    def executed(state: ORMExecuteState) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            tables.add(state.statement.table.name)  # type: ignore[attr-defined]

    event.listen(session, "after_flush", flushed)
    event.listen(session, "do_orm_execute", executed)
