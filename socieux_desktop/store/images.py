"""The pictures of a deliverable: attached to it (copied into the workspace folder), named in its text.

A deliverable's text shows a picture with ``![caption](images/<name>)``; ``<name>`` is a picture attached
to that deliverable (table ``deliverable_image``: deliverable, name, SHA-256, size). The bytes are the file
``attachments/<sha256>`` of the workspace folder, written once whoever attaches the same picture again.

``resolve_image`` is the one door from a text's reference to bytes, for the PDF and the Word export alike:
anything else than ``images/<name>`` of a picture attached to that deliverable (an absolute path, ``..``,
a URL, a file of the laptop, a picture of another deliverable) gives None, whether such a file exists or
not, so that a text (typed by anyone at a workshop, or imported) cannot read the disk nor learn about it.

Attaching checks what it copies: at most ``MAX_IMAGE_BYTES``, and a picture Pillow opens and verifies
(``ImageRefused`` says which check failed).

The workspace JSON carries every attached picture (``all_pictures``, ``write_imported``). A file of
``attachments/`` that no row names is harmless: nothing reads it (``resolve_image`` starts from a row), and
a later attach of the same picture reuses it (whole, since every file is written through a temporary file
renamed; and checked against its name, the SHA-256, before it is reused). So an import writes the files
first and its rows in the transaction that commits; a crash in between leaves only such files.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from socieux_desktop.store import models as m
from socieux_desktop.store.workbook import Workbook

IMAGE_PREFIX = "images/"
ATTACHMENTS_DIR = "attachments"
MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_IMAGE_PIXELS = 60_000_000
"""A picture larger than this (width times height) is refused: decoding it would take gigabytes."""
MAX_NAME_LENGTH = 100
_FORMATS = {"PNG": "png", "JPEG": "jpg", "GIF": "gif", "WEBP": "webp", "BMP": "bmp", "TIFF": "tif"}
_PLAIN_NAME = re.compile(r"^[\w][\w.\-]*$")


class ImageRefused(Exception):
    """A file not attached: ``reason`` is "too_large" (over ``MAX_IMAGE_BYTES``), "not_an_image" (not a
    picture Pillow opens whole, in one of the formats the reports print), "unreadable" (the file could
    not be read) or "name_taken" (merging: the name holds another picture here)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def image_name(reference: str) -> str | None:
    """The attached picture's name that a text's reference ``images/<name>`` names, or None for any other
    reference (absolute, with ``..`` or another folder, a URL, a backslash, a hidden name)."""
    if not reference.startswith(IMAGE_PREFIX):
        return None
    name = reference[len(IMAGE_PREFIX):]
    if (not name or len(name) > MAX_NAME_LENGTH or not _PLAIN_NAME.match(name) or ".." in name
            or name != name.strip()):
        return None
    return name


def checked_image(data: bytes) -> str:
    """The file extension of ``data`` if it is a picture the reports can print; ``ImageRefused`` if not."""
    from PIL import Image

    if len(data) > MAX_IMAGE_BYTES:
        raise ImageRefused("too_large")
    try:
        with Image.open(io.BytesIO(data)) as opened:
            kind = opened.format or ""
            width, height = opened.size
            opened.verify()
    except Exception:  # a broken file may raise anything from a decoder
        raise ImageRefused("not_an_image") from None
    if kind not in _FORMATS or width < 1 or height < 1 or width * height > MAX_IMAGE_PIXELS:
        raise ImageRefused("not_an_image")
    return _FORMATS[kind]


def attached_now() -> str:
    """The time of an attach as the rows hold it: UTC, ISO 8601 to the second (2026-02-11T09:15:00+00:00)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class AttachedPicture:
    """One picture of one deliverable, its bytes included: what the workspace JSON carries."""

    deliverable_id: str
    name: str
    sha256: str
    attached_at: str
    data: bytes


def _safe_stem(file_name: str) -> str:
    stem = unicodedata.normalize("NFC", Path(file_name).stem)
    stem = re.sub(r"[^\w\-]+", "-", stem).strip("-_.")
    return stem[:60] or "image"


class DeliverableImages:
    """The pictures attached to the deliverables of one workspace."""

    def __init__(self, workbook: Workbook) -> None:
        self.workbook = workbook
        self._folder = workbook.data_dir / ATTACHMENTS_DIR
        self._sessions = sessionmaker(workbook.engine, expire_on_commit=False)

    def attach_file(self, deliverable_id: str, source: Path) -> str:
        """Copy the picture at ``source`` into the workspace as one of the deliverable's; the reference to
        write in its text (``images/<name>``). ``ImageRefused`` if it is too large or not a picture."""
        try:
            with source.open("rb") as handle:
                data = handle.read(MAX_IMAGE_BYTES + 1)
        except OSError:
            raise ImageRefused("unreadable") from None
        return self.attach(deliverable_id, source.name, data)

    def attach(self, deliverable_id: str, file_name: str, data: bytes) -> str:
        """Attach ``data`` (a picture, checked) to the deliverable under a name made from ``file_name``;
        the same picture attached again keeps its name. Returns ``images/<name>``."""
        extension = checked_image(data)
        digest = hashlib.sha256(data).hexdigest()
        self._store(digest, data)
        stem = _safe_stem(file_name)
        with self.workbook.write_transaction() as session:
            rows = {row.name: row for row in session.scalars(
                select(m.DeliverableImageRow).where(m.DeliverableImageRow.deliverable_id == deliverable_id))}
            same = next((row.name for row in rows.values() if row.sha256 == digest), None)
            if same is not None:
                return IMAGE_PREFIX + same
            name, number = f"{stem}.{extension}", 1
            while name in rows:
                number += 1
                name = f"{stem}-{number}.{extension}"
            session.add(m.DeliverableImageRow(deliverable_id=deliverable_id, name=name, sha256=digest,
                                              size=len(data), attached_at=attached_now()))
        return IMAGE_PREFIX + name

    def attach_named(self, deliverable_id: str, name: str, data: bytes) -> bool:
        """Attach ``data`` under exactly ``name`` (a picture of another copy of the deliverable, merged
        with its text, which names it so); False when the deliverable holds it already. ``ImageRefused``
        for a name that is not plain, a file that is not a picture, or a name that holds another
        picture here ("name_taken")."""
        if image_name(IMAGE_PREFIX + name) is None:
            raise ImageRefused("not_an_image")
        checked_image(data)
        digest = hashlib.sha256(data).hexdigest()
        with self.workbook.write_transaction() as session:
            row = session.get(m.DeliverableImageRow, (deliverable_id, name))
            if row is not None:
                if row.sha256 != digest:
                    raise ImageRefused("name_taken")
                return False
            self._store(digest, data)
            session.add(m.DeliverableImageRow(deliverable_id=deliverable_id, name=name, sha256=digest,
                                              size=len(data), attached_at=attached_now()))
        return True

    def pictures(self, deliverable_id: str) -> list[tuple[str, bytes]]:
        """The deliverable's pictures, (name, bytes) by name (those whose file is missing or changed
        left out), for its exported file."""
        with self._sessions() as session:
            rows = list(session.scalars(select(m.DeliverableImageRow).where(
                m.DeliverableImageRow.deliverable_id == deliverable_id).order_by(m.DeliverableImageRow.name)))
        found = [(row.name, self.resolve_image(deliverable_id, IMAGE_PREFIX + row.name)) for row in rows]
        return [(name, data) for name, data in found if data is not None]

    def all_pictures(self) -> list[AttachedPicture]:
        """Every deliverable's pictures, by deliverable then name (those whose file is missing or changed
        left out: they print as "picture not printed" already), for the workspace JSON."""
        with self._sessions() as session:
            rows = list(session.scalars(select(m.DeliverableImageRow).order_by(
                m.DeliverableImageRow.deliverable_id, m.DeliverableImageRow.name)))
        found = []
        for row in rows:
            data = self._read(row.sha256)
            if data is not None:
                found.append(AttachedPicture(row.deliverable_id, row.name, row.sha256, row.attached_at, data))
        return found

    def write_imported(self, session: Session, pictures: Sequence[AttachedPicture]) -> None:
        """Write the files of ``pictures`` (each already checked as ``attach_named`` checks it), then add
        their rows to ``session``, whose commit attaches them (see the module's text: files without rows
        are harmless). ``OSError`` when a file cannot be written."""
        for picture in pictures:
            self._store(picture.sha256, picture.data)
        session.add_all(m.DeliverableImageRow(deliverable_id=picture.deliverable_id, name=picture.name,
                                              sha256=picture.sha256, size=len(picture.data),
                                              attached_at=picture.attached_at) for picture in pictures)

    def names(self, deliverable_id: str) -> list[str]:
        """The references (``images/<name>``) of the deliverable's pictures, by name."""
        with self._sessions() as session:
            found = session.scalars(select(m.DeliverableImageRow.name).where(
                m.DeliverableImageRow.deliverable_id == deliverable_id).order_by(m.DeliverableImageRow.name))
            return [IMAGE_PREFIX + name for name in found]

    def resolve_image(self, deliverable_id: str, reference: str) -> bytes | None:
        """The bytes of the picture that ``reference`` names among the deliverable's, or None (see the
        module's text: the same None for a file of the disk that exists and for one that does not)."""
        name = image_name(reference)
        if name is None:
            return None
        with self._sessions() as session:
            digest = session.scalar(select(m.DeliverableImageRow.sha256).where(
                m.DeliverableImageRow.deliverable_id == deliverable_id, m.DeliverableImageRow.name == name))
        return None if digest is None else self._read(digest)

    def _read(self, digest: str) -> bytes | None:
        """The bytes of ``attachments/<digest>``, or None when the file is missing or not those bytes."""
        try:
            data = (self._folder / digest).read_bytes()
        except OSError:
            return None
        return data if hashlib.sha256(data).hexdigest() == digest else None

    def _store(self, digest: str, data: bytes) -> None:
        """Write ``attachments/<digest>`` whole or not at all (a temporary file renamed), once: a file
        there already is kept if it holds those bytes, replaced if not (changed on the disk)."""
        target = self._folder / digest
        if target.is_file() and self._read(digest) is not None:
            return
        self._folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".attachment-", dir=self._folder)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def resolve_image(workbook: Workbook, deliverable_id: str, reference: str) -> bytes | None:
    """``DeliverableImages(workbook).resolve_image``: for the PDF and the Word export of a deliverable."""
    return DeliverableImages(workbook).resolve_image(deliverable_id, reference)
