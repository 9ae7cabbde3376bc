"""A tracker too big for the memory there is is refused before it is read, with the dataset
command to run instead; one near the limit is said and run (ot138 F1: a million-row CSV run
to a workbook grew past 8 GB with no word). The machine's memory is a monkeypatched figure."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from followup_batch import memory_needed
from followup_batch.cli import main
from followup_batch.memory_needed import (
    MEMORY_PER_BYTE,
    MEMORY_PER_ROW,
    NotEnoughMemory,
    refusal_or_warning,
    workbook_rows,
)

EXPORT = "Company,Position,Interview Date\nAcme,Analyst,2026-11-16\nTyrell,Engineer,2026-11-18\n"
SIZE = len(EXPORT)
MB = 1000**2


def machine_has(available: int | None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory_needed, "memory_available", lambda: available)


# (file, --output, memory per byte of the machine's available memory → what is said)
@pytest.mark.parametrize(
    ("file", "output", "available", "said"),
    [
        # Under half what is available: nothing said.
        ("t.csv", None, SIZE * MEMORY_PER_BYTE["csv"] * 3, None),
        ("t.xlsx", None, 1000 * MEMORY_PER_ROW["xlsx"] * 3, None),
        # The machine says nothing of its memory: no check.
        ("t.csv", None, None, None),
        # A kind never measured (.xls, read by another library): no check.
        ("t.xls", None, 1, None),
        # Over half: a warning, and the run goes on.
        ("t.csv", None, SIZE * MEMORY_PER_BYTE["csv"] * 3 // 2, "warned"),
        # More than there is: refused.
        ("t.csv", None, SIZE * MEMORY_PER_BYTE["csv"] - 1, "refused"),
        ("t.xlsx", None, 1000 * MEMORY_PER_ROW["xlsx"] - 1, "refused"),
        ("t.xlsm", None, 1000 * MEMORY_PER_ROW["xlsx"] - 1, "refused"),
        # The same CSV to a workbook makes a workbook of it too: enough in place, not there.
        ("t.csv", "t.xlsx", SIZE * MEMORY_PER_BYTE["csv"] * 5 // 4, "refused"),
    ],
)
def test_what_is_said_of_the_memory_a_run_needs(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    file: str,
    output: str | None,
    available: int | None,
    said: str | None,
) -> None:
    tracker = tmp_path / file
    tracker.write_text(EXPORT)
    machine_has(available, monkeypatch)
    monkeypatch.setattr(memory_needed, "workbook_rows", lambda *_: 1000)  # its rows counted
    out = None if output is None else tmp_path / "out" / output
    if said == "refused":
        with pytest.raises(NotEnoughMemory):
            refusal_or_warning(tracker, out, file)
    elif said == "warned":
        assert (refusal_or_warning(tracker, out, file) or "").startswith("1 MB needs about")
    else:
        assert refusal_or_warning(tracker, out, file) is None


def test_a_csv_too_big_is_refused_unread_with_the_dataset_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tracker = tmp_path / "big.csv"
    tracker.write_text(EXPORT)
    machine_has(1 * MB, monkeypatch)
    monkeypatch.setitem(MEMORY_PER_BYTE, "csv-to-xlsx", 14 * MB // SIZE * 1000)  # 14 GB
    result = CliRunner().invoke(
        main, ["run", str(tracker), "-o", str(tmp_path / "big.xlsx"), "--as-of", "2026-11-20"]
    )
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "big.csv: FAILED — 1 MB would need about 14.0 GB of memory "
        "to run as a tracker, and 1 MB is available; it was not run. Run it as a dataset, "
        "read a part at a time in about 1 GB (each row stands alone): followup-batch run "
        f"{tracker} --engine pandas --output {tmp_path / 'big-followups'}\n1 of 1 file failed.\n"
    )
    assert tracker.read_text() == EXPORT
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.csv"]


def test_a_csv_near_the_limit_is_run_and_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tracker = tmp_path / "big.csv"
    tracker.write_text(EXPORT)
    machine_has(SIZE * MEMORY_PER_BYTE["csv"] * 3 // 2, monkeypatch)
    result = CliRunner().invoke(main, ["run", str(tracker), "--as-of", "2026-11-20"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.endswith(
        "note: big.csv: 1 MB needs about 1 MB of memory to run as a tracker, over half the 1 "
        "MB available; should it run out, run it as a dataset, read a part at a time in about "
        f"1 GB (each row stands alone): followup-batch run {tracker} --engine pandas --output "
        f"{tmp_path / 'big-followups'}\n"
    )
    assert tracker.read_text() != EXPORT  # run: the tool's columns added


@pytest.mark.parametrize("rows", [1, 2, 1500])
def test_a_workbooks_rows_are_counted_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: int
) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)  # as a write-only export: no dimension written
    sheet = book.create_sheet("Interviews")
    for row in range(rows):
        sheet.append(["Acme", f"Analyst {row}", "2026-11-16"])
    book.create_sheet("Notes").append(["short"])
    book.save(tmp_path / "t.xlsx")
    monkeypatch.setattr(memory_needed, "WEIGHED_FROM", 0)
    assert workbook_rows(tmp_path / "t.xlsx") == rows


def test_a_small_workbook_or_none_is_not_weighed(tmp_path: Path) -> None:
    (tmp_path / "t.xlsx").write_bytes(b"PK" + b"\0" * 2_000_000)  # no workbook
    assert workbook_rows(tmp_path / "t.xlsx") is None
    (tmp_path / "s.xlsx").write_text("tiny")
    assert workbook_rows(tmp_path / "s.xlsx") is None


def packed(path: Path, sheet: bytes) -> Path:
    """A workbook of one sheet, ``sheet`` its XML (only its sheets are weighed)."""
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


ROW = b'<row r="{n}"><c r="A{n}" t="s"><v>1</v></c><c r="B{n}" t="s"><v>2</v></c></row>'


def sheet_of(rows: int, dimension: bytes | None) -> bytes:
    stated = b"" if dimension is None else b'<dimension ref="' + dimension + b'"/>'
    body = b"".join(ROW.replace(b"{n}", str(n).encode()) for n in range(1, rows + 1))
    return b"<worksheet>" + stated + b"<sheetData>" + body + b"</sheetData></worksheet>"


# (the sheet's stated dimension, whether it is believed): a believed one is the rows, unread;
# else the rows are counted.
@pytest.mark.parametrize(
    ("dimension", "believed"),
    [
        (b"A1:C3000", True),
        (b"B2:AF3001", True),  # the rows between its first and last
        (None, False),  # a write-only export states none
        (b"A1:Z1048576", False),  # LibreOffice's, with an empty row kept at the sheet's end
        (b"A1:C900000", False),  # more rows than its bytes could hold
        (b"A1", False),  # one cell: more rows than it says
    ],
)
def test_a_workbooks_stated_dimension_is_its_rows_where_it_can_be(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dimension: bytes | None, believed: bool
) -> None:
    monkeypatch.setattr(memory_needed, "WEIGHED_FROM", 0)
    book = packed(tmp_path / "t.xlsx", sheet_of(3000, dimension))
    counted: list[str] = []
    count = memory_needed._counted_rows
    monkeypatch.setattr(
        memory_needed,
        "_counted_rows",
        lambda package, info: counted.append(info.filename) or count(package, info),
    )
    assert workbook_rows(book) == 3000
    assert counted == ([] if believed else ["xl/worksheets/sheet1.xml"])


def test_a_sheet_too_small_to_hold_the_rows_said_from_is_not_weighed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A workbook whose sheets hold fewer bytes than the rows a warning is said from take
    (``LEAST_TRACKER_ROW_BYTES`` each) is not read at all: the 100,000-row benchmark tracker on
    a machine with 20 GB available."""
    monkeypatch.setattr(memory_needed, "WEIGHED_FROM", 0)
    book = packed(tmp_path / "t.xlsx", sheet_of(3000, None))
    xml = len(sheet_of(3000, None))
    enough = xml // memory_needed.LEAST_TRACKER_ROW_BYTES
    assert workbook_rows(book, enough) is None
    assert workbook_rows(book, enough - 1) == 3000


def test_a_workbook_is_weighed_once_its_last_runs_record_has_not_answered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A workbook near the limit is said to be, refused over it, and not weighed at all by a
    second run the same night, which its last run's record answers unread (its rows were
    counted first: a second of a run that took 0.2 s)."""
    from openpyxl import Workbook

    tracker = tmp_path / "big.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in EXPORT.splitlines():
        sheet.append(row.split(","))
    book.save(tracker)
    weighed: list[Path] = []

    def rows_of(workbook: Path, _unsaid: int | None = None) -> int:
        weighed.append(workbook)
        return 1000

    monkeypatch.setattr(memory_needed, "workbook_rows", rows_of)
    machine_has(1000 * MEMORY_PER_ROW["xlsx"] * 3 // 2, monkeypatch)  # 18 MB
    run = ["run", str(tracker), "--as-of", "2026-11-20"]
    result = CliRunner().invoke(main, run)
    assert result.exit_code == 0, result.stderr
    assert (
        "note: big.xlsx [Sheet]: 1 MB needs about 12 MB of memory to run as a tracker, over "
        "half the 18 MB available; should it run out, save its sheet as CSV"
    ) in result.stderr
    assert weighed == [tracker]
    again = CliRunner().invoke(main, run)
    assert again.exit_code == 0, again.stderr
    assert "unchanged" in again.stdout
    assert weighed == [tracker]  # not weighed again
    written = tracker.read_bytes()
    machine_has(1000 * MEMORY_PER_ROW["xlsx"] - 1, monkeypatch)
    refused = CliRunner().invoke(main, [*run[:-1], "2026-11-23"])  # another night: read
    assert refused.exit_code == 1
    assert refused.stderr.startswith(
        "big.xlsx: FAILED — 1 MB would need about 12 MB of memory to run as a tracker, and 12 MB "
        "is available; it was not run. Save its sheet as CSV"
    )
    assert tracker.read_bytes() == written


def declaring(path: Path, size: int) -> Path:
    """The package with its sheet's unpacked size in the zip's directory said as ``size``."""
    import struct
    import zipfile

    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as package:
        start = package.start_dir  # type: ignore[attr-defined]
    at = data.index(b"PK\x01\x02", start)
    struct.pack_into("<L", data, at + 24, size)
    path.write_bytes(bytes(data))
    return path


# ot148 F4: a 3 MB zip bomb (3 GiB of sheet) was refused after its rows were counted, 15 s of
# unpacking. (the size its directory declares, against a limit of 1 MB → rows, sheets counted)
@pytest.mark.parametrize(
    ("declared", "rows", "counted"),
    [
        (None, 3000, ["xl/worksheets/sheet1.xml"]),  # as it is: counted
        (2 * MB, None, []),  # declared past the limit: left for the read to refuse, uncounted
        (5000, None, ["xl/worksheets/sheet1.xml"]),  # a lie, found a chunk past its 5,000 bytes
    ],
)
def test_a_zip_bomb_is_not_unpacked_to_count_its_rows(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    declared: int | None,
    rows: int | None,
    counted: list[str],
) -> None:
    from followup_batch.read import sniff

    monkeypatch.setattr(memory_needed, "WEIGHED_FROM", 0)
    monkeypatch.setattr(sniff, "MAX_UNCOMPRESSED_BYTES", MB)
    book = packed(tmp_path / "t.xlsx", sheet_of(3000, None))
    if declared is not None:
        declaring(book, declared)
    seen: list[str] = []
    count = memory_needed._counted_rows
    monkeypatch.setattr(
        memory_needed,
        "_counted_rows",
        lambda package, info: seen.append(info.filename) or count(package, info),
    )
    assert workbook_rows(book) == rows
    assert seen == counted
