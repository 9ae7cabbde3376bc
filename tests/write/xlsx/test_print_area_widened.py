"""A print area (Page Layout > Print Area) that held the whole tracker grows over the tool's
columns, as Excel widens one over columns inserted inside it, so a printout shows each row's
status beside it. A print area of part of the tracker or elsewhere is the person's choice,
left as it is; one of several ranges is left with a note that says what to do."""

from __future__ import annotations

import datetime as dt
import json
import re
import warnings
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.worksheet.table import Table

from followup_batch.cli import main

AS_OF = "2026-12-01"
ROWS = [
    ["Acme", "Dev", dt.datetime(2026, 11, 20)],
    ["Beta", "QA", dt.datetime(2026, 11, 18)],
    ["Cobalt", "Dev", dt.datetime(2026, 11, 16)],
]
SEVERAL = (
    "the print area ('Jobs'!$A$1:$C$4,'Jobs'!$F$1:$G$2) was not widened over the tool's "
    "columns D:O, so a printout leaves them out: it is several ranges, printed on pages of "
    "their own; set it again over the tracker and the tool's columns (in Excel Page Layout > "
    "Print Area > Set Print Area, in LibreOffice Format > Print Ranges > Define)"
)

# (print area set, with a Referral? column in D, as an Excel Table) -> (after the run, note)
CASES = [
    ("A1:C4", False, False, "'Jobs'!$A$1:$O$4", None),
    ("A1:C4", False, True, "'Jobs'!$A$1:$O$4", None),  # the Table widened with it
    ("A1:C4", True, False, "'Jobs'!$A$1:$P$4", None),  # the person's column printed too
    ("A2:C4", False, False, "'Jobs'!$A$2:$O$4", None),  # the header printed as a title
    ("A:C", False, False, "'Jobs'!$A:$O", None),
    ("A1:B4", False, False, "'Jobs'!$A$1:$B$4", None),  # a part of the tracker
    ("A10:C12", False, False, "'Jobs'!$A$10:$C$12", None),  # somewhere else
    (
        "A1:C4,F1:G2",
        False,
        False,
        "'Jobs'!$A$1:$C$4,'Jobs'!$F$1:$G$2",
        SEVERAL,
    ),
]


def build(path: Path, area: str, *, referral: bool, table: bool) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Jobs"
    sheet.append(["Company", "Position", "Interview Date", *(["Referral?"] if referral else [])])
    for row in ROWS:
        sheet.append([*row, *(["yes"] if referral else [])])
    if table:
        sheet.add_table(Table(displayName="Jobs", ref="A1:C4"))
    whole_columns = not re.search(r"\d", area)
    sheet.print_area = "A1:C4" if whole_columns else area.split(",")
    book.save(path)
    if whole_columns:  # as Excel saves a print area set on selected columns
        with zipfile.ZipFile(path) as package:
            parts = {name: package.read(name) for name in package.namelist()}
        parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
            b"'Jobs'!$A$1:$C$4", b"'Jobs'!$A:$C"
        )
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
            for name, data in parts.items():
                package.writestr(name, data)


def print_area(path: Path) -> str:
    """The sheet's print area as the workbook holds it."""
    with zipfile.ZipFile(path) as package:
        workbook = package.read("xl/workbook.xml").decode()
    (text,) = re.findall(r'<definedName name="_xlnm.Print_Area"[^>]*>([^<]*)<', workbook)
    return text


def run_notes(path: Path) -> list[str]:
    """The write's notes of a run (the --json summary's, those of the reading aside)."""
    result = CliRunner().invoke(main, ["run", "--as-of", AS_OF, "--json", str(path)])
    assert result.exit_code == 0, result.output
    (sheet,) = json.loads(result.stdout)["files"][0]["sheets"]
    reading = ("drafts are unsigned", "unchanged", '"Notes" is kept private', "Left alone:")
    return [n for n in sheet["notes"] if not n.startswith(reading)]


@pytest.mark.parametrize(("area", "referral", "table", "after", "note"), CASES)
def test_a_print_area_of_the_whole_tracker_reaches_the_tools_columns(
    tmp_path: Path, area: str, referral: bool, table: bool, after: str, note: str | None
) -> None:
    path = tmp_path / "Maya Chen.xlsx"
    build(path, area, referral=referral, table=table)
    assert run_notes(path) == ([note] if note else [])
    assert print_area(path) == after
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl cannot read a print area of whole columns
        sheet = openpyxl.load_workbook(path)["Jobs"]
    assert sheet.cell(1, 5 if referral else 4).value == "Follow-up status"

    # A second run writes nothing, and says the same.
    written = path.read_bytes()
    (tmp_path / ".followup-backups" / "Maya Chen.xlsx.last-run.json").unlink()  # a full run
    assert run_notes(path) == ([note] if note else [])
    assert path.read_bytes() == written
