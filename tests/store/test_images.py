"""Pictures attached to a deliverable: copied into the workspace, checked, the only ones a text names."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from PIL import Image

from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.domain.deliverables import Deliverable, DeliverableKind, DeliverableLanguage
from socieux_desktop.domain.model import new_id
from socieux_desktop.store.images import (
    ATTACHMENTS_DIR,
    MAX_IMAGE_BYTES,
    DeliverableImages,
    ImageRefused,
    image_name,
    resolve_image,
)
from socieux_desktop.store.workbook import Workbook
from tests.conftest import Sample


def png(color: str = "navy", size: tuple[int, int] = (40, 20), kind: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, format=kind)
    return buffer.getvalue()


def new_deliverable(workbook: Workbook, sample: Sample) -> str:
    made = Deliverable(new_id(), sample.mission.id, DeliverableKind.DIAGNOSTIC, "Diagnostic",
                       DeliverableLanguage.FR)
    DeliverableStore(workbook).create(made)
    return made.id


def test_an_attached_picture_is_copied_named_and_resolved(workbook: Workbook, sample: Sample,
                                                          tmp_path: Path) -> None:
    deliverable = new_deliverable(workbook, sample)
    source = tmp_path / "Carte du pays (2026).png"
    source.write_bytes(png())
    images = DeliverableImages(workbook)
    reference = images.attach_file(deliverable, source)
    assert reference == "images/Carte-du-pays-2026.png"
    source.unlink()  # a copy: the laptop's file may go
    assert images.resolve_image(deliverable, reference) == png()
    assert resolve_image(workbook, deliverable, reference) == png()
    stored = workbook.data_dir / ATTACHMENTS_DIR / hashlib.sha256(png()).hexdigest()
    assert stored.read_bytes() == png()
    # the same picture again keeps its name; another one of the same file name gets its own
    assert images.attach(deliverable, "Carte du pays (2026).png", png()) == reference
    other = images.attach(deliverable, "Carte du pays (2026).png", png("red"))
    assert other == "images/Carte-du-pays-2026-2.png"
    assert images.attach(deliverable, "photo.jpeg", png("green", kind="JPEG")) == "images/photo.jpg"
    assert images.names(deliverable) == [other, reference, "images/photo.jpg"]
    # nothing is kept in memory: another opening of the workspace finds them
    again = Workbook.open(workbook.data_dir)
    try:
        assert DeliverableImages(again).resolve_image(deliverable, reference) == png()
    finally:
        again.close()


def test_only_the_deliverables_own_pictures_resolve(workbook: Workbook, sample: Sample,
                                                    tmp_path: Path) -> None:
    deliverable, other = new_deliverable(workbook, sample), new_deliverable(workbook, sample)
    images = DeliverableImages(workbook)
    reference = images.attach(other, "carte.png", png())
    on_disk = tmp_path / "carte.png"
    on_disk.write_bytes(png())
    digest = hashlib.sha256(png()).hexdigest()
    for typed in [reference,  # another deliverable's
                  str(on_disk), f"file://{on_disk}", "https://example.org/carte.png",
                  f"../{ATTACHMENTS_DIR}/{digest}", f"images/../{ATTACHMENTS_DIR}/{digest}",
                  f"{ATTACHMENTS_DIR}/{digest}", digest, "images/", "images/.hidden.png", "images/a/b.png",
                  "images\\carte.png", "carte.png", "/etc/passwd", "~/carte.png", "images/carte.png "]:
        assert images.resolve_image(deliverable, typed) is None, typed


def test_a_stored_picture_changed_on_disk_is_not_printed(workbook: Workbook, sample: Sample) -> None:
    deliverable = new_deliverable(workbook, sample)
    images = DeliverableImages(workbook)
    reference = images.attach(deliverable, "carte.png", png())
    (workbook.data_dir / ATTACHMENTS_DIR / hashlib.sha256(png()).hexdigest()).write_bytes(png("red"))
    assert images.resolve_image(deliverable, reference) is None
    # attaching the picture again (here, to another deliverable) writes its file again rather than reuse it
    images.attach(new_deliverable(workbook, sample), "carte.png", png())
    assert images.resolve_image(deliverable, reference) == png()


@pytest.mark.parametrize(("data", "reason"), [
    (b"not a picture at all", "not_an_image"),
    (png()[:60], "not_an_image"),
    (b"%PDF-1.4\n" + b"0" * 100, "not_an_image"),
    (b"\x89PNG" + b"\0" * MAX_IMAGE_BYTES, "too_large"),
])
def test_what_is_not_a_picture_or_too_large_is_refused(workbook: Workbook, sample: Sample, data: bytes,
                                                       reason: str) -> None:
    deliverable = new_deliverable(workbook, sample)
    images = DeliverableImages(workbook)
    with pytest.raises(ImageRefused) as refused:
        images.attach(deliverable, "x.png", data)
    assert refused.value.reason == reason
    assert images.names(deliverable) == []
    assert not (workbook.data_dir / ATTACHMENTS_DIR).exists()


def test_a_file_that_cannot_be_read_is_refused(workbook: Workbook, sample: Sample, tmp_path: Path) -> None:
    deliverable = new_deliverable(workbook, sample)
    with pytest.raises(ImageRefused) as refused:
        DeliverableImages(workbook).attach_file(deliverable, tmp_path / "absent.png")
    assert refused.value.reason == "unreadable"


def test_image_name_accepts_only_a_plain_name_under_images() -> None:
    assert image_name("images/carte.png") == "carte.png"
    assert image_name("images/Nguyễn_2026-03.jpg") == "Nguyễn_2026-03.jpg"
    for reference in ("images/../x.png", "images/a..b", "images/.x", "images//x", "x.png", "/images/x.png",
                      "images/x y.png", "images/" + "a" * 101):
        assert image_name(reference) is None, reference
