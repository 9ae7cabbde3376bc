"""The user's columns are never the tool's: a hand-made column headed like one of the tool's
("Next action", "Why"), a column added after the tool's, the tool's column moved to the front,
and fields past the header's last column are all kept, in CSV and xlsx, run after run."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.worksheet.table import Table
from trackers import rewrite_sheet

from followup_batch.cli import main
from followup_batch.errors import UnsafeWrite
from followup_batch.memory import rerun
from followup_batch.write.columns import OWNED_COLUMNS, OWNED_DATE_COLUMNS, find_owned_columns

AS_OF = "2026-03-02"
TOOL = list(OWNED_COLUMNS.values())


@pytest.fixture(autouse=True)
def full_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every run does the whole work (the unchanged-file shortcut is tested elsewhere)."""
    monkeypatch.setattr(rerun, "recall", lambda tracker, wanted: None)


def run(path: Path, as_of: str = AS_OF) -> None:
    result = CliRunner().invoke(main, ["run", "-q", "--as-of", as_of, str(path)])
    assert result.exit_code == 0, result.output


def csv_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def write_csv_rows(path: Path, rows: list[list[str]]) -> None:
    """The CSV as a user's program saves it after an edit."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # The tool's whole set, wherever it stands.
        (TOOL, {key: i for i, key in enumerate(OWNED_COLUMNS)}),
        (["Company", *TOOL, "Mine"], {key: i + 1 for i, key in enumerate(OWNED_COLUMNS)}),
        # A user's hand-made columns that share names with a few of the tool's: not the tool's.
        (["Company", "Next action", "Next due", "Why", "Problems", "Draft"], {}),
        # Half the set (a user deleted the rest): the tool's, the rest to be added again.
        (
            ["Company", *TOOL[:6]],
            {key: i + 1 for i, key in enumerate(list(OWNED_COLUMNS)[:6])},
        ),
        # The user's "Next action" and "Why" before the tool's: the tool's are those among
        # the others.
        (
            ["Company", "Next action", "Why", *TOOL],
            {key: i + 3 for i, key in enumerate(OWNED_COLUMNS)},
        ),
        # ... and after them.
        (
            ["Company", *TOOL, "Next action", "Why"],
            {key: i + 1 for i, key in enumerate(OWNED_COLUMNS)},
        ),
        # Case and spacing do not matter.
        ([t.upper().replace(" ", "") for t in TOOL], {k: i for i, k in enumerate(OWNED_COLUMNS)}),
    ],
)
def test_find_owned_columns(header: list[str], expected: dict[str, int]) -> None:
    assert find_owned_columns(enumerate(header)) == expected


BLOCK = {key: i + 3 for i, key in enumerate(OWNED_COLUMNS)}  # after Company, Position, Date


@pytest.mark.parametrize(
    ("header", "marked", "holds", "expected"),
    [
        # The user's own "Next action" just right of the tool's columns: the tool's stand in
        # their order.
        ([*TOOL, "Next action"], (), {}, {key: i for i, key in enumerate(OWNED_COLUMNS)}),
        # The tool's Why moved to the front, the user's own Why among their columns: what
        # they hold tells.
        (
            ["Why", "Company", "Why", *TOOL[:-2], "Problems"],
            (),
            {0: "why", 2: "user"},
            {
                **{key: i + 3 for i, key in enumerate(list(OWNED_COLUMNS)[:-2])},
                "why": 0,
                "problems": 13,
            },
        ),
        # A workbook: the header with the tool's note is the tool's.
        (
            ["Company", "Position", "Why", *TOOL],
            {*range(3, 15)},
            {},
            {key: i + 3 for i, key in enumerate(OWNED_COLUMNS)},
        ),
    ],
)
def test_a_repeated_header_is_settled_by_evidence(
    header: list[str], marked: set[int], holds: dict[int, str], expected: dict[str, int]
) -> None:
    def looks_ours(key: str, column: int) -> bool | None:
        said = holds.get(column)
        return None if said is None else said == key

    found = find_owned_columns(enumerate(header), marked=marked, looks_ours=looks_ours)
    assert found == expected


RENAMED = [*TOOL[:2], "Due", *TOOL[3:]]  # "Next due" retyped as "Due"


@pytest.mark.parametrize(
    "header",
    [
        ["Company", *RENAMED],
        ["Company", "Status", "Action", *TOOL[2:]],
        ["Due", "Company", *TOOL[:2], *TOOL[3:]],
    ],
)
def test_a_retyped_tool_header_is_not_claimed_by_its_note_alone(header: list[str]) -> None:
    """A note of the tool's under a header that is none of its names may have been copied
    with a header cell onto a column of the person's own (formulas, notes): taking it as the
    tool's missing column overwrote them. The tool's columns are those named as the tool names
    them; a missing one is added again."""
    marked = {i for i, text in enumerate(header) if text not in ("Company", "Mine")}
    found = find_owned_columns(enumerate(header), marked=marked)
    assert set(found) == {key for key, text in OWNED_COLUMNS.items() if text in header}
    assert all(header[column] == OWNED_COLUMNS[key] for key, column in found.items())


# The tool's whole set of columns more than once (two builds each wrote its own, report ot27
# F4): none is the person's, so the refusal says what it found, not "rename your own".
# (header, the refusal)
REPEATED_SETS = {
    "twice side by side": (
        [*TOOL, *TOOL],
        "the tool's 12 columns appear twice, at 0–11 and 12–23 (written by runs that did not "
        "find each other's?), and nothing tells which set is the one to keep: delete one set "
        "and run again",
    ),
    "three times, a column between": (
        [*TOOL, "My notes", *TOOL, *TOOL],
        "the tool's 12 columns appear 3 times, at 0–11, 13–24 and 25–36 (written by runs that "
        "did not find each other's?), and nothing tells which set is the one to keep: delete "
        "all sets but one and run again",
    ),
}


@pytest.mark.parametrize(("header", "said"), REPEATED_SETS.values(), ids=REPEATED_SETS.keys())
def test_the_tools_columns_twice_are_refused_as_such(header: list[str], said: str) -> None:
    with pytest.raises(UnsafeWrite) as refused:
        find_owned_columns(enumerate(header))
    assert str(refused.value) == said


def test_a_csv_with_the_tools_columns_twice_says_where_they_are(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    header = ["Company", "Position", "Interview Date", *TOOL, "My notes", *TOOL]
    path.write_text(",".join(header) + "\nAcme,Dev,2026-02-20\n", encoding="utf-8")
    before = path.read_bytes()
    result = CliRunner().invoke(main, ["run", "-q", "--as-of", AS_OF, str(path)])
    assert result.exit_code == 1
    assert result.output == (
        "t.csv: FAILED — the tool's 12 columns appear twice, at D–O and Q–AB (written by runs "
        "that did not find each other's?), and nothing tells which set is the one to keep: "
        "delete one set and run again\n1 of 1 file failed.\n"
    )
    assert path.read_bytes() == before


def test_a_repeated_header_nothing_tells_apart_is_refused() -> None:
    # A copy of one column beside the original is told by its neighbours.
    found = find_owned_columns(enumerate([*TOOL[:10], "Draft", *TOOL[10:]]))
    assert (found["draft"], found["why"]) == (9, 11)


# --- CSV ------------------------------------------------------------------------------------


CSV_CASES = [
    # a file before its first run: every user field stays where it was, run after run
    pytest.param(
        "Company,Position,Next action,Interview Date,Salary,Notes\n"
        "Acme,Dev,Prep portfolio,2026-02-20,120k,great fit\n",
        id="own Next action in the middle",
    ),
    pytest.param(
        "Company,Position,Interview Date,Why,Problems\nAcme,Dev,2026-02-20,remote,visa\n",
        id="own Why and Problems at the end",
    ),
    pytest.param(
        "Title line of the export,,,,,,page 1 of 1\n"
        "Company,Position,Interview Date\n"
        "Acme,Dev,2026-02-20,,,note past the header\n"
        "Total,1\n",
        id="fields past the header",
    ),
]


@pytest.mark.parametrize("text", CSV_CASES)
def test_csv_user_fields_are_kept(tmp_path: Path, text: str) -> None:
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    before = list(csv.reader(io.StringIO(text, newline="")))
    for as_of in (AS_OF, "2026-03-03"):
        run(path, as_of)
        after = csv_rows(path)
        assert len(after) == len(before)
        for old, new in zip(before, after, strict=True):
            assert new[: len(old)] == old  # every user field where it was
        header = next(r for r in after if "Follow-up status" in r)
        assert header.count("Follow-up status") == 1
        assert header[-len(TOOL) :] == TOOL
    written = path.read_bytes()
    run(path, "2026-03-03")
    assert path.read_bytes() == written


def test_csv_column_added_after_the_tools_and_tool_column_moved_first(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Company,Position,Interview Date\nAcme,Dev,2026-02-20\n", encoding="utf-8")
    run(path)
    rows = csv_rows(path)
    # The user moves the status to the front and adds a column at the end.
    rows = [[r[3], *r[:3], *r[4:], extra] for r, extra in zip(rows, ["Mine", "KEEP"], strict=True)]
    write_csv_rows(path, rows)
    run(path, "2026-03-03")
    after = csv_rows(path)
    assert after[0] == [
        "Follow-up status",
        "Company",
        "Position",
        "Interview Date",
        *TOOL[1:],
        "Mine",
    ]
    assert after[1][1:4] == ["Acme", "Dev", "2026-02-20"]
    assert after[1][0] == "Overdue"
    assert after[1][-1] == "KEEP"


# --- xlsx -----------------------------------------------------------------------------------


def jobs_workbook(path: Path, *rows: list[object]) -> Path:
    """A workbook of one sheet, "Jobs", holding ``rows`` (the header first)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Jobs"
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def build_xlsx(path: Path, *, table: bool = False, between: bool = False) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Jobs"
    headers = ["Company", "Position", "Interview Date", "Next action", "Why"]
    sheet.append(headers)
    sheet.append(["Acme", "Dev", dt.datetime(2026, 2, 20), "Send portfolio link", "remote"])
    if table:
        sheet.add_table(Table(displayName="Jobs", ref="A1:E2"))
    if between:
        sheet["F1"] = "Notes outside the table"
        sheet["F2"] = "mine"
    book.save(path)


@pytest.mark.parametrize(("table", "between"), [(False, False), (True, False), (True, True)])
def test_xlsx_own_columns_named_like_the_tools_are_kept(
    tmp_path: Path, table: bool, between: bool
) -> None:
    path = tmp_path / "t.xlsx"
    build_xlsx(path, table=table, between=between)
    first = 7 if between else 6  # the tool's first column, 1-based
    for as_of in (AS_OF, "2026-03-03"):
        run(path, as_of)
        sheet = openpyxl.load_workbook(path)["Jobs"]
        header = [c.value for c in sheet[1]]
        assert header[3:5] == ["Next action", "Why"]
        assert header[first - 1 :] == TOOL
        assert [sheet.cell(2, c).value for c in (4, 5)] == ["Send portfolio link", "remote"]
        assert sheet.cell(2, first + 1).value == "1st check-in"
        if table:
            # The tool's Next action and Why cannot join a table that has its own: the table
            # stays as the user made it.
            assert sheet.tables["Jobs"].ref == "A1:E2"


def test_a_table_is_not_stretched_over_a_column_outside_it(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Company", "Position", "Interview Date", "Notes outside the table"])
    sheet.append(["Acme", "Dev", dt.datetime(2026, 2, 20), "mine"])
    sheet.add_table(Table(displayName="Jobs", ref="A1:C2"))
    book.save(path)
    run(path)
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert sheet.tables["Jobs"].ref == "A1:C2"
    assert [c.value for c in sheet[1]][3:] == ["Notes outside the table", *TOOL]


def test_csv_tool_why_moved_first_beside_the_users_own_why(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text(
        "Company,Position,Interview Date,Why\nAcme,Dev,2026-02-20,Love the product\n",
        encoding="utf-8",
    )
    run(path)
    rows = csv_rows(path)
    at = len(rows[0]) - 2  # the tool's Why
    rows = [[r[at], *r[:at], *r[at + 1 :]] for r in rows]  # moved to the front
    write_csv_rows(path, rows)
    run(path, "2026-03-03")
    after = csv_rows(path)
    assert after[0][0] == "Why" and after[0][4] == "Why"
    assert after[1][4] == "Love the product"
    assert after[1][0].startswith("1st check-in: ")


def test_csv_a_users_own_columns_named_like_six_of_the_tools_stay_theirs(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    header = (
        "Company,Position,Interview Date,Follow-up status,Next action,Next due,Draft,Why,Problems"
    )
    row = "Acme,Dev,2026-02-20,emailed,call Jane,2026-03-10,my draft,dream job,long commute"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    run(path)
    after = csv_rows(path)
    assert after[1][:9] == [
        "Acme", "Dev", "2026-02-20", "emailed", "call Jane", "2026-03-10", "my draft",
        "dream job", "long commute",
    ]  # fmt: skip
    assert after[0][9:] == TOOL


DUE_HEADERS = [OWNED_COLUMNS[key] for key in OWNED_DATE_COLUMNS]


# A person's own due columns named like the tool's hold their dates in their own style; only
# the tool's whole set of headers lets a spreadsheet's restyled dates count as the tool's.
@pytest.mark.parametrize(
    "dates",
    [
        ["3/10/2026", "2/21/2026", "3/3/2026", "3/17/2026", "3/24/2026", "4/1/2026"],
        ["10.03.2026", "21.02.2026", "03.03.2026", "17.03.2026", "24.03.2026", "01.04.2026"],
        ["03/10/26", "02/21/26", "03/03/26", "03/17/26", "03/24/26", "04/01/26"],
    ],
    ids=["en-US", "de-DE", "2-digit-year"],
)
def test_csv_a_users_own_due_columns_named_like_the_tools_stay_theirs(
    tmp_path: Path, dates: list[str]
) -> None:
    path = tmp_path / "t.csv"
    header = ["Company", "Position", "Interview Date", "Next action", *DUE_HEADERS]
    path.write_text(
        ",".join(header) + "\n" + ",".join(["Acme", "Dev", "2026-02-20", "", *dates]) + "\n",
        encoding="utf-8",
    )
    run(path)
    after = csv_rows(path)
    assert after[0] == [*header, *TOOL]
    assert after[1][:10] == ["Acme", "Dev", "2026-02-20", "", *dates]
    assert after[1][10:14] == ["Overdue", "1st check-in", "2026-02-27", "2026-02-21"]


def test_xlsx_a_users_own_columns_named_like_six_of_the_tools_stay_theirs(tmp_path: Path) -> None:
    """No header note of the tool's, six of its names: the person's columns (every header the
    tool writes carries its note). The tool appends its whole set, and finds it again by the
    notes, run after run; a copy of the tool's whole set is still taken as the tool's."""
    mine = ["Follow-up status", "Next action", "Next due", "Draft", "Why", "Problems"]
    values = ["emailed", "call Jane", dt.datetime(2026, 3, 10), "my draft", "dream job", "far"]
    path = jobs_workbook(
        tmp_path / "t.xlsx",
        ["Company", "Position", "Interview Date", *mine],
        ["Acme", "Dev", dt.datetime(2026, 2, 20), *values],
    )
    for as_of in (AS_OF, "2026-03-03"):
        run(path, as_of)
        sheet = openpyxl.load_workbook(path)["Jobs"]
        assert [c.value for c in sheet[1]] == [
            "Company",
            "Position",
            "Interview Date",
            *mine,
            *TOOL,
        ]
        assert [sheet.cell(2, c).value for c in range(4, 10)] == values
        assert sheet.cell(2, 11).value == "1st check-in"


def test_xlsx_the_tools_whole_set_without_its_notes_is_the_tools(tmp_path: Path) -> None:
    """The tool's sheet copied as values into a new workbook (the notes lost): all twelve
    headers are the tool's, written over, not added twice."""
    path = jobs_workbook(
        tmp_path / "t.xlsx",
        ["Company", "Position", "Interview Date", *TOOL],
        ["Acme", "Dev", dt.datetime(2026, 2, 20), "Overdue", "old answer"],
    )
    run(path)
    sheet = openpyxl.load_workbook(path)["Jobs"]
    assert [c.value for c in sheet[1]] == ["Company", "Position", "Interview Date", *TOOL]
    assert sheet.cell(2, 5).value == "1st check-in"


def test_csv_a_note_on_a_row_not_written_yet_is_not_under_a_tool_column(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text(
        "Company,Position,Interview Date\nAcme,Dev,2026-02-20\n,,,,,see the offer letter\n",
        encoding="utf-8",
    )
    run(path)
    rows = csv_rows(path)
    assert rows[0].index("Follow-up status") == 6  # right of the note in column F
    rows[2][:3] = ["Beta", "PM", "2026-02-26"]  # the row is filled in later
    write_csv_rows(path, rows)
    run(path, "2026-03-03")
    after = csv_rows(path)
    assert after[2][5] == "see the offer letter"
    assert after[2][6] == "Overdue"


def test_xlsx_a_table_keeps_its_names_equal_to_the_header_cells(tmp_path: Path) -> None:
    path = jobs_workbook(
        tmp_path / "t.xlsx",
        ["Company", "Position", "Interview Date"],
        ["Acme", "Dev", dt.datetime(2026, 2, 20)],
    )
    run(path)
    book = openpyxl.load_workbook(path)
    sheet = book["Jobs"]
    why = [c.value for c in sheet[1]].index("Why") + 1
    sheet.cell(1, why).value = "WHY"  # the user's own spelling of the tool's header
    last = sheet.cell(1, sheet.max_column).column_letter
    sheet.add_table(Table(displayName="Jobs", ref=f"A1:{last}2"))
    book.save(path)
    run(path, "2026-03-03")
    sheet = openpyxl.load_workbook(path)["Jobs"]
    table = sheet.tables["Jobs"]
    names = [column.name for column in table.tableColumns]
    assert names == [c.value for c in sheet[1]]
    assert len({n.casefold() for n in names}) == len(names)


def test_status_colours_leave_a_user_column_among_the_tools_alone(tmp_path: Path) -> None:
    path = jobs_workbook(
        tmp_path / "t.xlsx",
        ["Company", "Position", "Interview Date", *TOOL[:3], "Mine", *TOOL[3:]],
        ["Acme", "Dev", dt.datetime(2026, 2, 20), None, None, None, "keep"],
    )
    run(path)
    sheet = openpyxl.load_workbook(path)["Jobs"]
    assert [c.value for c in sheet[1]][6] == "Mine" and sheet["G2"].value == "keep"
    ranges = {str(cf.sqref) for cf in sheet.conditional_formatting}
    assert ranges == {"A2 B2 D2:F2 H2:P2"}


def test_xlsx_after_libreoffice_a_retyped_or_deleted_tool_column_is_found_again(
    tmp_path: Path,
) -> None:
    """LibreOffice saves every note under one blank author, and the tool found its columns by
    its notes' author: after a save there, a retyped header ("Next due" to "Due") or a deleted
    column ("Why") made each run add a whole second set of twelve columns, the first left with
    live statuses over frozen dates. The note's words say it is the tool's: only the missing
    columns are added again, and the retyped one is the person's now, without the tool's note
    (its cells are left as they were)."""
    path = jobs_workbook(
        tmp_path / "t.xlsx",
        ["Company", "Position", "Interview Date"],
        ["Acme", "Dev", dt.datetime(2026, 2, 20)],
    )
    run(path)
    book = openpyxl.load_workbook(path)
    sheet = book["Jobs"]
    for cell in sheet[1]:
        if cell.comment is not None:
            cell.comment.author = " "  # as LibreOffice saves it
    sheet["F1"] = "Due"
    kept = sheet["F2"].value
    sheet.delete_cols(14)  # Why; its note goes with it
    book.save(path)
    run(path, "2026-03-03")
    sheet = openpyxl.load_workbook(path)["Jobs"]
    rest = [t for t in TOOL if t not in ("Next due", "Why")]
    assert [c.value for c in sheet[1]] == [
        "Company",
        "Position",
        "Interview Date",
        *rest[:2],
        "Due",
        *rest[2:],
        "Next due",
        "Why",
    ]
    assert sheet["F1"].comment is None and sheet["F2"].value == kept
    assert sheet["D1"].comment is not None and sheet["D1"].comment.author == "followup-batch"
    assert isinstance(sheet.cell(2, 15).value, dt.datetime)  # Next due, added again
    assert sheet.cell(2, 16).value.startswith("1st check-in")  # Why, added again


def test_a_second_table_below_the_tracker_is_left_as_it_is(tmp_path: Path) -> None:
    """Below the tracker, after a blank row and a title, another table under its own header:
    its rows are not read, and the run writes nothing into them."""
    second = [
        ["Applications (no interview yet)"],
        ["Company", "Position", "Date Applied", "Outcome"],
        ["Hooli", "ML Eng", dt.datetime(2026, 2, 2), "Applied"],
        ["Stark", "Designer", dt.datetime(2026, 2, 9), "Applied"],
    ]
    path = jobs_workbook(
        tmp_path / "t.xlsx",
        ["Company", "Position", "Interview Date", "Interview Type", "Outcome", "Notes"],
        ["Acme", "Analyst", dt.datetime(2026, 2, 20), "Video", "Interviewing", "good"],
        [],
        *second,
    )
    run(path)
    sheet = openpyxl.load_workbook(path)["Jobs"]
    header = [c.value for c in sheet[1]]
    assert header[6:] == TOOL
    assert sheet.cell(2, 8).value == "1st check-in"
    width = len(header)
    below = [[c.value for c in row] for row in sheet.iter_rows(min_row=4, max_col=width)]
    assert below == [cells + [None] * (width - len(cells)) for cells in second]


def _retype_status(path: Path) -> None:
    """In the sheet as the tool wrote it (its formulas' saved words kept): the status header
    retyped, E3 typed over, E4 a formula of the person's; E2 and E5 keep the tool's formula."""

    def edit(xml: bytes) -> bytes:
        xml = xml.replace(b"<t>Follow-up status</t>", b"<t>Status (auto)</t>")
        typed = b'<c r="E3" t="inlineStr"><is><t>Waiting on HR</t></is></c>'
        xml = re.sub(rb'<c r="E3"[^>]*>.*?</c>', typed, xml)
        mine = b'<c r="E4" t="str"><f>D4&amp;" call"</f><v>Phone call</v></c>'
        return re.sub(rb'<c r="E4"[^>]*>.*?</c>', mine, xml)

    rewrite_sheet(path, edit)


def _retype_next_due(path: Path) -> None:
    rewrite_sheet(path, lambda xml: xml.replace(b"<t>Next due</t>", b"<t>Due</t>"))


def _delete_why(path: Path) -> None:
    book = openpyxl.load_workbook(path)
    book["Jobs"].delete_cols(15)  # Why; its note goes with it
    book.save(path)


RETYPED_STATUS = (
    'E "Status (auto)" was the tool\'s Follow-up status: it is yours now, and its 2 formulas '
    "are now the words they showed; Follow-up status written again at Q"
)


@pytest.mark.parametrize(
    ("edit", "notices", "header", "cells"),
    [
        # The status header retyped: its tool formulas become the words they showed, a typed
        # word and a formula of the person's stay as they are (ot128 F3).
        (
            _retype_status,
            [RETYPED_STATUS],
            ["Status (auto)", *TOOL[1:], "Follow-up status"],
            {"E2": "Overdue", "E3": "Waiting on HR", "E4": '=D4&" call"', "E5": "Overdue"},
        ),
        (
            _retype_next_due,
            ['G "Due" was the tool\'s Next due: it is yours now; Next due written again at Q'],
            [*TOOL[:2], "Due", *TOOL[3:], "Next due"],
            {"G2": dt.datetime(2026, 2, 27)},
        ),
        (
            _delete_why,
            ["Why (deleted) written again at P"],
            [*TOOL[:10], "Problems", "Why"],
            {},
        ),
    ],
)
def test_xlsx_a_retyped_or_deleted_tool_column_is_said_once(
    tmp_path: Path,
    edit: Callable[[Path], None],
    notices: list[str],
    header: list[str],
    cells: dict[str, object],
) -> None:
    """A run says which of the tool's columns it found retyped or deleted and where it writes
    them again, without -v, once: the next run finds them where it wrote them."""
    path = jobs_workbook(
        tmp_path / "Maya Chen.xlsx",
        ["Company", "Position", "Interview Date", "Interview Type"],
        ["Acme", "Dev", dt.datetime(2026, 2, 20), "Video"],
        ["Birch", "PM", dt.datetime(2026, 2, 23), "Onsite"],
        ["Cobalt", "QA", dt.datetime(2026, 2, 24), "Phone"],
        ["Delta", "Ops", dt.datetime(2026, 2, 20), "Video"],
    )
    run(path)
    edit(path)
    said = []
    for as_of in (AS_OF, "2026-03-03"):
        result = CliRunner().invoke(main, ["run", "--as-of", as_of, str(path)])
        assert result.exit_code == 0, result.output
        said.append(
            [
                line.split("[Jobs]: ", 1)[1]
                for line in result.output.splitlines()[1:]
                if not line.startswith("  ")  # the line of where to look today
            ]
        )
    assert said == [notices, []]
    sheet = openpyxl.load_workbook(path)["Jobs"]
    assert [c.value for c in sheet[1]][4:] == header
    assert {ref: sheet[ref].value for ref in cells} == cells
