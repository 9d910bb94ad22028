"""The layers of DESIGN.md hold: only the interface knows Qt, the domain knows nothing of storage or screens,
and only the store (and the hub) touch SQL.

An AST scan of every import (module level or inside a function), and a fresh interpreter that imports the
headless packages and finds no PySide6 loaded.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "socieux_desktop"
QT_DOOR = "socieux_desktop/ui/qt.py"
QT_ALLOWED = {QT_DOOR, "socieux_desktop/app.py"}
SQL = ("sqlalchemy", "alembic", "socieux_desktop.store.models")
"""What touches SQL: SQLAlchemy, Alembic, and the store's rows (SQLAlchemy's mapped classes)."""
SQL_OWNERS = ("socieux_desktop/store/",)
HEADLESS = ("socieux_desktop.domain", "socieux_desktop.store", "socieux_desktop.sync", "socieux_desktop.cli",
            "socieux_desktop.demo", "socieux_desktop.reports")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path) -> Iterator[tuple[int, str]]:
    """Every module ``path`` imports (``from a import b`` gives ``a`` and ``a.b``), with its line."""
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            yield node.lineno, base
            for alias in node.names:
                yield node.lineno, f"{base}.{alias.name}"


def sources(*folders: str) -> list[Path]:
    return [path for folder in folders for path in sorted((ROOT / folder).rglob("*.py"))]


def is_under(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def broken(paths: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    return [f"{path.relative_to(ROOT)}:{line}: {module}"
            for path in paths for line, module in imports(path)
            if any(is_under(module, bad) for bad in forbidden)]


def test_the_scan_sees_imports() -> None:
    """The scan itself finds what it looks for (so the checks below can fail)."""
    found = {module for _, module in imports(PACKAGE / "ui" / "qt.py")}
    assert "PySide6" in found and "PySide6.QtCore.Qt" in found
    found_app = {module for _, module in imports(PACKAGE / "app.py")}
    assert "socieux_desktop.ui.qt.QtWidgets" in found_app


def test_only_the_interface_imports_qt_and_the_interface_only_through_its_door() -> None:
    paths = [p for p in sources("socieux_desktop", "socieux_hub") if
             str(p.relative_to(ROOT)) not in QT_ALLOWED]
    assert len(paths) > 20
    assert not broken(paths, ("PySide6", "shiboken6"))


def test_the_interface_uses_qt_only_through_ui_qt() -> None:
    ui = [p for p in sorted((PACKAGE / "ui").rglob("*.py")) if str(p.relative_to(ROOT)) != QT_DOOR]
    assert ui
    assert not broken(ui, ("PySide6", "shiboken6"))


def test_the_domain_imports_nothing_of_store_interface_or_sync() -> None:
    domain = sorted((PACKAGE / "domain").rglob("*.py"))
    assert domain
    assert not broken(domain, ("socieux_desktop.store", "socieux_desktop.ui", "socieux_desktop.sync",
                               "socieux_desktop.app", "socieux_desktop.cli", "socieux_desktop.demo",
                               "sqlalchemy", "alembic", "socieux_hub"))


def test_the_store_imports_no_interface() -> None:
    store = sorted((PACKAGE / "store").rglob("*.py"))
    assert store
    assert not broken(store, ("socieux_desktop.ui", "socieux_desktop.app"))


def test_only_the_store_touches_sql() -> None:
    """Every module of the app but the store's goes through the store's repositories for its data (the
    hub, ``socieux_hub``, has its own SQL and is not scanned here)."""
    paths = [path for path in sources("socieux_desktop")
             if not str(path.relative_to(ROOT)).startswith(SQL_OWNERS)]
    assert any(path.name == "sync_panel.py" for path in paths) and len(paths) > 50
    assert not broken(paths, SQL)


def test_the_sql_scan_sees_sql() -> None:
    assert broken([PACKAGE / "store" / "workbook.py"], ("sqlalchemy",))  # imported inside functions
    assert broken([PACKAGE / "store" / "changes.py"], SQL)


@pytest.mark.parametrize("folder", ["sync", "cli.py", "demo.py", "paths.py", "reports"])
def test_headless_parts_import_no_interface(folder: str) -> None:
    target = PACKAGE / folder
    paths = sorted(target.rglob("*.py")) if target.is_dir() else [target]
    assert paths
    assert not broken(paths, ("socieux_desktop.ui", "socieux_desktop.app"))


def test_importing_the_headless_packages_loads_no_qt() -> None:
    """Every module of the headless packages, imported in a fresh interpreter, leaves PySide6 unloaded."""
    script = f"""
import importlib, json, pkgutil, sys
names = []
for name in {list(HEADLESS)!r}:
    module = importlib.import_module(name)
    names.append(name)
    for info in pkgutil.walk_packages(getattr(module, "__path__", []), name + "."):
        if ".migrations" in info.name:
            continue
        importlib.import_module(info.name)
        names.append(info.name)
print(json.dumps({{"imported": names, "qt": sorted(m for m in sys.modules
                                                   if m.split(".")[0] in ("PySide6", "shiboken6"))}}))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT,
                            check=True, timeout=120)
    report = json.loads(result.stdout.splitlines()[-1])
    assert "socieux_desktop.store.workbook" in report["imported"]
    assert "socieux_desktop.sync.engine" in report["imported"]
    assert report["qt"] == []
