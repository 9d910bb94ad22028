"""The main window: the missions on the left, the chosen mission's dashboard and day log on the right.

One undo stack serves the whole window. The menus reach everything the keyboard needs (new mission,
undo and redo, language, settings). A demo workspace says so in a banner and offers to start one's own;
the window only asks for that (``workspace_switch_requested``), the application opens the new workspace.

The mission editor, the settings and about boxes are imported when first opened. With ``defer_sync`` (the
application's choice), the Sync menu and status come shortly after the window is shown: the sync modules
and SQLAlchemy under them are imported off the GUI thread then, so the first screen does not wait for
them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from socieux_desktop.store.workbook import DEMO, Workbook
from socieux_desktop.store.workspace import default_data_dir
from socieux_desktop.ui.i18n import LANGUAGES, NATIVE_NAMES, LanguageSwitcher
from socieux_desktop.ui.mission_list import MissionListWidget
from socieux_desktop.ui.mission_page import MissionPage
from socieux_desktop.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from socieux_desktop.ui.runner import OperationRunner
from socieux_desktop.ui.settings_dialog import LANGUAGE_SETTING
from socieux_desktop.ui.welcome import WelcomeDialog

if TYPE_CHECKING:
    from socieux_desktop.sync.credentials import TokenStore
    from socieux_desktop.ui.about_dialog import AboutDialog
    from socieux_desktop.ui.mission_editor import MissionEditorDialog
    from socieux_desktop.ui.settings_dialog import SettingsDialog
    from socieux_desktop.ui.sync_panel import SyncController

_GEOMETRY_KEY = "main_window/geometry"
_SPLITTER_KEY = "main_window/splitter"
_MISSION_KEY = "main_window/mission"
SYNC_LOAD_DELAY_MS = 300
"""How long after the window is shown a deferred sync starts loading. A thread importing modules holds
the GIL most of the time: started at once, it made the window's first moments sluggish (every paint and
click calls into Python). The sync can wait: its first automatic sync comes seconds after the start."""


class MainWindow(QtWidgets.QMainWindow):
    """The window of one open workspace. ``settings`` (if given) keeps its size and layout between runs;
    ``tokens`` is where the sync keeps its sign-in (the system keychain when not given); with
    ``defer_sync`` the sync is attached once the window is shown, its modules loaded in the background."""

    workspace_switch_requested = Signal(object)
    """The folder (a ``Path``) of the workspace the person wants to open instead: their own one."""

    def __init__(self, workbook: Workbook, switcher: LanguageSwitcher,
                 parent: QtWidgets.QWidget | None = None, *,
                 settings: QtCore.QSettings | None = None, tokens: TokenStore | None = None,
                 defer_sync: bool = False) -> None:
        super().__init__(parent)
        self.workbook = workbook
        self._switcher = switcher
        self._settings = settings
        self.undo_stack = QtGui.QUndoStack(self)

        self.mission_list = MissionListWidget(workbook)
        self.mission_page = MissionPage(workbook, self.undo_stack)
        self.mission_page.settings = settings
        self.splitter = QtWidgets.QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.mission_list)
        self.splitter.addWidget(self.mission_page)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.demo_banner = self._make_demo_banner()
        self.welcome = WelcomeDialog(settings, self.is_demo, self)
        central = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.demo_banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.demo_banner.setVisible(self.is_demo)

        self._make_actions()
        self._make_menus()
        self.setStatusBar(QtWidgets.QStatusBar())
        self._tokens = tokens
        self._sync: SyncController | None = None
        self._sync_loader: OperationRunner | None = None
        self._closed = False
        if not defer_sync:
            self._attach_sync()

        self.mission_list.mission_selected.connect(self._mission_selected)
        self.mission_page.dashboard.edit_requested.connect(self.edit_mission)
        self.resize(1280, 800)
        self._restore_layout()
        self.retranslate()

    @property
    def is_demo(self) -> bool:
        return self.workbook.kind == DEMO

    # -- building --------------------------------------------------------------------------------

    def _make_demo_banner(self) -> QtWidgets.QFrame:
        banner = QtWidgets.QFrame()
        banner.setObjectName("demoBanner")
        banner.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        banner.setStyleSheet("#demoBanner { background: #fff4ce; border-bottom: 1px solid #e0c97a; }"
                             "#demoBanner QLabel { color: #3d3000; }")
        self.demo_label = QtWidgets.QLabel()
        self.demo_label.setWordWrap(True)
        self.demo_button = QtWidgets.QPushButton()
        self.demo_button.clicked.connect(self.start_own_workspace)
        row = QtWidgets.QHBoxLayout(banner)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.demo_label, 1)
        row.addWidget(self.demo_button)
        return banner

    def _make_actions(self) -> None:
        self.new_mission_action = QtGui.QAction(self)
        self.new_mission_action.setShortcut(QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.New))
        self.new_mission_action.triggered.connect(self.new_mission)
        self.edit_mission_action = QtGui.QAction(self)
        self.edit_mission_action.setEnabled(False)
        self.edit_mission_action.triggered.connect(self._edit_selected_mission)
        self.export_pdf_action = QtGui.QAction(self)
        self.export_pdf_action.setShortcut(QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Print))
        self.export_pdf_action.setEnabled(False)
        self.export_pdf_action.triggered.connect(lambda: self.mission_page.export_pdf())
        self.start_own_action = QtGui.QAction(self)
        self.start_own_action.setVisible(self.is_demo)
        self.start_own_action.triggered.connect(self.start_own_workspace)
        self.settings_action = QtGui.QAction(self)
        self.settings_action.setMenuRole(QtGui.QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = QtGui.QAction(self)
        self.quit_action.setShortcut(QtGui.QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QtGui.QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.undo_action = QtGui.QAction(self)
        self.undo_action.setShortcut(QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Undo))
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action = QtGui.QAction(self)
        self.redo_action.setShortcut(QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Redo))
        self.redo_action.setEnabled(False)
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._retranslate_undo)
        self.undo_stack.redoTextChanged.connect(self._retranslate_undo)

        self.language_group = QtGui.QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QtGui.QAction] = {}
        for code in LANGUAGES:
            action = QtGui.QAction(NATIVE_NAMES[code], self.language_group)
            action.setCheckable(True)
            action.setData(code)
            self.language_actions[code] = action
        self.language_group.triggered.connect(self._language_chosen)

        self.about_action = QtGui.QAction(self)
        self.about_action.setMenuRole(QtGui.QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.open_about)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.new_mission_action)
        self.file_menu.addAction(self.edit_mission_action)
        self.file_menu.addAction(self.export_pdf_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.start_own_action)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    @property
    def sync(self) -> SyncController:
        """The sync's controller; attached now if it was waiting for the window to be shown."""
        return self._attach_sync()

    def _attach_sync(self) -> SyncController:
        """The Sync menu and the sync status in the status bar; Help stays the last menu."""
        if self._sync is None:
            from socieux_desktop.ui.sync_panel import attach_sync

            self._sync = attach_sync(self, self.workbook, self._tokens)
            # signed in or out: open deliverable editors offer Approve/Return to a coordinator only
            self._sync.status_changed.connect(self.mission_page.deliverables.update_roles)
            self._sync.synced.connect(self.mission_page.after_sync)  # what other computers wrote, shown
            self.menuBar().removeAction(self.help_menu.menuAction())
            self.menuBar().addMenu(self.help_menu)
        return self._sync

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        super().showEvent(event)
        self._closed = False
        if self.welcome.due and not self.welcome.isVisible():
            QtCore.QTimer.singleShot(0, self.welcome.show)  # over the window once it is on screen; not modal
        if self._sync is None and self._sync_loader is None:
            self._sync_loader = OperationRunner(self._sync_loaded, self)
            QtCore.QTimer.singleShot(SYNC_LOAD_DELAY_MS, self._load_sync)

    def _load_sync(self) -> None:
        if self._sync is None and self._sync_loader is not None and not self._closed:
            workbook = self.workbook
            self._sync_loader.run(lambda: _warm_sync(workbook), self._sync_loaded)

    def _sync_loaded(self, _outcome: object) -> None:
        """Attach the sync once its modules are loaded (a failure to load them is raised here, then),
        unless the window was closed in the meantime."""
        if not self._closed:
            self._attach_sync()

    # -- actions ---------------------------------------------------------------------------------

    def new_mission(self) -> MissionEditorDialog:
        return self._open_editor(None)

    def edit_mission(self, mission_id: str) -> MissionEditorDialog:
        return self._open_editor(mission_id)

    def _edit_selected_mission(self) -> None:
        mission_id = self.mission_page.mission_id
        if mission_id is not None:
            self._open_editor(mission_id)

    def _open_editor(self, mission_id: str | None) -> MissionEditorDialog:
        """The mission editor, window-modal; once it has saved, the list and the page show the mission."""
        from socieux_desktop.ui.mission_editor import MissionEditorDialog

        editor = MissionEditorDialog(self.workbook, mission_id, self)
        editor.finished.connect(editor.deleteLater)
        editor.accepted.connect(lambda: self._mission_saved(editor.saved_mission_id))
        editor.open()
        return editor

    def _mission_saved(self, mission_id: str) -> None:
        self.mission_list.refresh()
        if mission_id:
            self.mission_list.select_mission(mission_id)
        self.mission_page.refresh()

    def start_own_workspace(self) -> None:
        self.workspace_switch_requested.emit(default_data_dir())

    def open_settings(self) -> SettingsDialog:
        from socieux_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.workbook, self._switcher, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.accepted.connect(self.mission_page.refresh)
        dialog.open()
        return dialog

    def open_about(self) -> AboutDialog:
        from socieux_desktop.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self.workbook.data_dir, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def switch_language(self, code: str) -> None:
        """Show the interface in ``code`` at once and remember it in the workspace."""
        self._switcher.switch(code)
        self.workbook.set_setting(LANGUAGE_SETTING, self._switcher.language)
        self._check_language()

    def _language_chosen(self, action: QtGui.QAction) -> None:
        self.switch_language(str(action.data()))

    def _check_language(self) -> None:
        current = self.language_actions.get(self._switcher.language)
        if current is not None:
            current.setChecked(True)

    def _mission_selected(self, mission_id: str) -> None:
        self.mission_page.set_mission(mission_id or None)
        self.edit_mission_action.setEnabled(bool(mission_id))
        self.export_pdf_action.setEnabled(bool(mission_id))

    # -- layout kept between runs ----------------------------------------------------------------

    def _restore_layout(self) -> None:
        remembered = None
        self.splitter.setSizes([600, 680])  # the list's columns readable at first; a saved state wins
        if self._settings is not None:
            geometry = self._settings.value(_GEOMETRY_KEY)
            if isinstance(geometry, QtCore.QByteArray):
                self.restoreGeometry(geometry)
            splitter = self._settings.value(_SPLITTER_KEY)
            if isinstance(splitter, QtCore.QByteArray):
                self.splitter.restoreState(splitter)
            remembered = self._settings.value(_MISSION_KEY)
        if isinstance(remembered, str) and remembered:
            self.mission_list.select_mission(remembered)
        if self.mission_list.selected_mission_id() is None and self.mission_list.proxy.rowCount() > 0:
            self.mission_list.view.selectRow(0)  # a mission to look at, not the days of them all
        if self.mission_list.selected_mission_id() is None:
            self.mission_page.set_mission(None)

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        self._closed = True
        if self._sync is not None:
            self._sync.shutdown()  # no timer may sync a workbook that is about to close
        self.mission_page.close_windows()  # no workshop left listening, no editor on a closed workbook
        if self._settings is not None:
            self._settings.setValue(_GEOMETRY_KEY, self.saveGeometry())
            self._settings.setValue(_SPLITTER_KEY, self.splitter.saveState())
            self._settings.setValue(_MISSION_KEY, self.mission_list.selected_mission_id() or "")
        super().closeEvent(event)

    # -- texts -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        workspace = self.tr("Demo") if self.is_demo else self.tr("My workspace")
        self.setWindowTitle(self.tr("SOCIEUX+ Desktop — {workspace}").format(workspace=workspace))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_mission_action.setText(self.tr("&New mission…"))
        self.edit_mission_action.setText(self.tr("&Edit mission…"))
        self.export_pdf_action.setText(self.tr("E&xport PDF…"))
        self.start_own_action.setText(self.tr("&Start my own workspace…"))
        self.settings_action.setText(self.tr("Se&ttings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About SOCIEUX+ Desktop"))
        self.demo_label.setText(self.tr(
            "This is a demo workspace: its missions are examples and it never syncs."))
        self.demo_button.setText(self.tr("Start my own workspace"))
        self._retranslate_undo()
        self._check_language()

    def _retranslate_undo(self) -> None:
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.undo_action.setText(self.tr("&Undo {command}").format(command=undo).strip() if undo
                                 else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {command}").format(command=redo).strip() if redo
                                 else self.tr("&Redo"))

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _warm_sync(workbook: Workbook) -> None:
    """Off the GUI thread: import the sync panel and what it stands on (the sync modules, SQLAlchemy), make
    the workbook's engine and read the sync status once (SQLAlchemy compiles and caches its statements),
    so that attaching the sync on the GUI thread afterwards is quick."""
    from socieux_desktop.sync import commands
    from socieux_desktop.ui import sync_panel  # noqa: F401

    commands.status(workbook)
