"""A row pasted twice is alike in what was typed, not only in the values shown (ot98 F6, F7).
Two rows alike but for ``=HYPERLINK(".../123","posting")`` and ``.../456`` (both show
"posting", or nothing in a file a script wrote) are two postings, and so are two cells
"posting" linked to two addresses with Insert > Link; a formula filled down or pasted with its
row (``=ROW()-1``, ``=TODAY()-C2`` on row 2 and ``=TODAY()-C3`` on row 3) is typed alike on
both, whatever value it shows and whoever saved it last. Through ``run``, the workbook
reopened as a person sees it."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main
from followup_batch.normalise.rounds import relative_formula
from followup_batch.read.xlsx_cells import cell_links, typed_formulas

AS_OF = "2027-01-13"
DAY = dt.datetime(2027, 1, 12)
HEADER = ["Company", "Position", "Interview Date", "Interview Type", "Interviewer", "Country"]
ROW = ["Canva", "Designer", DAY, "Video", "Ed Fox", "US"]
THANKS = (False, "Thank-you note", None)
PLAIN = (
    "repeats row 2 in every cell (a row pasted twice?): row 2 has its follow-ups, so nothing "
    "is sent from this one; delete it, or correct the cell that tells them apart"
)
REPEAT = (True, "See row 2", PLAIN)
POSTING = '=HYPERLINK("https://jobs.canva.example/{}","posting")'

# (case, the extra column's header, its two formulas or values, the values a program that
# computes saved for them (None: none saved, as openpyxl), each row as seen).
CASES = [
    ("two HYPERLINK addresses", "Link", [POSTING.format(123), POSTING.format(456)], None),
    (
        "two HYPERLINK addresses, values saved",
        "Link",
        [POSTING.format(123), POSTING.format(456)],
        ["posting", "posting"],
    ),
    ("one HYPERLINK twice", "Link", [POSTING.format(123), POSTING.format(123)], None),
    (
        "one HYPERLINK twice, values saved",
        "Link",
        [POSTING.format(123), POSTING.format(123)],
        ["posting", "posting"],
    ),
    ("HYPERLINK against the text it shows", "Link", [POSTING.format(123), "posting"], None),
    (
        "HYPERLINK against the text it shows, value saved",
        "Link",
        [POSTING.format(123), "posting"],
        ["posting", None],
    ),
    ("days since, filled down", "Days since", ["=TODAY()-C2", "=TODAY()-C3"], None),
    ("days since, filled down, saved", "Days since", ["=TODAY()-C2", "=TODAY()-C3"], [1, 1]),
    ("the second counts from the row above", "Days since", ["=TODAY()-C2", "=TODAY()-C2"], None),
    ("an absolute row on both", "Due", ["=C$2+7", "=C$2+7"], None),
    ("a row number in a string is text", "Ref", ['="C2"&C2', '="C2"&C3'], None),
    ("another string", "Ref", ['="C2"&C2', '="C3"&C3'], None),
    # Whole rows counted from the formula's own row, as its cells are (fx216); whole columns
    # name no row.
    ("its whole row, filled down", "Filled", ["=COUNTA(2:2)", "=COUNTA(3:3)"], None),
    ("its whole row, filled down, saved", "Filled", ["=COUNTA(2:2)", "=COUNTA(3:3)"], [6, 6]),
    ("the whole row above", "Filled", ["=COUNTA(2:2)", "=COUNTA(2:2)"], None),
    ("an absolute whole row on both", "Filled", ["=COUNTA($2:$2)", "=COUNTA($2:$2)"], None),
    ("a whole column, filled down", "Count", ["=COUNTIF(A:A,A2)", "=COUNTIF(A:A,A3)"], None),
    ("two whole columns", "Count", ["=COUNTIF(A:A,A2)", "=COUNTIF(B:B,A3)"], None),
]
SEEN = {
    "two HYPERLINK addresses": [THANKS, THANKS],
    "two HYPERLINK addresses, values saved": [THANKS, THANKS],
    "one HYPERLINK twice": [THANKS, REPEAT],
    "one HYPERLINK twice, values saved": [THANKS, REPEAT],
    "HYPERLINK against the text it shows": [THANKS, THANKS],
    "HYPERLINK against the text it shows, value saved": [THANKS, THANKS],
    "days since, filled down": [THANKS, REPEAT],
    "days since, filled down, saved": [THANKS, REPEAT],
    "the second counts from the row above": [THANKS, THANKS],
    "an absolute row on both": [THANKS, REPEAT],
    "a row number in a string is text": [THANKS, REPEAT],
    "another string": [THANKS, THANKS],
    "its whole row, filled down": [THANKS, REPEAT],
    "its whole row, filled down, saved": [THANKS, REPEAT],
    "the whole row above": [THANKS, THANKS],
    "an absolute whole row on both": [THANKS, REPEAT],
    "a whole column, filled down": [THANKS, REPEAT],
    "two whole columns": [THANKS, THANKS],
}


def save(path: Path, header: str, cells: list[object], links: list[str | None] | None = None):
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Interviews"
    sheet.append([*HEADER, header])
    for n, cell in enumerate(cells):
        sheet.append([*ROW, cell])
        if links and links[n]:
            sheet.cell(row=n + 2, column=len(HEADER) + 1).hyperlink = links[n]
    book.create_sheet("Notes")
    book.save(path)


def with_saved_values(path: Path, values: dict[str, object]) -> None:
    """``path``'s formula cells given the values Excel or LibreOffice save with them."""
    name = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as book:
        parts = {n: book.read(n) for n in book.namelist()}
    xml = parts[name].decode()
    for ref, value in values.items():
        kind = ' t="str"' if isinstance(value, str) else ""
        xml, done = re.subn(
            rf'<c r="{ref}"([^>]*)>\s*(<f>[^<]*</f>)\s*<v\s*/>',
            lambda m, kind=kind, value=value: (
                f"{m[0][: m.end(1) - m.start()]}{kind}>{m[2]}<v>{value}</v>"
            ),
            xml,
        )
        assert done == 1, ref
    parts[name] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for n, data in parts.items():
            book.writestr(n, data)


def run(path: Path, eml: Path) -> tuple[list, int]:
    """Each row's (Duplicate?, Next action, Problems) in the workbook reopened; the drafts."""
    args = ["run", str(path), "--as-of", AS_OF, "--eml-dir", str(eml)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    cells = list(openpyxl.load_workbook(path)["Interviews"].iter_rows(values_only=True))
    at = [list(cells[0]).index(h) for h in ("Follow-up status", "Next action", "Problems")]
    seen = [(row[at[0]] == "Duplicate", row[at[1]], row[at[2]]) for row in cells[1:]]
    return seen, len(list(eml.glob("*.eml")))


@pytest.mark.parametrize(
    ("header", "cells", "saved"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_formula_is_compared_as_typed(
    tmp_path: Path, header: str, cells: list[object], saved: list[object] | None
) -> None:
    path = tmp_path / "Maya Chen.xlsx"
    save(path, header, cells)
    if saved is not None:
        with_saved_values(path, {f"G{n}": v for n, v in enumerate(saved, 2) if v is not None})
    seen = SEEN[next(c[0] for c in CASES if c[1:] == (header, cells, saved))]
    assert run(path, tmp_path / "eml") == (seen, 2 if seen[1] == THANKS else 1)


# (case, each row's Link cell text, its hyperlink (Insert > Link), each row as seen).
LINKS = [
    (
        "two addresses",
        ["posting", "posting"],
        ["https://jobs.canva.example/123", "https://jobs.canva.example/456"],
        [THANKS, THANKS],
    ),
    (
        "one address twice",
        ["posting", "posting"],
        ["https://jobs.canva.example/123", "https://jobs.canva.example/123"],
        [THANKS, REPEAT],
    ),
    (
        "a link on one only",
        ["posting", "posting"],
        ["https://jobs.canva.example/123", None],
        [
            THANKS,
            THANKS,
        ],
    ),
    (
        "two places in the workbook",
        ["notes", "notes"],
        ["#Notes!A1", "#Notes!A2"],
        [THANKS, THANKS],
    ),
    ("one place twice", ["notes", "notes"], ["#Notes!A1", "#Notes!A1"], [THANKS, REPEAT]),
]


@pytest.mark.parametrize(
    ("texts", "links", "seen"), [c[1:] for c in LINKS], ids=[c[0] for c in LINKS]
)
def test_a_cells_link_is_compared_with_its_text(
    tmp_path: Path, texts: list[str], links: list[str | None], seen: list
) -> None:
    path = tmp_path / "Maya Chen.xlsx"
    save(path, "Link", list(texts), links)
    assert run(path, tmp_path / "eml") == (seen, 2 if seen[1] == THANKS else 1)
    assert run(path, tmp_path / "eml2")[0] == seen  # the second run reads it alike


# (formula text, the row it is written on, as compared).
RELATIVE = [
    ("TODAY()-D5", 5, "TODAY()-D[0]"),
    ("TODAY()-D6", 6, "TODAY()-D[0]"),
    ("TODAY()-D5", 6, "TODAY()-D[-1]"),
    ("ROW()-1", 9, "ROW()-1"),
    ("A4+1", 5, "A[-1]+1"),
    ("D$5+7", 6, "D$5+7"),
    ("$D5+7", 5, "$D[0]+7"),
    ("SUM(D2:D5)", 5, "SUM(D[-3]:D[0])"),
    (
        'HYPERLINK("https://jobs.example/D5","posting")',
        5,
        'HYPERLINK("https://jobs.example/D5","posting")',
    ),
    ('"a ""B5"" c"&B5', 5, '"a ""B5"" c"&B[0]'),
    ("LOG10(A5)", 5, "LOG10(A[0])"),
    ("ATAN2(1,2)+DAYS360(A5,B5)", 5, "ATAN2(1,2)+DAYS360(A[0],B[0])"),
    ("Q1!A5", 5, "Q1!A[0]"),
    ("'Jan 2027'!D5", 5, "'Jan 2027'!D[0]"),
    ("1.5E5+A5", 5, "1.5E5+A[0]"),
    ("COUNTA(5:5)", 5, "COUNTA([0]:[0])"),
    ("COUNTA(6:6)", 6, "COUNTA([0]:[0])"),
    ("COUNTA($5:$5)", 6, "COUNTA($5:$5)"),
    ("SUM($2:5)", 5, "SUM($2:[0])"),
    ("SUM(2:7)", 5, "SUM([-3]:[2])"),
    ("Jan!5:5", 5, "Jan![0]:[0]"),
    ("'Jan 2027'!5:5", 5, "'Jan 2027'![0]:[0]"),
    ("COUNTIF(A:A,A5)", 5, "COUNTIF(A:A,A[0])"),
    ("SUM($C:$D)", 6, "SUM($C:$D)"),
    ("INDEX(A:A,5):INDEX(A:A,6)", 5, "INDEX(A:A,5):INDEX(A:A,6)"),
    ("A2:B5", 5, "A[-3]:B[0]"),
    ('TEXT(A5,"9:30")', 5, 'TEXT(A[0],"9:30")'),
]


@pytest.mark.parametrize(("text", "row", "compared"), RELATIVE)
def test_relative_formula(text: str, row: int, compared: str) -> None:
    assert relative_formula(text, row) == compared


@pytest.mark.parametrize("prefix", ["", "x:"], ids=["plain", "prefixed names"])
def test_typed_formulas_reads_a_shared_formula_from_its_first_cell(prefix: str) -> None:
    """Excel saves a formula filled down as one shared formula: its other cells have no text.
    A writer that prefixes the names (<x:c>, <x:f>) ends them in </x:f>, never </f>."""
    plain = (
        b"<worksheet><sheetData>"
        b'<row r="2"><c r="A2"><f t="shared" ref="A2:A4" si="0">ROW()-1</f><v>1</v></c>'
        b'<c r="B2"><f t="shared" ref="B2:B4" si="1">TODAY()-C2</f><v>1</v></c></row>'
        b'<row r="3"><c r="A3"><f t="shared" si="0"/><v>2</v></c>'
        b'<c r="B3"><f t="shared" si="1"/><v>1</v></c></row>'
        b'<row r="4"><c r="A4"><f t="shared" si="0"/><v>3</v></c>'
        b'<c r="B4" t="e"><v>#VALUE!</v></c></row>'
        b"</sheetData></worksheet>"
    )
    xml = re.sub(rb"<(/?)(?=[a-zA-Z])", rb"<\1" + prefix.encode(), plain)
    assert typed_formulas(xml, [0, 1], [3, 4]) == {
        (3, 0): ("ROW()-1", 2),
        (3, 1): ("TODAY()-C2", 2),
        (4, 0): ("ROW()-1", 2),
    }


def test_cell_links_reads_every_link() -> None:
    xml = (
        b"<worksheet><sheetData></sheetData><hyperlinks>"
        b'<hyperlink ref="G2" r:id="rId1"/><hyperlink ref="G3:G4" r:id="rId2"/>'
        b'<hyperlink ref="H2" location="Notes!A1" display="notes"/>'
        b'<hyperlink ref="H3" r:id="rId9"/>'
        b"</hyperlinks></worksheet>"
    )
    targets = {"rId1": "https://jobs.example/1", "rId2": "mailto:ed@canva.example"}
    assert cell_links(xml, targets) == [
        ((2, 6, 2, 6), "https://jobs.example/1"),
        ((3, 6, 4, 6), "mailto:ed@canva.example"),
        ((2, 7, 2, 7), "#Notes!A1"),
    ]
