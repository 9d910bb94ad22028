"""`socieux`: headless commands for tests, benchmarks and administrators.

Each subcommand is one ``Command`` in ``COMMANDS``: its arguments and the function that runs it. Adding one
(``login``, ``sync``, ``workshop``, ``report``…) is a new function pair and a new row. Messages are plain
English (the command line is not translated); an error is one line on stderr that says what to do.
Exit codes: 0 done, 1 the workspace cannot be opened, 2 bad input (usage, file, non-empty workspace),
3 the hub refused or could not be reached (``login``, ``sync``: see ``sync.commands``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from socieux_desktop.demo import DemoError, fill_demo, generate
from socieux_desktop.store.exchange import ExchangeError, WorkspaceNotEmpty, read_json, write_json
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.store.workspace import (
    WorkspaceError,
    WorkspaceTooNew,
    database_path,
    default_data_dir,
    default_demo_dir,
)
from socieux_desktop.sync.commands import login_arguments, login_main, sync_arguments, sync_main

EXIT_OK = 0
EXIT_WORKSPACE = 1
EXIT_BAD_INPUT = 2
PROG = "socieux"

class CommandFailed(Exception):
    """A command that stops with ``message`` (what went wrong and what to do) and ``exit_code``."""

    def __init__(self, message: str, exit_code: int = EXIT_BAD_INPUT) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


# -- shared arguments and helpers -----------------------------------------------------------------


def _add_data_dir(parser: argparse.ArgumentParser, default: str) -> None:
    parser.add_argument("--data-dir", type=Path, metavar="DIR",
                        help=f"the workspace folder (default: {default})")


def _add_json(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--json", type=Path, metavar="FILE", required=True, help=help_text)


def _data_dir(args: argparse.Namespace, default: Callable[[], Path]) -> Path:
    given: Path | None = args.data_dir
    return given.expanduser() if given is not None else default()


def _count(minimum: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"give a number of at least {minimum}, not {value}")
        return value
    return parse


@contextmanager
def _workbook(data_dir: Path, must_exist: bool = False) -> Iterator[Workbook]:
    """The workspace in ``data_dir``, closed afterwards; opening failures become exit code 1."""
    if must_exist and not database_path(data_dir).exists():
        raise CommandFailed(f"there is no workspace in {data_dir}; give the --data-dir of an existing "
                            f"workspace.", EXIT_WORKSPACE)
    try:
        workbook = Workbook.open(data_dir)
    except WorkspaceTooNew as error:
        raise CommandFailed(f"the workspace in {data_dir} was written by a newer version of SOCIEUX+ "
                            f"Desktop ({error.detail}); update the app.", EXIT_WORKSPACE) from error
    except WorkspaceError as error:
        raise CommandFailed(f"cannot read the workspace in {data_dir} ({error.detail}); restore the latest "
                            f"copy from {data_dir / 'backups'} or give another --data-dir.",
                            EXIT_WORKSPACE) from error
    except OSError as error:
        raise CommandFailed(f"cannot open the folder {data_dir} ({error.strerror or error}); give a "
                            f"--data-dir you can write to.", EXIT_WORKSPACE) from error
    try:
        yield workbook
    finally:
        workbook.close()


# -- demo -----------------------------------------------------------------------------------------


def _demo_arguments(parser: argparse.ArgumentParser) -> None:
    _add_data_dir(parser, "the app's demo workspace")
    parser.add_argument("--missions", type=_count(1), metavar="N",
                        help="generate a large workspace of N missions (for benchmarks)")
    parser.add_argument("--day-entries", type=_count(0), metavar="M",
                        help="with --missions: the number of day entries (default: 100 per mission)")
    parser.add_argument("--seed", type=int, metavar="S", help="with --missions: the random seed (default: 1)")


def run_demo(args: argparse.Namespace) -> int:
    if args.missions is None and (args.day_entries is not None or args.seed is not None):
        raise CommandFailed("--day-entries and --seed describe a generated workspace; give --missions too.")
    data_dir = _data_dir(args, default_demo_dir)
    with _workbook(data_dir) as workbook:
        try:
            if args.missions is None:
                fill_demo(workbook)
            else:
                entries = args.day_entries if args.day_entries is not None else 100 * args.missions
                generate(workbook, args.missions, entries, args.seed if args.seed is not None else 1)
        except DemoError as error:
            raise CommandFailed(f"{error}.") from error
        missions = len(workbook.mission_summaries())
    print(f"Demo workspace with {missions} missions written to {data_dir}.")
    return EXIT_OK


# -- export and import ----------------------------------------------------------------------------


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    _add_data_dir(parser, "your own workspace")
    _add_json(parser, "the JSON file to write (replaced if it exists)")


def run_export(args: argparse.Namespace) -> int:
    data_dir = _data_dir(args, default_data_dir)
    with _workbook(data_dir, must_exist=True) as workbook:
        try:
            write_json(workbook, args.json)
        except ExchangeError as error:
            raise CommandFailed(f"{error}; give a --json path in a folder you can write to.") from error
    print(f"Workspace {data_dir} exported to {args.json}.")
    return EXIT_OK


def _import_arguments(parser: argparse.ArgumentParser) -> None:
    _add_data_dir(parser, "your own workspace")
    _add_json(parser, "the JSON file to read (written by 'socieux export', see docs/workspace-json.md)")


def run_import(args: argparse.Namespace) -> int:
    data_dir = _data_dir(args, default_data_dir)
    with _workbook(data_dir) as workbook:
        try:
            counts = read_json(workbook, args.json)
        except WorkspaceNotEmpty as error:
            raise CommandFailed(f"{error}; nothing was imported.") from error
        except ExchangeError as error:
            raise CommandFailed(f"cannot import {args.json}: {error}; nothing was imported: correct the file "
                                f"and run the command again.") from error
    print(f"Imported {sum(counts.values())} records ({counts['mission']} missions, "
          f"{counts['day_entry']} day entries) from {args.json} into {data_dir}.")
    return EXIT_OK


# -- workshop -------------------------------------------------------------------------------------


def _port(text: str) -> int:
    value = _count(0)(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"a port is a number from 0 to 65535, not {value}")
    return value


def _pin(text: str) -> str:
    if not (text.isascii() and text.isdigit() and 4 <= len(text) <= 12):
        raise argparse.ArgumentTypeError("a PIN is 4 to 12 digits")
    return text


def _workshop_arguments(parser: argparse.ArgumentParser) -> None:
    _add_data_dir(parser, "your own workspace")
    parser.add_argument("--deliverable", required=True, metavar="ID",
                        help="the id of the deliverable to edit")
    parser.add_argument("--host", required=True, metavar="ADDRESS",
                        help="the address of this computer on the workshop's network (e.g. 192.168.43.1); "
                             "only that network is served")
    parser.add_argument("--port", type=_port, default=8765, metavar="PORT",
                        help="the port to serve on (default: 8765; 0 picks a free one)")
    parser.add_argument("--pin", type=_pin, metavar="PIN",
                        help="the PIN participants type to join (default: a random 6-digit PIN, printed)")


def run_workshop(args: argparse.Namespace) -> int:
    """Serve one deliverable to browsers until Ctrl-C (or SIGTERM): every browser edit is stored as it
    arrives, the participants are the workshop's attendance list."""
    import queue
    import signal
    import threading

    from socieux_desktop.collab.attendance import WorkshopLog
    from socieux_desktop.collab.store import DeliverableStore, UnknownDeliverable
    from socieux_desktop.collab.workshop import Participant, WorkshopHost, new_pin
    from socieux_desktop.collab.workshop_storage import GroupCommit

    data_dir = _data_dir(args, default_data_dir)
    with _workbook(data_dir, must_exist=True) as workbook:
        store = DeliverableStore(workbook)
        try:
            deliverable = store.get(args.deliverable)
        except UnknownDeliverable:
            raise CommandFailed(f"there is no deliverable {args.deliverable} in {data_dir}; give the id "
                                f"of one of its deliverables.") from None
        if deliverable.status.locks_text:
            raise CommandFailed(f"the deliverable “{deliverable.title}” is {deliverable.status.value}: its "
                                f"text is locked; return or reopen it before running a workshop.")
        pin = args.pin or new_pin()
        events: queue.Queue[bytes | None] = queue.Queue()  # an update, or None: the participants changed
        host = WorkshopHost(deliverable.id, store.load(deliverable.id).encode_state(), pin=pin,
                            host=args.host, port=args.port, title=deliverable.title,
                            language=deliverable.language.value, on_update=events.put,
                            on_participants=lambda: events.put(None))
        try:
            host.start()
        except OSError as error:
            raise CommandFailed(f"cannot serve on {args.host} port {args.port} ({error.strerror or error}); "
                                f"give the --host address of one of this computer's networks and a free "
                                f"--port.") from error
        log = WorkshopLog(workbook)
        workshop_id = log.start(deliverable.mission_id, deliverable.id)
        recorded: dict[str, Participant] = {}
        commits = GroupCommit(lambda updates: workbook.deliverables.append_updates(deliverable.id, updates))

        def handle(event: bytes | None) -> None:
            if event is not None:
                commits.add(event)
                return
            for participant in host.participants():
                kept = replace(participant, connected=False, removed=False, section=None)
                if recorded.get(participant.id) != kept:
                    log.record(workshop_id, participant)
                    recorded[participant.id] = kept

        ending = threading.Event()
        previous: dict[signal.Signals, Any] = {}
        if threading.current_thread() is threading.main_thread():
            for caught in (signal.SIGINT, signal.SIGTERM):
                previous[caught] = signal.signal(caught, lambda _signal, _frame: ending.set())
        print(f"Workshop on “{deliverable.title}”: open {host.url} and type the PIN {pin}.", flush=True)
        print("Press Ctrl-C to end the workshop.", flush=True)
        try:
            while not ending.is_set():
                with suppress(queue.Empty):
                    handle(events.get(timeout=commits.timeout()))
                commits.flush_due()
        finally:
            host.stop()
            while True:  # what arrived before the sockets closed is stored too
                try:
                    handle(events.get_nowait())
                except queue.Empty:
                    break
            commits.flush()
            handle(None)
            log.end(workshop_id)
            for caught, handler in previous.items():
                signal.signal(caught, handler)
        print(f"Workshop ended: {len(recorded)} participants, {commits.edits} edits saved in {data_dir}.",
              flush=True)
    return EXIT_OK


# -- report -------------------------------------------------------------------------------------

REPORT_KINDS = ("timesheet", "attendance", "deliverable", "mission")
REPORT_LANGUAGES = ("fr", "en", "es")


def _report_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=REPORT_KINDS, metavar="KIND",
                        help="the report: " + ", ".join(REPORT_KINDS))
    _add_data_dir(parser, "your own workspace")
    parser.add_argument("--mission", required=True, metavar="ID", help="the id of the mission")
    parser.add_argument("--lang", required=True, choices=REPORT_LANGUAGES, metavar="LANG",
                        help="the language of the PDF: fr, en or es (whatever the app's language)")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf",
                        help="the PDF to write (replaced if it exists)")
    parser.add_argument("--workshop", metavar="ID",
                        help="attendance: the workshop (default: the mission's latest)")
    parser.add_argument("--deliverable", metavar="ID", help="deliverable: which one (required)")
    parser.add_argument("--blank", action="store_true",
                        help="attendance: an empty list to print for a paper workshop")


def run_report(args: argparse.Namespace) -> int:
    from socieux_desktop.reports import ReportError, render

    if args.workshop is not None and args.kind != "attendance":
        raise CommandFailed("--workshop goes with the attendance report only.")
    if args.blank and args.kind != "attendance":
        raise CommandFailed("--blank goes with the attendance report only.")
    if args.deliverable is not None and args.kind != "deliverable":
        raise CommandFailed("--deliverable goes with the deliverable report only.")
    output: Path = args.output.expanduser()
    if output.is_dir():
        raise CommandFailed(f"{output} is a folder; give -o the path of a PDF file to write.")
    if not output.parent.is_dir():
        raise CommandFailed(f"there is no folder {output.parent}; give -o a PDF path in an existing folder.")
    data_dir = _data_dir(args, default_data_dir)
    with _workbook(data_dir, must_exist=True) as workbook:
        try:
            render(args.kind, workbook, mission_id=args.mission, language=args.lang, output=output,
                   workshop_id=args.workshop, deliverable_id=args.deliverable, blank=args.blank)
        except ReportError as error:
            raise CommandFailed(error.message("en")) from error
        except OSError as error:
            raise CommandFailed(f"cannot write the PDF to {output} ({error.strerror or error}); give -o "
                                f"a path you can write to.") from error
    print(f"{args.kind.capitalize()} report of mission {args.mission} written to {output}.")
    return EXIT_OK


# -- the command table and the entry point --------------------------------------------------------

COMMANDS: Sequence[Command] = (
    Command("demo", "fill an empty workspace with demo missions", _demo_arguments, run_demo),
    Command("export", "write a whole workspace to a JSON file", _export_arguments, run_export),
    Command("import", "read a JSON file into a new, empty workspace", _import_arguments, run_import),
    Command("login", "sign in to the hub (password from a prompt or standard input)", login_arguments,
            login_main),
    Command("sync", "send this workspace's changes to the hub and receive the hub's", sync_arguments,
            sync_main),
    Command("workshop", "serve a deliverable to browsers on the local network for live co-editing",
            _workshop_arguments, run_workshop),
    Command("report", "write a PDF: a mission's timesheet, attendance list, deliverable or mission report",
            _report_arguments, run_report),
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="SOCIEUX+ Desktop on the command line.")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        sub = subparsers.add_parser(command.name, help=command.help, description=command.help)
        command.add_arguments(sub)
        sub.set_defaults(run=command.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit code (0 done, 1 workspace error, 2 bad input)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # usage errors (2) and --help (0): argparse has printed its message
        return exit_.code if isinstance(exit_.code, int) else EXIT_BAD_INPUT
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except CommandFailed as failure:
        print(f"{PROG} {args.command}: {failure}", file=sys.stderr)
        return failure.exit_code


if __name__ == "__main__":
    sys.exit(main())
