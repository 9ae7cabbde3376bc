"""A sheet whose header or values reach column XFD (issue 13 item 6): the tool's columns would
go past Excel's last column, so the file is refused with a message, never written. The message
names the cells in the last column used (ot148 F4), for the person to move."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main

LAST_COLUMN = 16_384  # XFD
REFUSED = (
    "t.xlsx: FAILED — the sheet's cells reach column {reach}, so the tool's 12 new columns would "
    "go past column XFD, the last one a sheet has; move those cells left (or delete empty "
    "columns before them) so that 12 columns are free after your last one, and run again; "
    "nothing was written\n1 of 1 file failed.\n"
)


@pytest.mark.parametrize(
    ("rows", "column", "reach"),
    [
        ([1], LAST_COLUMN - 3, "XFA (XFA1)"),
        ([2], LAST_COLUMN, "XFD (XFD2)"),
        ([1, 2], LAST_COLUMN, "XFD (XFD1, XFD2)"),
        ([1, 2, 3, 4], LAST_COLUMN - 1, "XFC (XFC1, XFC2, XFC3 and 1 more)"),
    ],
)
def test_columns_near_xfd_are_refused(
    tmp_path: Path, rows: list[int], column: int, reach: str
) -> None:
    path = tmp_path / "t.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Company", "Position", "Interview Date"])
    sheet.append(["A", "PM", "2026-11-10"])
    sheet.append(["B", "Dev", "2026-11-12"])
    sheet.append(["C", "QA", "2026-11-13"])
    for row in rows:
        sheet.cell(row=row, column=column, value="Notes")
    book.save(path)
    before = path.read_bytes()
    result = CliRunner().invoke(main, ["run", "--as-of", "2026-11-20", str(path)])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert (result.stdout, result.stderr) == ("", REFUSED.format(reach=reach))
    assert path.read_bytes() == before
