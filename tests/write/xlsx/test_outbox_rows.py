"""The Drafts sheet stays true when the person sorts, inserts or deletes tracker rows between
runs (issue 15): each `Tracker row` link is a formula over a reference to the row's Company
cell, so it follows inserted and deleted rows as both Excel and LibreOffice adjust
references; a sort moves values, not references, so each `Urgency` checks that its tracker row
still holds the message's company and position and says "Row moved — run again" when not.

The edits are made in LibreOffice itself (``support.calc_edits``), as a person makes them.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import pytest
from calc_edits import uno_python

from followup_batch.batch import RunOptions, process_file
from followup_batch.config import Config
from followup_batch.write.xlsx.design import LEGEND, header_note
from followup_batch.write.xlsx.formulas import (
    ROW_DELETED,
    ROW_MOVED,
    computed_on,
    row_checks,
    row_link,
)

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "sample_data" / "tracker.xlsx"
AS_OF = dt.date(2026, 11, 20)
SHEET = "Interviews"
COMPANY, POSITION = "B", "C"  # the sample's Company and Position columns


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("outbox_rows") / "tracker.xlsx"
    shutil.copy(SAMPLE, path)
    process_file(path, Config(), RunOptions(AS_OF))
    return path


def outbox(path: Path) -> list[dict[str, object]]:
    """The Drafts sheet's rows as the file holds them: formulas and their saved values."""
    formulas = openpyxl.load_workbook(path)["Drafts"]
    values = openpyxl.load_workbook(path, data_only=True)["Drafts"]
    header = [c.value for c in values[1]]
    rows = []
    for formula_row, value_row in zip(
        formulas.iter_rows(min_row=2), values.iter_rows(min_row=2), strict=True
    ):
        row = {name: cell.value for name, cell in zip(header, value_row, strict=True)}
        row["formulas"] = {n: c.value for n, c in zip(header, formula_row, strict=True)}
        row["link"] = formula_row[header.index("Tracker row")]
        rows.append(row)
    return rows


def linked_row(row: dict[str, object]) -> int | None:
    text = str(row["Tracker row"])
    return None if text == ROW_DELETED else int(text.rsplit(" ", 1)[-1])


def test_tracker_row_links_are_formulas_that_follow_the_rows_company_cell(written):
    rows = outbox(written)
    assert rows
    for row in rows:
        number = linked_row(row)
        assert row["Tracker row"] == f"{SHEET} row {number}"
        assert row["formulas"]["Tracker row"] == (
            f"=IFERROR(HYPERLINK(\"#'{SHEET}'!A\"&ROW('{SHEET}'!${COMPANY}${number}),"
            f'"{SHEET} row "&ROW(\'{SHEET}\'!${COMPANY}${number})),"{ROW_DELETED}")'
        )
        link = row["link"]
        assert link.hyperlink is None  # a fixed location would not follow the row
        assert link.font.underline == "single"  # still looks like the link it is


def test_urgency_checks_the_row_still_holds_the_messages_company_and_position(written):
    for i, row in enumerate(outbox(written), start=2):
        number = linked_row(row)
        formula = str(row["formulas"]["Urgency"])
        assert formula.startswith(
            f"=IFERROR(IF(AND('{SHEET}'!${COMPANY}${number}=$C{i},"
            f"'{SHEET}'!${POSITION}${number}=$D{i}),IF("
        )
        assert formula.endswith(f',"{ROW_MOVED}"),"{ROW_DELETED}")')


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        # Each cell tested: its tracker column, the text read at row 5, the Drafts row showing
        # that text (None: the Drafts cell shows it otherwise, or not at all).
        # The Drafts sheet shows the text the tracker cell held: compared with that cell.
        ([("'T'!$B$", "Acme", 2), ("'T'!$C$", "Analyst", 2)],
         "AND('T'!$B$5=$C2,'T'!$C$5=$D2)"),
        # Shown differently (a trailing space the reader kept): compared with the text read.
        ([("'T'!$B$", 'Acme "EU" ', None)], "'T'!$B$5=\"Acme \"\"EU\"\" \""),
        # A number, an empty cell under a merge, a text too long: not tested.
        ([("'T'!$B$", 42, None), ("'T'!$C$", "Analyst", 7)], "'T'!$C$5=$D7"),
        ([("'T'!$B$", None, None), ("'T'!$C$", "x" * 256, None)], ""),
        ([("'T'!$B$", "", None), ("'T'!$C$", "", None)], ""),
        # A text on two lines (Alt+Enter): its line feed joined in as CHAR(10) (fx217).
        ([("'T'!$B$", "Acme\nGmbH", None), ("'T'!$C$", "", None)],
         "'T'!$B$5=\"Acme\"&CHAR(10)&\"GmbH\""),
        ([("'T'!$B$", 'Say "Hi"\n\nLtd\n', None)],
         "'T'!$B$5=\"Say \"\"Hi\"\"\"&CHAR(10)&\"\"&CHAR(10)&\"Ltd\"&CHAR(10)&\"\""),
        # A lone carriage return stays in the quotes (written &#13;, ot99 F1); a CR LF
        # (Excel's _x000D_ and a line feed) is one line feed in the cell as tested, as
        # LibreOffice opens it and Excel keeps it.
        ([("'T'!$B$", "Acme\rGmbH", None)], "'T'!$B$5=\"Acme\rGmbH\""),
        ([("'T'!$B$", "Acme\r\nGmbH", None)],
         "SUBSTITUTE('T'!$B$5,CHAR(13)&CHAR(10),CHAR(10))=\"Acme\"&CHAR(10)&\"GmbH\""),
        # Shown in the Drafts sheet as read: compared with that cell.
        ([("'T'!$B$", "Acme\nGmbH", 3)], "'T'!$B$5=$C3"),
        ([("'T'!$B$", "x" * 255, None)], "'T'!$B$5=\"" + "x" * 255 + '"'),
        ([("'T'!$B$", "Acme", None), ("'T'!$C$", "Analyst", 2), ("'T'!$D$", "EU", None)],
         "AND('T'!$B$5=\"Acme\",'T'!$C$5=$D2,'T'!$D$5=\"EU\")"),
    ],
)  # fmt: skip
def test_row_check(cells, expected):
    drafts = ["$C", "$D", "$E"]
    columns = [
        (column, [5], [value], drafts[i], [shown]) for i, (column, value, shown) in enumerate(cells)
    ]
    assert row_checks(columns) == [expected]


def test_row_checks_are_made_a_column_at_a_time_for_every_row():
    """Each row's test from its own cells: a text repeated down the column is quoted once, a
    row whose cells hold nothing to test gets none."""
    companies = (
        "'T'!$B$",
        [2, 3, 4, 5],
        ["Acme", 'Acme "EU"', None, 'Acme "EU"'],
        "$C",
        [2, None, None, None],
    )
    positions = (
        "'T'!$C$",
        [2, 3, 4, 5],
        ["Analyst", "a\nb", 7, "Analyst"],
        "$D",
        [2, None, None, 5],
    )
    assert row_checks([companies, positions]) == [
        "AND('T'!$B$2=$C2,'T'!$C$2=$D2)",
        "AND('T'!$B$3=\"Acme \"\"EU\"\"\",'T'!$C$3=\"a\"&CHAR(10)&\"b\")",
        "",
        "AND('T'!$B$5=\"Acme \"\"EU\"\"\",'T'!$C$5=$D5)",
    ]  # fmt: skip


def test_row_link_quotes_the_sheet_name():
    assert row_link('Bob\'s "jobs"', "D", 12) == (
        "IFERROR(HYPERLINK(\"#'Bob''s \"\"jobs\"\"'!A\"&ROW('Bob''s \"jobs\"'!$D$12),"
        '"Bob\'s ""jobs"" row "&ROW(\'Bob\'\'s "jobs"\'!$D$12)),'
        f'"{ROW_DELETED}")',
        'Bob\'s "jobs" row 12',
    )


def test_the_words_say_what_is_live_and_what_is_the_runs():
    """Closed rows of a rejected application show a networking check-in due: the legend
    said "nothing more to send". Next action is the run's: said where the status is."""
    assert dict(LEGEND)["Closed"] == (
        "grey: the application is over; a networking check-in at most, on its Next due"
    )
    assert computed_on(AS_OF) == (
        "Computed on Fri 2026-11-20; statuses update with today's date, Next action and the "
        "dates are this run's: run again for the next step"
    )
    assert "Next action and the dates are this run's (run again for the next step)" in (
        header_note("status", "2026-11-20", 2)
    )


@pytest.mark.parametrize(
    ("due_soon_bd", "words"),
    [
        (1, "due within 1 business day"),
        (2, "due within 2 business days"),
        (5, "due within 5 business days"),
    ],
)
def test_the_legend_says_the_configured_due_soon_horizon(due_soon_bd, words):
    """``[rules.status] due_soon_bd`` in the status header's note, one day said as one."""
    lines = header_note("status", "2026-11-20", due_soon_bd).splitlines()
    assert f"Due soon — yellow: {words}" in lines


needs_calc = pytest.mark.skipif(
    uno_python() is None, reason="LibreOffice or its Python bridge (python3-uno) is missing"
)


def tracker_rows(path: Path) -> dict[int, tuple[object, object]]:
    sheet = openpyxl.load_workbook(path, data_only=True)[SHEET]
    return {
        row: (sheet[f"{COMPANY}{row}"].value, sheet[f"{POSITION}{row}"].value)
        for row in range(2, sheet.max_row + 1)
    }


def first_message_row(path: Path) -> int:
    number = linked_row(outbox(path)[0])
    assert number is not None
    return number


@needs_calc
@pytest.mark.slow
@pytest.mark.parametrize(
    "edit",
    [
        {"op": "sort", "sheet": SHEET, "column": 1, "ascending": False},  # by Company, Z-A
        {"op": "insert_row", "sheet": SHEET, "row": 3},
        {"op": "delete_row", "sheet": SHEET, "row": "first message's"},
    ],
    ids=["sort", "insert", "delete"],
)
def test_after_an_edit_in_calc_each_message_points_at_its_row_or_says_it_moved(
    written, edit, tmp_path
):
    path = tmp_path / "edited.xlsx"
    shutil.copy(written, path)
    before = outbox(written)
    edit = dict(edit)
    if edit.get("row") == "first message's":
        edit["row"] = first_message_row(written)
    from calc_edits import edit_in_calc

    edit_in_calc(path, [edit], tmp_path / "profile")
    after = outbox(path)
    rows = tracker_rows(path)
    assert [(r["Company"], r["Position"]) for r in after] == [
        (r["Company"], r["Position"]) for r in before
    ]
    wrong = []
    moved = deleted = 0
    for was, row in zip(before, after, strict=True):
        number = linked_row(row)
        if number is None:  # the row is gone
            deleted += 1
            assert edit["op"] == "delete_row" and linked_row(was) == edit["row"]
            assert row["Urgency"] == ROW_DELETED
            continue
        holds = rows.get(number) == (row["Company"], row["Position"])
        moved += not holds
        if holds == (row["Urgency"] == ROW_MOVED):
            wrong.append((row["Company"], number, rows.get(number), row["Urgency"]))
    assert wrong == []
    if edit["op"] == "sort":
        assert moved  # the sort did move rows under the references
    else:
        assert moved == 0  # the links followed the rows
    gone = [was for was in before if edit["op"] == "delete_row" and linked_row(was) == edit["row"]]
    assert deleted == len(gone)
    assert edit["op"] != "delete_row" or gone
