"""A record's history: every write of it from the change log, who made it, when, and the values it replaced.

:class:`RecordHistoryDialog` shows one record (a day entry, a mission, an allocation, a counterpart, a
deliverable...), newest write first, one row per field a write changed. The texts that name records, fields
and values (:func:`record_title`, :func:`field_label`, :class:`ValueTexts`) are shared with the lists of
lost and set-aside changes.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any, Final

from socieux_desktop.domain.model import (
    ENTITY_TYPES,
    Action,
    Activity,
    Counterpart,
    Expert,
    Mission,
)
from socieux_desktop.store.workbook import HistoryItem, Workbook
from socieux_desktop.ui.labels import country_name, label
from socieux_desktop.ui.messages import format_days_localised
from socieux_desktop.ui.qt import QT_TRANSLATE_NOOP, Qt, QtCore, QtWidgets, translate
from socieux_desktop.ui.table_model import DISPLAY_ROLE, RowsModel, rows_view

_CONTEXT: Final = "RecordHistory"

_FIELDS: Final[dict[str, str]] = {
    "code": QT_TRANSLATE_NOOP("RecordHistory", "Code"),
    "title": QT_TRANSLATE_NOOP("RecordHistory", "Title"),
    "partner_institution": QT_TRANSLATE_NOOP("RecordHistory", "Partner institution"),
    "country_code": QT_TRANSLATE_NOOP("RecordHistory", "Country"),
    "action_id": QT_TRANSLATE_NOOP("RecordHistory", "Action"),
    "name": QT_TRANSLATE_NOOP("RecordHistory", "Name"),
    "email": QT_TRANSLATE_NOOP("RecordHistory", "E-mail"),
    "home_institution": QT_TRANSLATE_NOOP("RecordHistory", "Home institution"),
    "start_date": QT_TRANSLATE_NOOP("RecordHistory", "Start"),
    "end_date": QT_TRANSLATE_NOOP("RecordHistory", "End"),
    "modality": QT_TRANSLATE_NOOP("RecordHistory", "Modality"),
    "status": QT_TRANSLATE_NOOP("RecordHistory", "Status"),
    "timesheet_status": QT_TRANSLATE_NOOP("RecordHistory", "Timesheet"),
    "themes": QT_TRANSLATE_NOOP("RecordHistory", "Themes"),
    "cross_cutting_issues": QT_TRANSLATE_NOOP("RecordHistory", "Cross-cutting issues"),
    "terms_of_reference": QT_TRANSLATE_NOOP("RecordHistory", "Terms of reference"),
    "mission_id": QT_TRANSLATE_NOOP("RecordHistory", "Mission"),
    "expert_id": QT_TRANSLATE_NOOP("RecordHistory", "Expert"),
    "role": QT_TRANSLATE_NOOP("RecordHistory", "Role"),
    "activity_id": QT_TRANSLATE_NOOP("RecordHistory", "Activity"),
    "half_days": QT_TRANSLATE_NOOP("RecordHistory", "Days"),
    "institution": QT_TRANSLATE_NOOP("RecordHistory", "Institution"),
    "sex": QT_TRANSLATE_NOOP("RecordHistory", "Sex"),
    "day": QT_TRANSLATE_NOOP("RecordHistory", "Date"),
    "kind": QT_TRANSLATE_NOOP("RecordHistory", "Kind"),
    "place": QT_TRANSLATE_NOOP("RecordHistory", "Place"),
    "description": QT_TRANSLATE_NOOP("RecordHistory", "Description"),
    "counterpart_ids": QT_TRANSLATE_NOOP("RecordHistory", "Counterparts met"),
    "language": QT_TRANSLATE_NOOP("RecordHistory", "Language"),
}

_ENTITIES: Final[dict[str, str]] = {
    "action": QT_TRANSLATE_NOOP("RecordHistory", "Action {code}"),
    "activity": QT_TRANSLATE_NOOP("RecordHistory", "Activity {code}: {title}"),
    "expert": QT_TRANSLATE_NOOP("RecordHistory", "Expert {name}"),
    "mission": QT_TRANSLATE_NOOP("RecordHistory", "Mission {code}: {title}"),
    "team_member": QT_TRANSLATE_NOOP("RecordHistory", "{expert} on the team"),
    "allocation": QT_TRANSLATE_NOOP("RecordHistory", "Days allocated to {expert}: {days}"),
    "counterpart": QT_TRANSLATE_NOOP("RecordHistory", "Counterpart {name}"),
    "day_entry": QT_TRANSLATE_NOOP("RecordHistory", "Day of {day}: {kind}, {place}"),
    "deliverable": QT_TRANSLATE_NOOP("RecordHistory", "Deliverable “{title}”"),
}
_UNKNOWN_RECORD: Final = QT_TRANSLATE_NOOP("RecordHistory", "A record this computer does not have")
_YES: Final = QT_TRANSLATE_NOOP("RecordHistory", "yes")
_NO: Final = QT_TRANSLATE_NOOP("RecordHistory", "no")
_THIS_COMPUTER: Final = QT_TRANSLATE_NOOP("RecordHistory", "This computer")
_ANOTHER_COMPUTER: Final = QT_TRANSLATE_NOOP("RecordHistory", "Another computer ({device})")

_DATE_FIELDS: Final = frozenset({"day", "start_date", "end_date"})


def field_label(name: str) -> str:
    source = _FIELDS.get(name)
    return translate(_CONTEXT, source) if source else name


def format_date(text: str) -> str:
    """An ISO date (or date and time) in the current language's short format; the text itself when it
    is not one."""
    locale = QtCore.QLocale()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return locale.toString(QtCore.QDate(day.year, day.month, day.day),
                                   QtCore.QLocale.FormatType.ShortFormat)
        moment = datetime.fromisoformat(text).astimezone()
    except ValueError:
        return text
    shown = QtCore.QDateTime(QtCore.QDate(moment.year, moment.month, moment.day),
                             QtCore.QTime(moment.hour, moment.minute, moment.second))
    return locale.toString(shown, QtCore.QLocale.FormatType.ShortFormat)


class ValueTexts:
    """Field values in words: dates and days in the current language, enumerations by their labels, the
    records an id names by their names (read from the workbook once)."""

    def __init__(self, workbook: Workbook) -> None:
        self.workbook = workbook
        self._names: dict[str, str] | None = None

    def names(self) -> dict[str, str]:
        if self._names is None:
            workbook = self.workbook
            names = {e.id: e.name for e in workbook.all(Expert)}
            names |= {a.id: f"{a.code} – {a.title}" for a in workbook.all(Activity)}
            names |= {c.id: c.name for c in workbook.all(Counterpart)}
            names |= {m.id: m.code for m in workbook.all(Mission)}
            names |= {a.id: a.code for a in workbook.all(Action)}
            self._names = names
        return self._names

    def text(self, entity: str, name: str, value: Any) -> str:
        """``value`` in words; text a teammate's device sent is shown as it is, but for what cannot be
        shown at all (a lone surrogate: its code, as ``\\ud800``)."""
        return shown(self._text(entity, name, value))

    def _text(self, entity: str, name: str, value: Any) -> str:
        if value is None:
            return "—"
        if isinstance(value, bool):
            return translate(_CONTEXT, _YES if value else _NO)
        if name == "half_days" and isinstance(value, int):
            return format_days_localised(value)
        if name in _DATE_FIELDS and isinstance(value, str):
            return format_date(value)
        if name == "country_code" and isinstance(value, str):
            return country_name(value) if value else ""
        if isinstance(value, list):
            return ", ".join(self._text(entity, name, item) for item in value)
        if name.endswith("_id") or name == "counterpart_ids":
            return self.names().get(str(value), str(value))
        enum = _enum_of(entity, name)
        if enum is not None:
            try:
                return label(enum(value))
            except (ValueError, KeyError):
                return str(value)
        return str(value)


def shown(text: str) -> str:
    """``text`` as Qt can hold it: a lone surrogate (which a hostile or broken device may send) becomes
    its escape."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _enum_of(entity: str, name: str) -> type[Enum] | None:
    cls = ENTITY_TYPES.get(entity)
    if cls is None:
        return None
    hint = typing.get_type_hints(cls).get(name)
    if typing.get_origin(hint) is tuple:
        hint = typing.get_args(hint)[0]
    return hint if isinstance(hint, type) and issubclass(hint, Enum) else None


def record_title(entity: str, values: dict[str, Any] | None, texts: ValueTexts) -> str:
    """A record named the way the person knows it: "Day of 02/03/2026: On-site work, Abidjan"."""
    if values is None or entity not in _ENTITIES:
        return translate(_CONTEXT, _UNKNOWN_RECORD)
    params = {name: texts.text(entity, name, value) for name, value in values.items()}
    params["expert"] = texts.text(entity, "expert_id", values.get("expert_id"))
    params["days"] = texts.text(entity, "half_days", values.get("half_days"))
    try:
        return translate(_CONTEXT, _ENTITIES[entity]).format(**params).rstrip(", ")
    except KeyError:
        return translate(_CONTEXT, _UNKNOWN_RECORD)


# --- The dialog ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """One line of a record's history: a write, and one field it changed (None for a creation, a
    deletion or a record brought back)."""

    item: HistoryItem
    what: str
    field: str | None
    value: Any = None
    replaced: Any = None


CREATED, CHANGED, DELETED, RESTORED = "created", "changed", "deleted", "restored"
_WHAT: Final[dict[str, str]] = {
    CREATED: QT_TRANSLATE_NOOP("RecordHistory", "Created"),
    CHANGED: QT_TRANSLATE_NOOP("RecordHistory", "Changed"),
    DELETED: QT_TRANSLATE_NOOP("RecordHistory", "Deleted"),
    RESTORED: QT_TRANSLATE_NOOP("RecordHistory", "Brought back"),
}


def history_rows(items: list[HistoryItem]) -> list[HistoryRow]:
    """The writes as lines, newest first."""
    rows: list[HistoryRow] = []
    for item in reversed(items):
        if item.op == "insert":
            rows.append(HistoryRow(item, CREATED, None))
            continue
        if item.fields.get("deleted") is True:
            rows.append(HistoryRow(item, DELETED, None))
            continue
        if item.fields.get("deleted") is False:
            rows.append(HistoryRow(item, RESTORED, None))
        previous = item.previous or {}
        rows.extend(HistoryRow(item, CHANGED, name, value, previous.get(name))
                    for name, value in item.fields.items() if name != "deleted")
    return rows


WHEN, WHO, WHAT, FIELD, VALUE, REPLACED = range(6)


class HistoryModel(RowsModel[HistoryRow]):
    column_count = 6

    def __init__(self, entity: str, device_id: str, texts: ValueTexts,
                 parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.entity = entity
        self.device_id = device_id
        self.texts = texts

    def data(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or role not in (DISPLAY_ROLE, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_at(index.row())
        column = index.column()
        if column == WHEN:
            return format_date(row.item.created_at)
        if column == WHO:
            return who_text(row.item.device_id, self.device_id)
        if column == WHAT:
            return translate(_CONTEXT, _WHAT[row.what])
        if row.field is None:
            return ""
        if column == FIELD:
            return field_label(row.field)
        if column == VALUE:
            return self.texts.text(self.entity, row.field, row.value)
        if row.item.previous is None or row.field not in row.item.previous:
            return ""
        return self.texts.text(self.entity, row.field, row.replaced)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY_ROLE:
            return None
        return (self.tr("When"), self.tr("Made on"), self.tr("What"), self.tr("Field"), self.tr("New value"),
                self.tr("Value it replaced"))[section]


def who_text(device_id: str, this_device: str) -> str:
    """Which computer made a write: this one, or another (named by the start of its id)."""
    if device_id == this_device:
        return translate(_CONTEXT, _THIS_COMPUTER)
    return translate(_CONTEXT, _ANOTHER_COMPUTER).format(device=device_id[:8])


class RecordHistoryDialog(QtWidgets.QDialog):
    """The history of one record, newest write first."""

    def __init__(self, workbook: Workbook, cls: type, entity_id: str,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        from socieux_desktop.domain.model import ENTITY_NAMES
        from socieux_desktop.store.sync_review import SyncReview

        self.workbook = workbook
        self.cls = cls
        self.entity = ENTITY_NAMES[cls]
        self.entity_id = entity_id
        self.texts = ValueTexts(workbook)
        self.values = SyncReview(workbook).record(self.entity, entity_id)
        self.heading = QtWidgets.QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation = QtWidgets.QLabel()
        self.explanation.setWordWrap(True)
        self.model = HistoryModel(self.entity, workbook.device_id, self.texts, self)
        self.view = rows_view(self.model)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 420)
        self.refresh()
        self.retranslate()

    def refresh(self) -> None:
        self.model.set_rows(history_rows(self.workbook.history(self.cls, self.entity_id)))
        self.view.resizeColumnsToContents()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("History"))
        title = record_title(self.entity, self.values, self.texts)
        deleted = self.values is not None and bool(self.values.get("deleted"))
        self.heading.setText(self.tr("{record} (deleted)").format(record=title) if deleted else title)
        self.explanation.setText(self.tr(
            "Every change of this record, on this computer and on the others it synced with, newest "
            "first, with the value each change replaced. A value that lost in a merge stays here; bring "
            "it back from Sync > Changes lost in merges."))
        self.model.retranslate()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def open_history(workbook: Workbook, cls: type, entity_id: str,
                 parent: QtWidgets.QWidget | None = None) -> RecordHistoryDialog:
    """Open (not exec) the history of a record over ``parent``."""
    dialog = RecordHistoryDialog(workbook, cls, entity_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
