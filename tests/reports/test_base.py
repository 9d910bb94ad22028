"""The shared report machinery: fonts, footer, page numbers, metadata, formats, atomic writes."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable, PageBreak

from socieux_desktop.reports.base import (
    CONTENT_WIDTH,
    FONT,
    ReportError,
    build_pdf,
    fonts_dir,
    format_date,
    format_days,
    format_number,
    grid_table,
    heading,
    para,
    register_fonts,
    table_of_contents,
)
from socieux_desktop.reports.texts import text
from tests.reports.pdf_tools import assert_fonts_embedded, assert_footers, page_texts, pdf_text, render_png

NAMES = "Łukasz Wiśniewski, Đorđe Petrović, Nguyễn Thị Lan"
ACCENTS = {
    "fr": "Élève, à côté, où, garçon, naïve, cœur, Noël, fenêtre, dû, Ève",
    "en": "Naïve café, coöperate, résumé",
    "es": "¿Año? ¡Sí! Niño, pingüino, acción, está, árbol, menú, Ángel, Óscar, Úrsula",
}
FOOTERS = {"fr": "page {page} sur {pages}", "en": "page {page} of {pages}", "es": "página {page} de {pages}"}


def two_pages(language: str) -> list[Flowable]:
    return [para(NAMES, "title"), para(ACCENTS[language]), heading("<escaped> & kept", "h1"),
            PageBreak(), para("Second page")]


def test_the_shipped_fonts_and_their_licence() -> None:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                 "DejaVuSans-BoldOblique.ttf", "LICENSE-DejaVu.txt"):
        assert (fonts_dir() / name).is_file(), name
    assert "Bitstream" in (fonts_dir() / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert register_fonts() == FONT == register_fonts()


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_names_accents_footer_and_page_count_in_each_language(tmp_path: Path, language: str) -> None:
    pdf = tmp_path / f"two-{language}.pdf"
    build_pdf(pdf, two_pages(language), language=language, title="Réunion — Łódź", subject="Sujet",
              author="Đorđe")
    assert assert_footers(pdf, FOOTERS[language], text(language, "footer.funding")) == 2
    content = pdf_text(pdf)
    assert NAMES in content and ACCENTS[language] in content
    assert "<escaped> & kept" in content
    assert {"fr": "Union européenne", "en": "European Union", "es": "Unión Europea"}[language] in content
    reader = PdfReader(pdf)
    assert reader.metadata is not None
    assert reader.metadata.title == "Réunion — Łódź"
    assert reader.metadata.subject == "Sujet" and reader.metadata.author == "Đorđe"
    assert str(reader.root_object["/Lang"]) == language
    assert_fonts_embedded(pdf)
    render_png(pdf, tmp_path)


def test_bold_and_italic_use_the_family(tmp_path: Path) -> None:
    pdf = tmp_path / "styles.pdf"
    build_pdf(pdf, [para("plain"), heading("bold heading"), grid_table([["head"], ["<b>x</b>"]], [100])],
              language="en", title="t")
    from tests.reports.pdf_tools import fonts

    used = {name.split("+")[-1] for name in fonts(pdf)}
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= used
    assert "<b>x</b>" in pdf_text(pdf)  # a typed tag is text, not markup
    assert_fonts_embedded(pdf)


def test_writes_to_a_binary_stream(tmp_path: Path) -> None:
    stream = io.BytesIO()
    build_pdf(stream, [para("stream")], language="es", title="t")
    assert stream.getvalue().startswith(b"%PDF")
    pdf = tmp_path / "stream.pdf"
    pdf.write_bytes(stream.getvalue())
    assert page_texts(pdf)[0].endswith("página 1 de 1")


class Broken(Flowable):
    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        raise RuntimeError("broken flowable")


def test_a_failed_build_leaves_nothing_behind(tmp_path: Path) -> None:
    pdf = tmp_path / "out.pdf"
    pdf.write_bytes(b"the previous report")
    with pytest.raises(RuntimeError):
        build_pdf(pdf, [para("a"), Broken()], language="en", title="t")
    assert pdf.read_bytes() == b"the previous report"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out.pdf"]


def test_an_unknown_language_is_a_report_error(tmp_path: Path) -> None:
    with pytest.raises(ReportError) as caught:
        build_pdf(tmp_path / "x.pdf", [para("a")], language="de", title="t")
    assert caught.value.key == "error.language"
    assert "de" in caught.value.message("fr") and "fr, en, es" in str(caught.value)
    assert not (tmp_path / "x.pdf").exists()


def test_a_table_of_contents_gets_its_page_numbers(tmp_path: Path) -> None:
    story: list[Flowable] = [para("Cover", "title"), PageBreak(), table_of_contents(), PageBreak(),
                             heading("Première partie", "h1", bookmark="one"), PageBreak(),
                             heading("Deuxième partie", "h1", bookmark="two")]
    pdf = tmp_path / "toc.pdf"
    build_pdf(pdf, story, language="fr", title="t", cover=True)
    pages = page_texts(pdf)
    assert len(pages) == 4
    assert "Première partie" in pages[1] and "Deuxième partie" in pages[1]
    assert " 3 " in pages[1] + " " and " 4 " in pages[1] + " "
    assert pages[0].endswith("page 1 sur 4")


def test_long_words_and_long_names_wrap_inside_table_cells() -> None:
    table = grid_table([["Name", "Institution"], ["Đorđe " + "x" * 2000, "Ministère " * 40]],
                       [CONTENT_WIDTH / 2, CONTENT_WIDTH / 2])
    width, _ = table.wrap(CONTENT_WIDTH, 10_000)
    assert width <= CONTENT_WIDTH


@pytest.mark.parametrize(("value", "language", "decimals", "expected"), [
    (1.5, "fr", 1, "1,5"), (1.5, "es", 1, "1,5"), (1.5, "en", 1, "1.5"),
    (1234.5, "en", 1, "1,234.5"), (1234.5, "fr", 1, "1\u202f234,5"), (1234.5, "es", 1, "1234,5"),
    (12345, "es", 0, "12.345"), (-2.5, "fr", 1, "-2,5"), (0, "en", 0, "0"),
])
def test_numbers_per_language(value: float, language: str, decimals: int, expected: str) -> None:
    assert format_number(value, language, decimals) == expected


def test_days_and_dates_per_language() -> None:
    assert [format_days(n, "fr") for n in (1, 2, 3, 0)] == ["0,5", "1", "1,5", "0"]
    assert format_days(3, "en") == "1.5"
    assert format_date(date(2026, 12, 7), "fr") == "7 décembre 2026"
    assert format_date(date(2026, 2, 1), "fr") == "1er février 2026"
    assert format_date(date(2026, 12, 7), "en") == "7 December 2026"
    assert format_date(date(2026, 8, 7), "es") == "7 de agosto de 2026"
