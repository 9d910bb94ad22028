from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import inspect

from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.domain.deliverables import Deliverable, DeliverableKind, DeliverableLanguage
from socieux_desktop.domain.model import Expert, Mission, new_id
from socieux_desktop.store import workspace
from socieux_desktop.store.workbook import Workbook
from tests.conftest import fill, make_sample


def make_at_revision(data_dir: Path, revision: str) -> None:
    """A workspace file as an older app left it: schema at ``revision``."""
    data_dir.mkdir(parents=True)
    engine = workspace._create_engine(workspace.database_path(data_dir))
    config = workspace._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def test_0002_applies_on_a_workspace_made_at_0001_and_keeps_its_data(tmp_path: Path) -> None:
    data_dir = tmp_path / "workspace"
    make_at_revision(data_dir, "0001")
    engine = workspace._create_engine(workspace.database_path(data_dir))
    assert "deliverable" not in inspect(engine).get_table_names()
    engine.dispose()
    # Data written by the 0001 schema: the app's own write path works on it as far as it goes.
    sample = make_sample()
    old = Workbook(workspace._create_engine(workspace.database_path(data_dir)), data_dir)
    fill(old, sample)
    device_id = old.device_id
    old.close()

    book = Workbook.open(data_dir)
    try:
        assert "deliverable" in inspect(book.engine).get_table_names()
        assert "deliverable_update" in inspect(book.engine).get_table_names()
        assert any(path.name.endswith("before-upgrade.sqlite")
                   for path in (data_dir / workspace.BACKUP_DIR).iterdir())
        assert book.device_id == device_id
        assert book.get(Mission, sample.mission.id) == sample.mission
        assert {e.name for e in book.all(Expert)} == {"Marie Lefèvre", "Jūratė Kazlauskienė"}
        assert book.pending_change_count() > 0
        store = DeliverableStore(book)
        deliverable = Deliverable(new_id(), sample.mission.id, DeliverableKind.DIAGNOSTIC, "Diagnóstico",
                                  DeliverableLanguage.ES)
        store.create(deliverable)
        assert store.load(deliverable.id).sections()[0].title == "Resumen"
    finally:
        book.close()
    reopened = Workbook.open(data_dir)
    try:
        assert reopened.get(Deliverable, deliverable.id) == deliverable
    finally:
        reopened.close()
