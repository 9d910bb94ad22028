"""Start-up time of the app on a large workspace, and the time to filter its day log.

Prints ratios against baselines measured in the same run on the same machine:
- start-up: process start to main window shown and idle, on a workspace of 200 missions and 20,000 day
  entries, against a bare PySide6 main window started the same way (target: at most 3x), both after a
  warm-up run that fills the file cache and a bytecode cache (a second start, not the first after install);
- filtering the day log of all 20,000 entries by a word, against a plain Python substring scan of the
  same rows (target: under 50 ms).

Usage: python benchmarks/startup.py [--missions 200] [--day-entries 20000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1200, 800)
window.show()
QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit())))
app.exec()
"""


def time_to_ready(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning the process to its "ready" line."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("ready"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{command[:3]} ended without saying ready (exit {process.wait()})")
    process.wait(timeout=60)
    return elapsed


def build_workspace(folder: Path, missions: int, entries: int) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "socieux_desktop.cli", "demo", "--data-dir", str(folder),
                    "--missions", str(missions), "--day-entries", str(entries)], check=True)
    return time.perf_counter() - start


def measure_startup(folder: Path, runs: int) -> tuple[float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "SOCIEUX_EXIT_WHEN_IDLE": "1"}
    # A person's second start finds the modules' compiled bytecode cached; with PYTHONDONTWRITEBYTECODE
    # (set in some shells and CI) every start would compile the app's sources again. Both processes get a
    # bytecode cache of their own in the benchmark's folder, filled by the warm-up runs below.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder.parent / "pycache")
    app = [sys.executable, "-m", "socieux_desktop.app", "--data-dir", str(folder), "--lang", "fr"]
    bare = [sys.executable, "-c", BARE_WINDOW]
    time_to_ready(app, env)  # warm the file and bytecode caches for both, as a person's second start would be
    time_to_ready(bare, env)
    app_times, bare_times = [], []
    for _ in range(runs):  # alternate, so that machine noise falls on both alike
        bare_times.append(time_to_ready(bare, env))
        app_times.append(time_to_ready(app, env))
    return statistics.median(app_times), statistics.median(bare_times)


def measure_filter(folder: Path) -> tuple[float, float, int]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from socieux_desktop.store.workbook import Workbook
    from socieux_desktop.ui.day_log import DayLogWidget
    from socieux_desktop.ui.qt import QtGui, QtWidgets

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    workbook = Workbook.open(folder)
    widget = DayLogWidget(workbook, QtGui.QUndoStack())
    widget.set_mission(None)
    app.processEvents()
    rows = widget.model.rowCount()
    words = ["atelier", "taller", "2026-03", "ministerio", "zzzz", ""]
    filter_times = []
    for word in words * 3:
        start = time.perf_counter()
        widget.filter_edit.setText(word)
        widget.proxy.rowCount()
        filter_times.append(time.perf_counter() - start)
    texts = [" ".join(str(widget.model.index(r, c).data() or "") for c in range(widget.model.columnCount()))
             .lower() for r in range(rows)]
    scan_times = []
    for word in words * 3:
        start = time.perf_counter()
        _ = [text for text in texts if word in text]
        scan_times.append(time.perf_counter() - start)
    workbook.close()
    return statistics.median(filter_times), statistics.median(scan_times), rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--missions", type=int, default=200)
    parser.add_argument("--day-entries", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "workspace"
        built = build_workspace(folder, args.missions, args.day_entries)
        size = (folder / "workspace.sqlite").stat().st_size
        print(f"workspace: {args.missions} missions, {args.day_entries} day entries, "
              f"{size / 1e6:.1f} MB, built in {built:.1f} s")
        app_s, bare_s = measure_startup(folder, args.runs)
        ratio = app_s / bare_s
        print(f"startup: app {app_s * 1000:.0f} ms, bare PySide6 window {bare_s * 1000:.0f} ms, "
              f"ratio {ratio:.2f}x (target <= 3x) {'OK' if ratio <= 3 else 'OVER'}")
        filter_s, scan_s, rows = measure_filter(folder)
        print(f"day log filter over {rows} rows: {filter_s * 1000:.1f} ms (median), plain Python scan "
              f"{scan_s * 1000:.1f} ms, ratio {filter_s / scan_s:.1f}x (target < 50 ms) "
              f"{'OK' if filter_s < 0.05 else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
