"""Build tracker fixtures in a test's tmp_path (no binary fixtures in the repository)."""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

import openpyxl
import pandas as pd
from click.testing import CliRunner
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from followup_batch.cli import main
from followup_batch.read import RawTable
from followup_batch.read.fields import FIELDS_BY_NAME, REQUIRED_FIELDS

Row = Sequence[object]


def write_xlsx(path: Path, sheets: dict[str, Sequence[Row]], *, epoch_1904: bool = False) -> Path:
    """A workbook with one sheet per entry, each row appended in order (None = blank cell)."""
    workbook = openpyxl.Workbook()
    if epoch_1904:
        workbook.epoch = CALENDAR_MAC_1904
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    workbook.save(path)
    return path


def rewrite_sheet(path: Path, edit: Callable[[bytes], bytes]) -> None:
    """Change the first sheet's XML (what openpyxl cannot write: cached values, huge ranges)."""
    with zipfile.ZipFile(path) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            if info.filename == "xl/worksheets/sheet1.xml":
                data = edit(data)
            archive.writestr(info.filename, data)


def raw_table(
    rows: Sequence[dict[str, object]],
    *,
    kind: str = "xlsx",
    headers: dict[str, str] | None = None,
    first_row: int = 2,
    default_client: str = "tracker",
    epoch_1904: bool = False,
) -> RawTable:
    """A RawTable as the reader would return it, straight from field -> value dicts.

    Columns follow the fields' first appearance; ``headers`` overrides a field's header text.
    """
    fields: list[str] = []
    for row in rows:
        fields.extend(f for f in row if f not in fields)
    for name in REQUIRED_FIELDS:
        if name not in fields:
            fields.append(name)
    header_text = {f: (headers or {}).get(f, FIELDS_BY_NAME[f].header) for f in fields}
    cells = pd.DataFrame({f: pd.Series([row.get(f) for row in rows], dtype=object) for f in fields})
    cells.index = pd.Index(range(first_row, first_row + len(rows)), dtype="int64", name="row")
    return RawTable(
        path=Path(f"tracker.{kind}"),
        sheet="Tracker" if kind == "xlsx" else None,
        kind=kind,
        header_row=first_row - 1,
        headers=[header_text[f] for f in fields],
        mapping={f: i for i, f in enumerate(fields)},
        ignored=[],
        cells=cells,
        epoch_1904=epoch_1904,
        default_client=default_client,
    )


def field_of(
    header: str, base: Sequence[str] = ("Company", "Position", "Interview Date")
) -> str | None:
    """The field a header is read as, after a tracker's usual ``base`` columns (None: left
    alone)."""
    from followup_batch.read import header_index
    from followup_batch.read.headers import match_header

    match = match_header(1, [*base, header], header_index.HEADER_INDEX, set())
    return next((name for name, col in match.mapping.items() if col == len(base)), None)


def run_csv_seen(tmp_path: Path, text: str, as_of: str) -> dict[str, tuple[str, str, str, str]]:
    """``run`` on a CSV tracker holding ``text``: per company, what its row then shows in
    Follow-up status, Next action, Next due and Problems."""
    from click.testing import CliRunner

    from followup_batch.cli import main

    # Saved as Excel's "CSV UTF-8" (a byte-order mark): a tracker of ASCII alone without one
    # gets the tool's own text in ASCII ('-' for '—'), which these tests are not about.
    tracker = tmp_path / "t.csv"
    tracker.write_text(text, encoding="utf-8-sig")
    result = CliRunner().invoke(main, ["run", "--as-of", as_of, str(tracker)])
    assert result.exit_code == 0, result.output
    with tracker.open(encoding="utf-8-sig", newline="") as handle:
        rows = {row["Company"]: row for row in csv.DictReader(handle)}
    return {
        name: (row["Follow-up status"], row["Next action"], row["Next due"], row["Problems"])
        for name, row in rows.items()
    }


def run_decision_row(tmp_path: Path, location: str, interview: str, said: str) -> dict[str, str]:
    """A one-row CSV tracker (Company, Position, Interview Date, Location, Decision Date)
    run as of its interview day through the CLI, saved as Excel's "CSV UTF-8"; the written
    row read back."""
    tracker = tmp_path / "tracker.csv"
    tracker.write_text(
        "Company,Position,Interview Date,Location,Decision Date\n"
        f'Acme,Engineer,{interview},"{location}",{said}\n',
        encoding="utf-8-sig",
    )
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(
        main, ["run", str(tracker), "--as-of", interview, "--output", str(out)]
    )
    assert result.exit_code == 0, result.stderr
    with out.open(encoding="utf-8-sig") as written:
        (row,) = csv.DictReader(written)
    return row
