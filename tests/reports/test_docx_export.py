"""The deliverable as a Word file, read back with python-docx (text, Word's styles, hyperlinks, comments
and their authors) and as LibreOffice prints it (converted to PDF by headless LibreOffice, read with
pypdf): headings, lists, tables and accents survive the trip Markdown -> .docx -> PDF."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from socieux_desktop.collab.annotations import Comments
from socieux_desktop.collab.document import DeliverableDocument, Field, Section
from socieux_desktop.reports.base import ReportError
from socieux_desktop.reports.docx_export import export_docx
from tests.office_tools import convert
from tests.reports.pdf_tools import page_texts
from tests.reports.test_deliverable import ACTION, BODY, ISSUED, MISSION, deliverable

NAMES = "Nguyễn Văn An, محمد العلي, Ödön Győző, François Ñúñez"
LINKS = ("Voir [le site de SOCIEUX+](https://socieux.eu/fr?a=1&b=2) et [ceci](local.html).\n\n"
         "3. troisième\n4. quatrième\n\nEnsuite :\n\n1. un\n   1. sous-un\n   2. sous-deux\n\n"
         f"Experts : {NAMES}.")


def write(tmp_path: Path, sections: list[Section], *, language: str = "fr", comments: Any = (),
          authors: tuple[str, ...] = ("Łukasz Nowak", "Awa Koné"), name: str = "d.docx",
          images: dict[str, bytes] | None = None) -> Path:
    output = tmp_path / name
    export_docx(output, deliverable(), sections, mission=MISSION, action=ACTION, language=language,
                comments=comments, authors=authors, issued=ISSUED, images=(images or {}).get)
    return output


def paragraphs(path: Path) -> list[tuple[str, str]]:
    return [(p.style.name if p.style is not None else "", p.text)
            for p in docx.Document(str(path)).paragraphs]


def test_word_styles_for_title_headings_lists_and_tables(tmp_path: Path) -> None:
    body = BODY + "\n\n### Détail\n\nFin."
    path = write(tmp_path, [Section("s1", "Synthèse", body), Section("s2", "Liens", LINKS)])
    found = paragraphs(path)
    assert found[0] == ("Title", "Diagnostic — Łukasz, Đorđe, Nguyễn")
    for expected in [("Heading 1", "Synthèse"), ("Heading 2", "Constats principaux"),
                     ("Heading 3", "Tableau des centres"), ("Heading 4", "Détail"),
                     ("List Bullet", "accès aux soins insuffisant"),
                     ("List Bullet", "délais de paiement < 30 jours & plus"),
                     ("List Bullet 2", "sous-point imbriqué"), ("List Number", "première étape"),
                     ("List Number", "troisième"), ("List Number 2", "sous-un"),
                     ("Normal", "Texte **non fermé et <balise> & fin."), ("Heading 1", "Liens")]:
        assert expected in found, expected
    document = docx.Document(str(path))
    tables = document.tables
    assert tables[0].style is not None and tables[0].style.name == "Table Grid"  # the cover's facts
    assert [cell.text for cell in tables[0].rows[2].cells] == ["Pays", "Côte d'Ivoire"]
    centres = tables[1]
    assert centres.style is not None and centres.style.name == "Table Grid"
    assert [[cell.text for cell in row.cells] for row in centres.rows] == [
        ["Centre", "Région", "Agents"], ["Abobo", "Abidjan", "12"], ["Bouaké", "Gbêkê", ""],
        ["Korhogo", "", ""]]
    assert centres.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeated on each page
    assert all(run.bold for run in centres.rows[0].cells[0].paragraphs[0].runs)
    bold = [run.text for p in document.paragraphs for run in p.runs if run.bold]
    assert "insuffisant" in bold and "Łukasz Nowak" in bold
    assert document.core_properties.title == "Diagnostic — Łukasz, Đorđe, Nguyễn"
    assert document.core_properties.author == "Łukasz Nowak, Awa Koné"


def test_links_are_hyperlinks_and_relative_ones_plain_text(tmp_path: Path) -> None:
    path = write(tmp_path, [Section("s", "Liens", LINKS)])
    document = docx.Document(str(path))
    links = [(link.url, link.text) for p in document.paragraphs for link in p.hyperlinks]
    assert links == [("https://socieux.eu/fr?a=1&b=2", "le site de SOCIEUX+")]
    assert ("Normal", "Voir le site de SOCIEUX+ et ceci.") in paragraphs(path)


def test_each_numbered_list_starts_at_its_own_first_number(tmp_path: Path) -> None:
    path = write(tmp_path, [Section("s", "Listes", LINKS)])
    document = docx.Document(str(path))
    numbered = [p for p in document.paragraphs if p.style is not None and p.style.name == "List Number"]
    ids = [p._p.pPr.numPr.numId.val for p in numbered]
    assert len(ids) == 3 and ids[0] == ids[1] != ids[2]  # "3. 4." one list, "1." another
    numbering = document.part.numbering_part.element
    starts = {int(num.get(qn("w:numId"))): num.find(qn("w:lvlOverride")).find(qn("w:startOverride")).get(
        qn("w:val")) for num in numbering.findall(qn("w:num")) if num.find(qn("w:lvlOverride")) is not None}
    assert starts[ids[0]] == "3" and starts[ids[2]] == "1"


@pytest.mark.parametrize(("language", "disclaimer", "funding"), [
    ("en", "This document was produced with the financial support of the European Union. Its contents are "
           "the sole responsibility of Łukasz Nowak and Awa Koné and do not necessarily reflect the views of "
           "the European Union.", "SOCIEUX+ is co-funded by the European Union, France, Spain and Belgium."),
    ("fr", "Ce document a été réalisé avec le soutien financier de l’Union européenne. Son contenu relève "
           "de la seule responsabilité de Łukasz Nowak et Awa Koné et ne reflète pas nécessairement les "
           "opinions de l’Union européenne.", "SOCIEUX+ est cofinancé par l’Union européenne"),
    ("es", "Este documento se ha realizado con la ayuda financiera de la Unión Europea. Su contenido es "
           "responsabilidad exclusiva de Łukasz Nowak y Awa Koné y no refleja necesariamente la opinión de "
           "la Unión Europea.", "SOCIEUX+ está cofinanciado por la Unión Europea"),
])
def test_the_cover_has_the_facts_the_funding_and_the_eu_disclaimer(
        tmp_path: Path, language: str, disclaimer: str, funding: str) -> None:
    path = write(tmp_path, [Section("s", "Synthèse", "Texte.")], language=language)
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    assert disclaimer in texts
    assert any(text.startswith(funding) for text in texts)
    assert document.sections[0].footer.paragraphs[0].text.startswith(funding)
    assert "Direction de l'Action Sociale" in [cell.text for row in document.tables[0].rows
                                               for cell in row.cells]


def test_without_authors_the_disclaimer_names_the_authors_in_general(tmp_path: Path) -> None:
    path = write(tmp_path, [Section("s", "Synthèse", "Texte.")], authors=())
    assert any("de la seule responsabilité de son ou ses auteurs et" in text for _, text in paragraphs(path))


def test_comments_are_word_comments_with_their_authors_on_their_passages(tmp_path: Path) -> None:
    document = DeliverableDocument.create("d1", [])
    first = document.add_section("Synthèse", BODY)
    second = document.add_section("Suite", "Un paragraphe à **supprimer** bientôt.\n\nAutre.")
    comments = Comments(document)
    at = BODY.index("insuffisant")
    comments.add(first, Field.BODY, at, at + len("insuffisant"), "Source ?", "Awa Koné")
    at = BODY.index("Gbêkê")
    comments.add(first, Field.BODY, at, at + 5, "Région à vérifier", "Nguyễn Văn An")
    comments.add(first, Field.TITLE, 0, 4, "Titre trop court", "Ödön Győző")
    body = document.text(second)
    at = body.index("**supprimer**")
    comments.add(second, Field.BODY, at, at + len("**supprimer**"), "Pourquoi ?", "محمد العلي")
    document.delete(second, Field.BODY, 0, len("Un paragraphe à **supprimer** bientôt.\n\n"))
    gone = document.add_section("Annexe", "Tableau à refaire.")
    comments.add(gone, Field.BODY, 0, 7, "À refaire", "Jūratė Kazlauskienė")
    document.remove_section(gone)
    path = write(tmp_path, document.sections(), comments=comments.all())
    word = docx.Document(str(path))
    made = {comment.text: comment.author for comment in word.comments}
    assert made == {"Source ?": "Awa Koné", "Région à vérifier": "Nguyễn Văn An",
                    "Titre trop court": "Ödön Győző",
                    "Pourquoi ?\n(sur un passage supprimé depuis : « **supprimer** »)": "محمد العلي",
                    "À refaire\n(sur un passage supprimé depuis : « Tableau »)": "Jūratė Kazlauskienė"}
    assert _commented(path) == {"Source ?": "insuffisant", "Région à vérifier": "Gbêkê",
                                "Titre trop court": "Synt", "Pourquoi ?": "Suite",
                                "À refaire": "Diagnostic — Łukasz, Đorđe, Nguyễn"}  # section gone: the title


def _commented(path: Path) -> dict[str, str]:
    """Each comment's first line and the text between its range marks in the document."""
    word = docx.Document(str(path))
    texts = {str(comment.comment_id): comment.text.split("\n")[0] for comment in word.comments}
    body = word.element.body
    found: dict[str, str] = {}
    open_ids: set[str] = set()
    for element in body.iter():
        if element.tag == qn("w:commentRangeStart"):
            open_ids.add(element.get(qn("w:id")))
        elif element.tag == qn("w:commentRangeEnd"):
            open_ids.discard(element.get(qn("w:id")))
        elif element.tag == qn("w:t"):
            for comment_id in open_ids:
                found[texts[comment_id]] = found.get(texts[comment_id], "") + (element.text or "")
    return found


def test_the_deliverables_pictures_are_embedded_and_others_said(tmp_path: Path) -> None:
    picture = io.BytesIO()
    Image.new("RGB", (400, 200), (31, 78, 121)).save(picture, format="PNG")
    attached = {"images/carte.png": picture.getvalue(), "images/faux.png": b"pas une image"}
    (tmp_path / "disque.png").write_bytes(picture.getvalue())  # on the disk, not attached: not read
    body = ("![Carte du pays](images/carte.png)\n\n![Faux](images/faux.png)\n\n![Absente](images/absente.png)"
            f"\n\n![Disque]({tmp_path / 'disque.png'})")
    path = write(tmp_path, [Section("s", "Images", body)], images=attached)
    document = docx.Document(str(path))
    assert len(document.inline_shapes) == 1
    texts = [text for _, text in paragraphs(path)]
    assert "[Ce fichier n’est pas une image imprimable : images/faux.png]" in texts
    assert any(text.startswith("[Image non imprimée : images/absente.png.") for text in texts)
    assert any(text.startswith(f"[Image non imprimée : {tmp_path / 'disque.png'}.") for text in texts)
    assert ("Caption", "Carte du pays") in paragraphs(path)


def test_an_empty_deliverable_says_so_and_an_unknown_language_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, [Section("s", " ", "\n")])
    assert "Ce livrable est vide : rien n’y a encore été écrit." in [text for _, text in paragraphs(path)]
    with pytest.raises(ReportError):
        write(tmp_path, [], language="de", name="de.docx")
    assert not (tmp_path / "de.docx").exists()


def test_it_writes_to_an_open_file_too() -> None:
    buffer = io.BytesIO()
    export_docx(buffer, deliverable(), [Section("s", "Un", "Deux")], mission=MISSION, action=ACTION,
                language="en", issued=ISSUED)
    assert "Deux" in [p.text for p in docx.Document(io.BytesIO(buffer.getvalue())).paragraphs]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.sampled_from([*"aé Ł|-*#!()[]<>&\\\t1.\n\x00\x07\ufffe", "**", "| --- |", "\n- ",
                                          "[x](https://a.b)", "\n|-|-|\n"]), max_size=120).map("".join),
                max_size=3))
def test_whatever_the_text_holds_gives_a_word_file_python_docx_reads(tmp_path: Path,
                                                                     bodies: list[str]) -> None:
    path = write(tmp_path, [Section(str(n), body[:30], body) for n, body in enumerate(bodies)])
    assert docx.Document(str(path)).paragraphs


def test_libreoffice_prints_the_headings_lists_tables_and_accents(tmp_path: Path) -> None:
    body = BODY + "\n\n" + LINKS
    docx_file = write(tmp_path, [Section("s1", "Synthèse — ç ő ñ", body),
                                 Section("s2", "Conclusions", "Fin.")])
    pdf, = convert([docx_file], "pdf", tmp_path / "pdf")
    pages = page_texts(pdf)
    whole = " ".join(pages)
    for expected in ["Diagnostic — Łukasz, Đorđe, Nguyễn", "Côte d'Ivoire", "Synthèse — ç ő ñ",
                     "Constats principaux", "Tableau des centres", "accès aux soins insuffisant",
                     "sous-point imbriqué", "1. première étape", "2. deuxième étape", "3. troisième",
                     "4. quatrième", "Centre Région Agents", "Abobo Abidjan 12", "Bouaké Gbêkê",
                     "Texte **non fermé et <balise> & fin.", "Nguyễn Văn An", "Ödön Győző", "François Ñúñez",
                     "العلي", "Conclusions", "de la seule responsabilité de Łukasz Nowak et Awa Koné"]:
        assert expected in whole, expected
    assert "SOCIEUX+ est cofinancé" in pages[-1] and f"page {len(pages)} sur {len(pages)}" in pages[-1]
