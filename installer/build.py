"""Build the installers: PyInstaller's onedir bundle of both commands, then the platform's package.

    .venv/bin/python installer/build.py [--dist DIR] [--clean] [--skip-pyinstaller] [--fast]

(`make package` runs it after building the translations and the workshop's browser editor.)

- Linux: ``DIR/socieux-desktop-VERSION-linux-ARCH.tar.gz`` (the bundle in a folder of that name: unpack
  anywhere and run ``socieux-desktop``) and ``DIR/socieux-desktop_VERSION_DEBARCH.deb`` (made with dpkg-deb:
  the bundle in /opt/socieux-desktop, /usr/bin/socieux-desktop and /usr/bin/socieux, the menu entry and the
  icons under /usr/share). Neither needs Python on the machine.
- Windows: the bundle, then ``iscc installer/windows/socieux.iss`` if Inno Setup's compiler is on PATH
  (``DIR/socieux-desktop-VERSION-setup.exe``).
- macOS: ``SOCIEUX+ Desktop.app`` (the spec's BUNDLE), then a ``.dmg`` through hdiutil.

VERSION is pyproject.toml's. PyInstaller's work files stay in build/pyinstaller (reused by the next build;
``--clean`` starts afresh).
"""

from __future__ import annotations

import argparse
import os
import shutil
import stat
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "socieux.spec"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE_NAME = "socieux-desktop"  # the COLLECT folder, the package and the install folder in /opt
COMMANDS = ("socieux-desktop", "socieux")
INSTALL_DIR = "/opt/socieux-desktop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# the system libraries Qt's xcb/wayland platforms load (PyInstaller leaves them out: they come with the
# system's graphics stack); as scripts/system-packages.sh's `app` list
DEB_DEPENDS = ("libc6 (>= 2.31), libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, "
               "libfreetype6, libglib2.0-0, libdbus-1-3, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, "
               "libxcb-shape0, libxcb-xkb1, libxcb-randr0, libxcb-render-util0, libxcb-image0")
DEB_RECOMMENDS = "gnome-keyring | kwalletmanager"  # the sync token's keychain (Secret Service)
DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Version=1.5
Name=SOCIEUX+ Desktop
GenericName=Mission workbook
GenericName[fr]=Carnet de mission
GenericName[es]=Cuaderno de misión
Comment=Log mission days, deliverables and workshops offline
Comment[fr]=Saisir les jours, livrables et ateliers d'une mission, hors ligne
Comment[es]=Registrar los días, entregables y talleres de una misión, sin conexión
Exec=socieux-desktop
Icon=socieux-desktop
Terminal=false
Categories=Office;ProjectManagement;
Keywords=SOCIEUX;timesheet;mission;workshop;
StartupWMClass=socieux-desktop
"""


def version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def say(message: str) -> None:
    print(f"build: {message}", flush=True)


def run_pyinstaller(dist: Path, clean: bool) -> Path:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(WORK), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    say(" ".join(command))
    subprocess.run(command, cwd=ROOT, check=True)
    bundle = dist / BUNDLE_NAME
    for name in COMMANDS:
        if not (bundle / executable(name)).is_file():
            raise SystemExit(f"build: PyInstaller made no {bundle / executable(name)}")
    return bundle


def executable(name: str) -> str:
    return f"{name}.exe" if sys.platform == "win32" else name


def size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    files = (entry for entry in path.rglob("*") if entry.is_file() and not entry.is_symlink())
    return sum(entry.stat().st_size for entry in files)


def megabytes(count: int) -> str:
    return f"{count / 1_000_000:.1f} MB"


def machine() -> str:
    return os.uname().machine if hasattr(os, "uname") else "x86_64"


def deb_architecture() -> str:
    if shutil.which("dpkg"):
        return subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True,
                              text=True).stdout.strip()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(machine(), machine())


def _normalised(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def pack_tarball(bundle: Path, dist: Path, release: str, fast: bool = False) -> Path:
    folder = f"socieux-desktop-{release}-linux-{machine()}"
    target = dist / f"{folder}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=1 if fast else 6) as archive:
        archive.add(bundle, arcname=folder, filter=_normalised)
    return target


def _copy_tree(source: Path, target: Path) -> None:
    shutil.copytree(source, target, symlinks=True)
    for path in [target, *target.rglob("*")]:  # readable by everyone, executables executable, nothing else
        if path.is_symlink():
            continue
        path.chmod(0o755 if path.is_dir() or path.stat().st_mode & stat.S_IXUSR else 0o644)


def pack_deb(bundle: Path, dist: Path, release: str, fast: bool = False) -> Path:
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("build: dpkg-deb is missing (Debian's dpkg package)")
    architecture = deb_architecture()
    stage = ROOT / "build" / "deb" / f"{BUNDLE_NAME}_{release}_{architecture}"
    if stage.exists():
        shutil.rmtree(stage)
    _copy_tree(bundle, stage / INSTALL_DIR.lstrip("/"))
    bin_dir = stage / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for name in COMMANDS:
        (bin_dir / name).symlink_to(f"{INSTALL_DIR}/{name}")
    share = stage / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / "socieux-desktop.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    icons = ROOT / "resources" / "icons"
    for pixels in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{pixels}x{pixels}" / "apps"
        folder.mkdir(parents=True)
        shutil.copyfile(icons / "png" / f"socieux-desktop-{pixels}.png", folder / "socieux-desktop.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copyfile(icons / "socieux-desktop.svg", scalable / "socieux-desktop.svg")
    doc = share / "doc" / BUNDLE_NAME
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: SOCIEUX+ Desktop\n\nFiles: *\nLicense: EUPL-1.2\n"
        f"Comment: the bundled third-party libraries keep their own licences ({INSTALL_DIR}/_internal).\n",
        encoding="utf-8")
    for path in [*share.rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() else 0o644)
    installed_kib = (size(stage) + 1023) // 1024
    control = stage / "DEBIAN"
    control.mkdir()
    (control / "control").write_text(
        f"Package: {BUNDLE_NAME}\n"
        f"Version: {release}\n"
        f"Architecture: {architecture}\n"
        "Maintainer: SOCIEUX+ <desktop@socieux.eu>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {DEB_DEPENDS}\n"
        f"Recommends: {DEB_RECOMMENDS}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Homepage: https://socieux.eu\n"
        "Description: offline-first workbook for SOCIEUX+ field missions\n"
        " Experts sent on SOCIEUX+ missions log their days against the days allocated,\n"
        " write deliverables, run workshops with the participants' browsers and\n"
        " export timesheets and reports as PDF, in French, English or Spanish.\n"
        " Self-contained: the application and its Python runtime in /opt/socieux-desktop.\n",
        encoding="utf-8")
    control.chmod(0o755)
    target = dist / f"{BUNDLE_NAME}_{release}_{architecture}.deb"
    compression = ["-Zgzip", "-z1"] if fast else ["-Zxz"]  # xz: 20 % smaller, minutes on a busy machine
    subprocess.run(["dpkg-deb", "--root-owner-group", *compression, "--build", str(stage), str(target)],
                   check=True, stdout=subprocess.DEVNULL)
    return target


def pack_windows(dist: Path, release: str) -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        say("Inno Setup's iscc is not on PATH: run `iscc installer\\windows\\socieux.iss` to make the setup")
        return None
    subprocess.run([iscc, f"/DAppVersion={release}", f"/DBundleDir={dist / BUNDLE_NAME}",
                    f"/O{dist}", str(ROOT / "installer" / "windows" / "socieux.iss")], check=True)
    return dist / f"socieux-desktop-{release}-setup.exe"


def pack_macos(dist: Path, release: str) -> Path | None:
    app = dist / "SOCIEUX+ Desktop.app"
    if shutil.which("hdiutil") is None or not app.is_dir():
        return None
    target = dist / f"socieux-desktop-{release}-macos-{machine()}.dmg"
    target.unlink(missing_ok=True)
    subprocess.run(["hdiutil", "create", "-volname", "SOCIEUX+ Desktop", "-srcfolder", str(app), "-ov",
                    "-format", "UDZO", str(target)], check=True)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="installer/build.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the packages go (./dist)")
    parser.add_argument("--clean", action="store_true", help="drop PyInstaller's cache first")
    parser.add_argument("--skip-pyinstaller", action="store_true",
                        help="pack the bundle already in DIST/socieux-desktop")
    parser.add_argument("--fast", action="store_true",
                        help="compress the packages quickly rather than small (the tests' builds)")
    args = parser.parse_args(argv)
    dist: Path = args.dist.resolve()
    dist.mkdir(parents=True, exist_ok=True)
    release = version()
    bundle = dist / BUNDLE_NAME if args.skip_pyinstaller else run_pyinstaller(dist, args.clean)
    say(f"bundle {bundle} ({megabytes(size(bundle))})")
    packages: list[Path | None] = []
    if sys.platform.startswith("linux"):
        packages.append(pack_tarball(bundle, dist, release, args.fast))
        packages.append(pack_deb(bundle, dist, release, args.fast))
    elif sys.platform == "win32":
        packages.append(pack_windows(dist, release))
    elif sys.platform == "darwin":
        packages.append(pack_macos(dist, release))
    for package in packages:
        if package is not None:
            say(f"package {package} ({megabytes(size(package))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
