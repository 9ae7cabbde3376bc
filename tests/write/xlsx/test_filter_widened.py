"""A plain filter (Data > Filter, no Excel Table) on the tracker grows over the tool's columns
wherever they land, over the person's own columns between as Excel extends a filter, its
criteria kept: sorting from its arrows then moves each row's status and draft with it. When a
table of the person's stands between, the filter stays as it is and the run says so."""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.worksheet.table import Table

from followup_batch.cli import main
from followup_batch.write.columns import OWNED_COLUMNS

AS_OF = "2026-12-01"
TOOL = list(OWNED_COLUMNS.values())
ROWS = [
    ["Acme", "Dev", dt.datetime(2026, 11, 20)],
    ["Beta", "QA", dt.datetime(2026, 11, 18)],
    ["Cobalt", "Dev", dt.datetime(2026, 11, 16)],
]
# What stands right of the tracker's three columns, header first, on every row.
BESIDE = {
    "tool next to it": [],
    "a column of yours beside it": [["Referral?", "yes", "no", "yes"]],
    "an empty column, then yours": [[None] * 4, ["Notes 2", "call back", None, "ask Jo"]],
    "a table of yours between": [["Ref", "x", "y", "z"], ["Amount", 1, 2, 3]],
}
NOT_WIDENED = (
    "the filter (A1:C4) was not widened over the tool's columns F:Q, so sorting from its arrows "
    'moves your rows away from their statuses and drafts: the table "Other" (D1:E4) stands '
    "between them, and a filter cannot reach into a table; move it elsewhere and delete the "
    "emptied columns, and the next run widens the filter"
)
# layout -> (the filter's range after the run, its hidden _FilterDatabase name, the note)
CASES = {
    "tool next to it": ("A1:O4", "'Jobs'!$A$1:$O$4", None),
    "a column of yours beside it": ("A1:P4", "'Jobs'!$A$1:$P$4", None),
    "an empty column, then yours": ("A1:Q4", "'Jobs'!$A$1:$Q$4", None),
    "a table of yours between": ("A1:C4", "'Jobs'!$A$1:$C$4", NOT_WIDENED),
}


def build(path: Path, layout: str) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Jobs"
    sheet.append(["Company", "Position", "Interview Date"])
    for row in ROWS:
        sheet.append(row)
    for offset, column in enumerate(BESIDE[layout], start=4):
        for row, value in enumerate(column, start=1):
            sheet.cell(row, offset, value)
    sheet.auto_filter.ref = "A1:C4"
    sheet.auto_filter.add_filter_column(1, ["Dev"])  # Position: Dev
    if layout == "a table of yours between":
        sheet.add_table(Table(displayName="Other", ref="D1:E4"))
    book.save(path)


def filter_database(path: Path) -> str:
    """The hidden name Excel keeps of the filter's range, as the workbook holds it."""
    with zipfile.ZipFile(path) as package:
        workbook = package.read("xl/workbook.xml").decode()
    (text,) = re.findall(r'<definedName name="_xlnm._FilterDatabase"[^>]*>([^<]*)<', workbook)
    return text


def run_notes(path: Path) -> list[str]:
    """The write's notes of a run (the --json summary's, those of the reading aside)."""
    result = CliRunner().invoke(main, ["run", "--as-of", AS_OF, "--json", str(path)])
    assert result.exit_code == 0, result.output
    (sheet,) = json.loads(result.stdout)["files"][0]["sheets"]
    reading = ("drafts are unsigned", "unchanged", '"Notes" is kept private', "Left alone:")
    return [n for n in sheet["notes"] if not n.startswith(reading)]


@pytest.mark.parametrize("layout", list(CASES))
def test_a_plain_filter_reaches_the_tools_columns(tmp_path: Path, layout: str) -> None:
    ref, database, note = CASES[layout]
    path = tmp_path / "Maya Chen.xlsx"
    build(path, layout)
    assert run_notes(path) == ([note] if note else [])

    book = openpyxl.load_workbook(path)
    sheet = book["Jobs"]
    first = 4 + len(BESIDE[layout])
    assert [sheet.cell(1, c).value for c in range(first, first + len(TOOL))] == TOOL
    assert sheet.auto_filter.ref == ref
    # The person's criterion is kept, on the column it was set on.
    (criterion,) = sheet.auto_filter.filterColumn
    assert (criterion.colId, criterion.filters.filter) == (1, ["Dev"])
    assert filter_database(path) == database

    # A second run writes nothing, and says the same.
    written = path.read_bytes()
    (tmp_path / ".followup-backups" / "Maya Chen.xlsx.last-run.json").unlink()  # a full run
    assert run_notes(path) == ([note] if note else [])
    assert path.read_bytes() == written
