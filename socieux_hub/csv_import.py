"""Import missions from a CSV file (the format is documented in ``docs/hub.md``).

One row per allocation, in the order a coordinator's spreadsheet has them: the action, the activity, the
mission, then the expert assigned and the days allocated to them on that activity. Actions, activities and
missions are found by their code and created when new. The whole file is one transaction: a bad row is
refused with its line number and nothing of the file is applied.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from socieux_hub.access import HUB
from socieux_hub.admin import Admin
from socieux_hub.errors import HubSetupError
from socieux_hub.ledger import Ledger

COLUMNS = (
    "action_code", "action_title", "partner_institution", "country_code",
    "activity_code", "activity_title",
    "mission_code", "mission_title", "start_date", "end_date", "modality",
    "expert", "role", "days",
)
REQUIRED_COLUMNS = ("action_code", "mission_code")
MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ImportSummary:
    rows: int
    changes: int


class CsvImportError(HubSetupError):
    """A file or a row the import refuses; nothing of the file was applied."""

    def __init__(self, line: int, message: str) -> None:
        self.line = line
        super().__init__(f"line {line}: {message} Nothing of the file was imported.")


def read_rows(text: str) -> list[tuple[int, dict[str, str]]]:
    """The rows of the file with the line each starts on; the header is checked (commas or semicolons)."""
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        raise CsvImportError(1, "the file is empty; its first line names the columns.") from None
    except csv.Error as error:
        raise CsvImportError(1, f"{error}.") from None
    unknown = [name for name in header if name not in COLUMNS]
    if unknown:
        raise CsvImportError(1, f"unknown column {unknown[0]!r}; the columns are {', '.join(COLUMNS)}.")
    if len(set(header)) != len(header):
        raise CsvImportError(1, "a column is named twice.")
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise CsvImportError(1, f"the column {missing[0]!r} is required.")
    rows: list[tuple[int, dict[str, str]]] = []
    line = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raise CsvImportError(line, f"{error}.") from None
        if any(cell.strip() for cell in cells):
            if len(cells) != len(header):
                raise CsvImportError(line, (
                    f"{len(cells)} cells where the header names {len(header)} columns."))
            for name, cell in zip(header, cells, strict=True):
                if looks_like_formula(cell):
                    raise CsvImportError(line, (
                        f"the {name} cell starts with {cell.strip()[:1] or cell[:1]!r}, which a spreadsheet "
                        "would run as a formula; remove that character (or put the text in other words)."))
            rows.append((line, {name: cell.strip() for name, cell in zip(header, cells, strict=True)}))
        line = reader.line_num + 1
    check_consistent(rows)
    return rows


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a cell a spreadsheet would run as a formula starts with (OWASP, CSV injection)."""


def looks_like_formula(cell: str) -> bool:
    """Whether a cell, as written or without its leading spaces, starts like a formula; such a cell is
    refused rather than escaped, so that what is stored is what the coordinator typed."""
    return cell.startswith(FORMULA_STARTS) or cell.strip().startswith(FORMULA_STARTS)


_RECORDS = (
    ("action", ("action_code",), ("action_title", "partner_institution", "country_code")),
    ("activity", ("action_code", "activity_code"), ("activity_title",)),
    ("mission", ("mission_code",), ("action_code", "mission_title", "start_date", "end_date", "modality")),
    ("team member", ("mission_code", "expert"), ("role",)),
    ("allocation", ("mission_code", "expert", "activity_code"), ("days",)),
)
"""What the rows of one file describe: (what, the cells that name it, the cells that give its values)."""


def check_consistent(rows: list[tuple[int, dict[str, str]]]) -> None:
    """Refuse a file in which two rows describe one action, activity, mission or allocation with other
    values (an empty cell says nothing and agrees with any), naming both lines: the first would win
    silently otherwise."""
    for what, keys, values in _RECORDS:
        seen: dict[tuple[str, ...], dict[str, tuple[int, str]]] = {}
        for line, row in rows:
            key = tuple(row.get(name, "") for name in keys)
            if not key[-1] or (what == "allocation" and not key[1]):
                continue  # no such record on this line (an allocation needs an expert)
            held = seen.setdefault(key, {})
            for name in values:
                value = row.get(name, "")
                if not value:
                    continue
                if name in held and held[name][1] != value:
                    first, other = held[name]
                    raise CsvImportError(line, (
                        f"line {first} gives the {what} {' '.join(k for k in key if k)!r} the {name} "
                        f"{other!r}, this line {value!r}; make the two lines agree."))
                held.setdefault(name, (line, value))


def import_missions(admin: Admin, path: Path) -> ImportSummary:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise HubSetupError(f"Cannot read {path}: {error.strerror}.") from None
    if len(raw) > MAX_FILE_BYTES:
        raise HubSetupError(f"{path} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[:error.start].count(b"\n") + 1
        raise CsvImportError(line, "the file is not UTF-8 text; save it as CSV UTF-8.") from None
    rows = read_rows(text)
    with admin.db.log() as session:
        ledger = Ledger(session, HUB)
        for line, row in rows:
            try:
                _import_row(admin, ledger, row)
            except CsvImportError:
                raise
            except HubSetupError as error:
                raise CsvImportError(line, str(error)) from None
        ledger.finish()
        return ImportSummary(len(rows), ledger.applied_count)


def _import_row(admin: Admin, ledger: Ledger, row: dict[str, str]) -> None:
    session = ledger.session
    get = row.get
    action_code = get("action_code", "")
    if not action_code:
        raise HubSetupError("The action code is required.")
    actions = admin.by_code(session, "action", action_code)
    if len(actions) > 1:
        raise HubSetupError(f"Several actions have the code {action_code!r}.")
    if actions:
        action_id = actions[0].id
    else:
        action_id = admin.put_action(ledger, action_code, get("action_title", ""),
                                     get("partner_institution", ""), get("country_code", ""))
    activity_code = get("activity_code", "")
    if activity_code and admin.activity_by_code(session, action_id, activity_code) is None:
        admin.put_activity(ledger, action_id, activity_code, get("activity_title", ""))
    mission_code = get("mission_code", "")
    if not mission_code:
        raise HubSetupError("The mission code is required.")
    missions = admin.by_code(session, "mission", mission_code)
    if len(missions) > 1:
        raise HubSetupError(f"Several missions have the code {mission_code!r}.")
    if missions:
        if missions[0].action_id != action_id:
            raise HubSetupError(f"The mission {mission_code!r} belongs to another action.")
        mission_id = missions[0].id
    else:
        mission_id = admin.put_mission(ledger, action_id, mission_code, get("mission_title", ""),
                                       get("start_date", ""), get("end_date", ""),
                                       modality=get("modality", "") or "on_site")
    expert, days = get("expert", ""), get("days", "")
    if not expert:
        if days:
            raise HubSetupError("Days are given but no expert to allocate them to.")
        return
    if days and not activity_code:
        raise HubSetupError("Days are allocated on an activity; give its activity_code.")
    allocations = [(activity_code, days)] if days else []
    admin.put_assignment(ledger, mission_id, expert, get("role", "") or "expert", allocations)
