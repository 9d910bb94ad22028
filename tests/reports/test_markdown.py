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
    blocks = parse("# Un\n## Deux **gras**\n### Trois\n#### Quatre\n#sans espace\n#\n")
    assert blocks[:4] == [Heading(1, "Un", "Un"), Heading(2, "Deux <b>gras</b>", "Deux gras"),
                          Heading(3, "Trois", "Trois"), Heading(3, "Quatre", "Quatre")]
    assert blocks[4] == Paragraph("#sans espace #")


def test_a_heading_keeps_a_hash_that_ends_a_word_and_drops_closing_marks() -> None:
    assert parse("## C#\n## Titre ##") == [Heading(2, "C#", "C#"), Heading(2, "Titre", "Titre")]


def test_lines_run_on_into_one_paragraph_until_a_blank_line() -> None:
    assert parse("première ligne\nseconde ligne\n\nautre") == [
        Paragraph("première ligne seconde ligne"), Paragraph("autre")]


@pytest.mark.parametrize(("typed", "markup"), [
    ("**gras** et *italique*", "<b>gras</b> et <i>italique</i>"),
    ("**b *i* b**", "<b>b <i>i</i> b</b>"),
    ("***les deux***", "<b><i>les deux</i></b>"),
    ("**jamais fermé", "**jamais fermé"),
    ("*a **b* c**", "*a <b>b* c</b>"),  # crossing marks: the inner one that would cross stays literal
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
    blocks = parse("Intro\n- un\n  suite du un\n  - imbriqué\n* deux\n+ trois\n1. premier\n2) second\nfin")
    assert blocks == [
        Paragraph("Intro"),
        ListBlock((ListItem(0, "un suite du un", None), ListItem(1, "imbriqué", None),
                   ListItem(0, "deux", None), ListItem(0, "trois", None), ListItem(0, "premier", 1),
                   ListItem(0, "second", 2))),
        Paragraph("fin"),
    ]


def test_a_table_with_header_ragged_rows_empty_cells_and_escaped_pipes() -> None:
    blocks = parse("| Nom | Pays |\n|:---|---:|\n| Nguyễn | VN | en trop |\n| seul |\n||\n| a \\| b | |\nfin")
    assert blocks == [
        Table((("Nom", "Pays", ""), ("Nguyễn", "VN", "en trop"), ("seul", "", ""), ("", "", ""),
               ("a | b", "", "")), header=True),
        Paragraph("fin"),
    ]
    assert blocks[0].columns == 3  # type: ignore[union-attr]


def test_a_table_without_separator_has_no_header_and_one_without_outer_pipes_needs_one() -> None:
    assert parse("| a | b |\n| c | d |") == [Table((("a", "b"), ("c", "d")), header=False)]
    assert parse("a | b\n--|--\nc | d") == [Table((("a", "b"), ("c", "d")), header=True)]
    assert parse("ni | table") == [Paragraph("ni | table")]


def test_images_rules_and_cells_with_markup() -> None:
    assert parse("![Carte **du** pays](images/carte.png)\n---\n| **x** | <y> |") == [
        Image("images/carte.png", "Carte <b>du</b> pays"), Rule(), Table((("<b>x</b>", "&lt;y&gt;"),), False)]


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
