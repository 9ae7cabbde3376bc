"""A workbook with sheets of the user's own named like the tool's (Summary, Drafts,
Calendars): they are left as they are, the tool's take "… (followup-batch)" names, and the run
says which sheet to look at (it said nothing: the user looked for "Drafts", ot12 F5)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main

AS_OF = "2026-12-01"
NOTE = (
    'the workbook has a sheet of your own named "{yours}", left as it is; the tool\'s {wanted} '
    'sheet is "{wanted} (followup-batch)"'
)

# the user's sheets -> (the sheets after the run, the run's notes about them)
CASES = {
    "none": ([], ["Jobs", "Drafts", "Summary", "Calendars"], []),
    "Drafts": (
        ["Drafts"],
        ["Jobs", "Drafts", "Drafts (followup-batch)", "Summary", "Calendars"],
        [NOTE.format(yours="Drafts", wanted="Drafts")],
    ),
    "summary, in lower case": (
        ["summary"],
        ["Jobs", "summary", "Drafts", "Summary (followup-batch)", "Calendars"],
        [NOTE.format(yours="summary", wanted="Summary")],
    ),
    "all three": (
        ["Summary", "Drafts", "Calendars"],
        [
            "Jobs",
            "Summary",
            "Drafts",
            "Calendars",
            "Drafts (followup-batch)",
            "Summary (followup-batch)",
            "Calendars (followup-batch)",
        ],
        [
            NOTE.format(yours="Drafts", wanted="Drafts"),
            NOTE.format(yours="Summary", wanted="Summary"),
            NOTE.format(yours="Calendars", wanted="Calendars"),
        ],
    ),
}


def build(path: Path, own: list[str]) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Jobs"
    sheet.append(["Company", "Position", "Interview Date"])
    sheet.append(["Acme", "Dev", dt.datetime(2026, 11, 20)])
    for name in own:
        book.create_sheet(name)["A1"] = f"my own {name}"
    book.save(path)


def sheet_notes(path: Path) -> list[str]:
    result = CliRunner().invoke(main, ["run", "--as-of", AS_OF, "--json", str(path)])
    assert result.exit_code == 0, result.output
    (sheet,) = json.loads(result.stdout)["files"][0]["sheets"]
    return [n for n in sheet["notes"] if n.startswith("the workbook has a sheet")]


@pytest.mark.parametrize(("own", "sheets", "notes"), CASES.values(), ids=CASES.keys())
def test_the_tools_sheet_renamed_is_named_in_a_note(
    tmp_path: Path, own: list[str], sheets: list[str], notes: list[str]
) -> None:
    path = tmp_path / "Maya Chen.xlsx"
    build(path, own)
    assert sheet_notes(path) == notes
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == sheets
    assert [book[name]["A1"].value for name in own] == [f"my own {name}" for name in own]
