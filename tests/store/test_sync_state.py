"""Sync state in the workspace: the account, the cursor and the last outcome; never a secret."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from sqlalchemy.orm import Session

from socieux_desktop.store import sync_state
from socieux_desktop.store.models import MetaRow
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


def test_the_role_is_kept_with_the_account_and_forgotten_with_it(tmp_path: Path) -> None:
    workbook = Workbook.open(tmp_path / "laptop")
    try:
        with Session(workbook.engine) as session, session.begin():
            assert sync_state.role(session) == sync_state.EXPERT  # not signed in: an expert
            sync_state.set_account(session, sync_state.SyncAccount(
                "https://hub.socieux.eu", "anna", None, None, sync_state.COORDINATOR))
        with Session(workbook.engine) as session, session.begin():
            current = sync_state.account(session)
            assert current is not None and current.role == sync_state.COORDINATOR
            assert sync_state.role(session) == sync_state.COORDINATOR
            sync_state.set_account(session, None)
        with Session(workbook.engine) as session:
            assert session.get(MetaRow, sync_state.ROLE) is None
            assert sync_state.role(session) == sync_state.EXPERT
    finally:
        workbook.close()


def test_an_account_kept_before_the_role_was_reads_as_an_expert(tmp_path: Path) -> None:
    workbook = Workbook.open(tmp_path / "laptop")
    try:
        with Session(workbook.engine) as session, session.begin():  # as an older version wrote it
            session.add_all([MetaRow(key=sync_state.HUB_URL, value="https://hub.socieux.eu"),
                             MetaRow(key=sync_state.USERNAME, value="marie")])
        with Session(workbook.engine) as session:
            assert sync_state.account(session) == sync_state.SyncAccount(
                "https://hub.socieux.eu", "marie", None, None, sync_state.EXPERT)
            assert sync_state.role(session) == sync_state.EXPERT
    finally:
        workbook.close()


def test_the_repository_signs_in_out_and_keeps_the_problem(tmp_path: Path) -> None:
    workbook = Workbook.open(tmp_path / "laptop")
    try:
        state = workbook.sync_state
        marie = sync_state.SyncAccount("https://hub.socieux.eu", "marie", None, None, sync_state.COORDINATOR)
        state.sign_in(marie, start_over=False)
        with Session(workbook.engine) as session, session.begin():
            sync_state.set_cursor(session, "42.40")
        assert (state.account(), state.role()) == (marie, sync_state.COORDINATOR)
        state.record_problem("2026-03-02T09:00:00+00:00", "no_connection", "Offline.")
        assert state.outcome() == sync_state.SyncOutcome(
            None, "no_connection", "Offline.", "2026-03-02T09:00:00+00:00")
        state.sign_out()
        assert (state.account(), state.role()) == (None, sync_state.EXPERT)
        with Session(workbook.engine) as session:
            assert sync_state.cursor(session) == "42.40"  # the cursor stays with the data
        state.sign_in(dataclasses.replace(marie, username="pedro"), start_over=True)
        with Session(workbook.engine) as session:
            assert sync_state.cursor(session) == sync_state.INITIAL_CURSOR  # another account starts over
    finally:
        workbook.close()
