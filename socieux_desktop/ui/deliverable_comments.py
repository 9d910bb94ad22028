"""The comments beside a deliverable's editor: comment on the selected passage, read, reply, resolve, reopen.

The comments live in the deliverable's CRDT document (``collab.annotations``): adding or resolving one is
an edit of the document, saved and shared like typing. The panel follows the document: comments made or
resolved on another copy (the hub, a workshop) show as soon as their update is applied.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from socieux_desktop.collab.annotations import Comment, Comments, UnknownAnnotation
from socieux_desktop.collab.document import DeliverableDocument, Origin, UnknownSection
from socieux_desktop.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal

Selection = tuple[str, str, int, int]
"""A section's id, its field ("title" or "body"), and the selected code points from start to end."""

COMMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_PASSAGE_CHARS = 90


def local_time(moment: datetime) -> str:
    """A moment as a short date and time of the current language, in the computer's time zone."""
    shown = QtCore.QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))
    return QtCore.QLocale().toString(shown, QtCore.QLocale.FormatType.ShortFormat)


def _shorten(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _PASSAGE_CHARS else flat[:_PASSAGE_CHARS - 1] + "…"


class CommentsPanel(QtWidgets.QWidget):
    """Comments of one deliverable, with a field to comment on the editor's selection."""

    comment_activated = Signal(str, str, int, int)
    """A comment was chosen: select its passage (section id, field, start, end in code points)."""

    def __init__(self, document: DeliverableDocument, author: str,
                 selection: Callable[[], Selection | None],
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._comments = Comments(document)
        self._author = author
        self._selection = selection
        self._shown: dict[str, Comment] = {}

        self.comment_edit = QtWidgets.QPlainTextEdit()
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.add_button = QtWidgets.QPushButton()
        self.add_button.clicked.connect(self.add_comment)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # add from the keyboard while writing the comment
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(keys), self.comment_edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.add_comment)
        self.message_label = QtWidgets.QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b00020;")
        self.message_label.hide()
        self.show_resolved_check = QtWidgets.QCheckBox()
        self.show_resolved_check.toggled.connect(self.refresh)
        self.list = QtWidgets.QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.list.itemClicked.connect(self._activate)
        self.list.itemActivated.connect(self._activate)
        self.reply_button = QtWidgets.QPushButton()
        self.reply_button.clicked.connect(self.reply_current)
        self.resolve_button = QtWidgets.QPushButton()
        self.resolve_button.clicked.connect(self.resolve_current)
        self.reopen_button = QtWidgets.QPushButton()
        self.reopen_button.clicked.connect(self.reopen_current)
        self.delete_button = QtWidgets.QPushButton()
        self.delete_button.clicked.connect(self.delete_current)
        self.empty_label = QtWidgets.QLabel()
        self.empty_label.setWordWrap(True)

        buttons = QtWidgets.QHBoxLayout()
        for button in (self.reply_button, self.resolve_button, self.reopen_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.comment_edit)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.message_label)
        layout.addWidget(self.show_resolved_check)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

        # Updates may come in bursts (typing, a workshop): one refresh once the burst is handled.
        self._refresh_timer = QtCore.QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        stop = document.on_update(self._document_changed)
        self.destroyed.connect(lambda *_: stop())

        self.retranslate()

    # -- reading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the comments again, keeping the current one current and the list where it was
        scrolled; nothing is redrawn when they did not change (typing elsewhere in the text)."""
        comments = self._listed_comments()
        if comments == list(self._shown.values()) and self.list.count() == len(comments):
            return
        self._fill(comments)

    def _listed_comments(self) -> list[Comment]:
        """The comments the list shows: the open ones, and the resolved ones too when asked."""
        return self._comments.all(include_resolved=self.show_resolved_check.isChecked())

    def _fill(self, comments: list[Comment]) -> None:
        current = self.current_comment()
        scroll = self.list.verticalScrollBar().value()
        self._shown = {comment.id: comment for comment in comments}
        self.list.clear()
        for comment in comments:
            item = QtWidgets.QListWidgetItem(self._item_text(comment))
            item.setData(COMMENT_ID_ROLE, comment.id)
            item.setToolTip(self._tooltip(comment))
            if comment.resolved or comment.detached:
                item.setForeground(self.palette().color(QtGui.QPalette.ColorRole.PlaceholderText))
            self.list.addItem(item)
            if current is not None and comment.id == current.id:
                self.list.setCurrentItem(item)
        self.list.verticalScrollBar().setValue(scroll)
        self._update_empty_text()
        self._update_buttons()

    def current_comment(self) -> Comment | None:
        item = self.list.currentItem()
        return None if item is None else self._shown.get(str(item.data(COMMENT_ID_ROLE)))

    def select_comment(self, comment_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(COMMENT_ID_ROLE) == comment_id:
                self.list.setCurrentRow(row)
                return

    def _item_text(self, comment: Comment) -> str:
        if comment.detached:
            passage = self.tr("Passage deleted; it read “{quote}”").format(quote=_shorten(comment.quote))
        else:
            passage = self.tr("“{passage}”").format(passage=_shorten(comment.passage))
        lines = [passage, self.tr("{author}, {date}").format(author=comment.author,
                                                              date=local_time(comment.created)),
                 comment.text]
        lines += [self.tr("↳ {author}: {text}").format(author=reply.author, text=reply.text)
                  for reply in comment.replies]
        if comment.resolved:
            lines.append(self.tr("Resolved by {name}").format(name=comment.resolved_by))
        return "\n".join(lines)

    def _tooltip(self, comment: Comment) -> str:
        return self.tr("When commented, the passage read: “{quote}”").format(quote=comment.quote)

    # -- actions -----------------------------------------------------------------------------------

    def add_comment(self) -> None:
        """Comment on the editor's selection; refused, with what to do, without one or without text."""
        self._hide_message()
        selected = self._selection()
        if selected is None or selected[2] >= selected[3]:
            self._show_message(self.tr("Select the passage to comment on in the text first."))
            return
        text = self.comment_edit.toPlainText().strip()
        if not text:
            self._show_message(self.tr("Write your comment first, then click “Comment on the selection”."))
            self.comment_edit.setFocus()
            return
        section_id, field, start, end = selected
        try:
            comment_id = self._comments.add(section_id, field, start, end, text, self._author)
        except (IndexError, UnknownSection):
            self._show_message(self.tr(
                "That passage is no longer in the text (it may have just been changed elsewhere). "
                "Select it again."))
            return
        self.comment_edit.clear()
        self.refresh()
        self.select_comment(comment_id)

    def reply_current(self) -> None:
        """Answer the current comment with the text of the comment field."""
        comment = self.current_comment()
        text = self.comment_edit.toPlainText().strip()
        if comment is None:
            return
        if not text:
            self._show_message(self.tr("Write your reply in the comment field first, then click “Reply”."))
            self.comment_edit.setFocus()
            return
        self._change(lambda: self._comments.reply(comment.id, text, self._author))
        self.comment_edit.clear()

    def resolve_current(self) -> None:
        comment = self.current_comment()
        if comment is not None and not comment.resolved:
            self._change(lambda: self._comments.resolve(comment.id, self._author))

    def reopen_current(self) -> None:
        comment = self.current_comment()
        if comment is not None and comment.resolved:
            self._change(lambda: self._comments.reopen(comment.id))

    def delete_current(self) -> None:
        """Delete the current comment, if its author is the one using the app."""
        comment = self.current_comment()
        if comment is not None and comment.author == self._author:
            self._change(lambda: self._comments.remove(comment.id))

    def _change(self, edit: Callable[[], object]) -> None:
        self._hide_message()
        try:
            edit()
        except UnknownAnnotation:  # removed on another copy meanwhile
            self._show_message(self.tr("This comment was deleted meanwhile."))
        self.refresh()

    def _activate(self, item: QtWidgets.QListWidgetItem) -> None:
        comment = self._shown.get(str(item.data(COMMENT_ID_ROLE)))
        if comment is not None and comment.start is not None and comment.end is not None:
            self.comment_activated.emit(comment.section_id, comment.field.value, comment.start, comment.end)

    # -- inner workings ----------------------------------------------------------------------------

    def _document_changed(self, update: bytes, origin: Origin) -> None:
        self._refresh_timer.start()

    def _update_buttons(self) -> None:
        comment = self.current_comment()
        self.reply_button.setEnabled(comment is not None)
        self.resolve_button.setEnabled(comment is not None and not comment.resolved)
        self.reopen_button.setEnabled(comment is not None and comment.resolved)
        self.delete_button.setEnabled(comment is not None and comment.author == self._author)

    def _update_empty_text(self) -> None:
        if self.list.count():
            self.empty_label.hide()
            return
        self.empty_label.setText(self.tr(
            "No comments. Select a passage in the text, write a comment above and click "
            "“Comment on the selection”."))
        self.empty_label.show()

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    def _hide_message(self) -> None:
        self.message_label.hide()

    def retranslate(self) -> None:
        self.comment_edit.setPlaceholderText(self.tr("Your comment on the selected passage"))
        self.add_button.setText(self.tr("Comment on the selection"))
        self.add_button.setToolTip(self.tr("Ctrl+Enter in the comment field does the same"))
        self.show_resolved_check.setText(self.tr("Show resolved comments"))
        self.reply_button.setText(self.tr("Reply"))
        self.reply_button.setToolTip(self.tr("Answer the chosen comment with the text of the comment field"))
        self.resolve_button.setText(self.tr("Resolve"))
        self.reopen_button.setText(self.tr("Reopen"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Only the author of a comment can delete it."))
        self.list.setAccessibleName(self.tr("Comments"))
        self._hide_message()
        self._fill(self._listed_comments())

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
