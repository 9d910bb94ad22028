"""The Markdown-like text of deliverables as blocks: what people type, well formed or not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph as RLParagraph

from socieux_desktop.reports.markdown import (
    Heading,
    Image,
    ListBlock,
    ListItem,
    Paragraph,
    Rule,
    Table,
    escape,
    inline,
    parse,
    plain,
)


def test_headings_of_three_levels_and_deeper_ones_count_as_the_third() -> None:
    blocks = parse("# Un\n## Deux **gras**\n### Trois\n#### Quatre\n#sans espace\n#\nTitre\n===\n")
    assert blocks[:4] == [Heading(1, "Un", "Un"), Heading(2, "Deux <b>gras</b>", "Deux gras"),
                          Heading(3, "Trois", "Trois"), Heading(3, "Quatre", "Quatre")]
    assert blocks[4:] == [Paragraph("#sans espace"), Heading(1, "Titre", "Titre")]  # "#" alone: empty


def test_a_heading_keeps_a_hash_that_ends_a_word_and_drops_closing_marks() -> None:
    assert parse("## C#\n## Titre ##") == [Heading(2, "C#", "C#"), Heading(2, "Titre", "Titre")]


def test_lines_run_on_into_one_paragraph_until_a_blank_line() -> None:
    assert parse("première ligne\nseconde ligne\n\nautre") == [
        Paragraph("première ligne seconde ligne"), Paragraph("autre")]


@pytest.mark.parametrize(("typed", "markup"), [
    ("**gras** et *italique*", "<b>gras</b> et <i>italique</i>"),
    ("**b *i* b**", "<b>b <i>i</i> b</b>"),
    ("***les deux***", "<i><b>les deux</b></i>"),
    ("**jamais fermé", "**jamais fermé"),
    ("*a **b* c**", "<i>a <i><i>b</i> c</i></i>"),  # crossing marks: CommonMark's reading, well nested
    ("[lien](https://example.org/?a=1&b=2) [local](carte.html)",
     '<a href="https://example.org/?a=1&amp;b=2" color="#1f4e79">lien</a> local'),
    ("5 * 3 * 2", "5 * 3 * 2"),
    ("** espaces **", "** espaces **"),
    ("<script>&nbsp; R&D", "&lt;script&gt;&amp;nbsp; R&amp;D"),
    ("nul\x00 et \x07cloche", "nul et cloche"),
])
def test_inline_marks_and_escapes(typed: str, markup: str) -> None:
    assert inline(typed) == markup


def test_plain_drops_marks_and_keeps_the_rest() -> None:
    assert plain("**Łukasz** et *Đorđe* <x> & **") == "Łukasz et Đorđe <x> & **"
    assert escape("a<b>&c") == "a&lt;b&gt;&amp;c"


def test_bullet_and_numbered_lists_with_levels_and_continuations() -> None:
    blocks = parse("Intro\n- un\n  suite du un\n  - imbriqué\n    1. sous-sous\n- deux\n\n  suite\n"
                   "* autre liste\n\n3. trois\n4. quatre\nsuite paresseuse\n\nfin")
    assert blocks == [
        Paragraph("Intro"),
        ListBlock((ListItem(0, "un suite du un", None), ListItem(1, "imbriqué", None),
                   ListItem(2, "sous-sous", 1), ListItem(0, "deux<br/>suite", None))),
        ListBlock((ListItem(0, "autre liste", None),)),  # another bullet character: another list
        ListBlock((ListItem(0, "trois", 3), ListItem(0, "quatre suite paresseuse", 4))),
        Paragraph("fin"),
    ]


def test_a_table_with_header_short_rows_empty_cells_and_escaped_pipes() -> None:
    blocks = parse("| Nom | Pays | Agents |\n|:---|---:|--|\n| Nguyễn | VN | 3 |\n| seul |\n||\n"
                   "| a \\| b | |\n\nfin")
    assert blocks == [
        Table((("Nom", "Pays", "Agents"), ("Nguyễn", "VN", "3"), ("seul", "", ""), ("", "", ""),
               ("a | b", "", "")), header=True),
        Paragraph("fin"),
    ]
    assert blocks[0].columns == 3  # type: ignore[union-attr]


def test_a_table_needs_its_separator_line_and_outer_pipes_are_optional() -> None:
    assert parse("| a | b |\n| c | d |") == [Paragraph("| a | b | | c | d |")]
    assert parse("a | b\n--|--\nc | d") == [Table((("a", "b"), ("c", "d")), header=True)]
    assert parse("ni | table") == [Paragraph("ni | table")]


def test_images_rules_and_cells_with_markup() -> None:
    typed = "Avant ![Carte **du** pays](images/cart%C3%A9.png) après\n\n---\n\n| **x** | <y> |\n|-|-|"
    assert parse(typed) == [
        Paragraph("Avant "), Image("images/carté.png", "Carte <b>du</b> pays"), Paragraph(" après"), Rule(),
        Table((("<b>x</b>", "&lt;y&gt;"),), True)]


def test_empty_and_blank_text_make_no_block() -> None:
    assert parse("") == []
    assert parse("\n \n\t\r\n") == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab *#|-_!()[]<>&\\\n1.\tŁđễ\x00")), max_size=120))
def test_whatever_is_typed_gives_markup_reportlab_accepts(typed: str) -> None:
    style = ParagraphStyle("t")
    for block in parse(typed):
        texts: list[str] = []
        if isinstance(block, Heading | Paragraph):
            texts = [block.markup]
        elif isinstance(block, ListBlock):
            texts = [item.markup for item in block.items]
        elif isinstance(block, Table):
            assert len({len(row) for row in block.rows}) == 1
            texts = [cell for row in block.rows for cell in row]
        elif isinstance(block, Image):
            texts = [block.caption]
        for markup in texts:
            RLParagraph(markup, style).wrap(400, 1000)  # raises ValueError on broken markup
