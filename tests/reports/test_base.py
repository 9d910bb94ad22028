"""The shared report machinery: fonts, footer, page numbers, metadata, formats, atomic writes."""

from __future__ import annotations

import gc
import io
import math
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.platypus import Flowable, PageBreak

from socieux_desktop.reports.base import (
    CONTENT_WIDTH,
    FONT,
    FULL_COLLECTION_SPACING,
    ReportError,
    build_pdf,
    disclaimer,
    eu_emblem,
    fonts_dir,
    format_date,
    format_days,
    format_number,
    grid_table,
    heading,
    para,
    printable_markup,
    register_fonts,
    table_of_contents,
    visual_order,
)
from socieux_desktop.reports.texts import text
from tests.reports.pdf_tools import (
    assert_fonts_embedded,
    assert_footers,
    fonts,
    page_texts,
    pdf_text,
    render_png,
)

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


class Spacing(Flowable):
    """Notes the garbage collector's thresholds while it is laid out; ``inner`` builds another PDF then
    (as a second thread could)."""

    def __init__(self, seen: list[tuple[int, int, int]], inner: bool = False) -> None:
        super().__init__()
        self.seen, self.inner = seen, inner

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.seen.append(gc.get_threshold())
        if self.inner:
            build_pdf(io.BytesIO(), [Spacing(self.seen)], language="en", title="inner")
            self.seen.append(gc.get_threshold())
        return 10, 10

    def draw(self) -> None:
        pass


def test_full_collections_are_spaced_out_during_a_layout_only() -> None:
    before = gc.get_threshold()
    seen: list[tuple[int, int, int]] = []
    build_pdf(io.BytesIO(), [Spacing(seen, inner=True)], language="en", title="t")
    young, middle, full = before
    spaced = (young, middle, max(full, FULL_COLLECTION_SPACING))
    assert seen and all(threshold == spaced for threshold in seen)  # the inner build ended, not the outer
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError):
        build_pdf(io.BytesIO(), [Spacing(seen), Broken()], language="en", title="t")
    assert seen[-1] == spaced and gc.get_threshold() == before


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


# -- the page furniture, the EU's emblem, scripts and symbols --------------------------------------------

FUNDED = {"fr": "Financé par l’Union européenne", "en": "Funded by the European Union",
          "es": "Financiado por la Unión Europea"}
DRAFT = {"fr": "BROUILLON", "en": "DRAFT", "es": "BORRADOR"}


def test_the_eu_emblem_has_the_official_proportions() -> None:
    """A 3:2 Reflex Blue flag, twelve Yellow five-pointed stars, upright, on a circle whose radius is a
    third of the height, each star's radius an eighteenth of it."""
    from reportlab.graphics.shapes import Polygon, Rect

    height = 60.0
    emblem = eu_emblem(height)
    assert (emblem.width, emblem.height) == (90.0, 60.0)
    field, *stars = emblem.contents
    assert isinstance(field, Rect) and (field.width, field.height) == (90.0, 60.0)
    assert field.fillColor.hexval() == "0x003399"
    assert len(stars) == 12
    centres = []
    for star in stars:
        assert isinstance(star, Polygon) and star.fillColor.hexval() == "0xffcc00"
        points = list(zip(star.points[::2], star.points[1::2], strict=True))
        assert len(points) == 10  # five points, five notches
        cx, cy = sum(x for x, _ in points) / 10, sum(y for _, y in points) / 10
        reach = [math.dist((cx, cy), point) for point in points]
        assert max(reach) == pytest.approx(height / 18)
        top = max(points, key=lambda point: point[1])
        assert top[0] == pytest.approx(cx) and top[1] == pytest.approx(cy + height / 18)  # one point up
        centres.append((cx, cy))
    for cx, cy in centres:
        assert math.dist((cx, cy), (45, 30)) == pytest.approx(height / 3)
    angles = sorted(round(math.degrees(math.atan2(cy - 30, cx - 45))) % 360 for cx, cy in centres)
    assert angles == list(range(0, 360, 30))  # like the hours of a clock


@pytest.mark.parametrize("language", ["fr", "en", "es"])
@pytest.mark.parametrize("draft", [True, False])
def test_every_page_says_who_funds_it_which_mission_and_whose_sheet(tmp_path: Path, language: str,
                                                                    draft: bool) -> None:
    pdf = tmp_path / f"furniture-{language}.pdf"
    header = "Mission CI-2026-01-M1 — Jūratė Kazlauskienė, Nguyễn Thị Lan"
    build_pdf(pdf, two_pages(language), language=language, title="t", header=header, draft=draft)
    texts = page_texts(pdf)
    assert len(texts) == 2
    for content in texts:
        assert FUNDED[language] in content and "SOCIEUX+" in content and header in content
        assert (DRAFT[language] in content) is draft
    assert_footers(pdf, FOOTERS[language], text(language, "footer.funding"))
    assert_fonts_embedded(pdf)
    images = render_png(pdf, tmp_path, resolution=40)
    with Image.open(images[0]) as page:
        rgb = page.convert("RGB")
        top = rgb.crop((0, 0, rgb.width, rgb.height // 10))
        blue = sum(1 for x in range(top.width) for y in range(top.height)
                   if (pixel := top.getpixel((x, y))) and isinstance(pixel, tuple)
                   and pixel[2] > 120 and pixel[0] < 40 and pixel[1] < 80)
    assert blue > 100  # the flag's blue, at the top of the page


def test_a_paragraph_in_arabic_is_shaped_and_read_back_in_its_order(tmp_path: Path) -> None:
    """وزارة الصحة printed reversed and unjoined (‫ةحصلا ةرازو‬) before: now in presentation forms, in visual
    order; a PDF reader gives the words back in their order."""
    pdf = tmp_path / "arabic.pdf"
    build_pdf(pdf, [para("وزارة الصحة"), para("فاطمة الزهراء")], language="fr", title="t")
    content = unicodedata.normalize("NFKC", pdf_text(pdf)).replace("\u00a0", " ")
    assert "وزارة الصحة" in content and "فاطمة الزهراء" in content
    mixed = visual_order("Institution : وزارة الصحة (Tunis)")  # the Latin words keep their places
    assert mixed.startswith("Institution : ") and mixed.endswith(" (Tunis)")
    assert mixed[len("Institution : "):-len(" (Tunis)")] == visual_order("وزارة الصحة")
    shaped = visual_order("وزارة الصحة")
    assert all("\ufe70" <= char <= "\ufeff" or char == "\u00a0" for char in shaped)  # joined forms
    assert unicodedata.normalize("NFKC", shaped)[::-1].replace("\u00a0", " ") == "وزارة الصحة"
    assert visual_order("Nguyễn Thị Lan") == "Nguyễn Thị Lan"


def test_emoji_print_in_the_symbol_font_and_what_no_font_has_is_named(tmp_path: Path) -> None:
    assert printable_markup("Merci 🙏 &amp; bravo ✅") == (
        'Merci <font face="SocieuxSymbols">🙏</font> &amp; bravo <font face="SocieuxSymbols">✅</font>')
    assert printable_markup("👍🏽 <b>Côte d’Ivoire 🇨🇮</b>") == (
        '<font face="SocieuxSymbols">👍</font> <b>Côte d’Ivoire <font face="SocieuxSymbols">🇨🇮</font></b>')
    assert printable_markup("\U0001fae9 x") == "[U+1FAE9] x"  # in no shipped font: its code, not a box
    pdf = tmp_path / "emoji.pdf"
    build_pdf(pdf, [para("Atelier réussi 🙏 ✅ 🇨🇮 \U0001fae9")], language="fr", title="t")
    used = fonts(pdf)
    assert any(name.endswith("+Symbola") for name in used)
    assert_fonts_embedded(pdf)
    content = pdf_text(pdf)
    assert "[U+1FAE9]" in content
    assert "Atelier réussi 🙏 ✅ 🇨🇮" in content  # read back too (copied, searched): UTF-16 in the map


def test_dates_with_their_weekday_in_each_language() -> None:
    saturday = date(2026, 3, 7)
    assert format_date(saturday, "fr", weekday=True) == "samedi 7 mars 2026"
    assert format_date(saturday, "en", weekday=True) == "Saturday 7 March 2026"
    assert format_date(saturday, "es", weekday=True) == "sábado, 7 de marzo de 2026"
    assert format_date(date(2026, 3, 1), "fr", weekday=True) == "dimanche 1er mars 2026"
    assert format_date(date(2026, 3, 2), "en", weekday=True).startswith("Monday ")


def test_the_disclaimer_names_the_authors_in_each_language() -> None:
    assert disclaimer(["Awa Koné", "Jūratė Kazlauskienė", "Ana"], "en").getPlainText() == (
        "This document was produced with the financial support of the European Union. Its contents are "
        "the sole responsibility of Awa Koné, Jūratė Kazlauskienė and Ana and do not necessarily reflect "
        "the views of the European Union.")
    assert "de Awa Koné et Ana et ne reflète" in disclaimer(["Awa Koné", "Ana"], "fr").getPlainText()
    assert "exclusiva de Awa Koné y Ana y no refleja" in disclaimer(["Awa Koné", "Ana"], "es").getPlainText()
    assert "responsibility of the author(s) and" in disclaimer([], "en").getPlainText()


def test_a_row_taller_than_a_page_is_split_inside_with_the_header_only_at_the_top_of_pages(
        tmp_path: Path) -> None:
    long = " ".join(f"mot{number}" for number in range(4000))  # some pages of one cell
    rows: list[list[Flowable | str]] = [["Date", "Description"], ["lundi", "court"], ["mardi", long],
                                        ["mercredi", "fin"]]
    pdf = tmp_path / "tall.pdf"
    build_pdf(pdf, [para("Avant"), grid_table(rows, [CONTENT_WIDTH * 0.2, CONTENT_WIDTH * 0.8])],
              language="fr", title="t")
    texts = page_texts(pdf)
    assert len(texts) >= 3
    joined = " ".join(texts)
    assert all(f"mot{number} " in joined for number in range(0, 4000, 97))  # nothing lost
    funding = text("fr", "footer.funding")
    for number, content in enumerate(texts):
        body = content.split(funding, 1)[1].strip()  # after the page's furniture
        assert body.count("Date Description") == 1, body[:120]  # once a page, at its top
        assert body.startswith("Avant Date Description" if number == 0 else "Date Description"), body[:80]
    assert "mercredi fin" in texts[-1]
