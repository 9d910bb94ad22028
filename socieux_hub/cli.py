"""``socieux-hub``: run the hub and manage it from headquarters.

    socieux-hub [--db URL] serve [--host H] [--port P] [--workers N]
    socieux-hub [--db URL] migrate
    socieux-hub [--db URL] user add NAME --role expert|coordinator [--name ..] [--email ..]
    socieux-hub [--db URL] user password NAME
    socieux-hub [--db URL] user list
    socieux-hub [--db URL] action add --code C --title T --partner P --country CC
    socieux-hub [--db URL] activity add --action ACTION --code C --title T
    socieux-hub [--db URL] mission add --action ACTION --code C --title T --start D --end D
    socieux-hub [--db URL] mission list
    socieux-hub [--db URL] mission import FILE.csv
    socieux-hub [--db URL] assign --mission M --expert E [--role R] [--days ACTIVITY=DAYS ...]

The database is ``--db``, else ``SOCIEUX_HUB_DB``, else an SQLite file in the user's data folder. Every
command brings the database's schema up to date first. Passwords are read from standard input when it is
not a terminal (one line), otherwise asked for twice without echo.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from sqlalchemy.exc import SQLAlchemyError

from socieux_desktop.domain.days import format_days
from socieux_desktop.domain.model import CrossCuttingIssue, MissionStatus, Modality, TeamRole, Theme
from socieux_desktop.sync import protocol
from socieux_desktop.sync.protocol import ROLES
from socieux_hub.admin import Admin
from socieux_hub.csv_import import import_missions
from socieux_hub.db import ENV_DB, Database, default_db_url
from socieux_hub.errors import HubSetupError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="socieux-hub", description="The SOCIEUX+ hub: serve the sync API and manage users and missions.")
    parser.add_argument("--db", metavar="URL", help=(
        f"database URL: sqlite:///path/hub.sqlite or postgresql://user:password@host/db (default: ${ENV_DB}, "
        "else hub.sqlite in the user's data folder)"))
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = commands.add_parser("serve", help="run the hub's HTTP API")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    serve.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    serve.add_argument("--ssl-certfile", help="serve HTTPS with this certificate (PEM)")
    serve.add_argument("--ssl-keyfile", help="the certificate's private key (PEM)")

    commands.add_parser("migrate", help="create or upgrade the database schema (every command does it too)")

    user = commands.add_parser("user", help="manage the people who sign in").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    add = user.add_parser("add", help="create a user (password from stdin, or asked)")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--name", default="", help="expert: full name (default: the user name)")
    add.add_argument("--email", default="", help="expert: e-mail address")
    add.add_argument("--institution", default="", help="expert: home institution")
    add.add_argument("--country", default="", help="expert: country code (e.g. FR)")
    add.add_argument("--expert-id", help="expert: link to this existing expert instead of creating one")
    password = user.add_parser("password", help="reset a password (and sign the user out everywhere)")
    password.add_argument("username")
    user.add_parser("list", help="list the users")

    action = commands.add_parser("action", help="manage actions").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    action_add = action.add_parser("add", help="create an action")
    action_add.add_argument("--code", required=True)
    action_add.add_argument("--title", required=True)
    action_add.add_argument("--partner", required=True, help="the partner institution")
    action_add.add_argument("--country", required=True, help="the partner country's code (e.g. CI)")

    activity = commands.add_parser("activity", help="manage activities").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    activity_add = activity.add_parser("add", help="create an activity of an action")
    activity_add.add_argument("--action", dest="action_ref", required=True, help="the action's code or id")
    activity_add.add_argument("--code", required=True)
    activity_add.add_argument("--title", required=True)

    mission = commands.add_parser("mission", help="manage missions").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    mission_add = mission.add_parser("add", help="create a mission of an action")
    mission_add.add_argument("--action", dest="action_ref", required=True, help="the action's code or id")
    mission_add.add_argument("--code", required=True)
    mission_add.add_argument("--title", required=True)
    mission_add.add_argument("--start", required=True, help="first day, YYYY-MM-DD")
    mission_add.add_argument("--end", required=True, help="last day, YYYY-MM-DD")
    mission_add.add_argument("--modality", default="on_site", choices=[m.value for m in Modality])
    mission_add.add_argument("--status", default="planned", choices=[s.value for s in MissionStatus])
    mission_add.add_argument("--theme", action="append", default=[], choices=[t.value for t in Theme])
    mission_add.add_argument("--cross-cutting", action="append", default=[],
                             choices=[c.value for c in CrossCuttingIssue])
    mission_add.add_argument("--terms-of-reference", default="", help="text of the terms of reference")
    mission.add_parser("list", help="list the missions and their teams")
    mission_import = mission.add_parser("import", help="import missions from a CSV file (see docs/hub.md)")
    mission_import.add_argument("file", type=Path)

    assign = commands.add_parser("assign", help="put an expert on a mission and allocate their days")
    assign.add_argument("--mission", required=True, help="the mission's code or id")
    assign.add_argument("--expert", required=True, help="the expert's user name or expert id")
    assign.add_argument("--role", default="expert", choices=[r.value for r in TeamRole])
    assign.add_argument("--days", action="append", default=[], metavar="ACTIVITY=DAYS",
                        help="days allocated on an activity (its code or id), e.g. A1=5 or A2=2.5; repeat")
    return parser


def read_password(stdin: TextIO, prompt: str = "Password: ") -> str:
    """One line of standard input when it is not a terminal, otherwise asked twice without echo."""
    if not stdin.isatty():
        line = stdin.readline()
        return line.removesuffix("\n").removesuffix("\r")
    first = getpass.getpass(prompt)
    if getpass.getpass("Again: ") != first:
        raise HubSetupError("The two passwords differ.")
    return first


def _days(pairs: Sequence[str]) -> list[tuple[str, str]]:
    result = []
    for pair in pairs:
        activity, sep, days = pair.partition("=")
        if not sep or not activity.strip() or not days.strip():
            raise HubSetupError(f"--days {pair!r}: write ACTIVITY=DAYS, e.g. A1=5.")
        result.append((activity.strip(), days.strip()))
    return result


def _serve(args: argparse.Namespace, db: Database) -> None:
    import uvicorn

    print(f"socieux-hub: serving {db.describe()} on http://{args.host}:{args.port}", file=sys.stderr)
    if args.workers > 1:
        os.environ[ENV_DB] = db.url
        uvicorn.run("socieux_hub.app:create_app_from_env", factory=True, host=args.host, port=args.port,
                    workers=args.workers, ssl_certfile=args.ssl_certfile, ssl_keyfile=args.ssl_keyfile)
        return
    from socieux_hub.app import create_app

    uvicorn.run(create_app(db), host=args.host, port=args.port, ssl_certfile=args.ssl_certfile,
                ssl_keyfile=args.ssl_keyfile)


def run(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> None:
    db = Database(args.db or default_db_url())
    try:
        db.migrate()
        admin = Admin(db)
        command = (args.command, getattr(args, "action", None))
        if command == ("serve", None):
            _serve(args, db)
        elif command == ("migrate", None):
            print(f"The database {db.describe()} is up to date.", file=out)
        elif command == ("user", "add"):
            user = admin.add_user(args.username, args.role, read_password(stdin), name=args.name,
                                  email=args.email, institution=args.institution, country=args.country,
                                  expert_id=args.expert_id)
            linked = f", expert {user.expert_id}" if user.expert_id else ""
            print(f"Created {user.role} {user.username}{linked}.", file=out)
        elif command == ("user", "password"):
            revoked = admin.reset_password(args.username, read_password(stdin, "New password: "))
            print(f"Password of {args.username} reset; {revoked} session(s) signed out.", file=out)
        elif command == ("user", "list"):
            for info in admin.users():
                print(f"{info.username}\t{info.role}\t{info.expert_id or '-'}\t{info.created_at}", file=out)
        elif command == ("action", "add"):
            print(admin.add_action(args.code, args.title, args.partner, args.country), file=out)
        elif command == ("activity", "add"):
            print(admin.add_activity(args.action_ref, args.code, args.title), file=out)
        elif command == ("mission", "add"):
            print(admin.add_mission(args.action_ref, args.code, args.title, args.start, args.end,
                                    modality=args.modality, status=args.status, themes=args.theme,
                                    cross_cutting_issues=args.cross_cutting,
                                    terms_of_reference=args.terms_of_reference), file=out)
        elif command == ("mission", "list"):
            for mission in admin.missions():
                print(f"{mission.code}\t{mission.id}\t{mission.start_date}..{mission.end_date}\t{mission.title}"
                      f"\t{', '.join(mission.team) or '-'}", file=out)
        elif command == ("mission", "import"):
            summary = import_missions(admin, args.file)
            print(f"Imported {summary.rows} row(s): {summary.changes} change(s) written.", file=out)
        elif command == ("assign", None):
            done = admin.assign(args.mission, args.expert, args.role, _days(args.days))
            days = ", ".join(format_days(half) for _, half in done.allocations)
            print(f"Expert {done.expert_id} is on mission {done.mission_id}"
                  + (f" with {days} day(s) allocated." if days else "."), file=out)
        else:
            raise HubSetupError(f"Unknown command {' '.join(str(part) for part in command if part)}.")
    finally:
        db.dispose()


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    for argument in arguments:
        if not protocol.well_formed(argument):
            # A NUL or bytes that are not UTF-8 (Python keeps them as lone surrogates) would be stored
            # as text that no pull can send.
            print(f"socieux-hub: the argument {argument!r} holds a NUL character or bytes that are not "
                  "UTF-8; type it again.", file=sys.stderr)
            return 1
    args = _parser().parse_args(arguments)
    try:
        run(args, sys.stdin, sys.stdout)
    except HubSetupError as error:
        print(f"socieux-hub: {error}", file=sys.stderr)
        return 1
    except SQLAlchemyError as error:
        print(f"socieux-hub: the database cannot be used: {error.__class__.__name__}: "
              f"{str(error).splitlines()[0]}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
