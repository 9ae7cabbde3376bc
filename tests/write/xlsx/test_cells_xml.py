"""cells_xml on its own: the fast paths (each distinct text escaped once, cells made per
distinct value, rows merged from slices) must give exactly what the plain per-cell way gives.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections.abc import Callable
from xml.etree import ElementTree

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_batch.errors import UnsafeWrite
from followup_batch.write.columns import OWNED_COLUMNS, OWNED_DATE_COLUMNS
from followup_batch.write.xlsx import cells as cells_xml
from followup_batch.write.xlsx import scan, xmlbytes
from followup_batch.write.xlsx.design import WRAPPED_OUTPUTS, safe_text
from followup_batch.write.xlsx.rowbytes import (
    LastCell,
    RowSpan,
    cell_column,
    cell_pattern,
    cells_of,
)
from followup_batch.write.xlsx.scan import Block
from followup_batch.write.xlsx.styles import OwnStyles
from followup_batch.write.xlsx.xmlbytes import (
    cell_text_xml,
    column_letter,
)

STYLES = OwnStyles(header_xf=5, header_wrapped_xf=9, date_xf=6, wrapped_xf=7, top_xf=8, dxfs=())
KEYS = list(OWNED_COLUMNS)
FIRST_OWNED = 3  # the tool's columns are C onwards; the user's are A and B
BLOCK = Block({key: FIRST_OWNED + i for i, key in enumerate(KEYS)}, 1, 2, 4)

# Characters that each take a different path: XML specials, Excel's _xHHHH_ escape, control
# characters, surrogates and non-characters (dropped), characters isprintable refuses but
# XML keeps (a non-breaking space, a zero-width joiner, a line separator), edge spaces.
TRICKY = [
    "a", "é", "😀", " ", "\t", "\n", "\r", "&", "<", ">", "_", "x", "_x", "_x0041_",
    "\x00", "\x01", "\x0b", "\x1f", "\x7f", "\x85", "\xa0", "\u200d", "\u2028",
    "\ud800", "\udfff", "\ufffe", "\uffff", "\ufffd",
]  # fmt: skip
tricky_texts = st.lists(st.sampled_from(TRICKY), max_size=10).map("".join)


def slow_path(value: object) -> str:
    return cell_text_xml(safe_text(value))


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.one_of(tricky_texts, st.text(st.characters(codec=None, exclude_categories=()))))
def test_nothing_to_escape_agrees_with_the_regular_expression(text: str) -> None:
    expected = not cells_xml._NEEDS_WORK.search(text) and "_x" not in text
    assert cells_xml._nothing_to_escape(text) == expected


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.one_of(tricky_texts, st.text(st.characters(codec=None, exclude_categories=()))))
def test_invalid_xml_is_dropped_as_the_regular_expression_drops_it(text: str) -> None:
    assert xmlbytes.without_invalid_xml(text) == xmlbytes._INVALID_XML.sub("", text)


def slow_escape(text: str) -> str:
    text = xmlbytes._INVALID_XML.sub("", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\r", "&#13;")  # a raw one reads back as a line feed (ot99 F1)


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.one_of(tricky_texts, st.text(st.characters(codec=None, exclude_categories=()))))
def test_escape_text_is_the_plain_escape(text: str) -> None:
    assert xmlbytes.escape_text(text) == slow_escape(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain",
        "A&B <tag> 1>0",
        '=IF($H3<TODAY(),"Overdue","In "&($H3-TODAY())&" days")',  # a status formula
        '=IF(A1="Sent — run again",1,0)',  # an em dash: the non-ASCII path
        "tab\tand\nnew line\rand return",
        "bell\x07 and nul\x00",  # dropped
        "é\x0b\ufffe\uffff\ud800",  # dropped past an accent too
        "no-break\xa0space and \x7f",  # kept: XML holds them
    ],
)
def test_escape_text_cases(text: str) -> None:
    assert xmlbytes.escape_text(text) == slow_escape(text)


# A parsed element's text, as ``unescape`` gave it for every text with an "&" before it read
# XML's five entities itself; a text the parser refuses is refused by both.
ESCAPED = st.lists(
    st.sampled_from(
        ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#10;", "&#x41;", "&#13;", "&nbsp;",
         "&", "amp;", "a", "é", ";", " ", "\r", "\r\n", "\n", "\t", "\x01", "]]>", "]", ">",
         "<", "\ufffe", "\x7f"]
    ),
    max_size=8,
).map("".join)  # fmt: skip


def parsed_text(text: str) -> str:
    if "&" not in text:
        return text
    return ElementTree.fromstring(f"<t>{text}</t>").text or ""


def outcome(read: Callable[[str], str], text: str) -> tuple[str, str]:
    try:
        return "read", read(text)
    except ElementTree.ParseError:
        return "refused", ""


@settings(max_examples=1000, deadline=None, derandomize=True)
@given(ESCAPED)
def test_unescape_reads_as_the_parser_does(text: str) -> None:
    assert outcome(xmlbytes.unescape, text) == outcome(parsed_text, text)


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (
            b'IF($H3&lt;TODAY(),"In "&amp;($H3-TODAY())&amp;" days")',
            'IF($H3<TODAY(),"In "&($H3-TODAY())&" days")',
        ),
        (b"&amp;lt; stays an escape once read", "&lt; stays an escape once read"),
        (b"&quot;Sent&quot; &apos;n&apos; &gt;", "\"Sent\" 'n' >"),
        (b"line&#10;break", "line\nbreak"),  # a character reference: the parser's
        (b"two\r\nlines &amp;", "two\nlines &"),  # a line end the parser normalises
        ("Sent — run again &amp; more".encode(), "Sent — run again & more"),
    ],
)  # fmt: skip
def test_unescape_cases(raw: bytes, text: str) -> None:
    assert xmlbytes.unescape(raw) == text


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("C3", (3, 3, 3, 3)),
        ("$AB$12", (28, 12, 28, 12)),
        ("B2:D9", (2, 2, 4, 9)),
        ("'Sheet 1'!C3", (3, 3, 3, 3)),
        (" C3 ", (3, 3, 3, 3)),
        ("C", None),
        ("ABCD1", None),
        ("C3:D4:E5", None),
    ],
)
def test_parse_range(text: str, bounds: tuple[int, int, int, int] | None) -> None:
    assert xmlbytes.parse_range(text) == bounds


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.one_of(tricky_texts, st.none(), st.integers(0, 2)), max_size=20))
def test_repeated_texts_are_escaped_like_each_one_alone(values: list[object]) -> None:
    repeated = values * 3
    assert cells_xml.xml_texts(repeated) == [slow_path(v) for v in repeated]


@pytest.mark.parametrize(
    "values",
    [
        [1, True, 1.0, "1"],  # equal as keys, different as text
        [np.str_("a&b"), "a&b", np.str_("a&b")],
        [None, float("nan"), pd.NA, pd.NaT, ""],
        [" lead", "trail ", "\ttab", "line\n", "\u00a0nbsp"],
        ["_x0041_", "_X0041_", "a_xb", "\x01ctrl\x7f", "half\ud800"],
        ["y" * 40_000, "y" * 40_000],
    ],
)
def test_xml_texts_of_mixed_values(values: list[object]) -> None:
    assert cells_xml.xml_texts(values) == [slow_path(v) for v in values]


@pytest.mark.parametrize(
    ("text", "style", "expected"),
    [
        ("hi", None, '<c r="C2" t="inlineStr"><is><t>hi</t></is></c>'),
        ("hi", 7, '<c r="C2" s="7" t="inlineStr"><is><t>hi</t></is></c>'),
        (" hi", None, '<c r="C2" t="inlineStr"><is><t xml:space="preserve"> hi</t></is></c>'),
        ("hi\n", None, '<c r="C2" t="inlineStr"><is><t xml:space="preserve">hi\n</t></is></c>'),
        ("a &amp; b", None, '<c r="C2" t="inlineStr"><is><t>a &amp; b</t></is></c>'),
        ("", 7, ""),
    ],
)
def test_text_cells(text: str, style: int | None, expected: str) -> None:
    cells = cells_xml.text_cells(["C2", "C3"], [text, text], "", style)
    assert cells == [expected, expected.replace('r="C2"', 'r="C3"')]


def test_date_cells_missing_and_1904() -> None:
    column = pd.Series([pd.Timestamp("2026-03-04 10:30"), pd.NaT, pd.Timestamp("2026-03-04")])
    assert cells_xml.date_serials(column, False) == [46085, None, 46085]
    assert cells_xml.date_serials(column, True) == [44623, None, 44623]
    assert cells_xml.date_cells(["E2", "E3"], [46085, None], "x:", 6) == [
        '<x:c r="E2" s="6"><x:v>46085</x:v></x:c>',
        '<x:c r="E3" s="6"/>',
    ]


def plain_row(results: pd.DataFrame, row: int, p: str, date1904: bool) -> bytes:
    """The row's owned cells made the plain way: one value, one cell at a time."""
    cells = []
    for key in KEYS:
        ref = f"{column_letter(BLOCK.columns[key])}{row}"
        value = results.at[row, key]
        if key in OWNED_DATE_COLUMNS:
            [serial] = cells_xml.date_serials(pd.Series([value]), date1904)
            cells += cells_xml.date_cells([ref], [serial], p, STYLES.date_xf)
        else:
            style = STYLES.wrapped_xf if key in WRAPPED_OUTPUTS else None
            cells += cells_xml.text_cells([ref], [slow_path(value)], p, style)
    return "".join(cells).encode()


dates = st.one_of(
    st.none(),
    st.dates(datetime.date(1905, 1, 1), datetime.date(2200, 1, 1)).map(pd.Timestamp),
)
texts = st.one_of(tricky_texts, st.none(), st.integers(0, 2))


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    st.lists(
        st.tuples(*(dates if k in OWNED_DATE_COLUMNS else texts for k in KEYS)),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from(["", "x:"]),
    st.booleans(),
)
def test_owned_cells_are_the_cells_made_one_by_one(
    records: list[tuple[object, ...]], p: str, date1904: bool
) -> None:
    records = records * 2  # repeated values share their cells
    results = pd.DataFrame(records, columns=KEYS, index=range(2, 2 + len(records)), dtype=object)
    for key in OWNED_DATE_COLUMNS:
        results[key] = pd.to_datetime(results[key])
    owned = cells_xml.OwnedCells(results, BLOCK, STYLES, p, date1904)
    for row in results.index:
        assert owned.blob(row) == plain_row(results, row, p, date1904)
    header = owned.blob(1)
    assert header is not None and header.startswith(f'<{p}c r="C1" s="5" t="inlineStr">'.encode())


def test_batches_of_rows_join_up(monkeypatch) -> None:
    monkeypatch.setattr(cells_xml, "ROWS_PER_BATCH", 2)
    records = [("Waiting", "", *[None] * 6, "", "", f"r{n}", "") for n in range(5)]
    results = pd.DataFrame(records, columns=KEYS, index=range(2, 7))
    for key in OWNED_DATE_COLUMNS:
        results[key] = pd.to_datetime(results[key])
    owned = cells_xml.OwnedCells(results, BLOCK, STYLES, "", False)
    assert owned.rows() == [1, 2, 3, 4, 5, 6]
    for row in results.index:
        assert owned.blob(row) == plain_row(results, row, "", False)


# ---------------------------------------------------------------------------------------------
# Merging into the user's rows


def owned_cells(
    rows: list[int], why: str = "because", block: Block = BLOCK
) -> cells_xml.OwnedCells:
    records = [("Waiting", "", pd.NaT, pd.NaT, pd.NaT, pd.NaT, pd.NaT, pd.NaT, "", "", why, "")]
    results = pd.DataFrame(records * len(rows), columns=KEYS, index=rows)
    for key in OWNED_DATE_COLUMNS:
        results[key] = pd.to_datetime(results[key])
    return cells_xml.OwnedCells(results, block, STYLES, "", False)


def blob(owned: cells_xml.OwnedCells, row: int) -> bytes:
    ours = owned.blob(row)
    assert ours is not None
    return ours


def made_header(owned: cells_xml.OwnedCells) -> bytes:
    """The header row the merger makes when the sheet has no row 1."""
    return b'<row r="1">' + blob(owned, 1) + b"</row>"


def merged(owned: cells_xml.OwnedCells, *blocks: bytes) -> bytes:
    merger = cells_xml.RowMerger(owned, "", sheet="Jobs")
    out: list[bytes] = []
    for data in blocks:
        merger.block(data, out.append)
    merger.finish(out.append)
    return b"".join(out)


USER = b'<c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>Acme</t></is></c>'


def test_a_first_run_puts_the_owned_cells_after_the_users() -> None:
    owned = owned_cells([2])
    assert merged(owned, b'<row r="2">' + USER + b"</row>") == (
        made_header(owned) + b'<row r="2">' + USER + blob(owned, 2) + b"</row>"
    )


def user_row(row: int, attributes: str = "") -> bytes:
    return f'<row r="{row}"{attributes}>'.encode() + USER.replace(b"2", str(row).encode())


def test_spans_are_widened_over_the_owned_columns_each_its_own_way() -> None:
    owned = owned_cells([2, 3, 4])
    rows = [(2, ' spans="1:2" ht="20"'), (3, ' spans="1:2"'), (4, ' spans="2:30"')]
    written = merged(owned, b"".join(user_row(n, spans) + b"</row>" for n, spans in rows))
    assert b'<row r="2" spans="1:14" ht="20">' in written
    assert b'<row r="3" spans="1:14">' in written
    assert b'<row r="4" spans="2:30">' in written


@pytest.mark.parametrize(
    ("spans", "widened"),
    [
        (' spans="1:2 20:20"', ' spans="1:20"'),
        (' spans="1:1 3:3"', ' spans="1:14"'),
        (' spans="2:30 40:41"', ' spans="2:41"'),
        (" spans='1:2  5:5 '", " spans='1:14'"),
    ],
)
def test_spans_of_several_ranges_are_one_range_over_the_owned_columns(
    spans: str, widened: str
) -> None:
    """A row's ``spans`` of several ranges (a side note far right, ot99 F5) was kept as it
    was, though the tool's cells then stood outside it."""
    owned = owned_cells([2])
    written = merged(owned, user_row(2, spans) + b"</row>")
    assert f'<row r="2"{widened}>'.encode() in written


@pytest.mark.parametrize(
    "last",
    [
        '<c r="N2" s="8" t="inlineStr"><is><t>{}</t></is></c>'.format("long " * 200),
        '<c r="N2" s="8"/>',
        '<c r="N2" s="8" x:note="a>b"><v>1</v></c>',  # a '>' inside a quoted value
    ],
)
def test_a_rerun_replaces_the_owned_cells(last: str) -> None:
    owned = owned_cells([2], why="new reason")
    earlier = blob(owned_cells([2], why="old reason"), 2)  # ends with Why, in column M
    row = b'<row r="2">' + USER + earlier + last.encode() + b"</row>"
    assert merged(owned, row) == (
        made_header(owned) + b'<row r="2">' + USER + blob(owned, 2) + b"</row>"
    )


def test_a_users_cell_right_of_the_owned_columns_stays_and_gets_a_reference() -> None:
    owned = owned_cells([2])
    earlier = b'<c r="C2" t="inlineStr"><is><t>Waiting</t></is></c>'  # an earlier run's status
    row = b'<row r="2">' + USER + earlier + b'<c r="P2"><v>7</v></c><c><v>8</v></c>'
    assert merged(owned, row + b"</row>") == made_header(owned) + (
        b'<row r="2">' + USER + blob(owned, 2) + b'<c r="P2"><v>7</v></c><c r="Q2"><v>8</v></c>'
        b"</row>"
    )


def test_rows_the_tool_leaves_alone_are_copied_as_they_are() -> None:
    owned = owned_cells([3])
    header = b'<row r="1"><c r="A1" t="inlineStr"><is><t>Company</t></is></c>'
    alone = b'\n<row r="2" spans="1:2"><c r="A2"><v>1</v></c></row>\n'
    later = b'<row r="4"/><row r="5" spans="1:1"><c r="A5"><v>5</v></c></row>'
    last = b'<row r="6"/><row r="7" spans="1:1"><c r="A7"><v>7</v></c></row>'  # a second block
    written = merged(owned, header + b"</row>" + alone + user_row(3) + b"</row>" + later, last)
    assert written == (
        header + blob(owned, 1) + b"</row>" + alone + user_row(3) + blob(owned, 3) + b"</row>"
        + later + last
    )  # fmt: skip


@pytest.mark.parametrize(
    ("rows", "said"),
    [
        # Stored out of order (row 4 after row 5), or one row twice: writing the tool's cells
        # would make a row twice, which Excel repairs by dropping cells (ot87 F1). A row
        # stored twice is called so, not "row 4 after row 4, out of order" (ot89 F1).
        (b'<row r="5"/><row r="4"/>', "stores row 4 after row 5, out of order, and"),
        (b'<row r="4"/><row r="4"/>', "stores row 4 twice, and"),
        (b'<row r="3"/>', "stores row 3 twice, and"),  # the row holding the tool's cells
        (b'<row r="4"/><row r="6"/><row r="5"/>', "stores row 5 after row 6, out of order, and"),
    ],
)
def test_rows_out_of_order_are_refused(rows: bytes, said: str) -> None:
    owned = owned_cells([3])
    header = b'<row r="1"><c r="A1" t="inlineStr"><is><t>Company</t></is></c></row>'
    with pytest.raises(UnsafeWrite) as refused:
        merged(owned, header + user_row(3) + b"</row>" + rows)
    assert f'its sheet "Jobs" {said}' in str(refused.value)


def test_missing_rows_are_made_in_order_across_blocks() -> None:
    owned = owned_cells([2, 3, 5, 8])
    written = merged(
        owned,
        b'<row r="1"><c r="A1"><v>1</v></c></row>',
        b'<row r="4"><c r="A4"><v>4</v></c></row>',
        b'<row r="5"><c r="A5"><v>5</v></c></row>',
    )
    assert re.findall(rb'<row r="(\d+)"', written) == [b"1", b"2", b"3", b"4", b"5", b"8"]
    for row in (2, 3, 8):
        assert f'<row r="{row}">'.encode() + blob(owned, row) + b"</row>" in written


def test_rows_without_a_reference_follow_the_last() -> None:
    owned = owned_cells([2, 3])
    written = merged(owned, b'<row r="2"><c><v>1</v></c></row><row><c><v>2</v></c></row>')
    assert written == made_header(owned) + (
        b'<row r="2"><c><v>1</v></c>' + blob(owned, 2) + b"</row>"
        b"<row><c><v>2</v></c>" + blob(owned, 3) + b"</row>"
    )


def test_no_results_still_head_the_owned_columns() -> None:
    owned = owned_cells([])
    assert owned.rows() == [1]
    assert merged(owned, b"") == made_header(owned)


def test_cells_without_references_that_run_into_the_owned_columns_are_replaced() -> None:
    # Columns placed this run (a re-run refuses cells in its columns on a row it did not write)
    owned = owned_cells([2], block=dataclasses.replace(BLOCK, new_columns=BLOCK.owned))
    row = b'<row r="2"><c r="A2"><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row>'
    assert merged(owned, row) == made_header(owned) + (
        b'<row r="2"><c r="A2"><v>1</v></c><c><v>2</v></c>' + blob(owned, 2) + b"</row>"
    )


TAG_PIECES = [
    b'<c r="N2"', b'<c r="$N$2"', b'<c r="AB12"', b'<c r="NOPE"', b'<c r="N2"/>', b"<c>",
    b' s="8"', b" s='8'", b' a="x/y"', b' a="a>b"', b" a='\"'", b" ", b"/", b">", b'"', b"'",
    b"<v>1</v>", b"</c>", b"<is><t>long text</t></is>",
]  # fmt: skip


def last_column_by_pattern(content: bytes) -> int | None:
    """The plain way: the whole last cell matched by ``cell_pattern``."""
    last = content.rfind(b'<c r="')
    found = cell_pattern("").match(content, last) if last >= 0 else None
    return cell_column(found.group(1)) if found and found.end() == len(content) else None


@pytest.mark.slow  # a long property test (26-79 s measured under a load of 6 on 2 cores)
@settings(max_examples=1000, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(TAG_PIECES), max_size=12).map(b"".join))
def test_the_last_cell_is_found_as_the_cell_pattern_finds_it(content: bytes) -> None:
    merger = cells_xml.RowMerger(owned_cells([2]), "")
    assert merger._last_column(content) == last_column_by_pattern(content)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(TAG_PIECES), max_size=12).map(b"".join))
def test_a_tool_column_cell_is_found_as_the_cell_pattern_finds_it(content: bytes) -> None:
    """``RowMerger._cell`` (a start tag matched, its end found with ``bytes.find``) gives
    what ``cell_pattern`` matched at the cell of the tool's column N in row 2."""
    merger = cells_xml.RowMerger(owned_cells([2]), "")
    merger.number = 2
    at = content.find(b'<c r="N2"')
    found = cell_pattern("").match(content, at) if at >= 0 else None
    expected = None if found is None else (found.group(1), found.group(2))
    row = RowSpan(0, len(content), b"", content)
    assert merger._cell(row, b'<c r="N') == expected


NOTES = b"We talked about the data platform migration; " * 450  # 20,250 characters
NOTES_CELL = b'<c r="P2" t="inlineStr"><is><t>' + NOTES + b"</t></is></c>"
PREFIXED_NOTES_CELL = b'<x:c r="C2" t="inlineStr"><x:is><x:t>' + NOTES + b"</x:t></x:is></x:c>"


@pytest.mark.parametrize(
    ("content", "prefix", "skip", "rightmost"),
    [
        # Excel: a styled empty cell ends the row; the value before it counts
        (b'<c r="A2" t="s"><v>0</v></c><c r="B2" s="3"/>', "", set(), 1),
        # openpyxl / the tool: a 20,000-character inline Notes cell last
        (b'<c r="A2"><v>1</v></c>' + NOTES_CELL, "", set(), 16),
        (b'<c r="C2" t="inlineStr"><is><r><rPr><b/></rPr><t>Bold</t></r></is></c>', "", set(), 3),
        (b'<c r="C2" s="1"/><c r="D2"><f>TODAY()-C2</f><v>12</v></c>', "", set(), 4),  # formula
        (b'<c r="C3"><v>1</v></c><c r="D3"><f t="shared" si="0"/></c>', "", set(), 4),  # filled
        (b'<c r="A2"><v>1</v></c><c r="E2" t="str"><f>A2&amp;B2</f><v></v></c>', "", set(), 5),
        (b'<c r="A2"><v>1</v></c><c r="B2"><v></v></c>', "", set(), 1),  # an emptied value
        (b'<c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is/></c>', "", set(), 1),
        (b'<c r="B2" s="2">\n  <v>5</v>\n</c>', "", set(), 2),  # pretty-printed
        (b'<c r="A2"><v>1</v></c><c><v>2</v></c>', "", set(), 2),  # no reference: after A
        (b"<c t='s' r='C2'><v>4</v></c>", "", set(), 3),  # quoted another way
        # prefixed cells (a sheet written with x: for the main namespace)
        (b'<x:c r="A2"><x:v>1</x:v></x:c>' + PREFIXED_NOTES_CELL, "x:", set(), 3),
        (b'<x:c r="A2"><x:v>1</x:v></x:c><x:c r="C2" s="4"/>', "x:", set(), 1),
        # the tool's own column last: the person's cells before it
        (b'<c r="A2"><v>1</v></c><c r="Q2" t="inlineStr"><is><t>Overdue</t></is></c>', "", {17}, 1),
        (b'<c r="A2" s="3"/>', "", set(), 0),
    ],
)  # fmt: skip
def test_the_rightmost_value_of_a_row(
    content: bytes, prefix: str, skip: set[int], rightmost: int
) -> None:
    """How far the person's cells reach in a row (``scan._rightmost_value``): its last cell
    told by its start tag and first element, the others looked at only when that one holds
    no value."""
    found = scan._rightmost_value(content, cell_pattern(prefix), LastCell(prefix), prefix, skip)
    assert found == rightmost


def value_by_search(content: bytes | None) -> bool:
    """The plain way: any ``<v>`` not empty, ``<is>`` or ``<f>`` anywhere in the cell."""
    if not content:
        return False
    return bool(re.search(rb"<v(?:[ \t\n\r]|>(?!</))|<is[ \t\n\r>]|<f[ \t\n\r>/]", content))


@settings(max_examples=400, deadline=None, derandomize=True)
@given(
    st.lists(st.sampled_from([*TAG_PIECES, b"<v></v>", b"<f/>", b"<is/>", b"\n"]), max_size=12).map(
        b"".join
    )
)
def test_the_rightmost_value_is_found_as_every_cell_read_finds_it(content: bytes) -> None:
    """``scan._rightmost_value`` gives what reading every cell of the row gives."""
    cells = cell_pattern("")
    plain = max(
        (c.column for c in cells_of(content, cells) if value_by_search(c.content)), default=0
    )
    assert scan._rightmost_value(content, cells, LastCell(""), "", set()) == plain


@pytest.mark.parametrize(
    ("status", "refused"),
    [
        (b'<c r="C2" t="inlineStr"><is><t>Waiting</t></is></c>', False),  # an earlier run's
        (b'<c r="C2" s="3"/>', True),  # an empty status cell: a row the tool never wrote
        (b"", True),
    ],
)
def test_a_rerun_row_without_the_tools_status_keeps_its_cells_or_is_refused(
    status: bytes, refused: bool
) -> None:
    owned = owned_cells([2])
    row = b'<row r="2">' + USER + status + b'<c r="E2" t="inlineStr"><is><t>Dana</t></is></c>'
    if refused:
        with pytest.raises(UnsafeWrite, match=r'^E2 on sheet "Jobs", in the tool\'s columns on '):
            merged(owned, row + b"</row>")
    else:
        assert b"Dana" not in merged(owned, row + b"</row>")


def test_status_cells_alike_in_content_are_told_apart_by_kind() -> None:
    """A status cell's verdict (the tool's word or not) is kept per kind and content: the
    same ``<v>0</v>`` is the shared string "Waiting" in one row and the number 0 in another,
    and only the number and the person's cell beside it are in the way."""
    owned = owned_cells([2, 3, 4, 5])
    rows = [
        (2, b't="inlineStr"', b"<is><t>Waiting</t></is>"),  # an earlier run's word
        (3, b't="s"', b"<v>0</v>"),  # the shared string 0: "Waiting"
        (4, b"", b"<v>0</v>"),  # the number 0: not the tool's
        (5, b't="s"', b"<v>0</v>"),  # the shared string again
    ]
    data = b"".join(
        f'<row r="{row}"><c r="A{row}"><v>1</v></c><c r="C{row}" '.encode()
        + kind
        + b">"
        + content
        + f'</c><c r="E{row}" t="inlineStr"><is><t>Dana</t></is></c></row>'.encode()
        for row, kind, content in rows
    )
    merger = cells_xml.RowMerger(owned, "", lambda wanted: {0: "Waiting"}, sheet="Jobs")
    merger.block(data, lambda _: None)
    assert merger.not_ours == [(3, 4), (5, 4)]  # the number in the status column too
