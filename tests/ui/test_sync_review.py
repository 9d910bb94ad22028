"""What a merge left for the person to see, against the real hub over HTTP: two laptops of one expert log a
full day on one date while offline and both sync; both laptops mark the two entries in the day log and
count them in the status bar, in the person's language, until one of the entries is deleted."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from socieux_desktop.store.workbook import Workbook
from socieux_desktop.sync.commands import sync_now
from socieux_desktop.sync.credentials import TokenStore
from socieux_desktop.ui.day_log import DATE, DayLogWidget
from socieux_desktop.ui.mission_page import MissionPage
from socieux_desktop.ui.qt import Qt, QtGui, QtWidgets
from socieux_desktop.ui.sync_review import SyncReviewWidget
from tests.sync.conftest import Hub, World, cheap_password_hashing, db_url, hub, laptops, tokens, world
from tests.sync.test_pull_findings import two_full_days
from tests.sync.test_pull_gate import mission_by_code, signed_in
from tests.ui.languages import language_switcher

__all__ = ["cheap_password_hashing", "db_url", "hub", "laptops", "tokens", "world"]

SENTENCE = ("Marie Lefèvre already has 1 day(s) logged on 3/4/26, and a person can log at most one day on "
            "one date. Log a half day or choose another date.")


def marks(log: DayLogWidget) -> dict[str, tuple[bool, str | None]]:
    """Each entry's warning sign and date tooltip."""
    model = log.model
    return {model.entry(row).id: (
        model.index(row, DATE).data(Qt.ItemDataRole.DecorationRole) is not None,
        model.index(row, DATE).data(Qt.ItemDataRole.ToolTipRole)) for row in range(model.rowCount())}


def opened(qtbot: QtBot, workbook: Workbook) -> tuple[MissionPage, SyncReviewWidget]:
    """The mission page on CI-M1's day log, and the status bar's review links."""
    page = MissionPage(workbook, QtGui.QUndoStack())
    qtbot.addWidget(page)
    page.set_mission(mission_by_code(workbook, "CI-M1").id)
    page.setCurrentIndex(page.day_log_index)
    review = SyncReviewWidget(workbook)
    qtbot.addWidget(review)
    return page, review


def synced(laptop: Workbook, tokens: TokenStore, views: tuple[MissionPage, SyncReviewWidget]) -> None:
    """A sync, then what the main window does after one (``MissionPage.after_sync``, and the review
    links' refresh on the controller's status_changed)."""
    page, review = views
    page.after_sync(sync_now(laptop, tokens))
    review.refresh()


def test_both_laptops_mark_the_two_days_on_one_date_until_one_is_deleted(
        qtbot: QtBot, qapp: QtWidgets.QApplication, hub: Hub, world: World, laptops: dict[str, Workbook],
        tokens: TokenStore) -> None:
    first = signed_in(laptops["first"], tokens, hub, "marie")
    second = signed_in(laptops["second"], tokens, hub, "marie")
    mine, theirs = two_full_days(world, first, second, tokens)
    views = {"first": opened(qtbot, first), "second": opened(qtbot, second)}
    for page, review in views.values():
        assert set(marks(page.day_log)) == {mine.id} or set(marks(page.day_log)) == {theirs.id}
        assert not any(sign for sign, _ in marks(page.day_log).values())
        assert review.findings_label.isHidden()

    synced(first, tokens, views["first"])
    synced(second, tokens, views["second"])
    synced(first, tokens, views["first"])

    for page, review in views.values():
        shown = marks(page.day_log)
        assert set(shown) == {mine.id, theirs.id}
        for sign, tooltip in shown.values():
            assert sign and tooltip is not None
            assert tooltip.splitlines() == [
                "Merged with changes from another computer, this entry breaks a rule (both were kept; "
                "correct or delete one):", SENTENCE]
        assert not review.findings_label.isHidden()
        assert review.findings_label.text() == "2 day entries to check in the day log"
        assert review.findings_label.toolTip().splitlines()[1:] == [SENTENCE]

    page, review = views["second"]
    log = page.day_log
    with language_switcher(qapp) as switcher:
        switcher.switch("fr")
        qtbot.waitUntil(lambda: review.findings_label.text() == (
            "2 journées à vérifier dans le journal des jours"))
        tooltip = log.model.index(0, DATE).data(Qt.ItemDataRole.ToolTipRole)
        assert tooltip.splitlines()[0].startswith("Fusionnée avec les modifications d'un autre ordinateur")
        assert "04/03/2026" in tooltip.splitlines()[1] and "Marie Lefèvre" in tooltip.splitlines()[1]
        switcher.switch("es")
        qtbot.waitUntil(lambda: review.findings_label.text() == (
            "2 jornadas por revisar en el registro de días"))

    first.delete_day(mine.id)
    views["first"][0].day_log.refresh()  # as the day log's own delete command does
    synced(first, tokens, views["first"])  # nothing pulled: the finding forgotten all the same
    synced(second, tokens, views["second"])
    for page, review in views.values():
        assert marks(page.day_log) == {theirs.id: (False, None)}
        assert review.findings_label.isHidden()
