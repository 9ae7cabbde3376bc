"""The sheet scan's fast path (a whole block of rows at once) against going row by row."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from followup_batch.write.xlsx.scan import _FastScan, _rightmost_value
from followup_batch.write.xlsx.xmlbytes import RowFinder, cell_pattern, column_letter, row_number

VALUES = [
    "<v>1</v>",
    '<is><t xml:space="preserve"> x </t></is>',
    "<f>A1+1</f><v>2</v>",
    '<is><r><rPr><color rgb="FFFF0000"/><charset val="1"/></rPr><t>red</t></r></is>',
]


@st.composite
def cells(draw, p: str):
    column = draw(st.integers(1, 30))
    ref = draw(st.sampled_from(["ref", "ref", "ref", "none"]))
    attributes = f' r="{column_letter(column)}{{row}}"' if ref == "ref" else ""
    style = draw(st.sampled_from(["", ' s="3"', ' t="inlineStr"']))
    if draw(st.booleans()):
        body = draw(st.sampled_from(VALUES)).replace("<", f"<{p}").replace(f"<{p}/", f"</{p}")
        return column, f"<{p}c{attributes}{style}>{body}</{p}c>"
    return column, draw(
        st.sampled_from([f"<{p}c{attributes}{style}/>", f"<{p}c{attributes}></{p}c>"])
    )


@st.composite
def blocks(draw):
    p = draw(st.sampled_from(["", "x:"]))
    first = draw(st.integers(2, 50))
    rows = []
    for number in range(first, first + draw(st.integers(1, 8))):
        row_cells = sorted(draw(st.lists(cells(p), max_size=6)), key=lambda c: c[0])
        unique = {column: xml for column, xml in row_cells}  # one cell per column, in order
        content = "".join(xml.replace("{row}", str(number)) for xml in unique.values())
        numbered = draw(st.sampled_from(["r", "r", "r", "none"]))
        attributes = f' r="{number}"' if numbered == "r" else ""
        rows.append(f"<{p}row{attributes}>{content}</{p}row>")
    return p, first, "".join(rows).encode()


def row_by_row(p: str, block: bytes, skip: set[int]) -> tuple[int, int]:
    cells_re, number, used = cell_pattern(p), 0, 0
    for row in RowFinder(p).rows(block):
        number = row_number(row.attributes) or number + 1
        if row.content:
            used = max(used, _rightmost_value(row.content, cells_re, p, skip))
    return number, used


@given(blocks(), st.sets(st.integers(1, 30), max_size=3))
def test_fast_path_agrees_with_row_by_row(drawn, skip):
    p, first, block = drawn
    fast = _FastScan(p).block(block, header_row=first - 1, last_row=10**6, skip=skip)
    if fast is not None:  # when it takes a block at all, it must say what row by row says
        assert fast == row_by_row(p, block, skip)


def test_fast_path_takes_a_regular_block_and_leaves_irregular_ones():
    regular = b'<row r="5"><c r="A5"><v>1</v></c><c r="C5" s="1"/></row><row r="6"></row>'
    assert _FastScan("").block(regular, 1, 100, set()) == (6, 1)
    no_ref = b'<row r="5"><c><v>1</v></c></row>'
    assert _FastScan("").block(no_ref, 1, 100, set()) is None
    unnumbered = b'<row><c r="A5"><v>1</v></c></row>'
    assert _FastScan("").block(unnumbered, 1, 100, set()) is None
