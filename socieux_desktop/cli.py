"""`socieux`: headless commands for tests, benchmarks and administrators.

Each subcommand is one ``Command`` in ``COMMANDS``: its arguments and the function that runs it. Adding one
(``login``, ``sync``, ``workshop``, ``report``…) is a new function pair and a new row. Messages are plain
English, except those of ``sync``, which speaks the app's three languages (``--lang``, else the workspace's
interface language, else LC_ALL/LC_MESSAGES/LANG; its catalogue is ``sync/texts.py``, the words of the
app's status bar); an error is one line on stderr that says what to do.
Exit codes: 0 done, 1 the workspace cannot be opened, 2 bad input (usage, file, non-empty workspace),
3 the hub refused or could not be reached (``login``), or any failure of ``sync`` (see ``sync.commands``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from socieux_desktop.demo import DemoError, fill_demo, generate
from socieux_desktop.domain.days import FULL_DAY, format_days, parse_date, parse_days
from socieux_desktop.domain.deliverables import Deliverable, DeliverableKind, DeliverableLanguage
from socieux_desktop.domain.errors import RuleViolation
from socieux_desktop.domain.model import Activity, DayEntry, DayKind, Expert, new_id
from socieux_desktop.store.exchange import (
    ExchangeError,
    import_document,
    read_document,
    write_json,
)
from socieux_desktop.store.workbook import MissionDetails, Workbook
from socieux_desktop.store.workspace import (
    WorkspaceError,
    WorkspaceTooNew,
    database_path,
    default_data_dir,
    default_demo_dir,
)
from socieux_desktop.sync.commands import login_arguments, login_main, sync_arguments, sync_main

if TYPE_CHECKING:
    from socieux_desktop.collab.store import DeliverableStore

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
    try:  # the whole file is checked before the workspace is opened: a refusal leaves its folder as it was
        document = read_document(args.json)
    except ExchangeError as error:
        raise CommandFailed(f"cannot import {args.json}: {error}; nothing was imported: correct the file "
                            f"and run the command again.") from error
    with _workbook(data_dir) as workbook:
        try:
            counts = import_document(workbook, document)
        except ExchangeError as error:  # not empty, or the pictures' files could not be written
            raise CommandFailed(f"{error}; nothing was imported.") from error
    records = sum(counts[name] for name in document.entities)
    print(f"Imported {records} records ({counts['mission']} missions, {counts['day_entry']} day entries, "
          f"{counts['deliverable']} deliverables), {counts['texts']} deliverable texts, "
          f"{counts['pictures']} pictures and {counts['workshops']} workshops ({counts['participants']} "
          f"participants) from {args.json} into {data_dir}.")
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


# -- day ------------------------------------------------------------------------------------------


def _mission_of(workbook: Workbook, given: str) -> MissionDetails:
    """The mission named by its id or its code (``CI-2025-07-M1``)."""
    for summary in workbook.mission_summaries():
        if given in (summary.id, summary.code):
            return workbook.mission_details(summary.id)
    codes = ", ".join(s.code for s in workbook.mission_summaries()) or "none yet"
    raise CommandFailed(f"there is no mission {given} in {workbook.data_dir}; give the id or the code of "
                        f"one of its missions ({codes}).")


def _day_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="log a day (the day log's rules and warnings apply)",
                             description="Log a half or full day on a mission, as the day log does: the "
                                         "same rules refuse it or warn about it.")
    _add_data_dir(add, "your own workspace")
    add.add_argument("--mission", required=True, metavar="ID|CODE", help="the mission (its id or its code)")
    add.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the day worked")
    add.add_argument("--days", default="1", metavar="DAYS", help="1 (a full day, the default) or 0.5")
    add.add_argument("--kind", choices=[kind.value for kind in DayKind], default=DayKind.ON_SITE_WORK.value,
                     metavar="KIND", help="on_site_work (the default), remote_work, travel, preparation or "
                                          "reporting")
    add.add_argument("--expert", metavar="ID", help="who worked (default: you, the workspace's profile)")
    add.add_argument("--activity", metavar="ID|CODE",
                     help="the activity (its id or code, e.g. A1; default: the one the expert has days on)")
    add.add_argument("--place", default="", help="where the work was done")
    add.add_argument("--description", default="", help="what was done")
    add.add_argument("--counterpart", action="append", default=[], metavar="ID",
                     help="a counterpart worked with (repeat for several)")
    listing = actions.add_parser("list", help="list the days logged, newest first (tab-separated)",
                                 description="The days logged on one mission or on all, newest first, one "
                                             "per line, fields separated by tabs, after a header line.")
    _add_data_dir(listing, "your own workspace")
    listing.add_argument("--mission", metavar="ID|CODE", help="only this mission (default: every mission)")


def run_day(args: argparse.Namespace) -> int:
    data_dir = _data_dir(args, default_data_dir)
    with _workbook(data_dir, must_exist=True) as workbook:
        if args.action == "add":
            return _add_day(workbook, args)
        return _list_days(workbook, args.mission)


def _add_day(workbook: Workbook, args: argparse.Namespace) -> int:
    details = _mission_of(workbook, args.mission)
    mission = details.mission
    profile = workbook.profile()
    expert_id = args.expert or (profile.id if profile else None)
    if expert_id is None:
        raise CommandFailed("this workspace does not know who you are; give --expert ID (one of the team: "
                            + ", ".join(f"{t.expert.id} {t.expert.name}" for t in details.team) + ").")
    try:
        day = parse_date(args.date)
        half_days = parse_days(args.days)
        activity_id = _activity_of(details, expert_id, args.activity)
        entry = DayEntry(new_id(), mission.id, expert_id, activity_id, day, DayKind(args.kind), half_days,
                         args.place.strip(), args.description.strip(), tuple(args.counterpart))
        findings = workbook.log_day(entry)
    except RuleViolation as violation:
        raise CommandFailed(f"{violation.finding.english} Nothing was logged.") from None
    names = {t.expert.id: t.expert.name for t in details.team}
    print(f"Logged {'a full day' if half_days == FULL_DAY else format_days(half_days) + ' days'} "
          f"({entry.kind.value}) on {day.isoformat()} for {names.get(expert_id, expert_id)} on mission "
          f"{mission.code}: entry {entry.id}.")
    for finding in findings:
        print(f"Warning: {finding.english}")
    return EXIT_OK


def _activity_of(details: MissionDetails, expert_id: str, given: str | None) -> str:
    """The activity named (id or code), or the only one the expert has days allocated on."""
    if given is not None:
        for activity in details.activities:
            if given in (activity.id, activity.code):
                return activity.id
        return given  # the rules refuse it, saying what to do
    allocated = {a.activity_id for a in details.allocations if a.expert_id == expert_id}
    if len(allocated) == 1:
        return allocated.pop()
    if len(details.activities) == 1:
        return details.activities[0].id
    raise CommandFailed("say which activity the day counts against: --activity "
                        + " or ".join(a.code for a in details.activities) + ".")


def _list_days(workbook: Workbook, mission: str | None) -> int:
    mission_id = _mission_of(workbook, mission).mission.id if mission is not None else None
    codes = {s.id: s.code for s in workbook.mission_summaries()}
    experts = {e.id: e.name for e in workbook.all(Expert)}
    activities = {a.id: a.code for a in workbook.all(Activity)}
    print("\t".join(("id", "mission", "date", "expert", "kind", "days", "activity", "place", "description")))
    for entry in workbook.day_entries(mission_id):
        print("\t".join(_one_line(value) for value in (
            entry.id, codes.get(entry.mission_id, entry.mission_id), entry.day.isoformat(),
            experts.get(entry.expert_id, entry.expert_id), entry.kind.value, format_days(entry.half_days),
            activities.get(entry.activity_id, entry.activity_id), entry.place, entry.description)))
    return EXIT_OK


def _one_line(text: str) -> str:
    """A field of a tab-separated line: tabs and line breaks become spaces."""
    return " ".join(text.split("\t")).replace("\r", " ").replace("\n", " ")


# -- deliverable ----------------------------------------------------------------------------------


def _markdown(deliverable: Deliverable, body: str) -> bytes:
    return f"# {deliverable.title}\n\n{body}".encode()


EXPORT_FORMATS: dict[str, tuple[str, Callable[[Deliverable, str], bytes]]] = {
    "markdown": (".md", _markdown),
}
"""What ``deliverable export --format`` writes: its usual file suffix and how (the deliverable, its
sections as Markdown) becomes the file's bytes."""


def _deliverable_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="a mission's deliverables (tab-separated)",
                                 description="The deliverables of a mission, one per line, fields separated "
                                             "by tabs, after a header line.")
    _add_data_dir(listing, "your own workspace")
    listing.add_argument("--mission", required=True, metavar="ID|CODE", help="the mission (its id or code)")
    new = actions.add_parser("new", help="create a deliverable, with the sections of its kind",
                             description="Create a deliverable of a mission; it starts with the sections of "
                                         "its kind, titled in the language it is written in.")
    _add_data_dir(new, "your own workspace")
    new.add_argument("--mission", required=True, metavar="ID|CODE", help="the mission (its id or code)")
    kinds = [kind.value for kind in DeliverableKind]
    new.add_argument("--kind", required=True, choices=kinds, metavar="KIND", help=", ".join(kinds))
    new.add_argument("--title", required=True, help="its title")
    new.add_argument("--language", choices=[lang.value for lang in DeliverableLanguage], metavar="LANG",
                     help="the language it is written in: fr, en or es (default: the mission's, as its other "
                          "deliverables are written, else en)")
    show = actions.add_parser("show", help="print a deliverable's text as Markdown",
                              description="Print a deliverable's title, status and text (Markdown).")
    _add_data_dir(show, "your own workspace")
    show.add_argument("--deliverable", required=True, metavar="ID", help="the deliverable")
    export = actions.add_parser("export", help="write a deliverable's text to a file",
                                description="Write a deliverable's text to a file (replaced if it exists).")
    _add_data_dir(export, "your own workspace")
    export.add_argument("--deliverable", required=True, metavar="ID", help="the deliverable")
    export.add_argument("--format", choices=sorted(EXPORT_FORMATS), default="markdown", metavar="FORMAT",
                        help="the file's format: " + ", ".join(sorted(EXPORT_FORMATS)) + " (the default)")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="the file to write")


def run_deliverable(args: argparse.Namespace) -> int:
    from socieux_desktop.collab.store import DeliverableStore, UnknownDeliverable

    data_dir = _data_dir(args, default_data_dir)
    with _workbook(data_dir, must_exist=True) as workbook:
        store = DeliverableStore(workbook)
        if args.action == "list":
            _list_deliverables(store, _mission_of(workbook, args.mission))
            return EXIT_OK
        if args.action == "new":
            return _new_deliverable(store, _mission_of(workbook, args.mission), args)
        try:
            deliverable = store.get(args.deliverable)
        except UnknownDeliverable:
            raise CommandFailed(f"there is no deliverable {args.deliverable} in {data_dir}; 'socieux "
                                f"deliverable list --mission ID' gives their ids.") from None
        body = store.load(deliverable.id).markdown()
        if args.action == "show":
            print(f"# {deliverable.title}\n\n({deliverable.kind.value}, {deliverable.language.value}, "
                  f"{deliverable.status.value})\n\n{body}", end="")
            return EXIT_OK
        suffix, write = EXPORT_FORMATS[args.format]
        output: Path = args.output.expanduser()
        if output.is_dir() or not output.parent.is_dir():
            raise CommandFailed(f"cannot write {output}; give -o a file path in an existing folder (such as "
                                f"{_file_name(deliverable.title, suffix)}).")
        partial = output.with_name(f".{output.name}.partial")
        try:
            partial.write_bytes(write(deliverable, body))
            partial.replace(output)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise CommandFailed(f"cannot write {output} ({error.strerror or error}); give -o a path you can "
                                f"write to.") from error
    print(f"Deliverable “{deliverable.title}” written to {output} ({args.format}).")
    return EXIT_OK


def _file_name(title: str, suffix: str) -> str:
    return "".join(c if c.isalnum() or c in " -_" else " " for c in title).strip()[:80] + suffix


def _list_deliverables(store: DeliverableStore, details: MissionDetails) -> None:
    print("\t".join(("id", "status", "language", "kind", "words", "title")))
    for deliverable in store.of_mission(details.mission.id):
        words = store.load(deliverable.id).word_count(include_titles=False)
        print("\t".join((deliverable.id, deliverable.status.value, deliverable.language.value,
                         deliverable.kind.value, str(words), _one_line(deliverable.title))))


def _new_deliverable(store: DeliverableStore, details: MissionDetails, args: argparse.Namespace) -> int:
    language = args.language
    if language is None:
        written = {d.language for d in store.of_mission(details.mission.id)}
        language = written.pop().value if len(written) == 1 else DeliverableLanguage.EN.value
    deliverable = Deliverable(new_id(), details.mission.id, DeliverableKind(args.kind), args.title.strip(),
                              DeliverableLanguage(language))
    try:
        store.create(deliverable)
    except RuleViolation as violation:
        raise CommandFailed(f"{violation.finding.english} Nothing was created.") from None
    print(f"Deliverable “{deliverable.title}” ({deliverable.kind.value}, {deliverable.language.value}) "
          f"created on mission {details.mission.code}: {deliverable.id}")
    return EXIT_OK


# -- report -------------------------------------------------------------------------------------

REPORT_KINDS = ("timesheet", "attendance", "deliverable", "mission")
REPORT_LANGUAGES = ("fr", "en", "es")


def _report_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=REPORT_KINDS, metavar="KIND",
                        help="the report: " + ", ".join(REPORT_KINDS))
    _add_data_dir(parser, "your own workspace")
    parser.add_argument("--mission", required=True, metavar="ID", help="the id of the mission")
    parser.add_argument("--lang", choices=REPORT_LANGUAGES, metavar="LANG",
                        help="the language of the PDF: fr, en or es (whatever the app's language)")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE.pdf",
                        help="the PDF to write (replaced if it exists); --lang and -o are required, "
                             "except for 'deliverable' without --deliverable: it lists the deliverables")
    parser.add_argument("--workshop", metavar="ID",
                        help="attendance: the workshop (default: the mission's latest)")
    parser.add_argument("--deliverable", metavar="ID", help="deliverable: which one (required)")
    parser.add_argument("--blank", action="store_true",
                        help="attendance: an empty list to print for a paper workshop")
    parser.add_argument("--format", choices=("pdf", "docx"), default="pdf",
                        help="deliverable: pdf (default) or docx, a Word file to go on editing")
    parser.add_argument("--rows", type=int, metavar="N",
                        help="attendance --blank: how many rows to fill by hand (default 25, at most 500)")


def run_report(args: argparse.Namespace) -> int:
    from socieux_desktop.reports import ReportError, render, render_docx

    if args.workshop is not None and args.kind != "attendance":
        raise CommandFailed("--workshop goes with the attendance report only.")
    if args.blank and args.kind != "attendance":
        raise CommandFailed("--blank goes with the attendance report only.")
    if args.deliverable is not None and args.kind != "deliverable":
        raise CommandFailed("--deliverable goes with the deliverable report only.")
    data_dir = _data_dir(args, default_data_dir)
    if args.kind == "deliverable" and args.deliverable is None and args.lang is None and args.output is None:
        from socieux_desktop.collab.store import DeliverableStore

        with _workbook(data_dir, must_exist=True) as workbook:
            _list_deliverables(DeliverableStore(workbook), _mission_of(workbook, args.mission))
        return EXIT_OK
    if args.lang is None or args.output is None:
        raise CommandFailed("give the language of the PDF (--lang fr, en or es) and the file to write "
                            "(-o FILE.pdf).")
    if args.format == "docx" and (args.kind != "deliverable" or args.deliverable is None):
        raise CommandFailed("--format docx goes with the deliverable report and its --deliverable ID.")
    if args.rows is not None and not args.blank:
        raise CommandFailed("--rows goes with --blank (an empty attendance list) only.")
    output: Path = args.output.expanduser()
    if output.is_dir():
        raise CommandFailed(f"{output} is a folder; give -o the path of a PDF file to write.")
    if not output.parent.is_dir():
        raise CommandFailed(f"there is no folder {output.parent}; give -o a PDF path in an existing folder.")
    with _workbook(data_dir, must_exist=True) as workbook:
        try:
            if args.format == "docx":
                render_docx(workbook, deliverable_id=args.deliverable, output=output, language=args.lang)
            else:
                render(args.kind, workbook, mission_id=args.mission, language=args.lang, output=output,
                       workshop_id=args.workshop, deliverable_id=args.deliverable, blank=args.blank,
                       blank_rows=args.rows)
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
    Command("day", "log a day, or list the days logged (add, list)", _day_arguments, run_day),
    Command("deliverable", "a mission's deliverables: list, new, show, export", _deliverable_arguments,
            run_deliverable),
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
