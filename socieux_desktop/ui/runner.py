"""One runner for background work (after Anki's CollectionOp).

The GUI asks for an operation; it runs on the thread pool; its result or its exception comes back on the
GUI thread to the callbacks. Failures without a callback of their own go to one place that shows them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from socieux_desktop.ui.qt import QtCore, Signal

T = TypeVar("T")


class _Relay(QtCore.QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QtCore.QRunnable, Generic[T]):
    def __init__(self, work: Callable[[], T], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # every failure is reported on the GUI thread
            _tell(self._relay.failed, exc)
        else:
            _tell(self._relay.succeeded, result)


def _tell(signal: Any, value: object) -> None:
    with contextlib.suppress(RuntimeError):  # the GUI side is gone (the app quit): nobody to tell
        signal.emit(value)


class OperationRunner(QtCore.QObject):
    """Runs callables off the GUI thread; ``on_error`` is the default place failures are shown."""

    busy_changed = Signal(bool)

    def __init__(self, on_error: Callable[[Exception], None], parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._on_error = on_error
        self._pool = QtCore.QThreadPool(self)
        self._relays: set[_Relay] = set()

    def run(self, work: Callable[[], T], on_success: Callable[[T], Any] | None = None,
            on_failure: Callable[[Exception], Any] | None = None) -> None:
        relay = _Relay()  # lives on the GUI thread, so its signals are delivered there
        self._relays.add(relay)
        if not self._relays - {relay}:
            self.busy_changed.emit(True)

        def finish() -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if not self._relays:
                self.busy_changed.emit(False)

        def succeeded(result: object) -> None:
            finish()
            if on_success is not None:
                on_success(result)  # type: ignore[arg-type]

        def failed(exc: object) -> None:
            finish()
            assert isinstance(exc, Exception)
            (on_failure or self._on_error)(exc)

        relay.succeeded.connect(succeeded)
        relay.failed.connect(failed)
        self._pool.start(_Task(work, relay))

    def is_busy(self) -> bool:
        return bool(self._relays)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for running operations (at shutdown and in tests); their callbacks come with events."""
        return self._pool.waitForDone(msecs)
