"""Charts and pictures floating where the tool adds its columns move right with them, as Excel
moves them when columns are inserted; one that starts in the person's columns stays, and a
note says which of the tool's columns it covers; a second run moves nothing and writes
nothing."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.chart import BarChart, Reference
from openpyxl.drawing.image import Image
from openpyxl.drawing.spreadsheet_drawing import AbsoluteAnchor, AnchorMarker, TwoCellAnchor
from openpyxl.drawing.xdr import XDRPoint2D, XDRPositiveSize2D
from openpyxl.worksheet.worksheet import Worksheet
from PIL import Image as PILImage

from followup_batch.cli import main

AS_OF = "2026-12-01"
XDR = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"
EMU = 9525  # per pixel
# The tracker is A:C; the tool adds its 12 columns D:O.
NEW = "right of the tool's new columns D:O, as Excel moves it when columns are inserted there"
COVERS = (
    "covers the tool's columns D:E (Follow-up status to Next action) down to row 9; the tool "
    "moves only what starts right of your columns, and only when it adds columns: move it (or "
    "make it narrower) to see them"
)


def two_cell(first: tuple[int, int], last: tuple[int, int], edit_as: str) -> TwoCellAnchor:
    """A two-cell anchor from/to 0-based (column, row) corners."""
    return TwoCellAnchor(
        editAs=edit_as,
        _from=AnchorMarker(col=first[0], row=first[1]),
        to=AnchorMarker(col=last[0], row=last[1]),
    )


# The absolute chart starts at E2: 4 columns of 64 px, 1 row of 20 px.
ABSOLUTE = AbsoluteAnchor(
    pos=XDRPoint2D(x=256 * EMU, y=20 * EMU), ext=XDRPositiveSize2D(cx=3_000_000, cy=1_500_000)
)
# Its new left edge, Q2's: A:C and P at the default 64 px, and the tool's 12 columns at their
# widths, the dates' as wide as their headers on one line (22, 20, 12, 15, 18, 18, 21, 16, 30,
# 60, 60, 40 characters: 154, 140, 84, 105, 126, 126, 147, 112, 210, 420, 420 and 280 px).
ABSOLUTE_AFTER = (4 * 64 + 2324) * EMU

# anchor -> (the object's anchor after the run: 0-based from column, to column or x;
#            the run's note)
CASES: dict[str, tuple[tuple[int, int | None], str]] = {
    # a one-cell chart at E2, right beside the data: to Q2
    "one-cell chart at E2": ((16, None), f'the chart "Chart 1" was moved from E2 to Q2, {NEW}'),
    # every column right of the data hidden, as Excel saves "hide all to the right": the tool's
    # columns are shown and the hidden run starts at P; the note names the chart's cell, not
    # XFD, the first column shown at its left edge (outside test ot39, F1)
    "one-cell chart at E2, D:XFD hidden": (
        (16, None),
        f'the chart "Chart 1" was moved from E2 to Q2, {NEW}',
    ),
    # a picture exactly where the tool's first column goes
    "picture at D5": ((15, None), f'the picture "Image 1" was moved from D5 to P5, {NEW}'),
    "two-cell chart F2:K12": ((17, 22), f'the chart "Chart 1" was moved from F2 to R2, {NEW}'),
    # "don't move or size with cells" is about the person's own edits: it moves all the same
    "two-cell chart set absolute": (
        (17, 22),
        f'the chart "Chart 1" was moved from F2 to R2, {NEW}',
    ),
    # far right, over nothing: it keeps its place beside the other objects, as in Excel
    "one-cell chart at Z2": ((37, None), f'the chart "Chart 1" was moved from Z2 to AL2, {NEW}'),
    "absolute chart at E2": (
        (ABSOLUTE_AFTER, None),
        f'the chart "Chart 1" was moved from E2 to Q2, {NEW}',
    ),
    # starting in the person's column B: it stays, and covers the tool's first two columns
    "two-cell chart B2:E9 over the tool's": ((1, 5), f'the chart "Chart 1" at B2 {COVERS}'),
}


def jobs_book() -> tuple[openpyxl.Workbook, Worksheet]:
    """A two-row tracker on a sheet "Jobs", for a floating object to be put beside."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Jobs"
    sheet.append(["Company", "Position", "Interview Date"])
    sheet.append(["Acme", "Dev", dt.datetime(2026, 11, 20)])
    sheet.append(["Beta", "QA", dt.datetime(2026, 11, 18)])
    return book, sheet


def build(path: Path, case: str) -> None:
    book, sheet = jobs_book()
    if case == "picture at D5":
        logo = path.with_name("logo.png")
        PILImage.new("RGB", (40, 40), "red").save(logo)
        sheet.add_image(Image(logo), "D5")
        book.save(path)
        return
    chart = BarChart()
    chart.add_data(Reference(sheet, min_col=3, min_row=1, max_row=3), titles_from_data=True)
    anchor: object = {
        "one-cell chart at E2": "E2",
        "one-cell chart at E2, D:XFD hidden": "E2",
        "one-cell chart at Z2": "Z2",
        "two-cell chart F2:K12": two_cell((5, 1), (10, 11), "twoCell"),
        "two-cell chart set absolute": two_cell((5, 1), (10, 11), "absolute"),
        "absolute chart at E2": ABSOLUTE,
        # its corner at F10's top-left: over B2:E9
        "two-cell chart B2:E9 over the tool's": two_cell((1, 1), (5, 9), "oneCell"),
    }[case]
    if case.endswith("D:XFD hidden"):
        sheet.column_dimensions.group("D", "XFD", hidden=True)
    if isinstance(anchor, str):
        sheet.add_chart(chart, anchor)
    else:
        chart.anchor = anchor
        sheet.add_chart(chart)
    book.save(path)


def placed(path: Path) -> tuple[int, int | None]:
    """The one object's anchor: its from column and its to column (two-cell), or its x
    (absolute)."""
    with zipfile.ZipFile(path) as package:
        drawing = ElementTree.fromstring(package.read("xl/drawings/drawing1.xml"))
    (anchor,) = list(drawing)
    if anchor.tag == XDR + "absoluteAnchor":
        pos = anchor.find(XDR + "pos")
        assert pos is not None
        return int(pos.get("x", "")), None
    column = anchor.findtext(f"{XDR}from/{XDR}col")
    assert column is not None
    to = anchor.findtext(f"{XDR}to/{XDR}col")
    return int(column), None if to is None else int(to)


def run_notes(path: Path, *options: str) -> list[str]:
    """The write's notes of a run (the --json summary's, those of the reading aside, and the
    dry run's list of what it would add)."""
    result = CliRunner().invoke(main, ["run", "--as-of", AS_OF, "--json", *options, str(path)])
    assert result.exit_code == 0, result.output
    (sheet,) = json.loads(result.stdout)["files"][0]["sheets"]
    said = ("drafts are unsigned", "unchanged", "a run would add")
    return [n for n in sheet["notes"] if not n.startswith(said)]


@pytest.mark.parametrize("case", list(CASES))
def test_floating_objects_and_the_tools_columns(tmp_path: Path, case: str) -> None:
    anchor, note = CASES[case]
    path = tmp_path / "Maya Chen.xlsx"
    build(path, case)
    # The dry run says what the run would do, in its words (outside test ot39, F2).
    assert run_notes(path, "--dry-run") == [note.replace("was moved", "would be moved")]
    assert run_notes(path) == [note]
    assert placed(path) == anchor
    sheet = openpyxl.load_workbook(path)["Jobs"]
    assert [sheet.cell(1, c).value for c in (4, 15)] == ["Follow-up status", "Problems"]

    # A later run adds no columns: nothing moves, nothing is written, and it says no move,
    # neither a re-run that finds the file unchanged (outside test ot39, F2) nor a full run;
    # an object over the tool's columns is still said.
    written = path.read_bytes()
    assert run_notes(path) == ([note] if "covers" in note else [])
    (tmp_path / ".followup-backups" / "Maya Chen.xlsx.last-run.json").unlink()
    assert run_notes(path) == ([note] if "covers" in note else [])
    assert path.read_bytes() == written


X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"
XM = "http://schemas.microsoft.com/office/excel/2006/main"


def sparklines(*groups: list[str]) -> bytes:
    """The sheet's extLst with a sparkline group of each list of cells, each drawing C2:C3."""
    made = "".join(
        '<x14:sparklineGroup><x14:colorSeries rgb="FF376092"/><x14:sparklines>'
        + "".join(
            f"<x14:sparkline><xm:f>Jobs!C2:C3</xm:f><xm:sqref>{cell}</xm:sqref></x14:sparkline>"
            for cell in cells
        )
        + "</x14:sparklines></x14:sparklineGroup>"
        for cells in groups
    )
    return (
        f'<extLst><ext uri="{{05C60535-1F16-4fd2-B633-F4F36F0B64E0}}" xmlns:x14="{X14}">'
        f'<x14:sparklineGroups xmlns:xm="{XM}">{made}</x14:sparklineGroups></ext></extLst>'
    ).encode()


@pytest.mark.parametrize(
    ("groups", "notes"),
    [
        # in the cells the tool's first two columns take: drawn over them without a word (ot18 F10)
        (
            [["D2", "D3"], ["E2:E3"]],
            [
                "the sparklines at D2:D3 are in the tool's column D (Follow-up status) and draw "
                "over its cells; the tool does not move sparklines: move them (Sparkline > Edit "
                "Data > Edit Group Location & Data) to see its answers",
                "the sparklines at E2:E3 are in the tool's column E (Next action) and draw over "
                "its cells; the tool does not move sparklines: move them (Sparkline > Edit Data "
                "> Edit Group Location & Data) to see its answers",
            ],
        ),
        # right of the tool's columns, or in the person's: nothing to say
        ([["Z2", "Z3"], ["B5"]], []),
    ],
)
def test_sparklines_in_the_tools_columns_are_said_and_kept(
    tmp_path: Path, groups: list[list[str]], notes: list[str]
) -> None:
    path = tmp_path / "Maya Chen.xlsx"
    jobs_book()[0].save(path)
    with zipfile.ZipFile(path) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    extensions = sparklines(*groups)
    sheet_part = "xl/worksheets/sheet1.xml"
    parts[sheet_part] = parts[sheet_part].replace(b"</worksheet>", extensions + b"</worksheet>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)

    # The dry run says it too: it is the run's preview (outside test ot20, F10).
    assert run_notes(path, "--dry-run") == notes
    assert run_notes(path) == notes
    with zipfile.ZipFile(path) as package:
        assert extensions in package.read(sheet_part)  # never changed
    (tmp_path / ".followup-backups" / "Maya Chen.xlsx.last-run.json").unlink()
    assert run_notes(path) == notes  # said on every run while they are there
