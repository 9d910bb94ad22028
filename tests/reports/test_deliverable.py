"""The deliverable PDF, read back: cover, table of contents, sections, "page x of y", embedded fonts; and
what people may put in a text: huge tables, endless words, files that are not images, nothing at all."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path
from typing import Any

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from socieux_desktop.collab.document import Section
from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.domain.deliverables import (
    Deliverable,
    DeliverableKind,
    DeliverableLanguage,
    DeliverableStatus,
)
from socieux_desktop.domain.model import Action, Mission, new_id
from socieux_desktop.reports import render
from socieux_desktop.reports.base import ReportError
from socieux_desktop.reports.deliverable import build_deliverable
from socieux_desktop.reports.texts import text
from socieux_desktop.store.workbook import Workbook
from tests.conftest import Sample
from tests.reports.pdf_tools import render_png

ACTION = Action("action", "CI-2026-01", "Qualité des services", "Direction de l'Action Sociale", "CI")
MISSION = Mission("mission", "CI-2026-01-M1", "Diagnostic des centres sociaux", ACTION.id, date(2026, 3, 2),
                  date(2026, 3, 13))
ISSUED = date(2026, 3, 20)

BODY = """Les experts **Łukasz Nowak**, *Đorđe Petrović* et Nguyễn Văn An ont rencontré l'équipe.

# Constats principaux
- accès aux soins **insuffisant**
- délais de paiement < 30 jours & plus
  - sous-point imbriqué
1. première étape
2. deuxième étape

## Tableau des centres
| Centre | Région | Agents |
|---|---|---|
| Abobo | Abidjan | 12 |
| Bouaké | Gbêkê | |
| Korhogo |

Texte **non fermé et <balise> & fin."""


def deliverable(title: str = "Diagnostic — Łukasz, Đorđe, Nguyễn", **changes: object) -> Deliverable:
    values: dict[str, object] = {"id": "d1", "mission_id": MISSION.id, "kind": DeliverableKind.DIAGNOSTIC,
                                 "title": title, "language": DeliverableLanguage.FR,
                                 "status": DeliverableStatus.SHARED}
    values.update(changes)
    return Deliverable(**values)  # type: ignore[arg-type]


def build(tmp_path: Path, sections: list[Section], language: str = "fr", title: str | None = None,
          images: dict[str, bytes] | None = None) -> Path:
    output = tmp_path / "d.pdf"
    made = deliverable() if title is None else deliverable(title)
    build_deliverable(output, made, sections, mission=MISSION, action=ACTION,
                      language=language, issued=ISSUED, images=(images or {}).get)
    return output


def pages_of(path: Path) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text()) for page in pypdf.PdfReader(path).pages]


def sections() -> list[Section]:
    return [Section("s1", "Synthèse", BODY), Section("s2", "R&D <pilote> et Ñandú", "Un seul paragraphe."),
            Section("s3", "Conclusions", "")]


@pytest.mark.parametrize(("language", "words"), [
    ("fr", ["Diagnostic", "Institution partenaire", "20 mars 2026", "Partagé avec les homologues",
            "Table des matières", "Rien n’a encore été écrit dans cette section.",
            "page {page} sur {pages}"]),
    ("es", ["Diagnóstico", "Institución socia", "20 de marzo de 2026", "Compartido con las contrapartes",
            "Índice", "Todavía no se ha escrito nada en esta sección.", "página {page} de {pages}"]),
    ("en", ["Diagnostic", "Partner institution", "20 March 2026", "Shared with counterparts", "Contents",
            "Nothing has been written in this section yet.", "page {page} of {pages}"]),
])
def test_cover_contents_sections_and_page_numbers(tmp_path: Path, language: str, words: list[str]) -> None:
    pages = pages_of(build(tmp_path, sections(), language))
    whole = " ".join(pages)
    cover, contents = pages[0], pages[1]
    assert "Diagnostic — Łukasz, Đorđe, Nguyễn" in cover
    assert "CI-2026-01-M1 — Diagnostic des centres sociaux" in cover
    assert "Direction de l'Action Sociale" in cover
    assert "Côte d'Ivoire" in cover  # domain.vocabulary's spelling, the interface's too
    for word in words[:4]:
        assert word in cover, word
    assert words[4] in contents
    for entry in ["Synthèse", "Constats principaux", "Tableau des centres", "R&D <pilote> et Ñandú",
                  "Conclusions"]:
        assert entry in contents, entry
    assert re.search(r"Synthèse[ .]*3", contents)
    assert words[5] in whole
    for number, page in enumerate(pages, start=1):
        assert words[6].format(page=number, pages=len(pages)) in page
        assert "SOCIEUX+" in page
    text = whole
    for typed in ["Les experts Łukasz Nowak, Đorđe Petrović et Nguyễn Văn An ont rencontré l'équipe.",
                  "accès aux soins insuffisant", "délais de paiement < 30 jours & plus",
                  "sous-point imbriqué",
                  "1. première étape", "2. deuxième étape", "Centre Région Agents", "Abobo Abidjan 12",
                  "Bouaké Gbêkê", "Korhogo", "Texte **non fermé et <balise> & fin.", "Un seul paragraphe."]:
        assert typed in text, typed


def test_every_font_is_embedded(tmp_path: Path) -> None:
    reader = pypdf.PdfReader(build(tmp_path, sections()))
    fonts = {}
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for reference in resources["/Font"].values():
            font = reference.get_object()
            fonts[font["/BaseFont"]] = "/FontFile2" in font["/FontDescriptor"].get_object()
    assert fonts and all(fonts.values()), fonts


def test_a_table_of_5000_rows_runs_over_many_pages_with_every_row(tmp_path: Path) -> None:
    rows = "\n".join(f"| ligne {n:04d} | Đorđe {n} | {'x' * (n % 40)} |" for n in range(5000))
    body = f"| N° | Nom | Note |\n|---|---|---|\n{rows}"
    pages = pages_of(build(tmp_path, [Section("s", "Annexe", body)]))
    assert len(pages) > 60
    whole = " ".join(pages)
    missing = [n for n in range(5000) if f"ligne {n:04d} Đorđe {n} " not in whole]
    assert not missing
    table_pages = pages[3:]
    assert all("N° Nom Note" in page for page in table_pages)  # the header on every page


def test_a_word_of_2000_characters_is_broken_over_lines_and_kept_whole(tmp_path: Path) -> None:
    word = "Ł" + "anticonstitutionnellement" * 79 + "FIN"
    assert len(word) == 1979
    body = f"Avant {word} après.\n\n| court | {word} |\n|---|---|\n| {word} | x |"
    pages = pages_of(build(tmp_path, [Section("s", word[:300], body)]))
    joined = "".join("".join(pages).split())
    assert joined.count(word) >= 3  # the paragraph, the header cell, the body cell
    assert joined.count(word[:300]) >= 5  # and the heading, with its entry in the contents


def write_png(path: Path) -> None:
    Image.new("RGB", (400, 200), (31, 78, 121)).save(path)


def png_bytes(size: tuple[int, int] = (400, 200)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (31, 78, 121)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(("language", "refused", "unreadable"), [
    ("fr", "[Image non imprimée : {path}.", "[Ce fichier n’est pas une image imprimable : {path}]"),
    ("es", "[Imagen no impresa: {path}.", "[Este archivo no es una imagen que se pueda imprimir: {path}]"),
    ("en", "[Image not printed: {path}.", "[This file is not an image that can be printed: {path}]"),
])
def test_images_are_printed_and_bad_ones_replaced_by_a_placeholder(
        tmp_path: Path, language: str, refused: str, unreadable: str) -> None:
    attached = {"images/carte.png": png_bytes(), "images/faux.png": b"ceci n'est pas une image",
                "images/tronque.png": png_bytes((300, 300))[:200]}
    body = ("![Carte du pays](images/carte.png)\n\n![Faux](images/faux.png)\n\n"
            "![Tronquée](images/tronque.png)\n\n![Absente](images/absente.png)\n\n![Vide]()")
    output = build(tmp_path, [Section("s", "Images", body)], language, images=attached)
    reader = pypdf.PdfReader(output)
    whole = " ".join(pages_of(output))
    assert unreadable.format(path="images/faux.png") in whole
    assert unreadable.format(path="images/tronque.png") in whole
    assert refused.format(path="images/absente.png") in whole
    assert refused.format(path="—") in whole
    assert "Carte du pays" in whole and "Tronquée" in whole
    images = [image for page in reader.pages for image in page.images]
    assert len(images) == 1 and images[0].image is not None and images[0].image.size == (400, 200)


@pytest.mark.parametrize("case", ["no sections", "blank sections"])
def test_an_empty_deliverable_says_it_is_empty(tmp_path: Path, case: str) -> None:
    empty = [] if case == "no sections" else [Section("s", " ", "\n\n")]
    pages = pages_of(build(tmp_path, empty))
    assert len(pages) == 2
    assert "Ce livrable est vide : rien n’y a encore été écrit." in pages[1]
    assert "page 2 sur 2" in pages[1]


def test_text_that_looks_like_markup_is_printed_as_typed(tmp_path: Path) -> None:
    body = ("<b>pas gras</b> <font size=40>x</font> &amp; &#x41; <br/> <a href='x'>lien</a> ]]> <![CDATA[\n\n"
            "# <para> & **<i>**\n\n- <u> **\n\n| <td> | & |\n|--|--|\n| \\| | ** |")
    pages = pages_of(build(tmp_path, [Section("s", "<h1>Titre</h1> & co", body)],
                           title="<title> & **"))
    whole = " ".join(pages)
    for typed in ["<b>pas gras</b> <font size=40>x</font> &amp; &#x41; <br/> <a href='x'>lien</a>",
                  "]]> <![CDATA[",
                  "<para> & <i>", "<u> **", "<td> &", "| **", "<h1>Titre</h1> & co", "<title> & **"]:
        assert typed in whole, typed
    assert "<h1>Titre</h1> & co" in pages[1]  # in the contents


def test_an_unknown_language_is_a_report_error(tmp_path: Path) -> None:
    with pytest.raises(ReportError) as raised:
        build(tmp_path, sections(), "de")
    assert "de" in raised.value.message("fr")
    assert not (tmp_path / "d.pdf").exists()


def test_render_prints_a_stored_deliverable(workbook: Workbook, sample: Sample, tmp_path: Path) -> None:
    store = DeliverableStore(workbook)
    made = Deliverable(new_id(), sample.mission.id, DeliverableKind.MISSION_REPORT, "Informe — Nguyễn",
                       DeliverableLanguage.ES)
    store.create(made)
    document = store.open(made.id)  # saves each edit
    first = document.sections()[0]
    document.set_text(first.id, "body",
                      "Texto con **negrita** y una tabla:\n\n| a | b |\n|---|---|\n| 1 | 2 |")
    output = tmp_path / "informe.pdf"
    render("deliverable", workbook, mission_id=sample.mission.id, language="es", output=output,
           deliverable_id=made.id)
    whole = " ".join(pages_of(output))
    for typed in ["Informe — Nguyễn", "Informe de misión", "Introducción", "Contexto", "Próximos pasos",
                  "Texto con negrita y una tabla:", "a b", "1 2", "Índice"]:
        assert typed in whole, typed


def test_the_deliverable_renders_to_png(tmp_path: Path) -> None:
    """Rendered so that a person can look at it (REPORTS_PNG_DIR keeps the images)."""
    body = BODY + "\n\n![Carte du pays](images/carte.png)\n\n![Absente](images/absente.png)"
    output = tmp_path / "deliverable.pdf"
    build(tmp_path, [Section("s1", "Synthèse", body), *sections()[1:]],
          images={"images/carte.png": png_bytes()}).rename(output)
    images = render_png(output, tmp_path, resolution=60)
    assert len(images) >= 3


def test_a_row_taller_than_a_page_is_split_inside_and_the_header_is_only_at_the_top_of_pages(
        tmp_path: Path) -> None:
    rows = [f"| {n} | Nguyễn {n} | {'Z' * 6000 if n == 60 else 'texte qui passe à la ligne ' * (n % 4)} |"
            for n in range(200)]
    body = "| N° | Nom | Note |\n|---|---|---|\n" + "\n".join(rows)
    pages = pages_of(build(tmp_path, [Section("s", "Annexe", body)]))
    table_pages = pages[2:]
    assert len(table_pages) > 5
    assert all(page.count("N° Nom Note") == 1 for page in table_pages)  # not again under row 59
    joined = "".join("".join(pages).split())
    assert joined.count("Z") == 6000  # the row split over pages, none of it lost
    assert all(f"Nguyễn{n}" in joined for n in range(200))


def test_a_heading_longer_than_a_page_is_printed_whole_and_shortened_in_the_contents(tmp_path: Path) -> None:
    title = "Ż" + "titre " * 3000
    pages = pages_of(build(tmp_path, [Section("s", title, "# " + "Ħ" * 20000 + "\n\ncorps")]))
    contents = pages[1]
    assert "…" in contents and len(contents) < 3000
    joined = "".join("".join(pages).split())
    assert joined.count("titre") >= 3000  # over pages: the footers come between its parts
    assert contents.count("titre") < 60  # one entry, shortened
    assert joined.count("Ħ") >= 20000
    assert "corps" in joined


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.sampled_from([*"aé Ł|-*#!()[]<>&\\\t1.\n", "**", "| --- |", "\n- ", "x" * 300]),
                         max_size=200).map("".join), max_size=4))
def test_whatever_the_text_holds_gives_a_readable_pdf(tmp_path: Path, bodies: list[str]) -> None:
    output = build(tmp_path, [Section(str(n), body[:40], body) for n, body in enumerate(bodies)])
    reader = pypdf.PdfReader(output)
    assert len(reader.pages) >= 2
    assert all("SOCIEUX+" in page.extract_text() for page in reader.pages)


def test_a_subheading_right_under_a_section_title_is_outlined_under_it(tmp_path: Path) -> None:
    """'## Context' as a section's first line skips the '#' level: the PDF outline cannot skip levels
    (reportlab refused the whole PDF), so the entry hangs right under the section's title."""
    body = "## Contexte\n\nLa Caisse nationale.\n\n### Détail\n\nTexte.\n\n# Constats\n\nFin."
    output = build(tmp_path, [Section("s", "Résumé", body), Section("t", "Suite", "## Après")])
    outline = pypdf.PdfReader(output).outline

    def titles(entries: list[Any]) -> list[Any]:
        return [titles(entry) if isinstance(entry, list) else entry.title for entry in entries]

    assert titles(outline) == ["Résumé", ["Contexte", "Constats"], "Suite", ["Après"]]  # "###": not outlined
    assert "La Caisse nationale." in " ".join(pages_of(output))


def test_links_are_real_links_in_the_pdf(tmp_path: Path) -> None:
    body = ("Voir [le site de SOCIEUX+](https://socieux.eu/fr?a=1&b=2), [un fichier](annexe.html) et "
            "[une ancre](#fin).\n\n| Source | Lien |\n|---|---|\n| OIT | [ilo.org](https://www.ilo.org) |")
    output = build(tmp_path, [Section("s", "Liens", body)])
    uris = [annotation.get_object()["/A"]["/URI"] for page in pypdf.PdfReader(output).pages
            for annotation in page.get("/Annots", []) if "/A" in annotation.get_object()]
    assert uris == ["https://socieux.eu/fr?a=1&b=2", "https://www.ilo.org"]
    whole = " ".join(pages_of(output))
    assert "Voir le site de SOCIEUX+, un fichier et une ancre." in whole and "](" not in whole


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_a_stored_deliverable_prints_its_own_pictures_and_nothing_of_the_disk(
        workbook: Workbook, sample: Sample, tmp_path: Path, language: str) -> None:
    """A text may be typed by anyone at a workshop: a path of the laptop prints the same line whether
    the file exists or not, and its bytes never reach the PDF."""
    from socieux_desktop.store.images import DeliverableImages

    store = DeliverableStore(workbook)
    made = Deliverable(new_id(), sample.mission.id, DeliverableKind.DIAGNOSTIC, "Carte",
                       DeliverableLanguage.FR)
    store.create(made)
    attached = DeliverableImages(workbook).attach(made.id, "carte.png", png_bytes((400, 200)))
    secret = tmp_path / "secret.png"
    write_png(secret)  # a real picture on the laptop, 400 x 200 too
    typed = [str(secret), str(tmp_path / "absent.png"), "../secret.png", f"file://{secret}",
             "https://example.org/x.png"]
    body = "\n\n".join([f"![Carte]({attached})", *(f"![Essai]({path})" for path in typed)])
    document = store.open(made.id)
    document.set_text(document.sections()[0].id, "body", body)
    output = tmp_path / "images.pdf"
    render("deliverable", workbook, mission_id=sample.mission.id, language=language, output=output,
           deliverable_id=made.id)
    whole = " ".join(pages_of(output))
    lines = [text(language, "deliverable.image_refused", path=path) for path in typed]
    for line in lines:
        assert " ".join(line.split()) in whole
    # one same sentence around the path as typed, for the file that exists and the one that does not
    assert lines[0].replace(typed[0], "") == lines[1].replace(typed[1], "")
    images = [image for page in pypdf.PdfReader(output).pages for image in page.images]
    assert len(images) == 1 and images[0].image is not None and images[0].image.size == (400, 200)


@pytest.mark.parametrize(("language", "draft", "funded"), [
    ("fr", "BROUILLON", "Financé par l’Union européenne"),
    ("en", "DRAFT", "Funded by the European Union"),
    ("es", "BORRADOR", "Financiado por la Unión Europea"),
])
def test_the_cover_carries_the_eu_disclaimer_and_a_deliverable_not_approved_is_a_draft(
        workbook: Workbook, sample: Sample, tmp_path: Path, language: str, draft: str, funded: str) -> None:
    store = DeliverableStore(workbook)
    made = Deliverable(new_id(), sample.mission.id, DeliverableKind.DIAGNOSTIC, "Diagnostic — Nguyễn 🙏",
                       DeliverableLanguage.FR)
    store.create(made)
    output = tmp_path / "draft.pdf"
    render("deliverable", workbook, mission_id=sample.mission.id, language=language, output=output,
           deliverable_id=made.id)
    pages = pages_of(output)
    cover = " ".join(pages[0].split())
    team = [entry.expert.name for entry in workbook.mission_details(sample.mission.id).team]
    expected = text(language, "disclaimer", authors=f"{team[0]} {text(language, 'and')} {team[1]}")
    assert " ".join(expected.split()) in cover
    for page in pages:
        assert draft in page and funded in page and "SOCIEUX+" in page
        assert f"CI-2026-01-M1 — {team[0]}, {team[1]}" in page
    approved = tmp_path / "approved.pdf"
    build_deliverable(approved, deliverable(status=DeliverableStatus.APPROVED), sections(), mission=MISSION,
                      action=ACTION, language=language, issued=ISSUED)
    assert all(draft not in page and funded in page for page in pages_of(approved))
    assert text(language, "disclaimer.authors_unknown") in " ".join(pages_of(approved)[0].split())
