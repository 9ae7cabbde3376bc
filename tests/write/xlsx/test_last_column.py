"""A sheet whose header or values reach column XFD (issue 13 item 6): the tool's columns would
go past Excel's last column, so the file is refused with a message, never written."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main

LAST_COLUMN = 16_384  # XFD


@pytest.mark.parametrize(
    ("row", "column", "letter"),
    [(1, LAST_COLUMN - 3, "XFA"), (1, LAST_COLUMN, "XFD"), (2, LAST_COLUMN, "XFD")],
)
def test_columns_near_xfd_are_refused(tmp_path: Path, row: int, column: int, letter: str) -> None:
    path = tmp_path / "t.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Company", "Position", "Interview Date"])
    sheet.append(["A", "PM", "2026-11-10"])
    sheet.cell(row=row, column=column, value="Notes")
    book.save(path)
    before = path.read_bytes()
    result = CliRunner().invoke(main, ["run", "--as-of", "2026-11-20", str(path)])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"column {letter}" in result.output
    assert "past column XFD, the last one a sheet has" in result.output
    assert path.read_bytes() == before
