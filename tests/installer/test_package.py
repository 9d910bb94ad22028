"""The Linux package, built for real by installer/build.py, then run without Python on PATH.

Slow (PyInstaller takes minutes): `make check` runs it, so CI does; SOCIEUX_SKIP_PACKAGE=1 skips it on a
developer's machine. The tests run the bundle unpacked from the .tar.gz, in an environment made from
nothing (``env -i``: an empty folder as PATH, HOME and the XDG folders in a temporary folder), and read the
.deb with dpkg-deb.
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import tarfile
import tomllib
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.store.workbook import Workbook
from tests.collab.test_store import report
from tests.conftest import Sample

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "installer" / "build.py"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
LANGUAGES = ("fr", "en", "es")
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.package,
    pytest.mark.skipif(os.environ.get("SOCIEUX_SKIP_PACKAGE") == "1", reason="SOCIEUX_SKIP_PACKAGE=1"),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux package is built on Linux"),
]


@dataclass(frozen=True)
class Package:
    tarball: Path
    deb: Path
    bundle: Path  # the onedir unpacked from the tarball
    build_output: str


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Package:
    dist = tmp_path_factory.mktemp("dist")
    # --fast: gzip instead of xz for the .deb (the same files; xz takes minutes on a busy machine)
    done = subprocess.run([sys.executable, str(BUILD), "--dist", str(dist), "--fast"], cwd=ROOT,
                          capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, f"installer/build.py failed:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    tarballs = list(dist.glob(f"socieux-desktop-{VERSION}-linux-*.tar.gz"))
    debs = list(dist.glob(f"socieux-desktop_{VERSION}_*.deb"))
    assert len(tarballs) == 1 and len(debs) == 1, sorted(path.name for path in dist.iterdir())
    unpacked = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(tarballs[0]) as archive:
        archive.extractall(unpacked, filter="tar")
    (bundle,) = unpacked.iterdir()
    return Package(tarballs[0], debs[0], bundle, done.stdout)


@pytest.fixture
def bare_env(tmp_path: Path) -> dict[str, str]:
    """An environment made from nothing: no Python, no venv, PATH an empty folder, HOME and XDG in tmp."""
    home = tmp_path / "home"
    for folder in ("bin", "data", "config", "cache", "state", "runtime"):
        (home / folder).mkdir(parents=True)
    (home / "runtime").chmod(0o700)
    return {"PATH": str(home / "bin"), "HOME": str(home), "LANG": "C.UTF-8",
            "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"), "XDG_STATE_HOME": str(home / "state"),
            "XDG_RUNTIME_DIR": str(home / "runtime"), "QT_QPA_PLATFORM": "offscreen"}


def run(command: list[str], env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    # env -i: nothing inherited from this (venv) process
    return subprocess.run(["/usr/bin/env", "-i", *(f"{key}={value}" for key, value in env.items()), *command],
                          capture_output=True, text=True, timeout=timeout)


def missions_in(database: Path) -> int:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        (count,) = connection.execute("select count(*) from mission").fetchone()
    return int(count)


def test_the_frozen_app_starts_on_the_demo_workspace_without_python(package: Package,
                                                                    bare_env: dict[str, str]) -> None:
    assert shutil.which("python3", path=bare_env["PATH"]) is None
    demo = Path(bare_env["XDG_DATA_HOME"]) / "socieux-desktop" / "demo" / "workspace.sqlite"
    assert not demo.exists()

    done = run([str(package.bundle / "socieux-desktop")], {**bare_env, "SOCIEUX_EXIT_WHEN_IDLE": "1"})

    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["ready"], (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert missions_in(demo) >= 4  # filled on first start: Côte d'Ivoire, Peru, Togo, Mexico


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="no Xvfb to try the X11 (xcb) platform")
def test_the_frozen_app_starts_on_an_x_server(package: Package, bare_env: dict[str, str]) -> None:
    """The xcb platform plugin with the bundle's libraries (the system's X client libraries otherwise)."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        ready, _, _ = select.select([read], [], [], 30)
        assert ready, "Xvfb did not start"
        display = os.read(read, 16).decode().strip()
        env = {**bare_env, "DISPLAY": f":{display}", "SOCIEUX_EXIT_WHEN_IDLE": "1"}
        del env["QT_QPA_PLATFORM"]
        done = run([str(package.bundle / "socieux-desktop"), "--lang", "es"], env)
    finally:
        os.close(read)
        server.terminate()
        server.wait(timeout=30)
    assert done.returncode == 0, done.stderr
    assert "ready" in done.stdout, done.stderr
    assert "Could not load the Qt platform plugin" not in done.stderr


def test_the_frozen_app_starts_in_french_on_an_empty_folder(package: Package, bare_env: dict[str, str],
                                                            tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    done = run([str(package.bundle / "socieux-desktop"), "--data-dir", str(folder), "--lang", "fr"],
               {**bare_env, "SOCIEUX_EXIT_WHEN_IDLE": "1"})
    assert done.returncode == 0, done.stderr
    assert "ready" in done.stdout
    assert "make translations" not in done.stderr  # the .qm files were found in the bundle
    assert missions_in(folder / "workspace.sqlite") == 0  # an own workspace, migrated, empty


def test_the_frozen_cli_makes_exports_and_reports(package: Package, bare_env: dict[str, str],
                                                   tmp_path: Path) -> None:
    # called by name through a symbolic link on PATH, as the .deb's /usr/bin/socieux
    (Path(bare_env["PATH"]) / "socieux").symlink_to(package.bundle / "socieux")
    socieux = "socieux"
    workspace, exported = tmp_path / "workspace", tmp_path / "workspace.json"

    demo = run([socieux, "demo", "--data-dir", str(workspace)], bare_env)
    assert demo.returncode == 0, demo.stderr
    assert "Demo workspace with" in demo.stdout
    export = run([socieux, "export", "--data-dir", str(workspace), "--json", str(exported)], bare_env)
    assert export.returncode == 0, export.stderr
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert missions_in(workspace / "workspace.sqlite") >= 4
    assert "mission" in json.dumps(document)[:100_000]

    usage = run([socieux, "--help"], bare_env)
    assert usage.returncode == 0
    if " report" not in usage.stdout:
        pytest.skip("this checkout's CLI has no report command yet")
    mission = next(iter(_mission_ids(workspace)))
    pdf = tmp_path / "mission.pdf"
    report = run([socieux, "report", "mission", "--data-dir", str(workspace), "--mission", mission,
                  "--lang", "es", "-o", str(pdf)], bare_env)
    assert report.returncode == 0, report.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"+DejaVuSans" in data  # the bundle's fonts, embedded


def _mission_ids(workspace: Path) -> list[str]:
    with sqlite3.connect(f"file:{workspace / 'workspace.sqlite'}?mode=ro", uri=True) as connection:
        return [str(row[0]) for row in connection.execute("select id from mission order by id")]


OPEN = re.compile(r"open (http://\S+/) and type the PIN (\d+)\.")


@pytest.fixture
def workshop(package: Package, bare_env: dict[str, str], workbook: Workbook, sample: Sample,
             data_dir: Path) -> Iterator[str]:
    """The frozen `socieux workshop` serving a deliverable on loopback; yields its link."""
    deliverable = report(sample)
    DeliverableStore(workbook).create(deliverable)
    command = [str(package.bundle / "socieux"), "workshop", "--data-dir", str(data_dir), "--deliverable",
               deliverable.id, "--host", "127.0.0.1", "--port", "0", "--pin", "123456"]
    process = subprocess.Popen(["/usr/bin/env", "-i", *(f"{k}={v}" for k, v in bare_env.items()), *command],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], 60)  # a hung host fails, never blocks
        assert ready, "the frozen workshop host printed nothing within 60 s"
        line = process.stdout.readline()  # the host prints its link once it listens (flushed)
        found = OPEN.search(line)
        assert found, (line, process.stderr.read() if process.poll() is not None and process.stderr else "")
        assert found.group(2) == "123456"
        yield found.group(1)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
    assert process.returncode == 0


def test_the_frozen_workshop_host_serves_the_browser_editor(workshop: str) -> None:
    with urllib.request.urlopen(workshop, timeout=10) as response:
        page = response.read().decode("utf-8")
    assert response.status == 200
    assert "<html" in page.lower() and "<script" in page.lower()


def test_the_bundle_holds_the_data_files(package: Package) -> None:
    internal = package.bundle / "_internal"
    for language in LANGUAGES:
        assert (internal / "translations" / f"socieux_{language}.qm").stat().st_size > 1000
    assert (internal / "resources" / "web" / "dist" / "index.html").is_file()
    assert list((internal / "resources" / "web" / "dist").rglob("*.js"))
    fonts = sorted(path.name for path in (internal / "resources" / "fonts").rglob("*.ttf"))
    source_fonts = sorted(path.name for path in (ROOT / "resources" / "fonts").rglob("*.ttf"))
    assert fonts == source_fonts and fonts
    for size in ICON_SIZES:
        assert (internal / "resources" / "icons" / "png" / f"socieux-desktop-{size}.png").is_file()
    versions = sorted(path.name for path in (internal / "socieux_desktop" / "store" / "migrations" /
                                             "versions").glob("0*.py"))
    source = sorted(path.name for path in (ROOT / "socieux_desktop" / "store" / "migrations" /
                                           "versions").glob("0*.py"))
    assert versions == source and versions
    # both commands share one copy of the libraries, and only the Qt modules the app uses are there
    assert (package.bundle / "socieux").is_file() and (package.bundle / "socieux-desktop").is_file()
    qt_modules = sorted(path.name.split(".")[0] for path in (internal / "PySide6").glob("Qt*.so"))
    assert qt_modules == ["QtCore", "QtGui", "QtNetwork", "QtWidgets"]
    assert not list(internal.rglob("libQt6Qml*")) and not list(internal.rglob("libgtk-3*"))


def _deb_field(deb: Path, field: str) -> str:
    return subprocess.run(["dpkg-deb", "--field", str(deb), field], capture_output=True, text=True,
                          check=True).stdout.strip()


def test_the_deb_package(package: Package) -> None:
    assert _deb_field(package.deb, "Package") == "socieux-desktop"
    assert _deb_field(package.deb, "Version") == VERSION
    architecture = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                                  check=True).stdout.strip()
    assert _deb_field(package.deb, "Architecture") == architecture
    depends = _deb_field(package.deb, "Depends")
    assert "libxcb-cursor0" in depends and "libegl1" in depends and "python" not in depends
    assert int(_deb_field(package.deb, "Installed-Size")) > 50_000  # KiB: the whole runtime is inside

    listing = subprocess.run(["dpkg-deb", "--contents", str(package.deb)], capture_output=True, text=True,
                             check=True).stdout.splitlines()
    entries = {line.split()[5]: line for line in listing}
    for name in ("socieux-desktop", "socieux"):
        link = entries[f"./usr/bin/{name}"]
        assert link.startswith("l") and link.endswith(f"-> /opt/socieux-desktop/{name}")
        assert entries[f"./opt/socieux-desktop/{name}"].startswith("-rwxr-xr-x root/root")
    assert "./usr/share/applications/socieux-desktop.desktop" in entries
    assert "./usr/share/icons/hicolor/scalable/apps/socieux-desktop.svg" in entries
    for size in ICON_SIZES:
        assert f"./usr/share/icons/hicolor/{size}x{size}/apps/socieux-desktop.png" in entries
    for language in LANGUAGES:
        assert f"./opt/socieux-desktop/_internal/translations/socieux_{language}.qm" in entries
    assert "./opt/socieux-desktop/_internal/resources/web/dist/index.html" in entries
    assert all(" root/root " in line for line in listing)

    unpacked = package.bundle.parent / "deb"
    subprocess.run(["dpkg-deb", "--extract", str(package.deb), str(unpacked)], check=True)
    desktop = (unpacked / "usr/share/applications/socieux-desktop.desktop").read_text(encoding="utf-8")
    assert "Exec=socieux-desktop\n" in desktop and "Icon=socieux-desktop\n" in desktop
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(unpacked / "usr/share/applications/"
                                                               "socieux-desktop.desktop")],
                                 capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr
