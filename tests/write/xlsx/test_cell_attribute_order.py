"""The tool's cells of an earlier run are its own whatever the order of their attributes
(report ot99 F3): ``<c t="str" r="H2">`` is valid XML that some writers save, and the re-run
refused the whole file, calling the tool's status formula and texts the person's. A person who
clears a row's status alone is told so, not that the tool's texts are theirs. Workbooks are
reopened with openpyxl and python-calamine."""

from __future__ import annotations

import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
import python_calamine
from click.testing import CliRunner

from followup_batch.cli import main

SAMPLE = Path(__file__).resolve().parents[3] / "sample_data"
FIRST, NEXT = "2026-11-20", "2026-11-21"
SHEET = "xl/worksheets/sheet1.xml"
NIMBUS = 5  # a row of the sample tracker with its 2nd check-in due
_CELL_START = re.compile(rb'<c r="([A-Z]+\d+)"([^>]*?)(/?)>')


def run(path: Path, as_of: str, code: int = 0) -> str:
    result = CliRunner().invoke(main, ["run", str(path), "--as-of", as_of])
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    return result.output


def edited(path: Path, change: Callable[[bytes], bytes]) -> None:
    with zipfile.ZipFile(path) as package:
        members = [(info, package.read(info)) for info in package.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in members:
            package.writestr(info, change(data) if info.filename == SHEET else data)


def r_last(data: bytes) -> bytes:
    """Every cell's ``r`` after its other attributes: ``<c s="4" t="str" r="H2">``."""
    return _CELL_START.sub(lambda m: b"<c" + m[2] + b' r="' + m[1] + b'"' + m[3] + b">", data)


def header(path: Path) -> list[str]:
    return [str(cell.value) for cell in openpyxl.load_workbook(path).worksheets[0][1]]


@pytest.fixture
def tracker(tmp_path: Path) -> Path:
    path = tmp_path / "tracker.xlsx"
    shutil.copyfile(SAMPLE / path.name, path)
    run(path, FIRST)
    return path


@pytest.mark.parametrize("reordered", ["the tool's sheet", "nothing"])
def test_a_re_run_finds_its_cells_whatever_their_attributes_order(
    tracker: Path, reordered: str
) -> None:
    if reordered != "nothing":
        edited(tracker, r_last)
        with zipfile.ZipFile(tracker) as package:
            assert b'<c r="' not in package.read(SHEET)
    titles = header(tracker)
    status = titles.index("Follow-up status")
    before = python_calamine.CalamineWorkbook.from_path(str(tracker))
    rows_before = before.get_sheet_by_index(0).to_python()

    out = run(tracker, NEXT)
    assert "FAILED" not in out
    sheet = openpyxl.load_workbook(tracker).worksheets[0]
    formulas = [row[status].value for row in sheet.iter_rows(min_row=2, max_row=6)]
    assert all(str(f).startswith("=IF(") for f in formulas)
    after = python_calamine.CalamineWorkbook.from_path(str(tracker)).get_sheet_by_index(0)
    rows_after = after.to_python()
    # The person's columns are as they were; the tool's cells stand once each.
    assert [row[:status] for row in rows_after] == [row[:status] for row in rows_before]
    with zipfile.ZipFile(tracker) as package:
        refs = re.findall(rb'\sr="([A-Z]+\d+)"', package.read(SHEET))
    assert len(refs) == len(set(refs))
    assert "(unchanged, nothing written)" in run(tracker, NEXT)


def test_a_status_cleared_alone_is_said_as_such(tracker: Path) -> None:
    letter = openpyxl.utils.get_column_letter(header(tracker).index("Follow-up status") + 1)
    ref = f"{letter}{NIMBUS}".encode()
    edited(tracker, lambda data: re.sub(rb'<c r="' + ref + rb'".*?</c>', b"", data, count=1))
    before = tracker.read_bytes()

    out = run(tracker, NEXT, code=1)
    assert tracker.read_bytes() == before
    status = f'the Follow-up status {letter}{NIMBUS} on sheet "Interviews" is empty, but row '
    assert status in out
    assert f"{NIMBUS} still holds the tool's texts of an earlier run in the tool's columns (" in out
    assert "put the status back (undo, or copy the status cell above down)" in out
    assert "hold values the tool did not write" not in out


def test_a_persons_cells_in_a_row_without_status_are_still_theirs(tracker: Path) -> None:
    """A status cleared where ``Next action`` holds the person's words, not the tool's label:
    the row's cells are called theirs, as before."""
    titles = header(tracker)
    status = openpyxl.utils.get_column_letter(titles.index("Follow-up status") + 1)
    action = openpyxl.utils.get_column_letter(titles.index("Next action") + 1)

    def change(data: bytes) -> bytes:
        data = re.sub(rb'<c r="' + f"{status}{NIMBUS}".encode() + rb'".*?</c>', b"", data)
        mine = f'<c r="{action}{NIMBUS}" t="inlineStr"><is><t>call Chris</t></is></c>'
        return re.sub(rb'<c r="' + f"{action}{NIMBUS}".encode() + rb'".*?</c>', mine.encode(), data)

    edited(tracker, change)
    out = run(tracker, NEXT, code=1)
    assert "hold values the tool did not write" in out
    assert "is empty, but row" not in out
