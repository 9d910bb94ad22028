"""Signing in, syncing and signing out: what the app's sync actions and ``socieux login|sync`` do.

The functions take an open :class:`Workbook` and a :class:`TokenStore`; ``login_main`` and ``sync_main``
are the headless commands (arguments from ``login_arguments`` and ``sync_arguments``). Exit codes: 0 done,
1 the workspace cannot be opened, 3 the sync failed (the hub refused, could not be reached, or anything
else: never a traceback). ``socieux sync`` speaks French, English or Spanish (``--lang``, else the
workspace's interface language, else the environment's; ``sync/texts.py``): the sentence it prints on a
failure is the one the app's status bar shows, and it tells when this computer's clock is off.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Final, TextIO

from socieux_desktop.store import sync_state
from socieux_desktop.store.identity import OtherIdentity
from socieux_desktop.store.replica import PulledFinding
from socieux_desktop.store.sync_review import SyncReview
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.store.workspace import WorkspaceError, default_data_dir
from socieux_desktop.sync import protocol, texts
from socieux_desktop.sync.client import HubClient, Problem, SyncError, check_hub_url
from socieux_desktop.sync.credentials import NO_KEYCHAIN, TokenStore
from socieux_desktop.sync.engine import SyncEngine, SyncProgress, SyncReport, now_iso, refuse_demo

ClientFactory = Callable[..., HubClient]
EXIT_WORKSPACE: Final = 1


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the status area shows."""

    account: sync_state.SyncAccount | None
    outcome: sync_state.SyncOutcome
    pending: int


def status(workbook: Workbook) -> SyncStatus:
    return SyncStatus(workbook.sync_state.account(), workbook.sync_state.outcome(),
                      workbook.pending_change_count())


def sign_in(workbook: Workbook, tokens: TokenStore, hub_url: str, username: str, password: str, *,
            ca_bundle: str | None = None, client_factory: ClientFactory = HubClient) -> protocol.Identity:
    """Sign in to the hub and remember the account; the token goes to the keychain (or memory)."""
    refuse_demo(workbook)
    url = check_hub_url(hub_url)
    current = workbook.sync_state.account()
    switching = current is not None and (current.hub_url, current.username) != (url, username)
    if switching and workbook.pending_change_count():
        assert current is not None
        raise SyncError(Problem.REFUSED, (
            f"Changes made as {current.username} on {current.hub_url} are not sent yet "
            f"({workbook.pending_change_count()}); sync them, or sign out and confirm, before signing in "
            "as someone else."),
            "pending_changes")
    client = client_factory(url, ca_bundle=ca_bundle)
    try:
        identity = client.login(username, password)
    finally:
        client.close()
    assert identity.token is not None, "HubClient.login checks it"
    try:
        workbook.sync_state.sign_in(sync_state.SyncAccount(url, username, identity.expert_id, ca_bundle,
                                                           identity.role), start_over=switching)
    except OtherIdentity as error:
        raise SyncError(Problem.REFUSED, str(error), "other_identity") from None
    tokens.save(url, username, identity.token)
    return identity


def signed_in_client(workbook: Workbook, tokens: TokenStore,
                     client_factory: ClientFactory = HubClient) -> HubClient:
    account = workbook.sync_state.account()
    if account is None:
        raise SyncError(Problem.LOGIN_NEEDED, "This workspace is not signed in to a hub; sign in first.")
    token = tokens.load(account.hub_url, account.username)
    if token is None:
        raise SyncError(Problem.LOGIN_NEEDED, f"Sign in again to {account.hub_url} as {account.username}.")
    return client_factory(account.hub_url, token, ca_bundle=account.ca_bundle)


def sync_now(workbook: Workbook, tokens: TokenStore, client_factory: ClientFactory = HubClient, *,
             progress: Callable[[SyncProgress], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> SyncReport:
    """One sync; its outcome, success or problem (a missing sign-in included), is kept for the status.
    ``progress`` and ``cancelled`` as ``SyncEngine``'s (``SyncCancelled`` when it was)."""
    refuse_demo(workbook)
    try:
        client = signed_in_client(workbook, tokens, client_factory)
    except SyncError as error:
        workbook.sync_state.record_problem(now_iso(), error.problem.value, error.message)
        raise
    try:
        report = SyncEngine(workbook, client, progress=progress, cancelled=cancelled).sync()
    except SyncError as error:
        error.clock_skew = client.clock_skew
        raise
    finally:
        client.close()
    return replace(report, clock_skew=client.clock_skew)


def sign_out(workbook: Workbook, tokens: TokenStore, *, discard_pending: bool = False,
             client_factory: ClientFactory = HubClient) -> None:
    """Revoke the token at the hub (when reachable), forget it and the account. Refused while changes
    wait to be sent, unless the person confirmed (``discard_pending``: the changes stay in the workspace
    and go up at the next sign-in as the same person)."""
    pending = workbook.pending_change_count()
    if pending and not discard_pending:
        raise SyncError(Problem.REFUSED, (
            f"Changes not yet sent to headquarters: {pending}. Sync first, or confirm that you want to "
            "sign out anyway (they stay on this computer)."), "pending_changes")
    account = workbook.sync_state.account()
    if account is None:
        return
    token = tokens.load(account.hub_url, account.username)
    if token is not None:
        client = client_factory(account.hub_url, token, ca_bundle=account.ca_bundle)
        try:
            client.logout()
        except SyncError:
            pass  # offline or already revoked: the token is forgotten here all the same
        finally:
            client.close()
    tokens.delete(account.hub_url, account.username)
    workbook.sync_state.sign_out()


# --- Headless commands ------------------------------------------------------------------------------------


EXIT_HUB: Final = 3
"""Exit code of ``socieux login`` and ``socieux sync`` when the hub refused or could not be reached."""


def login_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, default=None, metavar="DIR",
                        help="the workspace folder (default: your own workspace)")
    parser.add_argument("--hub", required=True, metavar="URL",
                        help="the hub's address, e.g. https://hub.example.org")
    parser.add_argument("--user", required=True, metavar="NAME", help="your user name at the hub")
    parser.add_argument("--ca-bundle", default=None, metavar="FILE",
                        help="a certificate authority file for the hub's certificate")


def sync_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, default=None, metavar="DIR",
                        help="the workspace folder (default: your own workspace)")
    parser.add_argument("--lang", choices=texts.LANGUAGES, default=None, metavar="LANG",
                        help="the language of the messages: fr, en or es (default: the workspace's "
                             "interface language, else LC_ALL, LC_MESSAGES or LANG)")


def read_password(stdin: TextIO, prompt: Callable[[str], str] = getpass.getpass) -> str:
    """From a prompt on a terminal; otherwise the first line of standard input."""
    if stdin.isatty():
        return prompt("Password: ")
    return stdin.readline().rstrip("\r\n")


def login_main(args: argparse.Namespace, tokens: TokenStore | None = None, stdin: TextIO = sys.stdin,
               out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    tokens = tokens if tokens is not None else TokenStore()
    workbook = _open(args.data_dir, err)
    if workbook is None:
        return EXIT_WORKSPACE
    try:
        refuse_demo(workbook)
        password = read_password(stdin)
        identity = sign_in(workbook, tokens, args.hub, args.user, password, ca_bundle=args.ca_bundle)
    except SyncError as error:
        print(f"Not signed in: {error.message}", file=err)
        return EXIT_HUB
    finally:
        workbook.close()
    print(f"Signed in to {args.hub} as {identity.username} ({identity.role}).", file=out)
    if not tokens.persistent:
        print(NO_KEYCHAIN, file=err)
    return 0


def sync_main(args: argparse.Namespace, tokens: TokenStore | None = None, out: TextIO = sys.stdout,
              err: TextIO = sys.stderr, environ: Mapping[str, str] = os.environ) -> int:
    """One sync; what it did on ``out``, or on ``err`` the sentence that says what went wrong and what to
    do (exit 3, whatever the failure), then what to do about a clock that is off."""
    tokens = tokens if tokens is not None else TokenStore()
    given: str | None = getattr(args, "lang", None)
    workbook = _open(args.data_dir, err, texts.pick_language(given, None, environ))
    if workbook is None:
        return EXIT_WORKSPACE
    language = texts.DEFAULT_LANGUAGE
    skew: float | None = None
    try:
        language = texts.pick_language(given, workbook.setting(texts.LANGUAGE_SETTING), environ)
        def tell(step: SyncProgress) -> None:
            print(texts.text(language, "cli.progress", sent=step.sent, to_send=step.to_send,
                             received=step.received), file=err, end="\r" if err.isatty() else "\n")

        report = sync_now(workbook, tokens, progress=tell)
        if err.isatty():
            print(file=err)
        pending = workbook.pending_change_count()
        findings = SyncReview(workbook).findings() if report.findings else []
        skew = report.clock_skew
    except SyncError as error:
        print(texts.error_sentence(language, error), file=err)
        _tell_clock(language, error.clock_skew, err)
        return EXIT_HUB
    except Exception as error:  # a bug or a disk error: said in a sentence, never a traceback
        failure = SyncError(Problem.HUB_ERROR, f"{type(error).__name__}: {error}", texts.UNEXPECTED)
        print(texts.error_sentence(language, failure), file=err)
        return EXIT_HUB
    except KeyboardInterrupt:  # Ctrl-C: what was sent or received so far is kept, the rest waits
        print(texts.text(language, "cli.interrupted"), file=err)
        return EXIT_HUB
    finally:
        workbook.close()
    print(texts.text(language, "cli.synced", pushed=report.pushed, pulled=report.pulled, pending=pending),
          file=out)
    _tell_findings(language, report.findings, findings, out)
    _tell_clock(language, skew, err)
    return 0


def _tell_findings(language: str, count: int, findings: Sequence[PulledFinding], out: TextIO) -> None:
    """The day entries a merge left breaking a rule (two days on one date...): how many and, once each,
    the rule's sentence (in English: the rulebook's sentences are translated by the app's Qt catalogue)."""
    if not count:
        return
    print(texts.text(language, "cli.findings", count=count), file=out)
    for reason in dict.fromkeys(finding.english for finding in findings):
        print(f"  – {reason}", file=out)


def _tell_clock(language: str, skew: float | None, err: TextIO) -> None:
    sentence = texts.clock_sentence(language, skew)
    if sentence:
        print(sentence, file=err)


def _open(data_dir: Path | None, err: TextIO, language: str = texts.DEFAULT_LANGUAGE) -> Workbook | None:
    try:
        return Workbook.open(data_dir if data_dir is not None else default_data_dir())
    except (WorkspaceError, OSError) as error:
        print(texts.text(language, "cli.workspace", reason=error), file=err)
        return None
