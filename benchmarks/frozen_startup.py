"""Start-up time of the frozen app (the PyInstaller bundle) against the same app started from source.

Both open the same demo workspace (the one the app fills on first start) and print "ready" once the main
window is shown and the event loop idle (SOCIEUX_EXIT_WHEN_IDLE=1); the time is from spawning the process to
that line. After a warm-up start of each (file cache; the source run's bytecode cache, as a person's second
start), the runs alternate so that machine noise falls on both alike. Prints both medians and the ratio
frozen / source. Builds the bundle (installer/build.py, minutes) if dist/socieux-desktop is missing.

Usage: python benchmarks/frozen_startup.py [--runs 7] [--dist DIR]
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

ROOT = Path(__file__).resolve().parent.parent


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
        raise RuntimeError(f"{command[0]} ended without saying ready (exit {process.wait()})")
    process.wait(timeout=60)
    return elapsed


def frozen_app(dist: Path) -> Path:
    executable = dist / "socieux-desktop" / ("socieux-desktop.exe" if sys.platform == "win32" else
                                             "socieux-desktop")
    if not executable.is_file():
        print(f"frozen_startup: no {executable}: building it (installer/build.py, a few minutes)", flush=True)
        build = ROOT / "installer" / "build.py"
        subprocess.run([sys.executable, str(build), "--dist", str(dist)], check=True)
    return executable


def measure(executable: Path, folder: Path, runs: int) -> tuple[list[float], list[float]]:
    home = folder / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "SOCIEUX_EXIT_WHEN_IDLE": "1", "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the source run gets a bytecode cache of its own
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    workspace = folder / "demo"
    subprocess.run([sys.executable, "-m", "socieux_desktop.cli", "demo", "--data-dir", str(workspace)],
                   check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    source = [sys.executable, "-m", "socieux_desktop.app", "--data-dir", str(workspace), "--lang", "fr"]
    frozen = [str(executable), "--data-dir", str(workspace), "--lang", "fr"]
    time_to_ready(source, env)  # warm-up: file cache for both, bytecode cache for the source run
    time_to_ready(frozen, env)
    source_times, frozen_times = [], []
    for _ in range(runs):
        source_times.append(time_to_ready(source, env))
        frozen_times.append(time_to_ready(frozen, env))
    return frozen_times, source_times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle is (./dist)")
    args = parser.parse_args()
    executable = frozen_app(args.dist.resolve())
    with tempfile.TemporaryDirectory() as tmp:
        frozen_times, source_times = measure(executable, Path(tmp), args.runs)
    frozen_s, source_s = statistics.median(frozen_times), statistics.median(source_times)
    print(f"frozen startup ({args.runs} runs, demo workspace): frozen {frozen_s * 1000:.0f} ms "
          f"(min {min(frozen_times) * 1000:.0f}), from source {source_s * 1000:.0f} ms "
          f"(min {min(source_times) * 1000:.0f}), ratio frozen/source {frozen_s / source_s:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
