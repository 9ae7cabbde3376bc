"""A printed tracker repeats its header row on every page (outside test ot150 F8: a page of the
tool's columns came out under no header). Not its Company and Position columns: repeated at
the tool's widths they left one other column a page (the sample's tracker 13 -> 33 pages).
Print titles of the person's own stay as they are, and so does a print area; a second run
changes nothing."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main

AS_OF = "2026-12-01"
ROWS = [
    ["Acme", "Dev", dt.datetime(2026, 11, 20)],
    ["Beta", "QA", dt.datetime(2026, 11, 18)],
]
TRACKER = ["Company", "Position", "Interview Date"]


def build(
    path: Path,
    *,
    sheet: str = "Jobs",
    before: tuple[str, ...] = (),
    above: int = 0,
    titles: tuple[str | None, str | None] = (None, None),
    area: str | None = None,
) -> None:
    """A tracker on ``sheet``, its columns after ``before``, its header under ``above`` rows
    of notes; with the person's own print ``titles`` (rows, columns) and print ``area``."""
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = sheet
    for n in range(above):
        first.append([f"My job search, note {n + 1}"])
    first.append([*before, *TRACKER])
    for row in ROWS:
        first.append([*([None] * len(before)), *row])
    rows, columns = titles
    if rows:
        first.print_title_rows = rows
    if columns:
        first.print_title_cols = columns
    if area:
        first.print_area = area
    book.save(path)


def defined_names(path: Path) -> list[str]:
    """The workbook's print titles and print areas, as its part holds them."""
    with zipfile.ZipFile(path) as package:
        workbook = package.read("xl/workbook.xml").decode()
    return re.findall(r'<definedName name="_xlnm\.Print_[^>]*>[^<]*</definedName>', workbook)


@pytest.mark.parametrize(
    ("layout", "options", "rows", "columns", "names"),
    [
        (
            {},
            {},
            "$1:$1",
            None,
            ['name="_xlnm.Print_Titles" localSheetId="0">\'Jobs\'!$1:$1<'],
        ),
        # The header under two rows of notes: it is the row repeated.
        ({"above": 2}, {}, "$3:$3", None, ["'Jobs'!$3:$3<"]),
        # A client's name first: frozen on screen, not repeated in print.
        ({"before": ("Client",)}, {}, "$1:$1", None, ["'Jobs'!$1:$1<"]),
        # Company and Position too far right to freeze: the header alone.
        (
            {"before": ("Ref", "Source", "Link", "Salary", "Contact", "Notes")},
            {},
            "$1:$1",
            None,
            ["'Jobs'!$1:$1"],
        ),
        # A sheet name with a quote in it is quoted as Excel does.
        (
            {"sheet": "Maya's jobs"},
            {"sheet": "Maya's jobs"},
            "$1:$1",
            None,
            [">'Maya''s jobs'!$1:$1<"],
        ),
        # The person's own print titles stay, the columns too when they set only rows.
        ({"titles": ("1:2", None)}, {}, "$1:$2", None, ["'Jobs'!$1:$2"]),
        ({"titles": (None, "A:A")}, {}, None, "$A:$A", ["'Jobs'!$A:$A"]),
        # A print area stays, and is widened as before; the titles are added beside it.
        (
            {"area": "A1:C3"},
            {},
            "$1:$1",
            None,
            ["'Jobs'!$A$1:$O$3", ">'Jobs'!$1:$1<"],
        ),
    ],
    ids=[
        "plain",
        "header in row 3",
        "client first",
        "company far right",
        "quoted sheet",
        "own rows",
        "own columns",
        "print area",
    ],
)
def test_the_header_prints_on_every_page(
    tmp_path: Path,
    layout: dict[str, object],
    options: dict[str, str],
    rows: str | None,
    columns: str | None,
    names: list[str],
) -> None:
    path = tmp_path / "Maya Chen.xlsx"
    build(path, **layout)  # type: ignore[arg-type]
    args = ["run", str(path), "--as-of", AS_OF]
    if "sheet" in options:
        args += ["--sheet", options["sheet"]]
    ran = CliRunner().invoke(main, args)
    assert ran.exit_code == 0, ran.output
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert (sheet.print_title_rows, sheet.print_title_cols) == (rows, columns)
    written = defined_names(path)
    assert len(written) == len(names)
    for name, part in zip(written, names, strict=True):
        assert part in name
    before = path.read_bytes()
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0, again.output
    assert "(unchanged, nothing written)" in again.output
    assert path.read_bytes() == before
