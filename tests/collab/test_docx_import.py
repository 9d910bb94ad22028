"""Word files into deliverables: real .docx made by headless LibreOffice in the test (headings, nested lists,
a table, a comment, tracked changes, a footnote), Word files this application writes (the round trip keeps
the text), and files that are not what they claim (a renamed .doc, random bytes, a zip bomb, XML with
entities): each a clear problem, nothing read that should not be."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from socieux_desktop.collab.annotations import Comments
from socieux_desktop.collab.document import DeliverableDocument, Field, Section
from socieux_desktop.collab.docx_import import (
    MAX_PART_BYTES,
    DocxImportError,
    DocxProblem,
    ImportResult,
    Skipped,
    add_to_document,
    attach_images,
    import_docx,
    read_docx,
)
from socieux_desktop.reports import markdown as md
from socieux_desktop.reports.docx_export import export_docx
from tests.office_tools import convert
from tests.reports.test_deliverable import ACTION, BODY, ISSUED, MISSION, deliverable
from tests.reports.test_docx_export import LINKS

TERMS = Path(__file__).with_name("terms_of_reference.fodt")
"""Terms of reference as LibreOffice's flat XML (text, made by hand): the test turns it into a Word file."""


@pytest.fixture(scope="module")
def terms(tmp_path_factory: pytest.TempPathFactory) -> ImportResult:
    """Terms of reference written by LibreOffice as a Word file, read back."""
    folder = tmp_path_factory.mktemp("terms")
    made, = convert([TERMS], "docx", folder)
    return import_docx(made)


def test_headings_become_sections_with_their_text_lists_and_tables(terms: ImportResult) -> None:
    assert terms.title == "Termes de référence — Côte d’Ivoire"
    assert [section.title for section in terms.sections] == ["Contexte", "Calendrier"]
    assert terms.sections[0].body == (
        "La **Direction de l’Action Sociale** gère *129 centres* ; mot ajouté fin du contexte.\n\n"
        "# Objectifs\n\n"
        "- améliorer l’accueil\n  - dans les centres ruraux\n- former les agents\n"
        "1. diagnostic\n2. stratégie")
    assert terms.sections[1].body == (
        "Le calendrier prévu est le suivant :\n\n"
        "| Activité | Début | Jours |\n|---|---|---|\n| Diagnostic \\| état des lieux | 2 mars | 10 |\n\n"
        "Voir [le site](https://socieux.eu/).")
    blocks = md.parse(terms.sections[0].body)
    assert [type(block).__name__ for block in blocks] == ["Paragraph", "Heading", "ListBlock", "ListBlock"]
    assert [(item.level, item.markup) for item in blocks[2].items] == [  # type: ignore[union-attr]
        (0, "améliorer l’accueil"), (1, "dans les centres ruraux"), (0, "former les agents")]
    table = md.parse(terms.sections[1].body)[1]
    assert isinstance(table, md.Table) and table.rows[1][0] == "Diagnostic | état des lieux"


def test_tracked_changes_are_accepted_and_what_is_left_out_is_counted(terms: ImportResult) -> None:
    everything = " ".join(section.body for section in terms.sections)
    assert "mot ajouté" in everything and "supprimé" not in everything
    assert terms.changes_accepted >= 2
    assert dict(terms.skipped) == {Skipped.FOOTNOTE: 1}
    assert "Sous réserve" not in everything


def test_a_comment_comes_with_its_author_on_its_passage(terms: ImportResult) -> None:
    (comment,) = terms.comments
    assert (comment.author, comment.text, comment.field) == ("Nguyễn Văn An", "Dates à confirmer", Field.BODY)
    assert terms.sections[comment.section].body[comment.start:comment.end] == "calendrier prévu"


def test_added_to_a_deliverable_as_sections_with_their_comments_and_undone_in_one_step(
        terms: ImportResult) -> None:
    document = DeliverableDocument.create("d1", ["Introduction", "Annexes"])
    undo = document.undo_manager()
    ids = add_to_document(document, terms, index=1)
    assert [section.title for section in document.sections()] == [
        "Introduction", "Contexte", "Calendrier", "Annexes"]
    (comment,) = Comments(document).all()
    assert (comment.section_id, comment.passage, comment.author) == (ids[1], "calendrier prévu",
                                                                     "Nguyễn Văn An")
    assert undo.undo()
    assert [section.title for section in document.sections()] == ["Introduction", "Annexes"]


def test_a_word_file_this_application_wrote_reads_back_as_the_same_text(tmp_path: Path) -> None:
    document = DeliverableDocument.create("d1", [])
    first = document.add_section("Synthèse — Nguyễn", BODY)
    document.add_section("Liens", LINKS)
    at = BODY.index("insuffisant")
    Comments(document).add(first, Field.BODY, at, at + len("insuffisant"), "Source ?", "Awa Koné")
    path = tmp_path / "livrable.docx"
    export_docx(path, deliverable(), document.sections(), mission=MISSION, action=ACTION, language="fr",
                comments=Comments(document).all(), issued=ISSUED)
    result = import_docx(path)
    cover, *sections = result.sections
    assert result.title == "Diagnostic — Łukasz, Đorđe, Nguyễn"
    assert "Direction de l'Action Sociale" in cover.body  # the cover's facts: text like any other
    assert [section.title for section in sections] == ["Synthèse — Nguyễn", "Liens"]
    for imported, original in zip(sections, document.sections(), strict=True):
        assert md.parse(imported.body) == md.parse(original.body)
    (comment,) = result.comments
    assert (comment.author, comment.text) == ("Awa Koné", "Source ?")
    assert result.sections[comment.section].body[comment.start:comment.end] == "**insuffisant**"


def test_pictures_come_with_their_bytes_and_comments_keep_their_passages_once_attached(
        tmp_path: Path) -> None:
    picture = io.BytesIO()
    Image.new("RGB", (40, 20), "red").save(picture, format="PNG")
    (tmp_path / "carte.png").write_bytes(picture.getvalue())
    word = docx.Document()
    paragraph = word.add_paragraph("Carte : ")
    paragraph.add_run().add_picture(str(tmp_path / "carte.png"))
    after = paragraph.add_run(" la région des Savanes.")
    word.add_comment(after, text="Quelle année ?", author="Awa Koné")
    word.save(str(tmp_path / "c.docx"))
    result = import_docx(tmp_path / "c.docx")
    (image,) = result.images
    assert image.data == picture.getvalue() and result.skipped == ()
    (section,) = result.sections
    assert section.body == f"Carte : ![]({image.placeholder}) la région des Savanes."

    def passage(found: ImportResult) -> str:
        (comment,) = found.comments
        return found.sections[comment.section].body[comment.start:comment.end]

    assert passage(result) == " la région des Savanes."
    attached = attach_images(result, lambda name, data: f"images/{name}")
    assert attached.sections[0].body == "Carte : ![](images/image1.png) la région des Savanes."
    assert passage(attached) == " la région des Savanes." and attached.images == ()
    refused = attach_images(result, lambda name, data: None)  # a picture the reports cannot print
    assert refused.sections[0].body == "Carte :  la région des Savanes."
    assert passage(refused) == " la région des Savanes."
    assert dict(refused.skipped) == {Skipped.IMAGE: 1}


def test_images_in_tables_and_headers_are_counted_as_left_out(tmp_path: Path) -> None:
    Image.new("RGB", (40, 20), "red").save(tmp_path / "i.png")
    word = docx.Document()
    word.sections[0].header.paragraphs[0].text = "En-tête du ministère"
    word.add_heading("Un", level=1)
    word.add_paragraph("Texte avec _soulignés_ [crochets] et * étoiles, C:\\dossier et <balise>.")
    word.add_table(rows=1, cols=1).cell(0, 0).paragraphs[0].add_run().add_picture(str(tmp_path / "i.png"))
    word.add_paragraph("# pas un titre")
    word.add_paragraph("12. pas une liste")
    word.save(str(tmp_path / "w.docx"))
    result = attach_images(import_docx(tmp_path / "w.docx"), lambda name, data: f"images/{name}")
    assert dict(result.skipped) == {Skipped.IMAGE: 1, Skipped.HEADER_FOOTER: 1}
    (section,) = result.sections
    assert [block.markup for block in md.parse(section.body)  # type: ignore[union-attr]
            if not isinstance(block, md.Table)] == [
        "Texte avec _soulignés_ [crochets] et * étoiles, C:\\dossier et &lt;balise&gt;.",
        "# pas un titre", "12. pas une liste"]


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return buffer.getvalue()


_RELS = (b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
         b'relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         b'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
_BODY = (b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
         b'<w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>')


@pytest.mark.parametrize(("data", "problem"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), DocxProblem.OLD_WORD),  # a .doc renamed
    (bytes(range(256)) * 8, DocxProblem.NOT_WORD),
    (b"", DocxProblem.NOT_WORD),
    (_zip({"mimetype": b"application/vnd.oasis.opendocument.text"}), DocxProblem.NOT_WORD),
    (_zip({"_rels/.rels": _RELS, "word/document.xml": b"<w:document><w:body>"}), DocxProblem.DAMAGED),
    (_zip({"_rels/.rels": _RELS, "word/document.xml": b"<x/>"}), DocxProblem.DAMAGED),
    (_zip({"_rels/.rels": _RELS, "word/document.xml": b" " * (MAX_PART_BYTES + 1)}), DocxProblem.TOO_LARGE),
])
def test_what_is_not_a_word_file_is_a_clear_problem(data: bytes, problem: DocxProblem) -> None:
    with pytest.raises(DocxImportError) as raised:
        read_docx(data)
    assert raised.value.problem is problem


@pytest.mark.parametrize("doctype", [
    b'<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    b'<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    b'<!ENTITY x "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
])
def test_xml_with_entities_is_refused_and_nothing_is_expanded_or_fetched(doctype: bytes) -> None:
    data = _zip({"_rels/.rels": _RELS, "word/document.xml": doctype + _BODY % b"&x;"})
    with pytest.raises(DocxImportError) as raised:
        read_docx(data)
    assert raised.value.problem is DocxProblem.DAMAGED
    assert "root:" not in str(raised.value)


def test_a_plain_minimal_word_file_and_a_missing_file(tmp_path: Path) -> None:
    result = read_docx(_zip({"_rels/.rels": _RELS, "word/document.xml": _BODY % "Bonjour ő".encode()}), "tdr")
    assert result.title == "tdr"
    assert [(s.title, s.body) for s in result.sections] == [("", "Bonjour ő")]
    with pytest.raises(DocxImportError) as raised:
        import_docx(tmp_path / "absent.docx")
    assert raised.value.problem is DocxProblem.UNREADABLE


_WORD = st.tuples(st.text(alphabet=st.sampled_from(list("abéŁ*_[]|\\#<>&!()`~-+.1")), max_size=4),
                  st.sampled_from(["a", "é", "Nguyễn", "محمد"]),
                  st.text(alphabet=st.sampled_from(list("ab*_[]|\\#<>&!()`~-+.1")), max_size=4)).map("".join)
_LINE = st.lists(_WORD.flatmap(lambda word: st.sampled_from([word, f"**{word}**", f"*{word}*"])),
                 min_size=1, max_size=6).map(" ".join)
_BLOCK = st.one_of(
    _LINE,
    st.lists(_LINE, min_size=1, max_size=3).map(lambda lines: "\n".join(f"- {line}" for line in lines)),
    st.lists(_LINE, min_size=1, max_size=3).map(
        lambda lines: "\n".join(f"{number}. {line}" for number, line in enumerate(lines, start=1))),
    st.tuples(_LINE, _LINE).map(lambda cells: f"| {cells[0]} | {cells[1]} |\n|---|---|\n| x | y |"),
    st.just("---"),
)


def _looks(blocks: list[md.Block]) -> list[object]:
    """What a reader sees of blocks: their kind, and each visible character with its bold, italic, link."""
    def look(runs: tuple[md.Run, ...]) -> tuple[object, ...]:
        return tuple((char, run.bold, run.italic, run.link) for run in runs for char in run.text
                     if not char.isspace())

    seen: list[object] = []
    for block in blocks:
        if isinstance(block, md.Table):  # a header is bold all through: its own bold does not show
            header = tuple(tuple((char, False, italic, link) for char, _bold, italic, link in look(cell))
                           for cell in block.cells[0])
            seen.append((header, *(tuple(look(cell) for cell in row) for row in block.cells[1:])))
        elif isinstance(block, md.ListBlock):
            seen.append(tuple((item.level, item.number, look(item.runs)) for item in block.items))
        elif isinstance(block, md.Paragraph | md.Heading):
            seen.append((type(block).__name__, look(block.runs)))
        else:
            seen.append(type(block).__name__)
    return seen


@settings(max_examples=40, deadline=None)
@given(st.lists(_BLOCK, min_size=1, max_size=4).map("\n\n".join))
def test_what_this_application_writes_to_word_reads_back_the_same(text: str) -> None:
    """Markdown to .docx to Markdown: the same blocks, the same characters in bold, italic and links,
    whatever marks the words hold (escaped on the way back); a table's header is bold all through."""
    buffer = io.BytesIO()
    export_docx(buffer, deliverable(), [Section("s", "Titre", text)], mission=MISSION, action=ACTION,
                language="fr", issued=ISSUED)
    imported = read_docx(buffer.getvalue()).sections[-1]
    assert imported.title == "Titre"
    assert _looks(md.parse(imported.body)) == _looks(md.parse(text)), imported.body
