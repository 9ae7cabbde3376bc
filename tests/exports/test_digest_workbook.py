"""The digest workbook as a person sees it: reopened with openpyxl (and calamine, a second
reader), cell by cell — values and types, colours, widths, panes, filters and links."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook
from test_digest import AS_OF, item, items

from followup_batch.exports.digest import build_digest, compose_link
from followup_batch.exports.digest_xlsx import (
    ITEM_XLSX_COLUMNS,
    TODAY_XLSX_COLUMNS,
    write_digest_xlsx,
)
from followup_batch.exports.due import empty_items

FORMULA = '=HYPERLINK("http://x")'
BOOK = items(
    item(
        "Bo",
        "Bo Late",
        "2026-11-05",
        "Overdue",
        "Final follow-up",
        row=5,
        sheet="Interviews",
        to="Dana Ortiz",
        email="dana@bo.example",
        subject="Following up",
    ),
    item("Bo", "Bo Today", "2026-11-20", "Due today", "Thank-you note", row=6),
    item("Bo", FORMULA, "2026-11-24", "Due soon", row=7),
    item("Cy", "Cy\x07 Bell\x1b Co", "2026-11-12", "Overdue", row=2, position="Dev\x00Ops"),
    item("Cy", "Cy Next", "2026-11-25", "Scheduled", row=3),
    item(
        "Di",
        "",
        None,
        "Needs info",
        "—",
        row=9,
        file="di.xlsx",
        problems="Company is empty\nInterview Date is empty",
    ),
)
NOV = dt.datetime(2026, 11, 1)  # dates read back as midnight datetimes


def day(n: int) -> dt.datetime:
    return NOV.replace(day=n)


@pytest.fixture(scope="module")
def book_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("digest")
    return write_digest_xlsx(build_digest(BOOK, AS_OF, horizon_days=7), folder / "digest.xlsx")


@pytest.fixture(scope="module")
def book(book_path: Path):
    return load_workbook(book_path)


@pytest.mark.parametrize(
    ("sheet", "ref", "value"),
    [
        ("Today", "A1", "Today, across all clients: Fri 2026-11-20"),
        ("Today", "A2", "Late"),
        ("Today", "M2", "Row"),
        # What is due today first (fx331), then the overdue items, the most late first.
        ("Today", "A3", "due today"),
        ("Today", "F3", None),  # no recipient known: an empty cell
        ("Today", "A4", "15 days late"),
        ("Today", "B4", "Bo"),
        ("Today", "C4", "Final follow-up"),
        ("Today", "F4", "Dana Ortiz <dana@bo.example>"),  # paired, as the page pairs them
        ("Today", "G4", "dana@bo.example"),
        ("Today", "H4", "Compose"),
        ("Today", "I4", "Following up"),
        ("Today", "J4", day(5)),
        ("Today", "K4", "tracker.xlsx"),
        ("Today", "L4", "Interviews"),
        ("Today", "M4", 5),
        ("Today", "A5", "8 days late"),
        ("Today", "D5", "Cy Bell Co"),  # control characters dropped
        ("Today", "E5", "DevOps"),
        ("Today", "A6", None),  # nothing after the last item
        ("Summary", "A1", "Follow-ups due as of Fri 2026-11-20"),
        (
            "Summary",
            "A2",
            "5 follow-ups for 3 clients: 1 due today, 2 overdue, 1 due soon, 1 upcoming "
            "(horizon: the next 7 days); 1 row needs fixing",
        ),
        ("Summary", "A3", "As of"),
        ("Summary", "B3", day(20)),
        ("Summary", "A4", None),
        ("Summary", "A5", "Client"),
        ("Summary", "F5", "To fix"),  # the rows to fix, not counted in...
        ("Summary", "G5", "To send"),  # ... the items to send (ot47 F9: it said "Total")
        ("Summary", "A6", "Bo"),
        ("Summary", "B6", 1),
        ("Summary", "G6", 3),
        ("Summary", "A8", "Di"),
        ("Summary", "F8", 1),
        ("Summary", "G8", 0),
        ("Summary", "B5", "Due today"),  # the lists' order (fx331)
        ("Summary", "C5", "Overdue"),
        ("Summary", "A9", "All clients"),
        ("Summary", "B9", 1),
        ("Summary", "C9", 2),
        ("Summary", "F9", 1),
        ("Summary", "G9", 5),
        ("Due", "A1", "Client"),
        ("Due", "L1", "Follow-up status"),
        ("Due", "B2", "Due today"),  # Bo's items: what is due today first (fx331)
        ("Due", "C2", day(20)),
        ("Due", "J2", 6),
        ("Due", "K2", day(2)),
        ("Due", "L2", "Due today"),
        ("Due", "B3", "Overdue"),
        ("Due", "C3", day(5)),
        ("Due", "J3", 5),
        ("Due", "E4", FORMULA),  # text that looks like a formula stays text
        ("Due", "B6", "Upcoming"),
        ("Due", "L6", "Scheduled"),
        ("Due", "A7", None),
        ("Needs info", "A1", "Client"),
        ("Needs info", "G1", "Problems"),
        ("Needs info", "A2", "Di"),
        ("Needs info", "B2", None),
        ("Needs info", "D2", "di.xlsx"),
        ("Needs info", "F2", 9),
        ("Needs info", "G2", "Company is empty\nInterview Date is empty"),
    ],
)
def test_cells(book, sheet: str, ref: str, value: object) -> None:
    cell = book[sheet][ref]
    assert cell.value == value
    assert type(cell.value) is type(value)
    if isinstance(value, str):
        assert cell.data_type == "s"
    if isinstance(value, dt.datetime):
        assert cell.number_format == "yyyy-mm-dd"


def test_sheets_in_the_digest_order(book) -> None:
    assert book.sheetnames == ["Today", "Summary", "Due", "Needs info"]


@pytest.mark.parametrize(
    ("sheet", "ref", "fill", "ink", "bold", "size", "underline"),
    [
        # the urgency colours of the tracker's conditional formats
        ("Today", "A3", "FFD8A8", "7F3F00", False, 11, None),
        ("Today", "A4", "FFC7CE", "9C0006", False, 11, None),
        ("Due", "B2", "FFD8A8", "7F3F00", False, 11, None),
        ("Due", "B3", "FFC7CE", "9C0006", False, 11, None),
        ("Due", "B4", "FFEB9C", "9C5700", False, 11, None),
        ("Due", "B6", "D3F2EC", "0B5345", False, 11, None),
        # headers: bold on the headers' blue
        ("Today", "A2", "DCE6F1", None, True, 11, None),
        ("Summary", "G5", "DCE6F1", None, True, 11, None),
        ("Due", "L1", "DCE6F1", None, True, 11, None),
        ("Needs info", "A1", "DCE6F1", None, True, 11, None),
        # titles and totals
        ("Today", "A1", None, None, True, 11, None),
        ("Summary", "A1", None, None, True, 14, None),
        ("Summary", "A9", None, None, True, 11, None),
        ("Summary", "G9", None, None, True, 11, None),
        # a link looks like one
        ("Today", "H3", None, "0563C1", False, 11, "single"),
        # plain cells
        ("Today", "B3", None, None, False, 11, None),
        ("Due", "A2", None, None, False, 11, None),
        ("Due", "C2", None, None, False, 11, None),
        ("Summary", "B6", None, None, False, 11, None),
    ],
)
def test_colours_and_fonts(book, sheet, ref, fill, ink, bold, size, underline) -> None:
    cell = book[sheet][ref]
    assert (cell.fill.fgColor.rgb[-6:] if cell.fill.fill_type == "solid" else None) == fill
    colour = cell.font.color.rgb if cell.font.color is not None else None
    assert (colour[-6:] if isinstance(colour, str) else None) == ink
    assert bool(cell.font.b) is bold
    assert cell.font.sz == size
    assert cell.font.u == underline
    # Named: LibreOffice draws a font without a name in its own default, a serif.
    assert cell.font.name == "Calibri"


def test_needs_info_rows_wrap_top_aligned(book) -> None:
    """Each cell of a row to fix starts on the row's first line, by its Problems."""
    for ref in ("A2", "C2", "F2", "G2"):
        assert book["Needs info"][ref].alignment.wrap_text
        assert book["Needs info"][ref].alignment.vertical == "top"
    assert not book["Today"]["A3"].alignment.wrap_text


@pytest.mark.parametrize(
    ("sheet", "ref", "horizontal"),
    [
        # A person's text starts at its cell's left, whatever its direction (fx172: printed
        # from LibreOffice, an Arabic client's name ran into the next cell's text).
        ("Today", "B3", "left"),  # Client
        ("Today", "D3", "left"),  # Company
        ("Today", "F4", "left"),  # To (Bo's overdue item's: the first has none)
        ("Today", "K3", "left"),  # File
        ("Due", "A2", "left"),
        ("Due", "E2", "left"),
        ("Summary", "A6", "left"),
        ("Needs info", "A2", "left"),
        ("Needs info", "G2", "left"),  # Problems
        # Row numbers, dates and counts are centred under centred headers, clear of the text
        # beside them (a Row number ran into Problems: "9Company is empty").
        ("Today", "J3", "center"),  # Due
        ("Today", "M3", "center"),  # Row
        ("Today", "M2", "center"),
        ("Due", "C2", "center"),
        ("Due", "J2", "center"),
        ("Due", "K2", "center"),  # Interview Date
        ("Needs info", "F2", "center"),
        ("Needs info", "F1", "center"),
        ("Summary", "B5", "center"),
        ("Summary", "B6", "center"),
        ("Summary", "G9", "center"),  # All clients' To send
        ("Summary", "B3", "center"),  # As of
        # Headers over text, the urgency words and links: as they were.
        ("Today", "B2", None),
        ("Summary", "A5", None),
        ("Today", "A3", None),
        ("Today", "H3", None),
    ],
)
def test_cells_aligned_for_print(book, sheet: str, ref: str, horizontal: str | None) -> None:
    assert book[sheet][ref].alignment.horizontal == horizontal


def test_a_right_to_left_client_starts_at_the_left(tmp_path: Path) -> None:
    arabic = items(
        item("أحمد الزهراني", "Globex", "2026-11-19", "Overdue", row=3, file="أحمد الزهراني.csv"),
        item("יעל כהן", "", None, "Needs info", "—", row=4, problems="Company is empty"),
    )
    book = load_workbook(write_digest_xlsx(build_digest(arabic, AS_OF), tmp_path / "d.xlsx"))
    cells = [
        (book["Today"]["B3"].value, book["Today"]["B3"].alignment.horizontal),
        (book["Today"]["K3"].value, book["Today"]["K3"].alignment.horizontal),
        (book["Summary"]["A7"].value, book["Summary"]["A7"].alignment.horizontal),
        (book["Needs info"]["A2"].value, book["Needs info"]["A2"].alignment.horizontal),
        (book["Needs info"]["F2"].value, book["Needs info"]["F2"].alignment.horizontal),
    ]
    assert cells == [
        ("أحمد الزهراني", "left"),
        ("أحمد الزهراني.csv", "left"),
        ("יעל כהן", "left"),
        ("יעל כהן", "left"),
        (4, "center"),
    ]


TEAM_C = (
    'E4: "Team C" is not a country the holiday calendars know; using the United States (US)'
    " calendar (write an ISO code such as US, GB-SCT or DE-BY)"
)


@pytest.mark.parametrize(
    ("problems", "height"),
    [
        ("C4: Interview date is empty", None),  # one line: the sheet's default height
        ("Company is empty\nInterview Date is empty", 30),  # its two lines
        # ot87 F4: the advice after "(write" was cut at the printed page's edge
        (f"C4: Interview date is empty\n{TEAM_C}", 60),  # 1 line and 3 at 60 characters
        ("x" * 60 * 30, 409),  # Excel's tallest row
    ],
)
def test_a_row_to_fix_is_as_tall_as_its_problems(
    tmp_path: Path, problems: str, height: float | None
) -> None:
    rows = items(item("Di", "Initech", None, "Needs info", "—", row=4, problems=problems))
    path = write_digest_xlsx(build_digest(rows, AS_OF), tmp_path / "digest.xlsx")
    sheet = load_workbook(path)["Needs info"]
    assert sheet["G2"].value == problems
    assert sheet.column_dimensions["G"].width == 60
    assert sheet.row_dimensions[2].height == height
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)


def test_empty_to_and_email_columns_print_narrow(tmp_path: Path) -> None:
    """Two empty columns, 22 and 28 wide, made the Today sheet print at a tiny font (the
    workbook prints fitted to the page's width; ot87 F4): with no To or Email in any row,
    they are as wide as their headers; a column with one is as wide as ever."""
    rows = items(item("Bo", "Hooli", "2026-11-20", "Due today", "Thank-you note", row=6))
    path = write_digest_xlsx(build_digest(rows, AS_OF), tmp_path / "digest.xlsx")
    today = load_workbook(path)["Today"]
    assert [today[f"{c}2"].value for c in "FG"] == ["To", "Email"]
    assert [today.column_dimensions[c].width for c in "DEFG"] == [22, 26, 5, 8]
    with_email = items(
        item("Bo", "Hooli", "2026-11-20", "Due today", row=6, email="dana@hooli.example")
    )
    path = write_digest_xlsx(build_digest(with_email, AS_OF), tmp_path / "digest.xlsx")
    today = load_workbook(path)["Today"]
    assert today["F3"].value == "dana@hooli.example"  # the To cell: an address under no name
    assert [today.column_dimensions[c].width for c in "FG"] == [36, 28]


@pytest.mark.parametrize(
    ("sheet", "widths"),
    [
        ("Today", [width for _, _, width in TODAY_XLSX_COLUMNS]),
        ("Summary", [14, 12, 12, 12, 12, 12, 12]),
        ("Due", [width for _, _, width in ITEM_XLSX_COLUMNS]),
        ("Needs info", [18, 10, 28, 22, 8, 6, 60]),  # B, E: its row has no Company, no Sheet
    ],
)
def test_column_widths(book, sheet: str, widths: list[float]) -> None:
    dimensions = book[sheet].column_dimensions
    letters = [chr(ord("A") + i) for i in range(len(widths))]
    assert [dimensions[letter].width for letter in letters] == widths


def test_width_of_a_long_client_name(tmp_path: Path) -> None:
    long = items(item("Maximiliana Oyelaran-Smythe", "Co", "2026-11-12", "Overdue"))
    path = write_digest_xlsx(build_digest(long, AS_OF), tmp_path / "digest.xlsx")
    assert load_workbook(path)["Summary"].column_dimensions["A"].width == 29


@pytest.mark.parametrize(
    ("sheet", "frozen", "autofilter"),
    [
        ("Today", "A3", None),
        ("Summary", "A6", None),
        ("Due", "A2", "A1:L6"),
        ("Needs info", "A2", "A1:G2"),
    ],
)
def test_frozen_panes_and_filters(book, sheet: str, frozen: str, autofilter: str | None) -> None:
    assert book[sheet].freeze_panes == frozen
    assert book[sheet].auto_filter.ref == autofilter


def test_filters_have_their_hidden_names(book_path: Path) -> None:
    # Excel keeps a filter's range in a hidden name beside it (openpyxl reads it as the filter)
    with zipfile.ZipFile(book_path) as package:
        workbook = package.read("xl/workbook.xml").decode()
    assert (
        '<definedName name="_xlnm._FilterDatabase" localSheetId="2" hidden="1">'
        "'Due'!$A$1:$L$6</definedName>"
    ) in workbook
    assert "'Needs info'!$A$1:$G$2</definedName>" in workbook


def test_compose_links(book) -> None:
    today = book["Today"]
    digest = build_digest(BOOK, AS_OF, horizon_days=7)
    links = {
        cell.coordinate: cell.hyperlink.target
        for row in today.iter_rows()
        for cell in row
        if cell.hyperlink
    }
    assert links == {
        f"H{i + 3}": compose_link(it) for i, it in enumerate(digest.today.to_dict("records"))
    }
    # Bo's thank-you due today first (fx331), then his overdue follow-up to Dana.
    assert links["H3"] == "mailto:?subject=Thank-you%20note:%20Bo%20Today%20%E2%80%93%20Analyst"
    assert links["H4"] == "mailto:dana@bo.example?subject=Following%20up"


def test_no_items_and_nothing_to_fix(tmp_path: Path) -> None:
    path = write_digest_xlsx(build_digest(empty_items(), AS_OF), tmp_path / "digest.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["Today", "Summary", "Due"]
    today = book["Today"]
    assert [c.value for c in today[3]][:2] == ["Nothing is overdue or due today.", None]
    assert today.max_row == 3 and today.freeze_panes == "A3"
    summary = book["Summary"]
    assert [c.value for c in summary[5]] == [
        "Client",
        "Due today",
        "Overdue",
        "Due soon",
        "To fix",
        "To send",
    ]
    assert [c.value for c in summary[6]] == ["All clients", 0, 0, 0, 0, 0]
    assert summary["A2"].value == "0 follow-ups for 0 clients"
    due = book["Due"]
    assert due.max_row == 1 and due.auto_filter.ref == "A1:L2"


def test_only_rows_to_fix(tmp_path: Path) -> None:
    fix = items(item("Di", "", None, "Needs info", "—", row=4, problems="Company is empty"))
    book = load_workbook(write_digest_xlsx(build_digest(fix, AS_OF), tmp_path / "d.xlsx"))
    assert book.sheetnames == ["Today", "Summary", "Due", "Needs info"]
    assert book["Today"]["A3"].value == "Nothing is overdue or due today."
    assert [c.value for c in book["Needs info"][2]] == [
        "Di",
        None,
        "Analyst",
        "tracker.xlsx",
        None,
        4,
        "Company is empty",
    ]
    assert book["Needs info"].max_row == 2


def test_calamine_reads_what_openpyxl_reads(book_path: Path) -> None:
    book = load_workbook(book_path)  # its own: looking a cell up in openpyxl makes it
    second = CalamineWorkbook.from_path(str(book_path))
    assert second.sheet_names == book.sheetnames
    for sheet in book:
        seen = [[_plain(cell.value) for cell in row] for row in sheet.iter_rows()]
        read = [
            [_plain(value) for value in row]
            for row in second.get_sheet_by_name(sheet.title).to_python()
        ]
        assert read == seen, sheet.title


def _plain(value: object) -> object:
    """One form for both readers: '' for an empty cell, a date for a date, an int for a
    whole number."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def test_the_same_digest_gives_the_same_bytes(tmp_path: Path) -> None:
    digest = build_digest(BOOK, AS_OF, horizon_days=7)
    first = write_digest_xlsx(digest, tmp_path / "a.xlsx")
    second = write_digest_xlsx(build_digest(BOOK, AS_OF, horizon_days=7), tmp_path / "b.xlsx")
    assert first.read_bytes() == second.read_bytes()
    before = first.stat()
    write_digest_xlsx(digest, first)  # a re-run leaves the file as it is
    after = first.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_dated_by_the_digest(book_path: Path) -> None:
    book = load_workbook(book_path)
    assert book.properties.created == dt.datetime(2026, 11, 20)
    with zipfile.ZipFile(book_path) as package:
        assert {info.date_time for info in package.infolist()} == {(2026, 11, 20, 0, 0, 0)}


# ot85 F12: 14 portrait pages, the Today sheet's 13 columns cut over several of them and no
# header on the pages after the first.
def test_the_digest_workbook_prints_landscape_fitted_with_its_header_repeated(
    tmp_path: Path,
) -> None:
    digest = build_digest(
        items(
            item("Ana", "Acme", "2026-11-18", "Overdue"),
            item("Bo", "", None, "Needs info", "—", problems="Company is empty"),
        ),
        AS_OF,
    )
    book = load_workbook(write_digest_xlsx(digest, tmp_path / "digest.xlsx"))
    printed = [
        (
            sheet.title,
            sheet.page_setup.orientation,
            sheet.page_setup.fitToWidth,
            sheet.page_setup.fitToHeight,
            sheet.sheet_properties.pageSetUpPr.fitToPage,
            sheet.print_title_rows,
        )
        for sheet in book
    ]
    assert printed == [
        ("Today", "landscape", 1, 0, True, "$2:$2"),
        ("Summary", "landscape", 1, 0, True, "$5:$5"),
        ("Due", "landscape", 1, 0, True, "$1:$1"),
        ("Needs info", "landscape", 1, 0, True, "$1:$1"),
    ]
    # The repeated rows are the headers a person reads.
    assert [c.value for c in book["Today"][2]][:3] == ["Late", "Client", "Action"]
    assert [c.value for c in book["Summary"][5]][:2] == ["Client", "Due today"]
