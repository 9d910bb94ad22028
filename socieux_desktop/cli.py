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
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

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


# -- the command table and the entry point --------------------------------------------------------

COMMANDS: Sequence[Command] = (
    Command("demo", "fill an empty workspace with demo missions", _demo_arguments, run_demo),
    Command("export", "write a whole workspace to a JSON file", _export_arguments, run_export),
    Command("import", "read a JSON file into a new, empty workspace", _import_arguments, run_import),
    Command("login", "sign in to the hub (password from a prompt or standard input)", login_arguments,
            login_main),
    Command("sync", "send this workspace's changes to the hub and receive the hub's", sync_arguments,
            sync_main),
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
