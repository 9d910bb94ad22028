"""Deliverable texts in the workspace: CRDT updates, one committed row each, folded into snapshots.

The rows are ``store.deliverables``'s (``Workbook.deliverables``), table ``deliverable_update``: per
deliverable, rows ordered by ``seq``; a row of kind ``snapshot`` holds the encoded state of the document made
of every row before it (and replaces them), a row of kind ``update`` one CRDT update. Loading applies the
latest snapshot and the updates after it to a new ``Doc``. Compaction builds that ``Doc`` and writes its
state: it never merges long lists of updates with ``pycrdt.merge_updates`` (261 s for the 260,000 updates
of the automerge-paper trace, against 0.7 s).

Exported file (``export_file``/``merge_file``), UTF-8 JSON:

    {"format": "socieux-deliverable", "version": 1,
     "deliverable": {<the deliverable's record, as in the workspace JSON>},
     "exported_at": "<UTC ISO time>", "device_id": "<the exporting workspace's device>",
     "state": "<base64 of the document's encoded state (a Yjs/Yrs v1 update)>",
     "sha256": "<hex SHA-256 of the decoded state bytes>",
     "images": {"<name>": {"data": "<base64 of the picture>", "sha256": "<hex SHA-256 of it>"}, ...}}

``images`` (only when the deliverable has pictures, ``store.images``) carries the pictures its text names
``images/<name>``; merging attaches those this copy lacks, each checked as any attached picture.

Sync. Every update row this device writes (the first one, edits, a merged file) is also logged in the
change log as an insert of a ``deliverable_update`` (``sync.protocol.TEXT_UPDATE``: its UUID, the
deliverable, the deliverable's mission and the bytes in base64), so it goes to the hub with the outbox; a
pulled update is appended as a row of kind ``update`` (once, by its UUID) and handed to ``on_pulled``
listeners. Snapshots are local: compaction is housekeeping on one device, never a synced delete (see
``compact``).

Merging a file applies its state as one update: both copies' edits are kept, nothing is overwritten, and
merging the same file twice changes nothing.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
import json
import os
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from socieux_desktop.collab.document import EMPTY_UPDATE, DeliverableDocument, Origin
from socieux_desktop.collab.templates import template_titles
from socieux_desktop.domain.deliverables import (
    Deliverable,
    DeliverableStatus,
    check_role,
    next_deliverable_status,
)
from socieux_desktop.domain.gate import check_entity, check_status_change
from socieux_desktop.domain.records import from_record, to_record
from socieux_desktop.store.deliverables import UPDATE as UPDATE
from socieux_desktop.store.deliverables import Compaction
from socieux_desktop.store.deliverables import UnknownDeliverable as UnknownDeliverable
from socieux_desktop.store.images import DeliverableImages, ImageRefused
from socieux_desktop.store.workbook import Workbook

if TYPE_CHECKING:
    from socieux_desktop.store.changes import ChangeWriter

FILE_FORMAT = "socieux-deliverable"
FILE_VERSION = 1
FILE_SUFFIX = ".socieux-deliverable"
COMPACT_AFTER_ROWS = 1000
"""``open`` folds the rows first when there are more: opening 1,000 updates takes about 13 ms, the
259,778 of the automerge-paper trace 3.4 s, against 9 ms once compacted (benchmarks/deliverable_load.py)."""


class DeliverableFileError(ValueError):
    """An exported deliverable file that cannot be merged; nothing was written."""


class WrongDeliverable(DeliverableFileError):
    """The file holds another deliverable than the one it was to be merged into."""


class DeliverableStore:
    """The deliverables of one open workbook and the CRDT updates of their texts."""

    def __init__(self, workbook: Workbook) -> None:
        self.workbook = workbook
        self._quiet: set[int] = set()  # documents applying an update that is stored already

    # -- the entity --------------------------------------------------------------------------------

    def create(self, deliverable: Deliverable, *, template: bool = True) -> DeliverableDocument:
        """Write a new deliverable and its initial update (the template's sections in its language, or
        none without ``template``: a Word file brings its own) in one transaction; returns the document,
        ready to edit (not yet saving its edits: see ``open``). The gate refuses (``RuleViolation``) a
        record that breaks its rules or a status only headquarters gives, unless signed in as a
        coordinator."""
        check_entity(deliverable)
        check_status_change("deliverable", None, deliverable.status, self.role())
        titles = template_titles(deliverable.kind, deliverable.language) if template else []
        document = DeliverableDocument.create(deliverable.id, titles)
        self.workbook.deliverables.create(deliverable, document.encode_state())
        return document

    def get(self, deliverable_id: str) -> Deliverable:
        found = self.workbook.get(Deliverable, deliverable_id)
        if found is None:
            raise UnknownDeliverable(deliverable_id)
        return found

    def of_mission(self, mission_id: str) -> list[Deliverable]:
        return self.workbook.deliverables.of_mission(mission_id)

    def change_status(self, deliverable_id: str, action: str) -> DeliverableStatus:
        """Share, submit, reopen, approve or return; sharing and submitting need some text (the
        template's titles alone are not). Approving and returning are refused (``RuleViolation``
        ``HEADQUARTERS_ONLY``) unless the workspace is signed in as a coordinator (``role``)."""
        check_role(action, self.role())
        deliverable = self.get(deliverable_id)
        words = self.load(deliverable_id).word_count(include_titles=False)
        status = next_deliverable_status(deliverable.status, action, words)
        self.workbook.save(dataclasses.replace(deliverable, status=status))
        return status

    def role(self) -> str:
        """The role of the person this workspace is signed in as (an expert when it is not)."""
        return self.workbook.sync_state.role()

    # -- the text ----------------------------------------------------------------------------------

    def append_update(self, deliverable_id: str, update: bytes) -> int:
        """Store one update in its own committed transaction (a crash loses no earlier one); its seq."""
        return self.workbook.deliverables.append_update(deliverable_id, update)

    def on_pulled(self, listener: Callable[[str, bytes], None]) -> Callable[[], None]:
        """Call ``listener(deliverable_id, update)`` for each text update sync brings, once it is stored.
        It runs in the sync's thread: hand the bytes to the document's thread (a Qt signal) and apply
        them there with ``apply_pulled``. Returns a function that stops the calls."""
        self.workbook.text_listeners.append(listener)

        def stop() -> None:
            if listener in self.workbook.text_listeners:
                self.workbook.text_listeners.remove(listener)

        return stop

    def apply_pulled(self, document: DeliverableDocument, update: bytes) -> None:
        """Apply an update sync has already stored to a document ``open`` gave, without storing it again."""
        self._quiet.add(id(document))
        try:
            document.apply_update(update)
        finally:
            self._quiet.discard(id(document))

    def stored_updates(self, deliverable_id: str) -> list[bytes]:
        """What ``load`` builds a document from: the latest snapshot and the updates after it."""
        return self.workbook.deliverables.stored_updates(deliverable_id)

    def write_update(self, writer: ChangeWriter, deliverable_id: str, mission_id: str, seq: int,
                     update: bytes) -> None:
        """Add one update to ``writer``'s transaction, logged for the hub (the workspace import and the
        demo write texts this way)."""
        self.workbook.deliverables.write_update(writer, deliverable_id, mission_id, seq, update)

    def load(self, deliverable_id: str, client_id: int | None = None) -> DeliverableDocument:
        """A new copy of the document (fresh client id unless given) from the latest snapshot and the
        updates after it. Its edits are not saved: use ``open`` for a copy that saves them."""
        return DeliverableDocument.from_updates(self.workbook.deliverables.stored_updates(deliverable_id),
                                                client_id)

    def open(self, deliverable_id: str, client_id: int | None = None) -> DeliverableDocument:
        """``load``, then save every later change of the copy (its own edits and the updates applied
        to it) as it happens, one row per transaction. Compacts first when the rows are many."""
        if self.row_count(deliverable_id) > COMPACT_AFTER_ROWS:
            self.compact(deliverable_id)
        document = self.load(deliverable_id, client_id)

        def save(update: bytes, _origin: Origin) -> None:
            if id(document) not in self._quiet:
                self.append_update(deliverable_id, update)

        document.on_update(save)
        return document

    def row_count(self, deliverable_id: str) -> int:
        return self.workbook.deliverables.row_count(deliverable_id)

    def compact(self, deliverable_id: str) -> Compaction:
        """Fold the rows into one snapshot (the state of a ``Doc`` built from them), in one transaction:
        the same text, one row.

        Local housekeeping, never synced: the snapshot is not sent and the folded rows are not deleted
        anywhere else. What the hub does not have yet stays in the change log (the outbox), each update
        with its bytes, until it is pushed; the log's copies of folded updates the hub has numbered
        (pushed or pulled) go with their rows."""
        return self.workbook.deliverables.compact(deliverable_id, _fold)

    # -- files -------------------------------------------------------------------------------------

    def export_file(self, deliverable_id: str, path: Path) -> None:
        """Write the deliverable and its whole text to ``path`` (whole or not at all)."""
        deliverable = self.get(deliverable_id)
        state = self.load(deliverable_id).encode_state()
        envelope = {
            "format": FILE_FORMAT,
            "version": FILE_VERSION,
            "deliverable": to_record(deliverable),
            "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "device_id": self.workbook.device_id,
            "state": base64.b64encode(state).decode("ascii"),
            "sha256": hashlib.sha256(state).hexdigest(),
        }
        pictures = DeliverableImages(self.workbook).pictures(deliverable_id)
        if pictures:
            envelope["images"] = {name: {"data": base64.b64encode(data).decode("ascii"),
                                         "sha256": hashlib.sha256(data).hexdigest()}
                                  for name, data in pictures}
        partial = path.with_name(path.name + ".partial")
        with partial.open("w", encoding="utf-8") as handle:
            json.dump(envelope, handle, ensure_ascii=False, indent=1, sort_keys=True)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(path)

    def merge_file(self, deliverable_id: str, path: Path) -> bool:
        """Merge the text of an exported copy of this deliverable; False when it brought nothing new.

        Raises ``DeliverableFileError`` (corrupt, unreadable, another format) or ``WrongDeliverable``;
        the document is unchanged then."""
        self.get(deliverable_id)
        envelope = _envelope(path)
        record, state = _checked(path, envelope)
        if record["id"] != deliverable_id:
            raise WrongDeliverable(f"{path.name} holds the deliverable “{record.get('title')}” "
                                   f"({record['id']}), not this one ({deliverable_id})")
        try:
            theirs = DeliverableDocument.from_updates([state])
        except (ValueError, RuntimeError) as error:  # Yrs: undecodable, or items that do not fit together
            raise DeliverableFileError(f"{path.name}: the text cannot be read ({error})") from None
        if theirs.deliverable_id != deliverable_id:
            raise WrongDeliverable(f"{path.name}: the text is of another deliverable "
                                   f"({theirs.deliverable_id}), not of {deliverable_id}")
        pictures = self._merge_pictures(deliverable_id, envelope)
        new = theirs.diff(self.load(deliverable_id).state_vector())
        if new == EMPTY_UPDATE:
            return pictures
        self.append_update(deliverable_id, new)
        return True

    def _merge_pictures(self, deliverable_id: str, envelope: dict[str, Any]) -> bool:
        """Attach the file's pictures that this copy lacks (checked as any picture attached: size, a
        real image, a plain name); one damaged or refused is left out, the others and the text go in.
        True when one was added."""
        images = DeliverableImages(self.workbook)
        added = False
        entries = envelope.get("images")
        for name, entry in (entries.items() if isinstance(entries, dict) else ()):
            if not isinstance(name, str) or not isinstance(entry, dict):
                continue
            try:
                data = base64.b64decode(str(entry.get("data")), validate=True)
            except (binascii.Error, ValueError):
                continue
            if hashlib.sha256(data).hexdigest() != entry.get("sha256"):
                continue
            try:
                added = images.attach_named(deliverable_id, name, data) or added
            except ImageRefused:
                continue
        return added


def _fold(updates: Sequence[bytes]) -> bytes:
    """The encoded state of the document the updates make (a snapshot replacing them)."""
    return DeliverableDocument.from_updates(updates).encode_state()


def read_file(path: Path) -> tuple[dict[str, Any], bytes]:
    """The deliverable record and the state of an exported file, checked (format, version, checksum)."""
    return _checked(path, _envelope(path))


def _envelope(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise DeliverableFileError(f"{path.name} cannot be read ({error.strerror or error})") from None
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise DeliverableFileError(f"{path.name} is not a deliverable file (not JSON text)") from None


def _checked(path: Path, envelope: Any) -> tuple[dict[str, Any], bytes]:
    if not isinstance(envelope, dict) or envelope.get("format") != FILE_FORMAT:
        raise DeliverableFileError(f"{path.name} is not a deliverable file")
    if envelope.get("version") != FILE_VERSION:
        raise DeliverableFileError(f"{path.name} is of version {envelope.get('version')!r}; this app "
                                   f"reads version {FILE_VERSION}")
    record = envelope.get("deliverable")
    if not isinstance(record, dict) or not isinstance(record.get("id"), str):
        raise DeliverableFileError(f"{path.name} does not name its deliverable")
    try:
        from_record(Deliverable, record)
    except (KeyError, TypeError, ValueError):
        raise DeliverableFileError(f"{path.name}: the deliverable's description is damaged") from None
    try:
        state = base64.b64decode(str(envelope.get("state")), validate=True)
    except (binascii.Error, ValueError):
        raise DeliverableFileError(f"{path.name}: the text is damaged (not base64)") from None
    if hashlib.sha256(state).hexdigest() != envelope.get("sha256"):
        raise DeliverableFileError(f"{path.name} is damaged: its text does not match its checksum")
    return record, state
