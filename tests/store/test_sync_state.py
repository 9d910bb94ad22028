"""Sync state in the workspace: the account, the cursor and the last outcome; never a secret."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from socieux_desktop.store import sync_state
from socieux_desktop.store.workbook import Workbook


def test_account_cursor_and_outcome_round_trip(tmp_path: Path) -> None:
    workbook = Workbook.open(tmp_path / "laptop")
    try:
        with Session(workbook.engine) as session, session.begin():
            assert sync_state.account(session) is None
            assert sync_state.cursor(session) == sync_state.INITIAL_CURSOR
            sync_state.set_account(session, sync_state.SyncAccount("https://hub.socieux.eu", "marie", "e-1"))
            sync_state.set_cursor(session, "42.40")
            sync_state.record_problem(session, "2026-03-02T09:00:00+00:00", "no_connection", "Offline.")
        with Session(workbook.engine) as session, session.begin():
            assert sync_state.account(session) == sync_state.SyncAccount(
                "https://hub.socieux.eu", "marie", "e-1", None)
            assert sync_state.cursor(session) == "42.40"
            assert sync_state.outcome(session).last_problem == "no_connection"
            sync_state.record_success(session, "2026-03-02T10:00:00+00:00")
            sync_state.set_account(session, None)
        with Session(workbook.engine) as session:
            assert sync_state.outcome(session) == sync_state.SyncOutcome(
                "2026-03-02T10:00:00+00:00", None, None, None)
            assert sync_state.account(session) is None
            assert sync_state.cursor(session) == "42.40"  # the cursor stays with the data
    finally:
        workbook.close()
