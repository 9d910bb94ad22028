"""The workspace JSON: export and import of the 200-mission / 20,000-entry workspace with 50 deliverables,
against writing and reading the same JSON with the standard library alone, in the same run.

The workspace: ``socieux demo --missions 200 --day-entries 20000`` (``demo.generate``), then 50 deliverables
spread over its missions, each of six sections of about 250 words of French, Spanish and English with every
accent, two comments and a named version, 25 workshops of 12 participants, and 20 pictures (photographs'
worth of noise, 240 by 160 pixels, PNG and JPEG in turn) attached to the deliverables.

- export: ``exchange.write_json`` (read the records and the texts, decode every CRDT document for its
  readable parts, write the file);
- import: ``exchange.read_json`` into a new workspace (parse, check every record, reference, text and
  picture, insert the records and their changes in one transaction, copy the pictures' files);
- the baseline: ``json.dumps`` of the same document (as ``dumps`` writes it: sorted keys, indent 2, UTF-8
  as is) to a file, and ``json.loads`` of that file. Each of export and import is given against the write
  (or the read) alone and against both: an import also checks every record and writes it twice (its row
  and its change in the log, with their indexes), which no reading of a file does.

Times are the CPU seconds of this process (the machine may be shared: wall time would count others' work),
the best of ``--runs`` runs.

Usage: python benchmarks/exchange.py [--runs 3] [--deliverables 50] [--pictures 20]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from socieux_desktop.collab.annotations import Comments, Versions
from socieux_desktop.collab.attendance import Attendee, Workshop, WorkshopLog
from socieux_desktop.collab.document import DeliverableDocument
from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.demo import generate
from socieux_desktop.domain.deliverables import Deliverable, DeliverableKind, DeliverableLanguage
from socieux_desktop.domain.model import Mission, Sex, new_id
from socieux_desktop.store.exchange import read_json, write_json
from socieux_desktop.store.images import DeliverableImages
from socieux_desktop.store.workbook import Workbook

WORDS = ("protection", "sociale", "centres", "bénéficiaires", "prestations", "cotisations", "régime",
         "assurance", "maladie", "retraite", "handicap", "enfance", "évaluation", "données", "système",
         "información", "seguridad", "afiliación", "pensiones", "cobertura", "gestión", "atención",
         "workshop", "counterparts", "monitoring", "indicators", "réforme", "équité", "accès", "Łódź",
         "Jūratė", "Nguyễn", "Peñaloza", "Ærø", "ção")


def text(rng: random.Random, words: int) -> str:
    sentences = []
    while words > 0:
        count = min(words, rng.randint(8, 20))
        words -= count
        sentences.append(" ".join(rng.choice(WORDS) for _ in range(count)).capitalize() + ".")
    return " ".join(sentences)


def add_deliverables(book: Workbook, count: int, rng: random.Random) -> None:
    """``count`` deliverables with text, comments and a version, and a workshop for every other one,
    written in one transaction (the setup, not measured)."""
    missions = sorted(book.all(Mission), key=lambda m: m.id)
    store, log = DeliverableStore(book), WorkshopLog(book)
    with book.bulk_writer() as writer:
        for number in range(count):
            mission = missions[number * len(missions) // count]
            deliverable = Deliverable(new_id(), mission.id, rng.choice(list(DeliverableKind)),
                                      f"Livrable {number} : {text(rng, 6)}",
                                      rng.choice(list(DeliverableLanguage)))
            document = DeliverableDocument.create(deliverable.id, ())
            with document.transaction():
                for _ in range(6):
                    document.add_section(text(rng, 5), "\n\n".join(text(rng, 60) for _ in range(4)))
            first = document.sections()[0]
            comments = Comments(document)
            comments.add(first.id, "body", 0, 20, text(rng, 15), "Awa Koné")
            comments.add(first.id, "body", 30, 60, text(rng, 10), "Coordination SOCIEUX+")
            Versions(document).save("Version 1", "Jūratė Kazlauskienė")
            document.set_text(first.id, "body", first.body + "\n\n" + text(rng, 40))
            writer.put(deliverable)
            store.write_update(writer, deliverable.id, mission.id, 1, document.encode_state())
            if number % 2 == 0:
                start = datetime(2026, 3, 2, 9, tzinfo=UTC) + timedelta(days=number)
                workshop = Workshop(new_id(), mission.id, deliverable.id, start, start + timedelta(hours=3))
                log.write(writer, workshop, [
                    Attendee(new_id(), workshop.id, f"Participant {n} {rng.choice(WORDS)}", "Ministère",
                             rng.choice([None, *Sex]), start + timedelta(minutes=n), n == 0)
                    for n in range(12)])


def add_pictures(book: Workbook, count: int) -> None:
    """``count`` pictures of noise (which compresses as little as a photograph), spread over the
    deliverables, PNG and JPEG in turn."""
    from PIL import Image

    deliverables = sorted(book.all(Deliverable), key=lambda d: d.id)
    images = DeliverableImages(book)
    for number in range(count):
        buffer = io.BytesIO()
        kind = ("PNG", "JPEG")[number % 2]
        Image.effect_noise((240, 160), 40 + number).convert("RGB").save(buffer, format=kind)
        images.attach(deliverables[number * len(deliverables) // count].id, f"photo-{number}.{kind.lower()}",
                      buffer.getvalue())


def cpu(action: object) -> float:
    assert callable(action)
    started = time.process_time()
    action()
    return time.process_time() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--deliverables", type=int, default=50)
    parser.add_argument("--pictures", type=int, default=20)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        book = Workbook.open(root / "source")
        try:
            generate(book, 200, 20_000)
            add_deliverables(book, args.deliverables, random.Random(7))
            add_pictures(book, args.pictures)
            exported = root / "workspace.json"
            export_times = [cpu(lambda: write_json(book, exported)) for _ in range(args.runs)]
        finally:
            book.close()
        import_times = []
        for run in range(args.runs):
            target = Workbook.open(root / f"target-{run}")
            try:
                import_times.append(cpu(lambda target=target: read_json(target, exported)))
            finally:
                target.close()
        raw = exported.read_bytes()
        document = json.loads(raw)
        plain = root / "plain.json"

        def write_plain() -> None:
            plain.write_text(json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                             encoding="utf-8")

        write_times = [cpu(write_plain) for _ in range(args.runs)]
        read_times = [cpu(lambda: json.loads(plain.read_bytes())) for _ in range(args.runs)]
    size = len(raw)
    texts = len(document["texts"])
    picture_bytes = sum(len(entry["data"]) for entry in document["pictures"])
    export_s, import_s, write_s, read_s = (min(times) for times in
                                           (export_times, import_times, write_times, read_times))
    print(f"workspace: 200 missions, 20,000 day entries, {texts} deliverable texts, "
          f"{len(document['workshops'])} workshops, {len(document['pictures'])} pictures "
          f"({picture_bytes / 1e6:.1f} MB of base64); JSON {size / 1e6:.1f} MB")
    both = write_s + read_s
    print(f"plain json: write {write_s * 1000:.0f} ms, read {read_s * 1000:.0f} ms, "
          f"both {both * 1000:.0f} ms")
    print(f"export {export_s * 1000:6.0f} ms: {export_s / write_s:5.2f} x the write, "
          f"{export_s / both:5.2f} x write and read")
    print(f"import {import_s * 1000:6.0f} ms: {import_s / read_s:5.2f} x the read,  "
          f"{import_s / both:5.2f} x write and read")
    return 0


if __name__ == "__main__":
    sys.exit(main())
