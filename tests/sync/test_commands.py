"""Headless sign-in and sync, signing out, and no secret left in the data folder or the output."""

from __future__ import annotations

import argparse
import dataclasses
import io
import logging
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from socieux_desktop.domain.model import Counterpart, Mission, new_id
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.sync.client import HubClient, Problem, SyncError
from socieux_desktop.sync.commands import (
    login_arguments,
    login_main,
    read_password,
    sign_in,
    sign_out,
    status,
    sync_arguments,
    sync_main,
    sync_now,
)
from socieux_desktop.sync.credentials import NO_KEYCHAIN, TokenStore, usable_backend
from tests.sync.conftest import PASSWORD, Hub, World


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="socieux")
    subparsers = parser.add_subparsers(dest="command", required=True)
    login_arguments(subparsers.add_parser("login"))
    sync_arguments(subparsers.add_parser("sync"))
    return parser.parse_args(argv)


def run_login(data_dir: Path, hub: Hub, tokens: TokenStore, user: str = "marie",
              password: str = PASSWORD) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    args = parse("login", "--data-dir", str(data_dir), "--hub", hub.url, "--user", user)
    code = login_main(args, tokens, stdin=io.StringIO(password + "\n"), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def run_sync(data_dir: Path, tokens: TokenStore) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = sync_main(parse("sync", "--data-dir", str(data_dir)), tokens, out=out, err=err, environ={})
    return code, out.getvalue(), err.getvalue()


def test_login_reads_the_password_from_standard_input_then_sync_works(
        hub: Hub, world: World, tmp_path: Path, tokens: TokenStore) -> None:
    code, out, err = run_login(tmp_path / "laptop", hub, tokens)
    assert (code, out.strip()) == (0, f"Signed in to {hub.url} as marie (expert).")
    assert NO_KEYCHAIN in err  # these tests keep tokens in memory, and the person is told
    code, out, _ = run_sync(tmp_path / "laptop", tokens)
    assert code == 0 and out.startswith("Synced. Changes sent: 0;") and out.strip().endswith(
        "waiting to be sent: 0.")
    workbook = Workbook.open(tmp_path / "laptop")
    try:
        assert {mission.code for mission in workbook.all(Mission)} == {"CI-M1"}
    finally:
        workbook.close()


def test_socieux_sync_tells_how_many_changes_it_has_sent_of_how_many(
        hub: Hub, world: World, tmp_path: Path, tokens: TokenStore) -> None:
    run_login(tmp_path / "laptop", hub, tokens)
    run_sync(tmp_path / "laptop", tokens)
    workbook = Workbook.open(tmp_path / "laptop")
    try:
        mission = next(mission for mission in workbook.all(Mission) if mission.code == "CI-M1")
        workbook.save(*[Counterpart(new_id(), mission.id, f"Agent {n}") for n in range(3)])
    finally:
        workbook.close()
    code, out, err = run_sync(tmp_path / "laptop", tokens)
    assert code == 0 and out.startswith("Synced. Changes sent: 3;")
    assert err.splitlines() == ["Syncing… changes sent: 3 of 3; received: 0"]
    _, _, err = run_sync(tmp_path / "laptop", tokens)
    assert err == ""  # nothing to do: nothing to tell


def test_a_wrong_password_is_told_and_nothing_is_remembered(
        hub: Hub, world: World, tmp_path: Path, tokens: TokenStore) -> None:
    code, out, err = run_login(tmp_path / "laptop", hub, tokens, password="not the password")
    assert (code, out) == (3, "")
    assert "Not signed in: The user name or the password is wrong." in err
    code, _, err = run_sync(tmp_path / "laptop", tokens)
    assert code == 3 and "Sign in again (socieux login) to keep syncing" in err
    workbook = Workbook.open(tmp_path / "laptop")
    try:
        assert status(workbook).outcome.last_problem == "login_needed"  # the status area shows it too
    finally:
        workbook.close()


def test_a_demo_workspace_is_refused_with_the_way_to_a_real_one(
        hub: Hub, world: World, tmp_path: Path, tokens: TokenStore) -> None:
    demo = Workbook.open(tmp_path / "demo")
    demo.mark_demo()
    demo.close()
    code, _, err = run_login(tmp_path / "demo", hub, tokens)
    assert code == 3 and "demo workspace" in err and "Start your own workspace" in err


def test_no_token_or_password_in_the_data_folder_or_the_logs(
        hub: Hub, world: World, tmp_path: Path, tokens: TokenStore, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    data_dir = tmp_path / "laptop"
    _, out1, err1 = run_login(data_dir, hub, tokens)
    _, out2, err2 = run_sync(data_dir, tokens)
    token = tokens.load(hub.url, "marie")
    assert token is not None and len(token) > 20
    files = [path for path in data_dir.rglob("*") if path.is_file()]
    assert any(path.name == "workspace.sqlite" for path in files)
    for path in files:
        content = path.read_bytes()
        assert token.encode() not in content, path
        assert PASSWORD.encode() not in content, path
    for text in (out1, err1, out2, err2, caplog.text):
        assert token not in text and PASSWORD not in text


def test_signing_out_with_changes_waiting_asks_first(
        hub: Hub, world: World, tmp_path: Path, tokens: TokenStore) -> None:
    run_login(tmp_path / "laptop", hub, tokens)
    run_sync(tmp_path / "laptop", tokens)
    workbook = Workbook.open(tmp_path / "laptop")
    try:
        mission = workbook.all(Mission)[0]
        workbook.save_mission(dataclasses.replace(mission, title="Renamed on the laptop"))
        with pytest.raises(SyncError) as refused:
            sign_out(workbook, tokens)
        assert refused.value.problem is Problem.REFUSED
        assert "Changes not yet sent to headquarters: 1." in refused.value.message
        token = tokens.load(hub.url, "marie")
        sign_out(workbook, tokens, discard_pending=True)
        assert tokens.load(hub.url, "marie") is None and status(workbook).account is None
        assert workbook.pending_change_count() == 1  # still here, for the next sign-in
    finally:
        workbook.close()
    with pytest.raises(SyncError) as replayed:  # the token of a signed-out session is refused
        HubClient(hub.url, token).pull("0", "device-1")
    assert replayed.value.problem is Problem.LOGIN_NEEDED


def test_read_password_prompts_on_a_terminal() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    prompts: list[str] = []
    assert read_password(Terminal(), lambda text: prompts.append(text) or "typed") == "typed"
    assert prompts == ["Password: "]
    assert read_password(io.StringIO("piped secret\r\nsecond line")) == "piped secret"


def test_signing_in_as_someone_else_with_changes_waiting_is_refused(
        hub: Hub, world: World, tmp_path: Path, tokens: TokenStore) -> None:
    workbook = Workbook.open(tmp_path / "laptop")
    try:
        sign_in(workbook, tokens, hub.url, "marie", PASSWORD)
        sync_now(workbook, tokens)
        workbook.save_mission(dataclasses.replace(workbook.all(Mission)[0], title="Renamed"))
        with pytest.raises(SyncError, match="before signing in as someone else"):
            sign_in(workbook, tokens, hub.url, "jurate", PASSWORD)
    finally:
        workbook.close()


def test_socieux_login_and_sync_as_programs(hub: Hub, world: World, tmp_path: Path) -> None:
    data_dir = str(tmp_path / "laptop")
    socieux = [sys.executable, "-m", "socieux_desktop.cli"]
    login = subprocess.run([*socieux, "login", "--data-dir", data_dir, "--hub", hub.url, "--user", "marie"],
                           input=PASSWORD + "\n", capture_output=True, text=True, timeout=120, check=False)
    assert login.returncode == 0, login.stderr
    assert "Signed in" in login.stdout and PASSWORD not in login.stdout + login.stderr
    sync = subprocess.run([*socieux, "sync", "--data-dir", data_dir, "--lang", "en"], capture_output=True,
                          text=True, timeout=120, check=False)
    if usable_backend(keyring.get_keyring()):  # the token crossed from one process to the next
        assert sync.returncode == 0, sync.stderr
        assert "Synced." in sync.stdout
    else:  # no keychain: the login said so, and the next process must sign in again
        assert NO_KEYCHAIN in login.stderr
        assert sync.returncode == 3 and "Sign in again (socieux login)" in sync.stderr


def test_the_role_comes_from_the_hub_at_sign_in_and_goes_at_sign_out(
        hub: Hub, world: World, tmp_path: Path, tokens: TokenStore) -> None:
    workbook = Workbook.open(tmp_path / "headquarters")
    try:
        identity = sign_in(workbook, tokens, hub.url, "coordinator", PASSWORD)
        assert identity.role == "coordinator"
        account = status(workbook).account
        assert account is not None and account.role == "coordinator"
        sign_out(workbook, tokens)
        assert status(workbook).account is None
        sign_in(workbook, tokens, hub.url, "marie", PASSWORD)  # the same workspace, another person
        account = status(workbook).account
        assert account is not None and (account.username, account.role) == ("marie", "expert")
    finally:
        workbook.close()


def test_socieux_sync_speaks_the_workspaces_language_or_the_one_asked(
        hub: Hub, world: World, tmp_path: Path, tokens: TokenStore) -> None:
    laptop = tmp_path / "laptop"
    run_login(laptop, hub, tokens)
    workbook = Workbook.open(laptop)
    workbook.set_setting("language", "fr")  # as the app's settings dialog does
    workbook.close()
    code, out, err = run_sync(laptop, tokens)
    assert (code, err) == (0, "")
    assert out.startswith("Synchronisation faite. Modifications envoyées : 0 ;")
    out_, err_ = io.StringIO(), io.StringIO()
    args = parse("sync", "--data-dir", str(laptop), "--lang", "es")
    assert sync_main(args, TokenStore(fail.Keyring()), out=out_, err=err_, environ={}) == 3
    assert err_.getvalue().startswith("Su sesión ha terminado. Vuelva a iniciar sesión (socieux login)")


class ExplodingTokens(TokenStore):
    def load(self, hub_url: str, username: str) -> str | None:
        raise RuntimeError("the keychain went away")


def test_socieux_sync_ends_with_a_sentence_and_exit_3_whatever_breaks(
        hub: Hub, world: World, tmp_path: Path, tokens: TokenStore) -> None:
    laptop = tmp_path / "laptop"
    run_login(laptop, hub, tokens)
    out, err = io.StringIO(), io.StringIO()
    code = sync_main(parse("sync", "--data-dir", str(laptop)), ExplodingTokens(fail.Keyring()), out=out,
                     err=err, environ={"LANG": "fr_FR.UTF-8"})
    assert (code, out.getvalue()) == (3, "")
    assert err.getvalue().strip() == (
        "La synchronisation s'est arrêtée sur une erreur inattendue (RuntimeError: the keychain went away). "
        "Rien n'est perdu ; réessayez et prévenez le siège si cela continue.")


class InterruptedTokens(TokenStore):
    def load(self, hub_url: str, username: str) -> str | None:
        raise KeyboardInterrupt  # the person pressed Ctrl-C while the sync ran


def test_socieux_sync_interrupted_by_ctrl_c_says_nothing_is_lost(
        hub: Hub, world: World, tmp_path: Path, tokens: TokenStore) -> None:
    laptop = tmp_path / "laptop"
    run_login(laptop, hub, tokens)
    out, err = io.StringIO(), io.StringIO()
    code = sync_main(parse("sync", "--data-dir", str(laptop), "--lang", "en"),
                     InterruptedTokens(fail.Keyring()), out=out, err=err, environ={})
    assert (code, out.getvalue()) == (3, "")
    assert err.getvalue().startswith("Sync interrupted. Nothing is lost")
